package io.github.kaohe.rules.test;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.kaohe.load.Problem;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Mistakes in checks, targets, tax sharing and links, each reported with its message, field path,
 * line and column. The scheme's YAML is indented by 4 in the policy, so a list item written
 * {@code   - id:} (2 spaces in) has its dash in column 7 and its first key, which is where the
 * item's map starts, in column 9; written {@code   - {id:}, its brace is in column 9.
 */
class ChecksLoaderErrorTest {
  private static final String FACTS =
      """
      facts:
        - {id: invest, name: {zh: 投资额, en: Investment}, type: number}
        - {id: producing, name: {zh: 已投产, en: In production}, type: boolean}
        - {id: stars, name: {zh: 星级, en: Star level}, type: enumeration, values: [一星, 二星, 三星]}
      """;

  /** The only problem of the scheme {@code zones} with these rules, with {@code line} the line that contains {@code text}. */
  private static Problem only(String scheme) {
    List<Problem> problems = RuleFixture.problems(FACTS + scheme);
    assertThat(problems).hasSize(1);
    return problems.get(0);
  }

  private static int line(String scheme, String text) {
    return RuleFixture.lineOf(FACTS + scheme, text);
  }

  private static void assertAt(Problem p, String path, int line, int column, String message) {
    assertThat(p.message()).isEqualTo(message);
    assertThat(p.path()).isEqualTo(path);
    assertThat(p.line()).isEqualTo(line);
    assertThat(p.column()).isEqualTo(column);
    assertThat(p.isError()).isTrue();
  }

  @Nested
  class Checks {
    private static final String CHECK =
        """
        checks:
          - id: floor
            name: {zh: 下限, en: Floor}
            inputs: [{id: invest, of: invest}]
            require: {invest: {ge: 500}}
            message: {zh: 投资不足, en: invests too little}
        """;

    @Test
    void theFixtureLoads() {
      assertThat(RuleFixture.problems(FACTS + CHECK)).isEmpty();
    }

    @Test
    void anUnknownKeySuggestsTheNearestKey() {
      String scheme = CHECK.replace("require:", "requires:");

      // "    requires:" at no indentation: 4 + 4 spaces, the key in column 9
      assertAt(only(scheme), "schemes[0].checks[0].requires", line(scheme, "requires:"), 9,
          "unknown key 'requires': did you mean 'require'? (allowed here: id, name, inputs, appliesTo, when, require,"
              + " message, from, source)");
    }

    @Test
    void aConditionOnAnUndeclaredInputIsAnErrorAtTheCheck() {
      String scheme = CHECK.replace("require: {invest: {ge: 500}}", "require: {invest: {ge: 500}, area: {ge: 10}}");

      assertAt(only(scheme), "schemes[0].checks[0]", line(scheme, "- id: floor"), 9,
          "check 'floor' has a condition on 'area', which it does not declare as an input");
    }

    @Test
    void aComparisonWithAnUndeclaredInputIsAnError() {
      String scheme = CHECK.replace("{ge: 500}", "{ge: {input: floor}}");

      assertAt(only(scheme), "schemes[0].checks[0]", line(scheme, "- id: floor"), 9,
          "check 'floor' compares with input 'floor', which it does not declare");
    }

    @Test
    void aCheckThatRequiresNothingIsAnError() {
      String scheme = CHECK.replace("require: {invest: {ge: 500}}", "require: {}");

      assertAt(only(scheme), "schemes[0].checks[0]", line(scheme, "- id: floor"), 9,
          "check 'floor' requires nothing: list at least one condition under require");
    }

    @Test
    void anInputReadingNothingKnownIsAnErrorOfTheCheck() {
      String scheme = CHECK.replace("of: invest}", "of: investment}");

      assertAt(only(scheme), "schemes[0].checks[0]", line(scheme, "- id: floor"), 9,
          "check 'floor': input 'invest' reads 'investment', which is no indicator, fact, measure or result"
              + " (result.total, result.base, result.adjustments, result.place, result.place.ATTRIBUTE,"
              + " result.points.ID) of this scheme");
    }
  }

  @Nested
  class Targets {
    private static final String TARGET =
        """
        targets:
          - {id: t, name: {zh: 目标, en: Target}, kind: level, of: invest, target: 100, from: 2014, deadline: 2015, each: true}
        """;

    private static Problem target(Function<String, String> change) {
      return only(change.apply(TARGET));
    }

    @Test
    void theFixtureLoads() {
      assertThat(RuleFixture.problems(FACTS + TARGET)).isEmpty();
    }

