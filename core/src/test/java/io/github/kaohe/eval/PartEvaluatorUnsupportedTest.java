package io.github.kaohe.eval;

import static io.github.kaohe.eval.PartEvaluatorPolicies.cutoffs;
import static io.github.kaohe.eval.PartEvaluatorPolicies.policy;
import static io.github.kaohe.eval.PartEvaluatorPolicies.scheme;
import static io.github.kaohe.eval.PartEvaluatorPolicies.shares;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/**
 * {@link PartEvaluator#unsupported} names each thing in a scheme that parts cannot evaluate yet,
 * where it is, and nothing else; {@link PartEvaluator#of} refuses such a scheme with all of them.
 */
class PartEvaluatorUnsupportedTest {
  private static final String FLAG = """
      facts:
        - {id: flagged, name: {zh: 标记, en: Flagged}, type: boolean, fallback: "false"}
      """;

  @Test
  void aSchemeOfWhatPartsCanDoHasNothingUnsupported() {
    // a table without vetoes, a target of all firms, a mean, a growth, and classes by shares within one attribute
    String extra = FLAG + """
        measures:
          - {id: g, name: {zh: 增速, en: Growth}, formula: {type: growth, of: tax}}
          - {id: mean, name: {zh: 平均, en: Mean}, formula: {type: population, statistic: mean, of: tax}}
        tables:
          - id: praise
            name: {zh: 表彰, en: Praise}
            hitPolicy: first
            inputs: [{id: flagged, of: flagged}]
            rows:
              - {id: yes, when: {flagged: true}, then: {action: commendation}}
        targets:
          - {id: all-tax, name: {zh: 税收目标, en: Tax target}, kind: level, of: mean, target: 100, from: 2023, deadline: 2024}
        classes:
        """ + shares("by-county", "county").indent(2) + shares("again-by-county", "county").indent(2);

    assertThat(PartEvaluator.unsupported(scheme(extra))).isEmpty();
    assertThat(PartEvaluator.of(policy(extra), "firms").scheme().id()).isEqualTo("firms");
  }

  @Test
  void aOneVoteVetoOfTheRankingIsNamedWithItsTable() {
    String extra = FLAG + """
        tables:
          - id: vetoes
            name: {zh: 一票否决, en: Vetoes}
            hitPolicy: first
            inputs: [{id: flagged, of: flagged}]
            rows:
              - {id: out, when: {flagged: true}, then: {veto: ranking, placed: last}}
        """;

    assertThat(PartEvaluator.unsupported(scheme(extra))).containsExactly("schemes.firms.rules.vetoes: a one-vote veto of"
        + " the ranking moves entities before places are counted, which ordering the parts does not do yet");
  }

  @Test
  void aTargetOfNamedEntitiesIsNamed() {
    String extra = """
        targets:
          - {id: a-tax, name: {zh: 甲税收, en: Tax of a}, kind: level, of: tax, target: 100, from: 2023, deadline: 2024,
             entities: [a]}
        """;

    assertThat(PartEvaluator.unsupported(scheme(extra))).containsExactly("schemes.firms.targets.a-tax: a target of named"
        + " entities is read where each entity's rows are, which other parts do not see yet");
  }

  @Test
  void aMedianOfThePopulationIsNamedButNotAMean() {
    String extra = """
        measures:
          - {id: mean, name: {zh: 平均, en: Mean}, formula: {type: population, statistic: mean, of: tax}}
          - {id: med, name: {zh: 中位数, en: Median}, formula: {type: population, statistic: median, of: tax}}
        """;

    assertThat(PartEvaluator.unsupported(scheme(extra))).containsExactly("schemes.firms.measures.med: a median of the"
        + " whole population is not a figure that parts can summarise and merge");
  }

  @Test
  void aValueOfANamedEntityIsNamedAndSoIsTheContextItReads() {
    String extra = """
        context:
          - {id: city, name: {zh: 全市, en: The city}}
        measures:
          - {id: city-tax, name: {zh: 全市税收, en: The city's tax}, formula: {type: entity, entity: city, of: tax}}
        """;

    assertThat(PartEvaluator.unsupported(scheme(extra))).containsExactly(
        "schemes.firms.measures.city-tax: a named entity's value is read from its own part, which other parts do not see yet",
        "schemes.firms.links: attributes linked from another scheme's entities are not read in parts yet");
  }

  @Test
  void classesBySharesOfTheWholePopulationAreNamed() {
    String extra = "classes:\n" + shares("overall", null).indent(2);

    assertThat(PartEvaluator.unsupported(scheme(extra))).containsExactly("schemes.firms.classes.overall: classes by shares"
        + " of the whole population read every entity's place (give within: an attribute)");
  }

  @Test
  void classesBySharesWithinTwoAttributesAreNamedAtTheSecond() {
    String extra = "classes:\n" + cutoffs("grade", "result.total").indent(2) + shares("by-county", "county").indent(2)
        + shares("by-zone", "zone").indent(2);

    assertThat(PartEvaluator.unsupported(scheme(extra))).containsExactly("schemes.firms.classes.by-zone: classes by shares"
        + " within zone and within county need parts that hold whole groups of both");
  }

  @Test
  void declaredEntitiesAreNamedWithTheirNumber() {
    String extra = """
        entities:
          - {id: a, name: {zh: 甲, en: Alpha}}
          - {id: b, name: {zh: 乙, en: Beta}}
        """;

    assertThat(PartEvaluator.unsupported(scheme(extra)))
        .containsExactly("schemes.firms.entities: a scheme that declares its 2 entities is small enough for one machine");
  }

  @Test
  void ofRefusesTheSchemeNamingEverythingThatStandsInTheWay() {
    String extra = """
        entities:
          - {id: a, name: {zh: 甲, en: Alpha}}
        classes:
        """ + shares("overall", null).indent(2);

    assertThatThrownBy(() -> PartEvaluator.of(policy(extra), "firms"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("the scheme firms cannot be evaluated in parts yet: schemes.firms.classes.overall: classes by shares"
            + " of the whole population read every entity's place (give within: an attribute); schemes.firms.entities:"
            + " a scheme that declares its 1 entities is small enough for one machine. Evaluate it on one machine with"
            + " Evaluator (kaohe score).");
  }
}
