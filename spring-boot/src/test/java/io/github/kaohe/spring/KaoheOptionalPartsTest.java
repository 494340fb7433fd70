package io.github.kaohe.spring;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.kaohe.data.Period;
import io.github.kaohe.spring.actuate.KaoheHealthAutoConfiguration;
import io.github.kaohe.spring.actuate.KaoheHealthIndicator;
import io.github.kaohe.spring.actuate.KaoheInfoAutoConfiguration;
import io.github.kaohe.spring.actuate.KaoheInfoContributor;
import io.github.kaohe.spring.actuate.KaoheMeters;
import io.github.kaohe.spring.actuate.KaoheMetricsAutoConfiguration;
import io.github.kaohe.spring.actuate.MicrometerScoringObserver;
import io.github.kaohe.spring.web.KaoheController;
import io.github.kaohe.spring.web.KaoheWebAutoConfiguration;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.actuate.info.Info;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.web.servlet.DispatcherServlet;

/** The optional parts: the web endpoints only when asked for in a servlet application, the actuator's parts only when it is there. */
class KaoheOptionalPartsTest {
  private static final AutoConfigurations ALL = AutoConfigurations.of(
      KaoheAutoConfiguration.class, KaoheWebAutoConfiguration.class, KaoheHealthAutoConfiguration.class,
      KaoheInfoAutoConfiguration.class, KaoheMetricsAutoConfiguration.class);

  private final WebApplicationContextRunner web = new WebApplicationContextRunner().withConfiguration(ALL);
  private final ApplicationContextRunner plain = new ApplicationContextRunner().withConfiguration(ALL);

  @Test
  void theEndpointsAreOffUnlessAskedFor() {
    web.run(context -> assertThat(context).hasNotFailed().doesNotHaveBean(KaoheController.class));
    web.withPropertyValues("kaohe.web.enabled=false").run(context -> assertThat(context).doesNotHaveBean(KaoheController.class));
  }

  @Test
  void theEndpointsAreServedWhenAskedFor() {
    web.withPropertyValues("kaohe.web.enabled=true").run(context -> assertThat(context).hasSingleBean(KaoheController.class));
  }

  @Test
  void theEndpointsNeedAServletApplicationWithSpringMvc() {
    plain.withPropertyValues("kaohe.web.enabled=true").run(context ->
        assertThat(context).hasNotFailed().doesNotHaveBean(KaoheController.class));
    web.withPropertyValues("kaohe.web.enabled=true").withClassLoader(new FilteredClassLoader(DispatcherServlet.class))
        .run(context -> assertThat(context).hasNotFailed().doesNotHaveBean(KaoheController.class));
  }

  @Test
  void theApplicationsOwnControllerReplacesOurs() {
    web.withPropertyValues("kaohe.web.enabled=true")
        .withBean("myController", KaoheController.class, () -> new KaoheController(
            new InMemoryPolicyRegistry(), null, null, new KaoheProperties()))
        .run(context -> assertThat(context).hasSingleBean(KaoheController.class).doesNotHaveBean("kaoheController"));
  }

  @Test
  void healthAndInfoAreThereWithTheActuator() {
    plain.withPropertyValues("kaohe.policies=kaifeng-2014").run(context -> {
      assertThat(context).hasSingleBean(KaoheHealthIndicator.class).hasSingleBean(KaoheInfoContributor.class);
      Health health = context.getBean(KaoheHealthIndicator.class).health(true);
      assertThat(health.getStatus()).isEqualTo(Status.UP);
      assertThat(health.getDetails()).containsKey("policies").doesNotContainKey("reload");
      @SuppressWarnings("unchecked")
      Map<String, Map<String, Object>> policies = (Map<String, Map<String, Object>>) health.getDetails().get("policies");
      assertThat(policies.get("kaifeng-2014")).containsEntry("version", "1.0.0");
      Info.Builder info = new Info.Builder();
      context.getBean(KaoheInfoContributor.class).contribute(info);
      assertThat(info.build().getDetails()).containsKey("kaohe");
    });
  }

  @Test
  void withoutPoliciesTheHealthIsDown() {
    plain.run(context -> assertThat(context.getBean(KaoheHealthIndicator.class).health(true).getStatus()).isEqualTo(Status.DOWN));
  }

  @Test
  void healthAndInfoCanBeTurnedOff() {
    plain.withPropertyValues("management.health.kaohe.enabled=false", "management.info.kaohe.enabled=false").run(context ->
        assertThat(context).doesNotHaveBean(KaoheHealthIndicator.class).doesNotHaveBean(KaoheInfoContributor.class));
  }

  @Test
  void withoutTheActuatorNothingOfItIsNeeded() {
    plain.withPropertyValues("kaohe.policies=kaifeng-2014")
        .withClassLoader(new FilteredClassLoader("org.springframework.boot.health", "org.springframework.boot.actuate", "io.micrometer"))
        .run(context -> {
          assertThat(context).hasNotFailed().hasSingleBean(ScoringService.class)
              .doesNotHaveBean(KaoheHealthIndicator.class).doesNotHaveBean(KaoheInfoContributor.class)
              .doesNotHaveBean(MicrometerScoringObserver.class);
        });
  }

  @Test
  void metricsAreRecordedWhenAMeterRegistryIsThere() {
    plain.withPropertyValues("kaohe.policies=kaifeng-2014")
        .withBean(MeterRegistry.class, SimpleMeterRegistry::new)
        .run(context -> {
          assertThat(context).hasSingleBean(MicrometerScoringObserver.class).hasSingleBean(KaoheMeters.class);
          context.getBean(ScoringService.class).evaluate(KaifengSample.POLICY, KaifengSample.SCHEME,
              DataInput.csv(KaifengSample.csv(), "zones.csv"), Period.year(2015));
          MeterRegistry meters = context.getBean(MeterRegistry.class);
          context.getBean(KaoheMeters.class).bindTo(meters);
          assertThat(meters.get("kaohe.evaluation").tag("policy", "kaifeng-2014").timer().count()).isEqualTo(1);
          assertThat(meters.get("kaohe.entities.scored").counter().count()).isEqualTo(7);
          assertThat(meters.get("kaohe.policies").gauge().value()).isEqualTo(1);
        });
  }

  @Test
  void withoutAMeterRegistryThereAreNoMetrics() {
    plain.run(context -> assertThat(context).doesNotHaveBean(MicrometerScoringObserver.class));
  }
}
