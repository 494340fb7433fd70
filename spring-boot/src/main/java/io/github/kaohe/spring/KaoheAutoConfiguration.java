package io.github.kaohe.spring;

import io.github.kaohe.spring.reload.OnReloadFolderCondition;
import io.github.kaohe.spring.reload.PolicyFolderWatcher;
import java.nio.file.Path;
import java.util.Objects;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.DependsOn;
import org.springframework.core.io.ResourceLoader;

/**
 * Kaohe's beans: the {@link PolicyRegistry}, filled at startup with the policies of {@code
 * kaohe.policies} (and of {@code kaohe.reload.folder}), each validated, and the {@link
 * ScoringService}. An invalid policy stops the application, with every problem listed. Both beans
 * give way to the application's own.
 */
@AutoConfiguration
@ConditionalOnProperty(prefix = "kaohe", name = "enabled", havingValue = "true", matchIfMissing = true)
@EnableConfigurationProperties(KaoheProperties.class)
public class KaoheAutoConfiguration {
  @Bean
  @ConditionalOnMissingBean
  public PolicyRegistry kaohePolicyRegistry() {
    return new InMemoryPolicyRegistry();
  }

  @Bean
  @ConditionalOnMissingBean
  public PolicySources kaohePolicySources(ResourceLoader resourceLoader, KaoheProperties properties) {
    return new PolicySources(resourceLoader, properties.getMaxPolicySize());
  }

  @Bean
  @Conditional(OnReloadFolderCondition.class)
  @ConditionalOnMissingBean
  public PolicyFolderWatcher kaohePolicyFolderWatcher(
      PolicySources sources, PolicyRegistry registry, KaoheProperties properties) {
    KaoheProperties.Reload reload = properties.getReload();
    Path folder = Objects.requireNonNull(reload.getFolder(), "kaohe.reload.folder");
    return new PolicyFolderWatcher(folder, sources, registry, reload.getQuietPeriod(), reload.getPollInterval());
  }

  @Bean
  public PolicyBootstrap kaohePolicyBootstrap(
      PolicyRegistry registry,
      PolicySources sources,
      KaoheProperties properties,
      ObjectProvider<PolicyFolderWatcher> folder) {
    return new PolicyBootstrap(registry, sources, properties.getPolicies(), folder.getIfAvailable());
  }

  @Bean
  @ConditionalOnMissingBean
  @DependsOn("kaohePolicyBootstrap")
  public ScoringService kaoheScoringService(
      PolicyRegistry registry, ObjectProvider<ScoringObserver> observers, KaoheProperties properties) {
    return new DefaultScoringService(registry, observers.orderedStream().toList(), properties.isParallel());
  }
}
