package io.github.kaohe.schema;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.kaohe.load.PolicyLoader;
import io.github.kaohe.load.Problem;
import io.github.kaohe.load.Validation;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/**
 * Where the schema and the loader part, on purpose, and where they must not. The schema checks the
 * shape of a policy, as an editor can while one types: keys, types, enumerations, required keys
 * (including {@code missing} on every indicator of a scheme without {@code defaults.missing}).
 * What needs the whole policy or arithmetic is the loader's alone: weights that add up, references
 * to ids and attributes, formulas (their names, units, divisions and syntax), formulas of numbers
 * that cannot be computed, and the model's own checks (min ≤ max, shares in (0, 1], unique ids).
 * One difference runs the other way: a whole number (a scale, a field size, a year) written as a
 * formula of numbers ({@code scale: 4 / 2}) loads, and the schema, which wants an integer, refuses it.
 */
class SchemaDifferencesTest {
  static final String POLICY = """
      kaohe: 1
      id: differences
      name: {zh: 差异, en: Differences}
      version: "1"
      source: {title: {zh: 测试, en: Test}, issuer: 测试, date: 2023-01-01}
      arithmetic: {points: {scale: 2, rounding: half-up}, totals: {scale: 2, rounding: half-up}}
      schemes:
        - id: firms
          name: {zh: 企业, en: Firms}
          total: 10
          attributes: [county]
          defaults: {missing: zero-points}
          facts:
            - {id: tax, name: {zh: 税收, en: Tax}, type: number, unit: 万元, valid: {min: 0}}
            - {id: land, name: {zh: 用地, en: Land}, type: number, unit: 亩}
          classes:
            - id: grade
              name: {zh: 等级, en: Grade}
              basis: shares
              counting: floor
              tiers:
                - {id: a, name: {zh: 甲, en: A}, share: 0.25, atLeast: 8}
                - {id: b, name: {zh: 乙, en: B}}
              unclassed: {id: none, name: {zh: 无, en: None}}
          categories:
            - id: all
              name: {zh: 全部, en: All}
              weight: 10
              categories:
                - id: size
                  name: {zh: 规模, en: Size}
                  weight: 10
                  indicators:
                    - id: tax-per-mu
                      name: {zh: 亩均税收, en: Tax per mu}
                      unit: 万元/亩
                      weight: 10
                      method: {type: ratio-to-benchmark, benchmark: {statistic: mean, within: county}, cap: none}
                      formula: {of: tax / land, ifZeroDivisor: missing}
      funds:
        - {id: rewards, name: {zh: 奖励资金, en: Reward fund}, amount: 2000, unit: 万元, from: 2014, grows: true, pays: [firms], countPayees: false}
      """;

  private static Validation loader(String yaml) {
    return PolicyLoader.create().validate(yaml, "p.yaml");
  }

  private static String changed(String from, String to) {
    assertThat(POLICY).contains(from);
    return POLICY.replace(from, to);
  }

  @Test
  void bothAcceptThePolicy() {
    assertThat(loader(POLICY).errors()).isEmpty();
    assertThat(PolicySchema.POLICY.errors(POLICY)).isEmpty();
  }

