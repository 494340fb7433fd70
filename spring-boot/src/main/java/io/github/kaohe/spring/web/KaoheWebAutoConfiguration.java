package io.github.kaohe.spring.web;

import io.github.kaohe.spring.KaoheAutoConfiguration;
import io.github.kaohe.spring.KaoheProperties;
import io.github.kaohe.spring.PolicyRegistry;
import io.github.kaohe.spring.PolicySources;
import io.github.kaohe.spring.ScoringService;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.web.servlet.DispatcherServlet;

/**
 * Kaohe's REST endpoints, in a servlet web application with Spring MVC, when {@code
 * kaohe.web.enabled=true}: {@link KaoheController} and its problem details.
 */
@AutoConfiguration(after = KaoheAutoConfiguration.class)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnClass(DispatcherServlet.class)
@ConditionalOnProperty(prefix = "kaohe.web", name = "enabled", havingValue = "true")
@ConditionalOnBean({PolicyRegistry.class, ScoringService.class, PolicySources.class})
public class KaoheWebAutoConfiguration {
  @Bean
  @ConditionalOnMissingBean
  public KaoheController kaoheController(
      PolicyRegistry registry, ScoringService scoring, PolicySources sources, KaoheProperties properties) {
    return new KaoheController(registry, scoring, sources, properties);
  }

  @Bean
  @ConditionalOnMissingBean
  public KaoheExceptionHandler kaoheExceptionHandler() {
    return new KaoheExceptionHandler();
  }

  @Bean
  UploadLimitResolver kaoheUploadLimitResolver(KaoheProperties properties) {
    return new UploadLimitResolver(properties.getWeb().getBasePath());
  }
}
