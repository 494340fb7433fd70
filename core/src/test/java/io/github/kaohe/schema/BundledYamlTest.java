package io.github.kaohe.schema;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.kaohe.load.PolicyLoader;
import io.github.kaohe.load.Validation;
import io.github.kaohe.testing.PolicyTestException;
import io.github.kaohe.testing.PolicyTestSuite;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every YAML file in the repository names its schema for editors, and every policy that loads
 * conforms to the policy schema (what the loader accepts, the schema accepts).
 */
class BundledYamlTest {
  private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

  private static List<Path> yamlFiles() throws IOException {
    try (Stream<Path> files = Files.walk(ROOT)) {
      return files
          .filter(p -> p.toString().endsWith(".yaml") || p.toString().endsWith(".yml"))
          .filter(p -> !ROOT.relativize(p).toString().contains("target"))
          .filter(p -> !ROOT.relativize(p).startsWith(".git") && !ROOT.relativize(p).startsWith(".mvn"))
          .sorted()
          .toList();
    }
  }

  @TestFactory
  Stream<DynamicTest> everyYamlNamesItsSchema() throws IOException {
    return yamlFiles().stream().map(file -> DynamicTest.dynamicTest(ROOT.relativize(file).toString(), () -> {
      String first = Files.readAllLines(file, StandardCharsets.UTF_8).get(0);
      assertThat(first).startsWith("# yaml-language-server: $schema=");
      String target = first.substring(first.indexOf('=') + 1).strip();
      if (!target.startsWith("http")) {
        assertThat(file.getParent().resolve(target).normalize()).as("schema path of " + file).isRegularFile();
      }
    }));
  }

  @TestFactory
  Stream<DynamicTest> everyPolicyThatLoadsConformsToTheSchema() throws IOException {
    return yamlFiles().stream()
        .filter(BundledYamlTest::isPolicy)
        .map(file -> DynamicTest.dynamicTest(ROOT.relativize(file).toString(), () -> {
          String yaml = Files.readString(file, StandardCharsets.UTF_8);
          boolean overlay = yaml.lines().anyMatch(l -> l.startsWith("extends:"));
          Validation v = PolicyLoader.create().validate(file);
          // Fixtures that are invalid on purpose prove nothing here; an overlay may extend a
          // bundled policy that core's tests cannot see, so it is checked against the schema alone.
          Assumptions.assumeTrue(overlay || v.valid(), "invalid on purpose: " + v.errors());
          assertThat(PolicySchema.POLICY.errors(yaml)).as("schema errors of " + file).isEmpty();
        }));
  }

  /** Every policy written out in a Markdown file (a ```yaml block that starts one: kaohe: 1). */
  @TestFactory
  Stream<DynamicTest> everyPolicyInTheDocumentationThatLoadsConformsToTheSchema() throws IOException {
    List<Path> markdown;
    try (Stream<Path> files = Files.walk(ROOT)) {
      markdown = files
          .filter(p -> p.toString().endsWith(".md"))
          .filter(p -> !ROOT.relativize(p).toString().contains("target") && !ROOT.relativize(p).startsWith(".git"))
          .sorted()
          .toList();
    }
    List<DynamicTest> tests = new java.util.ArrayList<>();
    for (Path file : markdown) {
      java.util.regex.Matcher block =
          java.util.regex.Pattern.compile("```yaml\\n(.*?)```", java.util.regex.Pattern.DOTALL)
              .matcher(Files.readString(file, StandardCharsets.UTF_8));
      while (block.find()) {
        String yaml = block.group(1);
        if (yaml.lines().noneMatch(l -> l.startsWith("kaohe: ")) || yaml.lines().anyMatch(l -> l.startsWith("extends:"))) {
          continue;
        }
        String name = ROOT.relativize(file) + " at character " + block.start();
        tests.add(DynamicTest.dynamicTest(name, () -> {
          Validation v = PolicyLoader.create().validate(yaml, "README.md");
          Assumptions.assumeTrue(v.valid(), "a mistake on purpose: " + v.errors());
          assertThat(PolicySchema.POLICY.errors(yaml)).as("schema errors of " + name).isEmpty();
        }));
      }
    }
    assertThat(tests).as("policies in the README").isNotEmpty();
    return tests.stream();
  }

  @TestFactory
  Stream<DynamicTest> everyTestFileThatLoadsConformsToTheTestsSchema() throws IOException {
    return yamlFiles().stream()
        .filter(f -> f.toString().endsWith(".tests.yaml"))
        .map(file -> DynamicTest.dynamicTest(ROOT.relativize(file).toString(), () -> {
          boolean loads;
          try {
            PolicyTestSuite.load(file);
            loads = true;
          } catch (PolicyTestException e) {
            loads = false;
          }
          Assumptions.assumeTrue(loads, "invalid on purpose");
          assertThat(PolicySchema.TESTS.errors(Files.readString(file, StandardCharsets.UTF_8))).isEmpty();
        }));
  }

  @TestFactory
  Stream<DynamicTest> everyUncertaintyFileConformsToItsSchema() throws IOException {
    return yamlFiles().stream()
        .filter(f -> f.toString().endsWith(".uncertainty.yaml"))
        .map(file -> DynamicTest.dynamicTest(ROOT.relativize(file).toString(), () ->
            assertThat(PolicySchema.UNCERTAINTY.errors(Files.readString(file, StandardCharsets.UTF_8))).isEmpty()));
  }

  private static boolean isPolicy(Path file) {
    try {
      return Files.readAllLines(file, StandardCharsets.UTF_8).stream().anyMatch(l -> l.startsWith("kaohe: "));
    } catch (IOException e) {
      return false;
    }
  }
}
