package io.github.kaohe.load;

import static io.github.kaohe.load.LoaderFixture.VALID;
import static io.github.kaohe.load.LoaderFixture.problem;
import static io.github.kaohe.load.LoaderFixture.problems;
import static io.github.kaohe.load.LoaderFixture.with;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** One test per kind of mistake, each checking message, line, column and path. */
class PolicyLoaderErrorTest {
  private static final String TAX = "schemes[0].categories[0].indicators[0]";
  private static final String GROWTH = "schemes[0].categories[0].indicators[1]";

  private static Problem at(List<Problem> problems, String path) {
    return problems.stream()
        .filter(p -> p.path().equals(path))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no problem at " + path + " in " + problems));
  }

  @Test
  void fixturePolicyLoadsWithoutProblems() {
    assertThat(PolicyLoader.create().check(VALID, "test.yaml")).isEmpty();
  }

  @Test
  void unknownKeySuggestsTheNearestKey() {
    Problem p = at(problems(with("weight: 8", "wieght: 8")), TAX + ".wieght");

    assertThat(p.message())
        .isEqualTo("unknown key 'wieght': did you mean 'weight'? (allowed here: id, name, short, unit, weight,"
            + " direction, method, transforms, missing, valid, source, formula)");
    assertThat(p.line()).isEqualTo(22);
    assertThat(p.column()).isEqualTo(13);
  }

  @Test
  void unknownKeyWithoutANearKeyListsTheAllowedKeys() {
    Problem p = problem(with("    total: 10\n", "    total: 10\n    colour: red\n"));

    assertThat(p.message())
        .isEqualTo("unknown key 'colour' (allowed here: id, name, source, total, tolerance, attributes,"
            + " defaults, entities, categories, adjustments, ranking, facts, measures, eligibilities, tables,"
            + " classes, checks, targets, taxSharing, links, context, appliesTo)");
    assertThat(p.path()).isEqualTo("schemes[0].colour");
    assertThat(p.line()).isEqualTo(10);
    assertThat(p.column()).isEqualTo(5);
  }

  @Test
  void misspeltKeyIsNotReportedAgainAsAMissingKey() {
    List<Problem> all = problems(with("weight: 8", "wieght: 8"));

    // The typo is the one problem: "missing required key 'weight'" would only repeat it.
    assertThat(all).extracting(Problem::path).containsExactly(TAX + ".wieght");
  }

  @Test
  void duplicateKeyIsAnError() {
    Problem p = problem(with("weight: 8\n", "weight: 8\n            weight: 9\n"));

    assertThat(p.message()).isEqualTo("duplicate key 'weight' (first at line 22): keep one of them");
    assertThat(p.path()).isEqualTo(TAX + ".weight");
    assertThat(p.line()).isEqualTo(23);
    assertThat(p.column()).isEqualTo(13);
  }

  @Test
  void textWhereANumberIsExpectedIsAnError() {
    Problem p = problem(with("weight: 8", "weight: eight"));

    assertThat(p.message()).isEqualTo("expected a decimal number (e.g. 8 or 0.25), but found the text 'eight'");
    assertThat(p.path()).isEqualTo(TAX + ".weight");
    assertThat(p.line()).isEqualTo(22);
    assertThat(p.column()).isEqualTo(21);
  }

  @Test
  void aLongTextWhereANumberIsExpectedIsQuotedByItsStart() {
    // Found by the fuzzing (kaohe-fuzz): a 100,000-digit text was quoted whole in the message.
    String digits = "0" + "1234567890".repeat(10_000);
    Problem p = problem(with("weight: 8", "weight: '" + digits + "'"));

    assertThat(p.message()).isEqualTo("expected a decimal number (e.g. 8 or 0.25), but found the text '"
        + digits.substring(0, 80) + "… (100001 characters)'");
  }

  @Test
  void quotedNumberIsText() {
    Problem p = problem(with("weight: 8", "weight: \"8\""));

    assertThat(p.message()).isEqualTo("expected a decimal number (e.g. 8 or 0.25), but found the text '8'");
  }

  @Test
  void mapWhereTextIsExpectedIsAnError() {
    Problem p = problem(with("- id: tax", "- id: {x: 1}"));

    assertThat(p.message()).isEqualTo("expected text, but found a map");
    assertThat(p.path()).isEqualTo(TAX + ".id");
    assertThat(p.line()).isEqualTo(20);
    assertThat(p.column()).isEqualTo(17);
  }