  static Stream<Arguments> onlyTheLoaderSees() {
    return Stream.of(
        Arguments.of("weights that do not add up", "weight: 10\n            indicators", "weight: 12\n            indicators"),
        Arguments.of("a formula that names no fact", "of: tax / land", "of: tax / area"),
        Arguments.of("a formula whose unit is not the indicator's", "unit: 万元/亩", "unit: 万元"),
        Arguments.of("a division with no rule for 0", "{of: tax / land, ifZeroDivisor: missing}", "tax / land"),
        Arguments.of("a formula that does not parse", "of: tax / land", "of: tax / / land"),
        Arguments.of("a formula of numbers that cannot be computed", "cap: none", "cap: ln(0)"),
        Arguments.of("two facts of one id", "id: land,", "id: tax,"),
        Arguments.of("a share over 1", "share: 0.25", "share: 1.5"),
        Arguments.of("a valid range upside down", "valid: {min: 0}", "valid: {min: 5, max: 1}"),
        Arguments.of("a fund that pays an unknown scheme", "pays: [firms]", "pays: [farms]"),
        Arguments.of("a fund that pays an unknown table", "pays: [firms]", "pays: [firms], tables: [prizes]"),
        Arguments.of("a fund of nothing", "amount: 2000", "amount: 0"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("onlyTheLoaderSees")
  void whatOnlyTheLoaderSees(String what, String from, String to) {
    String yaml = changed(from, to);

    assertThat(loader(yaml).valid()).as(what).isFalse();
    assertThat(PolicySchema.POLICY.errors(yaml)).as(what).isEmpty();
  }

  @Test
  void aWholeNumberWrittenAsAFormulaLoadsButTheSchemaWantsAnInteger() {
    String yaml = changed("points: {scale: 2", "points: {scale: 4 / 2");

    assertThat(loader(yaml).valid()).isTrue();
    assertThat(PolicySchema.POLICY.errors(yaml)).isNotEmpty();
  }

  static Stream<Arguments> bothReject() {
    String noDefaults = "    defaults: {missing: zero-points}\n";
    return Stream.of(
        Arguments.of("an indicator without missing, and no defaults.missing", noDefaults, ""),
        Arguments.of("defaults without missing", noDefaults, "    defaults: {direction: higher-is-better}\n"),
        Arguments.of("a parameter of two kinds", "{statistic: mean, within: county}", "{statistic: mean, column: tax}"),
        Arguments.of("a group parameter without values", "{statistic: mean, within: county}", "{by: county, otherwise: 3}"),
        Arguments.of("cap: no", "cap: none", "cap: no"),
        Arguments.of("a number in words", "share: 0.25", "share: quarter"),
        Arguments.of("a formula map without of", "{of: tax / land, ifZeroDivisor: missing}", "{ifZeroDivisor: missing}"),
        Arguments.of("ifMissing: error", "ifZeroDivisor: missing}", "ifZeroDivisor: missing, ifMissing: error}"),
        Arguments.of("a substitute without a value", "{missing: zero-points}", "{missing: {rule: substitute}}"),
        Arguments.of("a value beside zero-points", "{missing: zero-points}", "{missing: {rule: zero-points, value: 0}}"),
        Arguments.of("impute as a word", "{missing: zero-points}", "{missing: impute}"),
        Arguments.of("an imputation of weights", "{missing: zero-points}", "{missing: {rule: impute, of: weights}}"),
        Arguments.of("counting: round", "counting: floor", "counting: round"),
        Arguments.of("a fund without a first year", "from: 2014, ", ""),
        Arguments.of("a fund that pays no scheme", "pays: [firms]", "pays: []"),
        Arguments.of("a fund that grows sometimes", "grows: true", "grows: often"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("bothReject")
  void bothReject(String what, String from, String to) {
    String yaml = changed(from, to);

    List<Problem> errors = loader(yaml).errors();
    assertThat(errors).as(what).isNotEmpty();
    assertThat(PolicySchema.POLICY.errors(yaml)).as(what).isNotEmpty();
  }

  @Test
  void theSchemaAsksForMissingWhereTheLoaderDoes() {
    String yaml = changed("    defaults: {missing: zero-points}\n", "");

    assertThat(loader(yaml).errors())
        .extracting(Problem::message)
        .anySatisfy(m -> assertThat(m).startsWith("missing required key 'missing'"));
    assertThat(PolicySchema.POLICY.errors(yaml))
        .anySatisfy(e -> assertThat(e).contains("/schemes/0/categories/0/categories/0/indicators/0").contains("missing"));
  }

  @Test
  void anIndicatorOwnMissingIsEnoughWithoutDefaults() {
    String yaml = changed("    defaults: {missing: zero-points}\n", "")
        .replace("      weight: 10\n                method", "      weight: 10\n                missing: {rule: impute, statistic: median, of: points, within: county}\n                method");

    assertThat(yaml).contains("rule: impute");
    assertThat(loader(yaml).errors()).isEmpty();
    assertThat(PolicySchema.POLICY.errors(yaml)).isEmpty();
  }
}
