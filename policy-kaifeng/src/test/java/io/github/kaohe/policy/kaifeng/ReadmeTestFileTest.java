package io.github.kaohe.policy.kaifeng;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.kaohe.model.Language;
import io.github.kaohe.testing.PolicyTestResults;
import io.github.kaohe.testing.PolicyTestSuite;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The README's test file passes on the bundled policy and sample data. */
class ReadmeTestFileTest {
  @Test
  void theReadmeTestFilePasses() throws IOException {
    String readme = Files.readString(Path.of("..", "README.md"), StandardCharsets.UTF_8);
    int start = readme.indexOf("```yaml\nkaohe-tests: 1\n") + "```yaml\n".length();
    String yaml = readme.substring(start, readme.indexOf("```", start));

    // Paths resolve as beside the bundled suite, where the sample data are.
    PolicyTestResults results = PolicyTestSuite.parse(yaml, "README.md", KaifengPolicy.tests()).run();

    assertThat(results.cases()).hasSize(5);
    assertThat(results.failures()).as(() -> results.render(Language.EN)).isEmpty();
  }
}
