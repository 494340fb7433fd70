package io.github.kaohe.sensitivity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The Ishigami function, f = sin x1 + 7 sin² x2 + 0.1 x3⁴ sin x1 with each x uniform on [−π, π],
 * whose Sobol indices are known in closed form (Ishigami and Homma 1990; Sobol' 1999): the
 * estimators and the Sobol sequence must recover them.
 */
class IshigamiTest {
  private static final double A = 7;
  private static final double B = 0.1;
  // Analytic variances: V1 = 1/2 (1 + bπ⁴/5)², V2 = a²/8, V13 = b²π⁸ (1/18 − 1/50), V = V1 + V2 + V13.
  private static final double V1 = 0.5 * Math.pow(1 + B * Math.pow(Math.PI, 4) / 5, 2);
  private static final double V2 = A * A / 8;
  private static final double V13 = B * B * Math.pow(Math.PI, 8) * (1.0 / 18 - 1.0 / 50);
  private static final double V = V1 + V2 + V13;
  private static final double[] FIRST = {V1 / V, V2 / V, 0};
  private static final double[] TOTAL = {(V1 + V13) / V, V2 / V, V13 / V};

  @Test
  void recoversTheAnalyticIndicesWithinTheirBootstrapIntervals() {
    SobolIndex[] s = estimate(8192, 42);
    for (int i = 0; i < 3; i++) {
      assertThat(FIRST[i]).as("S%d", i + 1).isBetween(s[i].firstLow(), s[i].firstHigh());
      assertThat(TOTAL[i]).as("ST%d", i + 1).isBetween(s[i].totalLow(), s[i].totalHigh());
      assertThat(s[i].first()).as("S%d", i + 1).isCloseTo(FIRST[i], org.assertj.core.data.Offset.offset(0.03));
      assertThat(s[i].total()).as("ST%d", i + 1).isCloseTo(TOTAL[i], org.assertj.core.data.Offset.offset(0.03));
    }
  }

  @Test
  void theSameSeedGivesTheSameIndices() {
    assertThat(estimate(512, 7)).containsExactly(estimate(512, 7));
  }

  static SobolIndex[] estimate(int n, long seed) {
    SobolSequence sequence = new SobolSequence(6, seed);
    double[] a = new double[n];
    double[] b = new double[n];
    double[][] ab = new double[3][n];
    for (int j = 0; j < n; j++) {
      double[] p = sequence.next();
      double[] x = new double[3];
      double[] y = new double[3];
      for (int i = 0; i < 3; i++) {
        x[i] = -Math.PI + 2 * Math.PI * p[i];
        y[i] = -Math.PI + 2 * Math.PI * p[3 + i];
      }
      a[j] = f(x);
      b[j] = f(y);
      for (int i = 0; i < 3; i++) {
        double[] m = x.clone();
        m[i] = y[i];
        ab[i][j] = f(m);
      }
    }
    return SobolIndices.estimate(a, b, ab, seed);
  }

  private static double f(double[] x) {
    return Math.sin(x[0]) + A * Math.pow(Math.sin(x[1]), 2) + B * Math.pow(x[2], 4) * Math.sin(x[0]);
  }
}