  @Test
  void keyWithoutAValueIsAnError() {
    Problem p = problem(with("weight: 8", "weight:"));

    assertThat(p.message()).isEqualTo("'weight' has no value: give one, or leave the key out");
    assertThat(p.path()).isEqualTo(TAX + ".weight");
  }

  @Test
  void textKeyWithoutAValueIsAnErrorAtTheKey() {
    Problem p = problem(with("version: \"1\"", "version:"));

    assertThat(p.message()).isEqualTo("'version' has no value: give one, or leave the key out");
    assertThat(p.path()).isEqualTo("version");
    assertThat(p.line()).isEqualTo(4);
  }

  @Test
  void quotedEmptyTextIsAValue() {
    var policy = PolicyLoader.create().load(with("weight: 8", "weight: 8\n            unit: ''"), "t");

    assertThat(policy.scheme("firms").indicator("tax").unit()).isEmpty();
  }

  @Test
  void quotedEmptyTextAfterAnEmojiIsAValue() {
    // the parser counts the emoji as one position, Java strings as two chars
    var policy = PolicyLoader.create().load(with("zh: 税收, en: Tax}", "zh: 税收😀😀, en: Tax😀}\n            unit: \"\""), "t");

    assertThat(policy.scheme("firms").indicator("tax").unit()).isEmpty();
  }

  @Test
  void unknownMethodSuggestsTheNearestMethod() {
    Problem p = problem(with("method: proportional-to-best", "method: proportional-to-bets"));

    assertThat(p.message())
        .isEqualTo("unknown scoring method 'proportional-to-bets': did you mean 'proportional-to-best'? (known:"
            + " proportional-to-best, min-max, goalposts, ratio-to-benchmark, target-steps, place-points, bands,"
            + " z-score, direct-points)");
    assertThat(p.path()).isEqualTo(TAX + ".method");
    assertThat(p.line()).isEqualTo(23);
    assertThat(p.column()).isEqualTo(21);
  }

  @Test
  void unknownMethodTypeInAMapPointsAtTheType() {
    Problem p = problem(with("{type: goalposts,", "{type: goalpost,"));

    assertThat(p.message()).startsWith("unknown scoring method 'goalpost': did you mean 'goalposts'?");
    assertThat(p.path()).isEqualTo(GROWTH + ".method.type");
    assertThat(p.line()).isEqualTo(28);
    assertThat(p.column()).isEqualTo(28);
  }

  @Test
  void unknownMethodParameterIsAnError() {
    Problem p = problem(with("upper: 10}", "upper: 10, uper: 12}"));

    assertThat(p.message()).isEqualTo("unknown key 'uper': did you mean 'upper'? (allowed here: type, lower, upper)");
    assertThat(p.path()).isEqualTo(GROWTH + ".method.uper");
  }

  @Test
  void goalpostsWithLowerNotBelowUpperAreAnError() {
    Problem p = problem(with("lower: 0, upper: 10", "lower: 10, upper: 10"));

    assertThat(p.message()).isEqualTo("lower (10) must be less than upper (10)");
    assertThat(p.path()).isEqualTo(GROWTH + ".method");
    assertThat(p.line()).isEqualTo(28);
    assertThat(p.column()).isEqualTo(21);
  }

  @Test
  void minMaxWithFloorAboveCeilingIsAnError() {
    Problem p = problem(with("{type: goalposts, lower: 0, upper: 10}", "{type: min-max, floor: 0.9, ceiling: 0.8}"));

    assertThat(p.message()).isEqualTo("floor (0.9) must not be greater than ceiling (0.8)");
    assertThat(p.path()).isEqualTo(GROWTH + ".method");
    assertThat(p.line()).isEqualTo(28);
  }

  @Test
  void methodParameterOfTheWrongTypeIsAnError() {
    Problem p = problem(with("lower: 0,", "lower: low,"));

    assertThat(p.message()).isEqualTo("expected a decimal number (e.g. 8 or 0.25), but found the text 'low'");
    assertThat(p.path()).isEqualTo(GROWTH + ".method.lower");
    assertThat(p.line()).isEqualTo(28);
    assertThat(p.column()).isEqualTo(46);
  }

