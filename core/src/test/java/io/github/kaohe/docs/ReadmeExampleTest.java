package io.github.kaohe.docs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.kaohe.load.PolicyException;
import io.github.kaohe.load.PolicyLoader;
import io.github.kaohe.model.Policy;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The README's policy example loads, and its mistakes are reported as the README shows. */
class ReadmeExampleTest {
  private static String readmeYaml() throws IOException {
    String readme = Files.readString(Path.of("..", "README.md"), StandardCharsets.UTF_8);
    int start = readme.indexOf("```yaml\n") + "```yaml\n".length();
    return readme.substring(start, readme.indexOf("```", start));
  }

  @Test
  void theReadmePolicyLoads() throws IOException {
    Policy policy = PolicyLoader.create().load(readmeYaml(), "README.md");
    assertThat(policy.id()).isEqualTo("county-firms-2020");
    assertThat(policy.scheme("firms").indicators()).hasSize(3);
  }

  @Test
  void theReadmeMistakesAreReportedTogether() throws IOException {
    String broken =
        readmeYaml()
            .replace("weight: 20", "weight: 15")
            .replace("unit: \"%\"", "unti: \"%\"")
            .replace("method: {type: min-max, floor: 0.6}", "method: {type: proportional, floor: 0.6}");
    assertThatThrownBy(() -> PolicyLoader.create().load(broken, "my-policy.yaml"))
        .isInstanceOf(PolicyException.class)
        .hasMessageStartingWith("my-policy.yaml has 3 problems:")
        .hasMessageContaining(
            "my-policy.yaml:26:17: schemes[0].categories[0].weight: the parts of this category weigh 55 in all,"
                + " but its weight is 60")
        .hasMessageContaining(
            "my-policy.yaml:36:13: schemes[0].categories[0].indicators[1].unti: unknown key 'unti': did you"
                + " mean 'unit'?")
        .hasMessageContaining(
            "my-policy.yaml:38:28: schemes[0].categories[0].indicators[1].method.type: unknown scoring method"
                + " 'proportional': did you mean 'proportional-to-best'?");
  }
}
