package io.github.kaohe.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.kaohe.load.PolicyLoader;
import io.github.kaohe.load.Validation;
import io.github.kaohe.model.Policy;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * The policy loader on garbled policies: the bundled ones mutated, nesting thousands deep, alias
 * bombs, huge numbers. Each loads, or fails with a {@code PolicyException} whose problems name the
 * file, a line within it and what is wrong; never another exception, never a hang.
 */
class PolicyFuzzProperties {
  private static final String FILE = "fuzzed.yaml";

  @Provide
  Arbitrary<String> mutatedPolicies() {
    return Arbitraries.oneOf(Mutations.of(Seeds.KAIFENG_YAML), Mutations.of(Seeds.PER_MU_YAML));
  }

  @Property
  void aMutatedBundledPolicyLoadsOrNamesItsProblems(@ForAll("mutatedPolicies") String yaml) {
    Laws.Outcome<Policy> loaded = Laws.bounded(() -> PolicyLoader.create().load(yaml, FILE));
    Laws.policyError(loaded.thrown(), FILE, yaml);
    Laws.Outcome<Validation> validated = Laws.bounded(() -> PolicyLoader.create().validate(yaml, FILE));
    assertThat(validated.thrown()).as("validate throws nothing").isNull();
  }

  @Property
  void aMutatedTestFileGivenAsAPolicyIsAClearProblem(@ForAll("mutatedTests") String yaml) {
    Laws.Outcome<Policy> loaded = Laws.bounded(() -> PolicyLoader.create().load(yaml, FILE));
    Laws.policyError(loaded.thrown(), FILE, yaml);
  }

  @Provide
  Arbitrary<String> mutatedTests() {
    return Mutations.of(Seeds.KAIFENG_TESTS_YAML);
  }

  @Property(tries = 20)
  void deepNestingIsAProblemNotAStackOverflow(
      @ForAll @IntRange(min = 1, max = 200_000) int depth, @ForAll("nestings") String kind) {
    String yaml = switch (kind) {
      case "flow-sequence" -> "schemes: " + "[".repeat(depth) + "]".repeat(depth) + "\n";
      case "flow-mapping" -> "schemes: " + "{a: ".repeat(depth) + "1" + "}".repeat(depth) + "\n";
      default -> {
        StringBuilder s = new StringBuilder("schemes:\n");
        for (int i = 0; i < Math.min(depth, 5_000); i++) {
          s.append(" ".repeat(i + 1)).append("- \n");
        }
        yield s.toString();
      }
    };
    Laws.Outcome<Policy> loaded = Laws.bounded(() -> PolicyLoader.create().load(yaml, FILE));
    assertThat(loaded.thrown()).as("a nesting is no policy").isNotNull();
    Laws.policyError(loaded.thrown(), FILE, yaml);
  }

  @Provide
  Arbitrary<String> nestings() {
    return Arbitraries.of("flow-sequence", "flow-mapping", "block");
  }

  /** The billion laughs: each level's anchor refers to the one before as many times as the width. */
  @Property(tries = 20)
  void anAliasBombIsAProblemNotAnExplosion(
      @ForAll @IntRange(min = 2, max = 30) int levels, @ForAll @IntRange(min = 2, max = 20) int width) {
    StringBuilder s = new StringBuilder("id: bomb\nname: bomb\nl0: &l0 [\"lol\"]\n");
    for (int level = 1; level <= levels; level++) {
      s.append('l').append(level).append(": &l").append(level).append(" [");
      s.append(String.join(", ", java.util.Collections.nCopies(width, "*l" + (level - 1))));
      s.append("]\n");
    }
    s.append("schemes: *l").append(levels).append('\n');
    String yaml = s.toString();
    Laws.Outcome<Policy> loaded = Laws.bounded(() -> PolicyLoader.create().load(yaml, FILE));
    assertThat(loaded.thrown()).isNotNull();
    Laws.policyError(loaded.thrown(), FILE, yaml);
  }

  /** Every number of the Kaifeng policy that is a weight, points or a threshold, replaced by an odd one. */
  @Property
  void hugeAndOddNumbersAreReadExactlyOrRefused(@ForAll("oddNumbers") String number, @ForAll("fractions") double where) {
    List<int[]> numbers = new java.util.ArrayList<>();
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("(?<=[:,\\[] )-?\\d+(?:\\.\\d+)?(?=[,}\\]\\s])").matcher(Seeds.KAIFENG_YAML);
    while (m.find()) {
      numbers.add(new int[] {m.start(), m.end()});
    }
    assertThat(numbers).hasSizeGreaterThan(50);
    int[] one = numbers.get((int) (where * (numbers.size() - 1)));
    String yaml = Seeds.KAIFENG_YAML.substring(0, one[0]) + number + Seeds.KAIFENG_YAML.substring(one[1]);
    Laws.Outcome<Policy> loaded = Laws.bounded(() -> PolicyLoader.create().load(yaml, FILE));
    Laws.policyError(loaded.thrown(), FILE, yaml);
  }

  @Provide
  Arbitrary<String> oddNumbers() {
    return Arbitraries.oneOf(
        Arbitraries.of("1e999999999", "-1e999999999", "1e-999999999", ".inf", "-.inf", ".nan", "NaN", "0x7fffffff",
            "9223372036854775808", "-9223372036854775809", "0", "-0", "-1", "1_0", "1.", ".5", "1e3", "12:30"),
        Arbitraries.strings().numeric().ofMinLength(19).ofMaxLength(20_000),
        Arbitraries.strings().numeric().ofMinLength(1).ofMaxLength(40).map(d -> "0." + d),
        Arbitraries.strings().numeric().ofMinLength(1).ofMaxLength(40).map(d -> "-" + d + ".9"));
  }

  @Provide
  Arbitrary<Double> fractions() {
    return Arbitraries.doubles().between(0, 1);
  }
}