    @Test
    void aFirstYearAfterTheDeadlineIsAnError() {
      assertAt(target(t -> t.replace("from: 2014", "from: 2016")), "schemes[0].targets[0]", line(TARGET, "- {id: t,"), 9,
          "target 't': the first year (2016) must not come after the deadline (2015)");
    }

    @Test
    void anUnknownKindSuggestsTheNearestKind() {
      String scheme = TARGET.replace("kind: level", "kind: levle");

      // the value "levle" after "  - {id: t, name: {zh: 目标, en: Target}, kind: " (4 spaces before)
      int column = 4 + "  - {id: t, name: {zh: 目标, en: Target}, kind: ".length() + 1;
      assertAt(only(scheme), "schemes[0].targets[0].kind", line(scheme, "- {id: t,"), column,
          "'levle' is not one of level, growth, average-growth, share, place, reach, range: did you mean 'level'?");
    }

    @Test
    void entitiesAndEachTogetherAreAnError() {
      assertAt(target(t -> t.replace("each: true", "each: true, entities: [a]")), "schemes[0].targets[0]",
          line(TARGET, "- {id: t,"), 9, "target 't': give entities or each, not both");
    }

    @Test
    void aTargetForTheWholeSchemeOnAValueOfEachEntityIsAnError() {
      assertAt(target(t -> t.replace(", each: true", "")), "schemes[0].targets[0]", line(TARGET, "- {id: t,"), 9,
          "target 't': concerns the scheme as a whole, so it needs a measure that is the same for every entity"
              + " (a population statistic such as the sum over the entities, a context entity's value, or a measure"
              + " of these only); 'invest' is a value of each entity: name such a measure, or give entities or each");
    }

    @Test
    void aTargetForTheWholeSchemeOnAResultIsAnError() {
      // the first entity's place is not the scheme's
      assertThat(target(t -> t.replace(", each: true", "").replace("kind: level, of: invest", "kind: place, of: result.place"))
          .message()).contains("'result.place' is a value of each entity");
    }

    @Test
    void aReachTargetBeyondTheFactsValuesIsAnError() {
      assertAt(target(t -> t.replace("kind: level, of: invest, target: 100", "kind: reach, of: stars, target: 五星")),
          "schemes[0].targets[0]", line(TARGET, "- {id: t,"), 9,
          "target 't': reaches '五星', which 'stars' cannot take: '五星' is not one of [一星, 二星, 三星]");
    }

    @Test
    void aRangeThatRunsBackwardsIsAnError() {
      assertAt(target(t -> t.replace("kind: level", "kind: range").replace("target: 100", "target: 3, upTo: 2")),
          "schemes[0].targets[0]", line(TARGET, "- {id: t,"), 9,
          "target 't': the range 3–2 runs backwards: upTo must be at least the target");
    }

    @Test
    void anIdUsedByAFactIsAnErrorAtTheTargetsId() {
      String scheme = TARGET.replace("{id: t,", "{id: invest,");

      // the value "invest" after "  - {id: " (4 spaces before)
      assertAt(only(scheme), "schemes[0].targets[0].id", line(scheme, "{id: invest, name: {zh: 目标"), 4 + "  - {id: ".length() + 1,
          "id 'invest' is already used at schemes[0].facts[0]: the categories, indicators, adjustments, facts,"
              + " measures, eligibilities, tables, classes, checks, targets and tax sharing rules of a scheme need"
              + " distinct ids");
    }

    @Test
    void upToOutsideARangeIsAnError() {
      assertThat(target(t -> t.replace("target: 100", "target: 100, upTo: 200")).message())
          .isEqualTo("target 't': only a range target takes upTo");
    }

    @Test
    void anAccumulatedGrowthIsAnError() {
      assertThat(target(t -> t.replace("kind: level", "kind: growth").replace("each: true", "each: true, accumulate: true"))
          .message()).isEqualTo("target 't': a growth target cannot accumulate (growth compares each year with the one before)");
    }

    @Test
    void aTargetOnNothingKnownIsAnError() {
      assertThat(target(t -> t.replace("of: invest", "of: investment")).message())
          .isEqualTo("target 't': measures 'investment', which is no indicator, fact, measure or result of this scheme");
    }
  }

  @Nested
  class TaxSharing {
    private static final String SHARING =
        """
        taxSharing:
          - id: split
            name: {zh: 分成, en: Split}
            taxes: [invest]
            parties:
              - {id: county, name: {zh: 县, en: County}, share: 5, attribute: county}
              - {id: zone, name: {zh: 园区, en: Zone}, share: 5, attribute: kind}
            remainder: zone
            appliesWhen: producing
        """;

    @Test
    void theFixtureLoads() {
      assertThat(RuleFixture.problems(FACTS + SHARING)).isEmpty();
    }

