package io.github.kaohe.sensitivity;

import static io.github.kaohe.sensitivity.SmallPolicy.uncertainty;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.kaohe.model.Aggregation;
import io.github.kaohe.model.MinMax;
import io.github.kaohe.model.MissingValueRule;
import io.github.kaohe.model.RatioToBenchmark;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** The {@code alternatives} of uncertainty files for {@code small.yaml}: what is read, and each problem at its place. */
class SwitchReaderTest {
  @Test
  void readsEveryKindOfAlternativeWithItsNameProbabilityAndPlace() {
    Uncertainty u = uncertainty("""
        alternatives:
          - of: tax
            method:
              - {use: {type: ratio-to-benchmark, benchmark: 100, cap: 1}, probability: 0.25}
              - {use: {type: ratio-to-benchmark, benchmark: 90}, probability: 0.25}
              - {use: {type: min-max, ceiling: 0.9}, probability: 0.5}
          - of: tax
            missing:
              - {use: {substitute: 3}, probability: 0.2}
              - {use: exclude-entity, probability: 0.3}
              - {use: zero-points, probability: 0.5}
          - of: size
            aggregation:
              - {use: arithmetic-mean, probability: 0.5}
              - {use: weighted-sum, probability: 0.5}
        """);
    assertThat(u.inputNames()).containsExactly("method of tax", "missing of tax", "aggregation of size");
    Switch method = u.switches().get(0);
    assertThat(method.alternatives()).extracting(Switch.Alternative::name)
        .containsExactly("ratio-to-benchmark (benchmark 100, cap 1)", "ratio-to-benchmark (benchmark 90)", "min-max (ceiling 0.9)");
    assertThat(method.alternatives()).extracting(Switch.Alternative::choice).containsExactly(
        new Switch.MethodChoice(RatioToBenchmark.of(new BigDecimal("100"), BigDecimal.ONE)),
        new Switch.MethodChoice(RatioToBenchmark.of(new BigDecimal("90"))),
        new Switch.MethodChoice(MinMax.of(BigDecimal.ZERO, new BigDecimal("0.9"), MinMax.WhenAllEqual.CEILING)));
    // each alternative's '{' is at line 6, 7, 8 of the file, column 9
    assertThat(method.alternatives()).extracting(Switch.Alternative::line).containsExactly(6, 7, 8);
    assertThat(method.alternatives()).extracting(Switch.Alternative::column).containsOnly(9);
    assertThat(method.alternatives()).extracting(Switch.Alternative::probability)
        .containsExactly(new BigDecimal("0.25"), new BigDecimal("0.25"), new BigDecimal("0.5"));
    assertThat(u.switches().get(1).alternatives()).extracting(Switch.Alternative::choice).containsExactly(
        new Switch.MissingChoice(MissingValueRule.substitute(new BigDecimal("3"))),
        new Switch.MissingChoice(MissingValueRule.excludeEntity()),
        new Switch.MissingChoice(MissingValueRule.zeroPoints()));
    assertThat(u.switches().get(2).alternatives()).extracting(Switch.Alternative::choice).containsExactly(
        new Switch.AggregationChoice(Aggregation.ARITHMETIC_MEAN), new Switch.AggregationChoice(Aggregation.WEIGHTED_SUM));
    assertThat(uncertainty("alternatives: [{of: tax, missing: [{use: error, probability: 0.5},"
        + " {use: zero-points, probability: 0.5}]}]\n").switches().get(0).alternatives().get(0).choice())
        .isEqualTo(new Switch.MissingChoice(MissingValueRule.error()));
  }

