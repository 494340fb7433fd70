package io.github.kaohe.sensitivity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.kaohe.data.Period;
import io.github.kaohe.model.Aggregation;
import io.github.kaohe.model.Label;
import io.github.kaohe.model.Language;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The records of the package: their checks, and what they say. */
class SensitivityRecordsTest {
  private static InputSensitivity input(String en, double first, double total) {
    return new InputSensitivity("weight of " + en, Label.of("「" + en + "」的权重", "the weight of " + en), "±20%",
        new SobolIndex(first, Math.max(0, first - 0.2), Math.min(1, first + 0.2), total, Math.max(0, total - 0.1),
            Math.min(1, total + 0.1)), Map.of());
  }

  private static SensitivityResult result(List<InputSensitivity> inputs) {
    return new SensitivityResult("p", "s", Period.year(2015), 8, 1, 24, 3, 1, true, inputs, List.of());
  }

  @Test
  void theSummaryNamesTheInputWithTheLargestFirstOrderIndexThenTotal() {
    // x and y explain 30 % alone; y more with its interactions (60 % against 50 %); z less alone
    SensitivityResult r = result(List.of(input("x", 0.3, 0.5), input("y", 0.3, 0.6), input("z", 0.2, 0.9)));
    assertThat(r.summary(Language.EN)).isEqualTo(
        "The weight of y explains 30 % of the variance of the places on its own (95 % interval 10–50 %), 60 % with its interactions.");
    assertThat(r.summary(Language.ZH)).isEqualTo("「y」的权重单独解释名次变动方差的 30 %（95 % 区间 10–50 %），连同交互作用共 60 %。");
    // 0.125 is 12.5 %, written 13 % (%.0f rounds half up)
    assertThat(result(List.of(input("x", 0.125, 0.5))).summary(Language.EN)).contains("explains 13 %");
  }

  @Test
  void nothingToSummariseIsSaidSo() {
    assertThat(result(List.of()).summary(Language.EN)).isEqualTo("Nothing varies.");
    assertThat(result(List.of()).summary(Language.ZH)).isEqualTo("没有不确定的输入。");
    assertThat(result(List.of(input("x", 0, 0))).summary(Language.ZH)).isEqualTo("在声明的不确定性下，没有一个名次发生变化。");
    assertThat(result(List.of()).placeSamples()).isEqualTo(16);
    assertThatThrownBy(() -> new SensitivityResult("p", "s", Period.year(2015), 8, 1, 24, 3, 0, true, List.of(), List.of()))
        .hasMessage("placeBand must be 1 or more, not 0");
  }

  @Test
  void samplesRunFromTwoTo65536() {
    Uncertainty u = SmallPolicy.uncertainty("weights: [{of: size, plusMinus: 20%}]\n");
    assertThat(u.withSamples(2).samples()).isEqualTo(2);
    assertThat(u.withSamples(65_536).samples()).isEqualTo(65_536);
    assertThatThrownBy(() -> u.withSamples(1)).hasMessage("samples must be between 2 and 65536, not 1");
    assertThatThrownBy(() -> u.withSamples(65_537)).hasMessage("samples must be between 2 and 65536, not 65537");
    assertThat(u.withSeed(9).seed()).isEqualTo(9);
    assertThat(u.withSeed(9).samples()).isEqualTo(u.samples());
  }

  @Test
  void aWeightRangeIsAboveZeroAndInOrder() {
    BigDecimal one = BigDecimal.ONE;
    assertThat(new WeightRange("x", one, one, one, "[1, 1]").high()).isEqualTo(one);
    assertThat(new WeightRange("x", one, new BigDecimal("0.0001"), one, "").low()).isEqualByComparingTo("0.0001");
    assertThatThrownBy(() -> new WeightRange("x", one, BigDecimal.ZERO, one, ""))
        .hasMessage("weight range of x must have 0 < low <= high, not [0, 1]");
    assertThatThrownBy(() -> new WeightRange("x", one, new BigDecimal("2"), one, ""))
        .hasMessage("weight range of x must have 0 < low <= high, not [2, 1]");
  }

  @Test
  void aSwitchChoosesEachAlternativeWithItsProbability() {
    Switch.Alternative mean = new Switch.Alternative("arithmetic-mean", new BigDecimal("0.25"),
        new Switch.AggregationChoice(Aggregation.ARITHMETIC_MEAN), 1, 1);
    Switch.Alternative sum = new Switch.Alternative("weighted-sum", new BigDecimal("0.75"),
        new Switch.AggregationChoice(Aggregation.WEIGHTED_SUM), 2, 1);
    Switch s = new Switch("size", Switch.Kind.AGGREGATION, List.of(mean, sum));
    // [0, 0.25) the first, [0.25, 1) the second
    assertThat(s.choose(0)).isSameAs(mean);
    assertThat(s.choose(0.2499)).isSameAs(mean);
    assertThat(s.choose(0.25)).isSameAs(sum);
    assertThat(s.choose(0.9999)).isSameAs(sum);
    assertThat(s.choose(1.0)).isSameAs(sum);
    assertThatThrownBy(() -> new Switch("size", Switch.Kind.AGGREGATION, List.of(mean)))
        .hasMessage("a switch of size needs at least two alternatives");
    assertThatThrownBy(() -> new Switch("size", Switch.Kind.AGGREGATION, List.of(mean, mean)))
        .hasMessage("the probabilities of the aggregation of size add up to 0.50, not 1");
    assertThat(Switch.Kind.MISSING.noun()).isEqualTo("missing-value rule");
  }

  @Test
  void aSobolSequenceHasOneTo200Dimensions() {
    assertThat(new SobolSequence(1, 1).next()).hasSize(1);
    assertThat(new SobolSequence(200, 1).next()).hasSize(200);
    assertThatThrownBy(() -> new SobolSequence(0, 1)).hasMessage("a Sobol sequence has 1 to 200 dimensions, not 0");
    assertThatThrownBy(() -> new SobolSequence(201, 1)).hasMessage("a Sobol sequence has 1 to 200 dimensions, not 201");
  }

  @Test
  void consecutivePointsOfTheFirstDimensionDifferByItsDirectionNumbersWhateverTheShift() {
    // Gray-code order: point n+1 is point n XOR the direction number of the lowest zero bit of n (counting
    // from 1); in the first dimension (van der Corput) those are 1/2, 1/4, 1/8, …, and the digital shift
    // cancels out of the XOR. Points 1, 2, 3, 4, 5: steps 1/4 (n = 1), 1/2 (n = 2), 1/8 (n = 3), 1/2 (n = 4).
    for (long seed : new long[] {1, 2, 2014}) {
      SobolSequence s = new SobolSequence(2, seed);
      long[] bits = new long[5];
      for (int n = 0; n < 5; n++) {
        bits[n] = (long) (s.next()[0] * 0x1p52);
      }
      assertThat(new long[] {bits[0] ^ bits[1], bits[1] ^ bits[2], bits[2] ^ bits[3], bits[3] ^ bits[4]})
          .as("seed %d", seed).containsExactly(1L << 50, 1L << 51, 1L << 49, 1L << 51);
    }
    // unshifted, the first point would be exactly 1/2 in every dimension; the seeds' shifts move it
    assertThat(new SobolSequence(2, 1).next()).doesNotContain(0.5);
    assertThat(new SobolSequence(2, 1).next()).isNotEqualTo(new SobolSequence(2, 2).next());
  }
}