  @Test
  void unknownEnumValueSuggestsTheNearestValue() {
    Problem p = problem(with("method: proportional-to-best", "method: proportional-to-best\n            direction: higher-is-beter"));

    assertThat(p.message())
        .isEqualTo("'higher-is-beter' is not one of higher-is-better, lower-is-better: did you mean 'higher-is-better'?");
    assertThat(p.path()).isEqualTo(TAX + ".direction");
    assertThat(p.line()).isEqualTo(24);
    assertThat(p.column()).isEqualTo(24);
  }

  @Test
  void missingRequiredKeyPointsAtItsMap() {
    Problem p = problem(with("            name: {zh: 税收, en: Tax}\n", ""));

    assertThat(p.message()).isEqualTo("missing required key 'name'");
    assertThat(p.path()).isEqualTo(TAX + ".name");
    assertThat(p.line()).isEqualTo(20);
    assertThat(p.column()).isEqualTo(13);
  }

  @Test
  void missingRuleWithoutADefaultIsAnError() {
    Problem p = problem(with("    defaults: {missing: zero-points}\n", ""));

    assertThat(p.message()).startsWith("missing required key 'missing' (what happens when a value is missing:");
    assertThat(p.path()).isEqualTo("schemes[0].categories[0].indicators[0].missing");
    assertThat(p.line()).isEqualTo(19);
  }

  @Test
  void categoryWhosePartsDoNotAddUpIsAnErrorAtItsWeight() {
    Problem p = problem(with("weight: 8", "weight: 7"));

    assertThat(p.message())
        .isEqualTo("the parts of this category weigh 9 in all, but its weight is 10: correct a weight"
            + " (parts of a weighted-sum category add up to it)");
    assertThat(p.path()).isEqualTo("schemes[0].categories[0].weight");
    assertThat(p.line()).isEqualTo(18);
    assertThat(p.column()).isEqualTo(17);
  }

  @Test
  void categoriesThatDoNotAddUpToTheTotalAreAnErrorAtTheTotal() {
    Problem p = problem(with("total: 10", "total: 12"));

    assertThat(p.message()).isEqualTo("the categories weigh 10 in all, but total is 12: correct a weight or the total");
    assertThat(p.path()).isEqualTo("schemes[0].total");
    assertThat(p.line()).isEqualTo(9);
    assertThat(p.column()).isEqualTo(12);
  }

  @Test
  void toleranceAllowsWeightsThatNearlyAddUp() {
    assertThat(PolicyLoader.create().check(with("total: 10", "total: 10.4\n    tolerance: 0.5"), "t")).isEmpty();
  }

  @Test
  void toleranceIsNamedWhenWeightsDifferByMore() {
    Problem p = problem(with("total: 10", "total: 11\n    tolerance: 0.5"));

    assertThat(p.message()).isEqualTo("the categories weigh 10 in all, but total is 11 (tolerance 0.5): correct a weight or the total");
  }

  @Test
  void idUsedTwiceIsAnErrorAtTheSecondUse() {
    Problem p = problem(with("- id: growth", "- id: tax"));

    assertThat(p.message())
        .isEqualTo("id 'tax' is already used at schemes[0].categories[0].indicators[0]: the categories,"
            + " indicators, adjustments, facts, measures, eligibilities, tables, classes, checks, targets and tax"
            + " sharing rules of a scheme need distinct ids");
    assertThat(p.path()).isEqualTo(GROWTH + ".id");
    assertThat(p.line()).isEqualTo(25);
    assertThat(p.column()).isEqualTo(17);
  }

  @Test
  void entityIdUsedTwiceIsAnErrorAtTheSecondEntity() {
    Problem p = problem(with("{id: b, name: {zh: 乙", "{id: a, name: {zh: 乙"));

    assertThat(p.message()).isEqualTo("entity id 'a' is already used by schemes[0].entities[0]: entities need distinct ids");
    assertThat(p.path()).isEqualTo("schemes[0].entities[1].id");
    assertThat(p.line()).isEqualTo(13);
    assertThat(p.column()).isEqualTo(14);
  }

  @Test
  void schemeIdUsedTwiceIsAnError() {
    String twoSchemes = VALID + VALID.substring(VALID.indexOf("  - id: firms"), VALID.indexOf("    ranking:"));

    Problem p = problem(twoSchemes);

    assertThat(p.message()).isEqualTo("scheme id 'firms' is declared twice");
  }

