package io.github.kaohe.spring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/** An application with an invalid policy does not start, and says why as Spring Boot says it: every problem, then what to do. */
@ExtendWith(OutputCaptureExtension.class)
class StartupFailureTest {
  @SpringBootConfiguration
  @EnableAutoConfiguration
  static class App {}

  @Test
  void theFailureAnalysisListsEveryProblem(CapturedOutput output) {
    assertThatThrownBy(() -> new SpringApplicationBuilder(App.class)
            .web(WebApplicationType.NONE)
            .properties("kaohe.policies=classpath:policies/bad.yaml,kaifeng-2014", "spring.main.banner-mode=off")
            .run())
        .hasRootCauseInstanceOf(InvalidPoliciesException.class);
    assertThat(output.getOut() + output.getErr())
        .contains("APPLICATION FAILED TO START")
        .contains("Kaohe's policies were validated at startup, and 1 policy does not load (3 problems):")
        .contains("bad.yaml:20:17: schemes[0].categories[0].weight:")
        .contains("bad.yaml:29:13: schemes[0].categories[1].indicators[0].unti: unknown key 'unti'")
        .contains("bad.yaml:31:21: schemes[0].categories[1].indicators[0].method: unknown scoring method 'proportional'")
        .contains("Correct every problem above");
  }
}
