package io.github.kaohe.sensitivity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** Sobol indices of outputs small enough to work out by hand. */
class SobolIndicesTest {
  @Test
  void firstOrderAndTotalIndicesAreSaltellisAndJansensEstimators() {
    double[] a = {0, 4, 1, 3};
    double[] b = {2, 2, 0, 4};
    double[] ab0 = {1, 3, 0, 4};
    // f(A) and f(B) together: mean 16/8 = 2, variance (4 + 4 + 1 + 1 + 0 + 0 + 4 + 4)/8 = 18/8 = 2.25
    // input 0, first order: 1/N Σ f(B)(f(A_B) − f(A)) = (2·1 + 2·(−1) + 0·(−1) + 4·1)/4 = 1, / 2.25 = 4/9
    // input 0, total: 1/(2N) Σ (f(A) − f(A_B))² = (1 + 1 + 1 + 1)/8 = 0.5, / 2.25 = 2/9
    // input 1 takes nothing from B (f(A_B) = f(A)): 0 and 0, in every bootstrap resample too
    SobolIndex[] s = SobolIndices.estimate(a, b, new double[][] {ab0, a.clone()}, 7);
    assertThat(s).hasSize(2);
    assertThat(s[0].first()).isCloseTo(4 / 9.0, within(1e-12));
    assertThat(s[0].total()).isCloseTo(2 / 9.0, within(1e-12));
    assertThat(s[0].firstLow()).isBetween(0.0, s[0].firstHigh());
    assertThat(s[0].firstHigh()).isBetween(s[0].firstLow(), 1.0);
    assertThat(s[0].totalLow()).isBetween(0.0, s[0].totalHigh());
    assertThat(s[0].totalHigh()).isBetween(s[0].totalLow(), 1.0);
    assertThat(s[1]).isEqualTo(new SobolIndex(0, 0, 0, 0, 0, 0));
    // the same seed, the same intervals
    assertThat(SobolIndices.estimate(a, b, new double[][] {ab0, a.clone()}, 7)).containsExactly(s);
  }

  @Test
  void anOutputThatNeverVariesHasIndicesZeroWhateverTheMixedRowsGive() {
    // variance 0: no share of it to explain, even where f(A_B) differs (1 · (2 − 1) / 0 would be infinite)
    SobolIndex[] s = SobolIndices.estimate(new double[] {1, 1}, new double[] {1, 1}, new double[][] {{2, 2}}, 1);
    assertThat(s[0]).isEqualTo(new SobolIndex(0, 0, 0, 0, 0, 0));
  }

  @Test
  void anInputThatIsTheWholeOutputHasIndicesOne() {
    // f(A_B) = f(B): first order 1/N Σ f(B)(f(B) − f(A)) over a = {0, 2}, b = {2, 0}: (2·2 + 0)/2 = 2, / 1 → clamped to 1;
    // total (4 + 4)/4 = 2, / 1 → 1
    SobolIndex[] s = SobolIndices.estimate(new double[] {0, 2}, new double[] {2, 0}, new double[][] {{2, 0}}, 3);
    assertThat(s[0].first()).isEqualTo(1.0);
    assertThat(s[0].total()).isEqualTo(1.0);
    assertThat(s[0].firstHigh()).isEqualTo(1.0);
  }
}