    @Test
    void aShareOfNothingIsAnErrorAtTheParty() {
      String scheme = SHARING.replace("share: 5, attribute: county", "share: 0, attribute: county");

      assertAt(only(scheme), "schemes[0].taxSharing[0].parties[0]", line(scheme, "share: 0"), 13,
          "share must be greater than 0, but was 0");
    }

    @Test
    void aRemainderPartyThatIsNoPartyIsAnError() {
      String scheme = SHARING.replace("remainder: zone", "remainder: city");

      assertAt(only(scheme), "schemes[0].taxSharing[0]", line(scheme, "- id: split"), 9,
          "tax sharing 'split': the remainder goes to 'city', which is none of its parties");
    }

    @Test
    void aSinglePartyIsAnError() {
      String scheme = SHARING.replace("      - {id: zone, name: {zh: 园区, en: Zone}, share: 5, attribute: kind}\n", "")
          .replace("remainder: zone", "remainder: county");

      assertThat(only(scheme).message()).isEqualTo("tax sharing 'split' needs at least two parties");
    }

    @Test
    void aPartyNamedByAnUndeclaredAttributeIsAnError() {
      String scheme = SHARING.replace("attribute: kind", "attribute: district");

      assertAt(only(scheme), "schemes[0].taxSharing[0]", line(scheme, "- id: split"), 9,
          "taxSharing 'split': party 'zone' is named by attribute 'district', which the scheme does not declare");
    }

    @Test
    void aTaxThatIsNoNumberFactIsAnError() {
      assertThat(only(SHARING.replace("taxes: [invest]", "taxes: [producing]")).message())
          .isEqualTo("taxSharing 'split': shares 'producing', which is no fact of type number of this scheme:"
              + " declare the tax paid as such a fact");
    }

    @Test
    void aConditionThatIsNoBooleanFactIsAnError() {
      assertThat(only(SHARING.replace("appliesWhen: producing", "appliesWhen: invest")).message())
          .isEqualTo("taxSharing 'split': applies when 'invest', which is no boolean fact of this scheme");
    }

    @Test
    void anUnknownKeyIsAnError() {
      String scheme = SHARING.replace("remainder: zone", "remainder: zone\n    rest: zone");

      assertAt(only(scheme), "schemes[0].taxSharing[0].rest", line(scheme, "rest: zone"), 9,
          "unknown key 'rest' (allowed here: id, name, taxes, parties, remainder, appliesWhen, rounding, source)");
    }
  }

  @Nested
  class Links {
    private static final String LINK =
        """
        attributes: [zone]
        links:
          - {id: new-district, via: zone, scheme: zones, attribute: district}
        """;

    private static Problem link(String scheme) {
      List<Problem> problems = RegisterFixture.problems(scheme);
      assertThat(problems).hasSize(1);
      return problems.get(0);
    }

    @Test
    void theFixtureLoads() {
      assertThat(RegisterFixture.problems(LINK)).isEmpty();
    }

    @Test
    void aLinkToAnUnknownSchemeIsAnErrorAtTheLink() {
      String scheme = LINK.replace("scheme: zones", "scheme: zone");

      assertAt(link(scheme), "schemes[1].links[0]", RegisterFixture.lineOf(scheme, "- {id: new-district"), 9,
          "link 'new-district': takes its value from scheme 'zone', which is no other scheme of this policy");
    }

    @Test
    void aLinkToItsOwnSchemeIsAnError() {
      assertThat(link(LINK.replace("scheme: zones", "scheme: firms")).message())
          .isEqualTo("link 'new-district': takes its value from scheme 'firms', which is no other scheme of this policy");
    }

    @Test
    void aLinkToAnUndeclaredAttributeIsAnError() {
      assertThat(link(LINK.replace("attribute: district", "attribute: county")).message())
          .isEqualTo("link 'new-district': takes attribute 'county' of scheme 'zones', which declares only [district]");
    }

    @Test
    void aLinkViaAnUndeclaredAttributeIsAnError() {
      assertThat(link(LINK.replace("via: zone", "via: park")).message())
          .isEqualTo("linked attribute 'new-district' is read via 'park', which is not among the scheme's attributes");
    }

    @Test
    void anUnknownKeySuggestsTheNearestKey() {
      String scheme = LINK.replace("via: zone", "vía: zone");
      Problem p = link(scheme);

      assertThat(p.path()).isEqualTo("schemes[1].links[0].vía");
      assertThat(p.line()).isEqualTo(RegisterFixture.lineOf(scheme, "vía"));
      assertThat(p.message()).startsWith("unknown key 'vía': did you mean 'via'?");
    }
  }
}
