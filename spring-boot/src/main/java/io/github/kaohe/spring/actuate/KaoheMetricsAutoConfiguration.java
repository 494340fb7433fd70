package io.github.kaohe.spring.actuate;

import io.github.kaohe.spring.KaoheAutoConfiguration;
import io.github.kaohe.spring.PolicyRegistry;
import io.github.kaohe.spring.reload.PolicyFolderWatcher;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

/** Kaohe's Micrometer metrics, when Micrometer is on the class path and a meter registry is configured. */
@AutoConfiguration(
    after = KaoheAutoConfiguration.class,
    afterName = {
      "org.springframework.boot.micrometer.metrics.autoconfigure.MetricsAutoConfiguration",
      "org.springframework.boot.micrometer.metrics.autoconfigure.CompositeMeterRegistryAutoConfiguration"
    })
@ConditionalOnClass(MeterRegistry.class)
@ConditionalOnBean({MeterRegistry.class, PolicyRegistry.class})
public class KaoheMetricsAutoConfiguration {
  @Bean
  @ConditionalOnMissingBean
  public MicrometerScoringObserver kaoheMicrometerScoringObserver(MeterRegistry meters) {
    return new MicrometerScoringObserver(meters);
  }

  @Bean
  @ConditionalOnMissingBean
  public KaoheMeters kaoheMeters(PolicyRegistry registry, ObjectProvider<PolicyFolderWatcher> watcher) {
    return new KaoheMeters(registry, watcher.getIfAvailable());
  }
}