  @Test
  void tieBreakToAnUnknownIdIsAnError() {
    Problem p = problem(with("groups: [county]", "groups: [county]\n      tieBreaks: [{by: points, of: taxes}]"));

    assertThat(p.message()).isEqualTo("tie-break refers to 'taxes', which is no category or indicator of this scheme: did you mean 'tax'?");
    assertThat(p.path()).isEqualTo("schemes[0].ranking.tieBreaks[0].of");
    assertThat(p.line()).isEqualTo(32);
    assertThat(p.column()).isEqualTo(36);
  }

  @Test
  void tieBreakByValueOfACategoryIsAnError() {
    Problem p = problem(with("groups: [county]", "groups: [county]\n      tieBreaks: [{by: value, of: size}]"));

    assertThat(p.message()).isEqualTo("tie-break by value needs an indicator, but 'size' is a category: use by: points");
    assertThat(p.path()).isEqualTo("schemes[0].ranking.tieBreaks[0].of");
  }

  @Test
  void rankingGroupNotAmongTheAttributesIsAnError() {
    Problem p = problem(with("groups: [county]", "groups: [city]"));

    assertThat(p.message()).isEqualTo("ranking groups by 'city', which is not among the scheme's attributes [county]: add it to attributes");
    assertThat(p.path()).isEqualTo("schemes[0].ranking.groups[0]");
    assertThat(p.line()).isEqualTo(31);
    assertThat(p.column()).isEqualTo(16);
  }

  @Test
  void undeclaredEntityAttributeIsAnError() {
    Problem p = problem(with("attributes: {county: x}", "attributes: {county: x, conty: y}"));

    assertThat(p.message()).isEqualTo("attribute 'conty' is not declared in the scheme's attributes [county]: did you mean 'county'?");
    assertThat(p.path()).isEqualTo("schemes[0].entities[0].attributes.conty");
    assertThat(p.line()).isEqualTo(12);
    assertThat(p.column()).isEqualTo(67);
  }

  @Test
  void invalidIdIsAnErrorFromTheModel() {
    Problem p = problem(with("- id: tax", "- id: Tax"));

    assertThat(p.message())
        .isEqualTo("indicator id 'Tax' must be lower-case letters and digits separated by '-', '_' or '.' (e.g. tax-growth)");
    assertThat(p.path()).isEqualTo(TAX);
    assertThat(p.line()).isEqualTo(20);
    assertThat(p.column()).isEqualTo(13);
  }

  @Test
  void formatVersionOtherThanOneIsAnError() {
    Problem p = problem(with("kaohe: 1", "kaohe: 2"));

    assertThat(p.message()).isEqualTo("this loader reads policy format 1, but the file is format 2");
    assertThat(p.path()).isEqualTo("kaohe");
    assertThat(p.line()).isEqualTo(1);
    assertThat(p.column()).isEqualTo(8);
  }

  @Test
  void formatVersionIsRequired() {
    Problem p = problem(with("kaohe: 1\n", ""));

    assertThat(p.message()).isEqualTo("missing required key 'kaohe'");
    assertThat(p.path()).isEqualTo("kaohe");
  }

  @Test
  void severalProblemsAreReportedTogether() {
    String yaml = with("kaohe: 1", "kaohe: 3").replace("wieght", "x").replace("weight: 8", "wieght: 8").replace("lower: 0,", "lower: low,");

    List<Problem> all = problems(yaml);

    assertThat(all).hasSize(3);
    assertThat(all).extracting(Problem::path)
        .containsExactlyInAnyOrder("kaohe", TAX + ".wieght", GROWTH + ".method.lower");
  }

  @Test
  void exceptionMessageListsEveryProblemInFileOrder() {
    String yaml = with("lower: 0,", "lower: low,").replace("kaohe: 1", "kaohe: 3");

    PolicyException e = org.assertj.core.api.Assertions.catchThrowableOfType(
        PolicyException.class, () -> PolicyLoader.create().load(yaml, "test.yaml"));

    assertThat(e.getMessage())
        .isEqualTo("test.yaml has 2 problems:\n"
            + "  test.yaml:1:8: kaohe: this loader reads policy format 1, but the file is format 3\n"
            + "  test.yaml:28:46: " + GROWTH + ".method.lower: expected a decimal number (e.g. 8 or 0.25), but found the text 'low'");
  }
}