  @Test
  void badSwitchesAreEachAProblemAtTheirPlace() {
    assertThatThrownBy(() -> uncertainty("""
        alternatives:
          - tax
          - {method: []}
          - {of: tax, method: [], missing: []}
          - {of: nope, method: []}
          - {of: tax, aggregation: []}
          - {of: size, method: []}
          - {of: tax, method: [{use: min-max, probability: 1}]}
          - {of: tax-growth, method: [{use: min-max, probability: 0.5}, {use: min-max, probability: 0.5}]}
          - {of: tax-growth, method: [{use: min-max, probability: 0.5}, {use: min-max, probability: 0.5}]}
        """))
        .isInstanceOf(UncertaintyException.class)
        .hasMessage("""
            test.uncertainty.yaml has 8 problems:
              test.uncertainty.yaml:4:5: alternatives[0]: expected {of: ID, method|missing|aggregation: [...]}
              test.uncertainty.yaml:5:5: alternatives[1]: missing required key 'of'
              test.uncertainty.yaml:6:5: alternatives[2]: give one of method, missing or aggregation
              test.uncertainty.yaml:7:10: alternatives[3].of: scheme 'firms' has no indicator 'nope' (a method belongs to an indicator)
              test.uncertainty.yaml:8:10: alternatives[4].of: scheme 'firms' has no category 'tax' (an aggregation belongs to a category)
              test.uncertainty.yaml:9:10: alternatives[5].of: scheme 'firms' has no indicator 'size' (a method belongs to an indicator)
              test.uncertainty.yaml:10:23: alternatives[6].method: expected a list of two or more alternatives, e.g. [{use: ..., probability: 0.5}, ...]
              test.uncertainty.yaml:12:10: alternatives[8].of: the method of 'tax-growth' is declared twice""");
  }

  @Test
  void badAlternativesAreEachAProblemAtTheirPlace() {
    assertThatThrownBy(() -> uncertainty("""
        alternatives:
          - of: tax
            method:
              - x
              - {use: min-max, probability: 0}
              - {use: min-max, probability: 1.5}
              - {use: min-max, probability: y}
              - {probability: 0.5}
              - {use: nope, probability: 0.5}
              - {use: {floor: 1}, probability: 0.5}
              - {use: {type: min-max, floor: x, colour: 1}, probability: 0.5}
              - {use: {type: ratio-to-benchmark}, probability: 0.5}
              - {use: {type: proportional-to-best, cap: 1}, probability: 0.5}
              - {use: {type: min-max, floor: 2, ceiling: 1}, probability: 0.5}
              - {use: min-max, probability: 0.5, weight: 1}
              - {use: min-max}
        """))
        .hasMessage("""
            test.uncertainty.yaml has 14 problems:
              test.uncertainty.yaml:6:9: alternatives[0].method[0]: expected {use: ..., probability: 0.5}
              test.uncertainty.yaml:7:37: alternatives[0].method[1].probability: expected a probability in (0, 1], not '0'
              test.uncertainty.yaml:8:37: alternatives[0].method[2].probability: expected a probability in (0, 1], not '1.5'
              test.uncertainty.yaml:9:37: alternatives[0].method[3].probability: expected a probability in (0, 1], not 'y'
              test.uncertainty.yaml:10:9: alternatives[0].method[4]: missing required key 'use'
              test.uncertainty.yaml:11:15: alternatives[0].method[5].use: an alternative method is proportional-to-best, min-max or ratio-to-benchmark, not 'nope'
              test.uncertainty.yaml:12:15: alternatives[0].method[6].use: expected a method: proportional-to-best, min-max or ratio-to-benchmark, or {type: ..., ...}
              test.uncertainty.yaml:13:38: alternatives[0].method[7].use.floor: expected a number, not 'x'
              test.uncertainty.yaml:13:49: alternatives[0].method[7].use.colour: unknown key; expected one of [type, floor, ceiling]
              test.uncertainty.yaml:14:15: alternatives[0].method[8].use: ratio-to-benchmark needs a benchmark, e.g. {type: ratio-to-benchmark, benchmark: 100, cap: 1}
              test.uncertainty.yaml:15:49: alternatives[0].method[9].use.cap: unknown key; expected one of [type]
              test.uncertainty.yaml:16:15: alternatives[0].method[10].use: floor (2) must not be greater than ceiling (1)
              test.uncertainty.yaml:17:50: alternatives[0].method[11].weight: unknown key; expected one of [use, probability]
              test.uncertainty.yaml:18:9: alternatives[0].method[12]: missing required key 'probability'""");
  }

