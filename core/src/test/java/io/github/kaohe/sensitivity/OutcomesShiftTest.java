package io.github.kaohe.sensitivity;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.kaohe.eval.Evaluator;
import io.github.kaohe.eval.SchemeResult;
import io.github.kaohe.internal.EngineAccess;
import io.github.kaohe.internal.EngineAccess.SchemeSamples;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The mean shift of a sample: how far, on average, each entity's place is from its nominal place,
 * an entity that takes no place in the sample (excluded for a missing value, say) counting as
 * placed after all others, at n + 1.
 */
class OutcomesShiftTest {
  private final SchemeResult nominal = Evaluator.of(SmallPolicy.POLICY).evaluate("firms", SmallPolicy.MIXED, SmallPolicy.YEAR);
  private final SchemeSamples samples =
      EngineAccess.engine().samples(SmallPolicy.POLICY, "firms", SmallPolicy.MIXED, SmallPolicy.YEAR);
  private final Map<String, Integer> nominalPlaces = new HashMap<>();

  OutcomesShiftTest() {
    nominal.forEachPlace(nominalPlaces::put);
  }

  @Test
  void theFieldIsThreeRankedFirmsAndOneNotRanked() {
    assertThat(nominalPlaces).isEqualTo(Map.of("a", 1, "b", 2, "c", 3, "d", 0)); // small.yaml: d is ranked: false
  }

  @Test
  void anEntityWithNoPlaceInASampleIsCountedAfterAllOthers() {
    Outcomes outcomes = new Outcomes(SmallPolicy.POLICY, nominal, List.of("a", "d"), samples, 1, 1);

    // a (nominally 1st) takes no place; b and c move up one; d (not ranked: 4 + 1 = 5) stays:
    // |5 − 1| + |1 − 2| + |2 − 3| + |5 − 5| = 4 + 1 + 1 + 0 = 6, over 4 entities 1.5
    Map<String, Integer> aOut = Map.of("a", 0, "b", 1, "c", 2, "d", 0);
    outcomes.record(0, 0, byPosition(aOut), null, samples);
    // the same in an A_B^i row, whose places are not kept by entity
    outcomes.record(2, 0, byPosition(aOut), null, samples);
    // nothing moves in B
    outcomes.record(1, 0, byPosition(Map.of("a", 1, "b", 2, "c", 3, "d", 0)), null, samples);

    assertThat(outcomes.shiftA[0]).isEqualTo(1.5);
    assertThat(outcomes.shiftAB[0][0]).isEqualTo(1.5);
    assertThat(outcomes.shiftB[0]).isEqualTo(0.0);
    assertThat(new double[] {outcomes.placeA[0][0], outcomes.placeA[1][0]}).containsExactly(5.0, 5.0);
    assertThat(new double[] {outcomes.placeAB[0][0][0], outcomes.placeAB[1][0][0]}).containsExactly(5.0, 5.0);
    assertThat(new double[] {outcomes.placeB[0][0], outcomes.placeB[1][0]}).containsExactly(1.0, 5.0);
  }

  @Test
  void aShiftCountsEveryEntityWhicheverWayItMoves() {
    // a and b swap, c and d stay: 1 + 1 + 0 + 0 = 2, over 4 entities 0.5
    Outcomes outcomes = new Outcomes(SmallPolicy.POLICY, nominal, List.of(), samples, 1, 1);
    outcomes.record(0, 0, byPosition(Map.of("a", 2, "b", 1, "c", 3, "d", 0)), null, samples);

    assertThat(outcomes.shiftA[0]).isEqualTo(0.5);
  }

  /** The places by the samples' positions, which need not be the nominal listing's order. */
  private int[] byPosition(Map<String, Integer> places) {
    Map<String, Integer> copy = new HashMap<>(places);
    int[] out = new int[samples.size()];
    for (int q = 0; q < out.length; q++) {
      out[q] = copy.remove(samples.id(q));
    }
    assertThat(copy).isEmpty();
    return out;
  }
}
