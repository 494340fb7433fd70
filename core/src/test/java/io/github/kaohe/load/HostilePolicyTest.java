package io.github.kaohe.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.kaohe.model.Policy;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Policies that try to read what they should not, or hide a value behind a tag: every one is a
 * problem at its line, and a file that is not a policy is never quoted.
 */
class HostilePolicyTest {
  @TempDir Path dir;
  private String small;

  @BeforeEach
  void readSmall() throws IOException {
    try (InputStream in = getClass().getResourceAsStream("/policies/small.yaml")) {
      small = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private static String overlay(String target) {
    return "kaohe: 1\nextends: " + target + "\nid: county-test\nversion: \"2.0\"\n";
  }

  private static List<String> problems(Path file) {
    return PolicyLoader.create().validate(file).errors().stream().map(Problem::toString).toList();
  }

  @Test
  void anOverlayExtendsNoFileAboveItsFolder() throws IOException {
    Files.writeString(dir.resolve("base.yaml"), small);
    Path sub = Files.createDirectories(dir.resolve("county"));
    Path up = Files.writeString(sub.resolve("up.yaml"), overlay("../base.yaml"));
    Path absolute = Files.writeString(sub.resolve("abs.yaml"), overlay("/etc/passwd"));

    assertThat(problems(up)).containsExactly(
        "up.yaml:2:10: extends: '../base.yaml' is outside this policy's folder: a policy extends only a file beside"
            + " it or in a folder below it, or a bundled policy (an application may allow a wider folder:"
            + " PolicyLoader.withBaseDirectory)");
    assertThat(problems(absolute)).singleElement().asString().contains("'/etc/passwd' is outside this policy's folder")
        .doesNotContain("root:");
  }

  @Test
  void aBaseDirectoryGivenByTheCallerWidensWhereOverlaysMayReach() throws IOException {
    Files.writeString(dir.resolve("base.yaml"), small);
    Path sub = Files.createDirectories(dir.resolve("county"));
    Path up = Files.writeString(sub.resolve("up.yaml"), overlay("../base.yaml"));
    Files.createDirectories(dir.resolve("other"));
    Path outside = Files.writeString(dir.resolve("other/out.yaml"), overlay("../base.yaml"));

    Policy policy = PolicyLoader.create().withBaseDirectory(dir).load(up);
    assertThat(policy.id()).isEqualTo("county-test");
    assertThatThrownBy(() -> PolicyLoader.create().withBaseDirectory(sub).load(outside))
        .hasMessageContaining("'../base.yaml' is outside the base directory " + sub);
  }

  @Test
  void aFileBelowThePolicysFolderMayBeExtended() throws IOException {
    Files.createDirectories(dir.resolve("base"));
    Files.writeString(dir.resolve("base/small.yaml"), small);
    Path county = Files.writeString(dir.resolve("county.yaml"), overlay("base/small.yaml"));

    assertThat(PolicyLoader.create().load(county).id()).isEqualTo("county-test");
  }

  @Test
  void aLinkThatLeadsOutOfTheFolderIsOutsideIt() throws IOException {
    Path outside = Files.createDirectories(dir.resolve("outside"));
    Files.writeString(outside.resolve("base.yaml"), small);
    Path inside = Files.createDirectories(dir.resolve("inside"));
    Files.createSymbolicLink(inside.resolve("base.yaml"), outside.resolve("base.yaml"));
    Path county = Files.writeString(inside.resolve("county.yaml"), overlay("base.yaml"));

    assertThat(problems(county)).singleElement().asString().contains("'base.yaml' is outside this policy's folder");
  }

  @Test
  void aFileThatIsNotAPolicyIsNeverQuoted() throws IOException {
    Files.writeString(dir.resolve("secret.yaml"), "root:x:0:0:root:/root:/bin/bash\ndaemon:x:1:1::/usr/sbin\n");
    Files.writeString(dir.resolve("list.yaml"), "- password1\n- password2\n");
    Path a = Files.writeString(dir.resolve("a.yaml"), overlay("secret.yaml"));
    Path b = Files.writeString(dir.resolve("b.yaml"), overlay("list.yaml"));
    Path c = Files.writeString(dir.resolve("c.yaml"), overlay("./"));

    assertThat(problems(a)).containsExactly(
        "a.yaml:2:10: extends: secret.yaml is not a Kaohe policy (a policy is a YAML map that starts with 'kaohe: 1'):"
            + " extend a policy file, or a bundled policy's id");
    assertThat(String.join("\n", problems(b))).contains("list.yaml is not a Kaohe policy").doesNotContain("password");
    assertThat(problems(c)).singleElement().asString().contains("is a folder: name the policy file in it");
  }

  @Test
  void aPolicyTestFileGivenAsAPolicyIsOneProblemThatSaysWhatToRun() throws IOException {
    Path tests = Files.writeString(dir.resolve("my.tests.yaml"), """
        kaohe-tests: 1
        policy: my.yaml
        cases:
          - name: one
            given: {csv: "entity,tax\\na,1"}
            expect: [{entity: a, rank: 1}]
        """);

    assertThat(problems(tests)).containsExactly(
        "my.tests.yaml:1:1: kaohe-tests: this is a policy test file (kaohe-tests), not a policy: run it with kaohe test"
            + " POLICY my.tests.yaml (or PolicyTestSuite.load)");
  }

  @Test
  void anUnknownTagIsAProblemAtItsLineNeverDroppedInSilence() {
    String yaml = small.replace("version: \"1.0\"", "version: !include version.txt")
        .replace("title: {zh: 测试文件, en: Test document}", "title: !!java.io.File {zh: 测试文件, en: Test document}");

    List<Problem> problems = PolicyLoader.create().check(yaml, "tagged.yaml");

    assertThat(problems).extracting(Problem::toString).contains(
        "tagged.yaml:5:10: version: the YAML tag !include is not understood: a policy includes nothing and names no"
            + " types; write the value itself, without the tag",
        "tagged.yaml:7:10: source.title: the YAML tag !!java.io.File is not understood: a policy includes nothing"
            + " and names no types; write the value itself, without the tag");
  }

  @Test
  void theTagsOfYamlsCoreSchemaAreAllowed() {
    String yaml = small.replace("version: \"1.0\"", "version: !!str 1.0");

    assertThat(PolicyLoader.create().check(yaml, "tagged.yaml")).isEmpty();
    assertThat(PolicyLoader.create().load(yaml, "tagged.yaml").version()).isEqualTo("1.0");
  }

  @Test
  void aNegativeToleranceSaysSoInsteadOfComparingEqualWeights() {
    String yaml = small.replace("    total: 20\n", "    total: 20\n    tolerance: -1\n");

    List<String> problems = PolicyLoader.create().check(yaml, "t.yaml").stream().map(Problem::toString).toList();

    assertThat(problems).anySatisfy(p -> assertThat(p).contains(
        "tolerance must be 0 or more, but is -1: it is how far the weights may differ from their sums"));
    assertThat(problems).noneSatisfy(p -> assertThat(p).contains("weighs"));
  }

  @Test
  void aFolderOrAMissingFileGivenAsThePolicyIsSaidToBeSo() {
    assertThatThrownBy(() -> PolicyLoader.create().load(dir)).hasMessageContaining(dir + " is a folder, not a policy file");
    assertThatThrownBy(() -> PolicyLoader.create().load(dir.resolve("none.yaml")))
        .hasMessageContaining("there is no file " + dir.resolve("none.yaml"));
  }

  @Test
  void aLargeValidPolicyWithManyEntitiesLoadsInSeconds() {
    StringBuilder entities = new StringBuilder();
    for (int i = 0; i < 20_000; i++) {
      entities.append("      - {id: e").append(i).append(", name: {zh: 实体").append(i).append(", en: Entity ")
          .append(i).append("}, attributes: {county: x}}\n");
    }
    String yaml = small.replaceFirst("(?s)    entities:\n.*?    categories:\n", "    entities:\n" + entities
        + "    categories:\n");
    assertThat(yaml.length()).isGreaterThan(1_500_000); // 40,000 entities, 3.5 MB, take twice as long

    long start = System.nanoTime();
    Policy policy = PolicyLoader.create().load(yaml, "big.yaml");

    assertThat(policy.schemes().get(0).entities()).hasSize(20_000);
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(30));
  }
}