  @Test
  void badAggregationsAndMissingValueRulesAreEachAProblem() {
    assertThatThrownBy(() -> uncertainty("""
        alternatives:
          - of: size
            aggregation:
              - {use: median, probability: 0.5}
              - {use: [], probability: 0.5}
          - of: tax
            missing:
              - {use: nope, probability: 0.5}
              - {use: {foo: 1}, probability: 0.25}
              - {use: {substitute: x}, probability: 0.25}
        """))
        .hasMessage("""
            test.uncertainty.yaml has 5 problems:
              test.uncertainty.yaml:6:15: alternatives[0].aggregation[0].use: expected weighted-sum, arithmetic-mean or geometric-mean, not 'median'
              test.uncertainty.yaml:7:15: alternatives[0].aggregation[1].use: expected a single value
              test.uncertainty.yaml:10:15: alternatives[1].missing[0].use: expected zero-points, exclude-entity, error or {substitute: VALUE}, not 'nope'
              test.uncertainty.yaml:11:15: alternatives[1].missing[1].use: expected zero-points, exclude-entity, error or {substitute: VALUE}, not 'a map'
              test.uncertainty.yaml:12:28: alternatives[1].missing[2].use.substitute: expected a number, not 'x'""");
  }

  @Test
  void probabilitiesMustAddUpToOneExactly() {
    // 0.3 + 0.3 + 0.3 = 0.9; 0.5 + 0.6 = 1.1; 0.25 + 0.75 = 1 exactly
    assertThatThrownBy(() -> uncertainty("""
        alternatives:
          - {of: tax, method: [{use: min-max, probability: 0.3}, {use: min-max, probability: 0.3}, {use: min-max, probability: 0.3}]}
          - {of: place, method: [{use: min-max, probability: 0.5}, {use: min-max, probability: 0.6}]}
        """))
        .hasMessage("""
            test.uncertainty.yaml has 2 problems:
              test.uncertainty.yaml:4:23: alternatives[0].method: the probabilities add up to 0.9, not 1
              test.uncertainty.yaml:5:25: alternatives[1].method: the probabilities add up to 1.1, not 1""");
    assertThat(uncertainty("alternatives: [{of: tax, method: [{use: min-max, probability: 0.25},"
        + " {use: proportional-to-best, probability: 0.75}]}]\n").switches()).hasSize(1);
  }

  @Test
  void aProbabilityOfOneIsAllowedButLeavesNothingForTheOthers() {
    // 1 is in (0, 1]; with 0.5 beside it they add up to 1.5 (the method's list opens at column 34)
    assertThatThrownBy(() -> uncertainty(
        "alternatives: [{of: tax, method: [{use: min-max, probability: 1}, {use: min-max, probability: 0.5}]}]\n"))
        .hasMessage("test.uncertainty.yaml has 1 problem:\n  test.uncertainty.yaml:3:34: alternatives[0].method: the"
            + " probabilities add up to 1.5, not 1");
  }

  @Test
  void unknownKeysOfASwitchAMethodAndASubstituteAreNamed() {
    assertThatThrownBy(() -> uncertainty("""
        alternatives:
          - of: tax
            colour: red
            method:
              - {use: {type: ratio-to-benchmark, benchmark: 100, colour: 1}, probability: 0.5}
              - {use: proportional-to-best, probability: 0.5}
          - of: tax
            missing:
              - {use: {substitute: 3, colour: 1}, probability: 0.5}
              - {use: zero-points, probability: 0.5}
        """))
        .hasMessage("""
            test.uncertainty.yaml has 3 problems:
              test.uncertainty.yaml:5:13: alternatives[0].colour: unknown key; expected one of [of, method, missing, aggregation]
              test.uncertainty.yaml:7:66: alternatives[0].method[0].use.colour: unknown key; expected one of [type, benchmark, cap]
              test.uncertainty.yaml:11:39: alternatives[1].missing[0].use.colour: unknown key; expected one of [substitute]""");
  }
}
