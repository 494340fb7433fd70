package io.github.kaohe.sensitivity;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.kaohe.data.Dataset;
import io.github.kaohe.eval.Evaluator;
import io.github.kaohe.eval.SchemeResult;
import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/** The laws of the analysis, over generated outputs, data and seeds. */
class SensitivityProperties {
  @Property(tries = 200)
  void indicesAndTheirIntervalsLieInTheUnitInterval(
      @ForAll @IntRange(min = 2, max = 64) int n, @ForAll @IntRange(min = 1, max = 4) int k, @ForAll long seed,
      @ForAll boolean constant) {
    SplittableRandom random = new SplittableRandom(seed);
    double[] a = new double[n];
    double[] b = new double[n];
    double[][] ab = new double[k][n];
    for (int j = 0; j < n; j++) {
      a[j] = constant ? 3 : random.nextInt(7);
      b[j] = constant ? 3 : random.nextInt(7);
      for (int i = 0; i < k; i++) {
        ab[i][j] = constant ? 3 : random.nextInt(7);
      }
    }
    for (SobolIndex s : SobolIndices.estimate(a, b, ab, seed)) {
      // The record refuses anything outside [0, 1]; a constant output explains nothing.
      assertThat(s.firstLow()).isLessThanOrEqualTo(s.firstHigh());
      assertThat(s.totalLow()).isLessThanOrEqualTo(s.totalHigh());
      if (constant) {
        assertThat(s).isEqualTo(new SobolIndex(0, 0, 0, 0, 0, 0));
      }
    }
  }

  @Property(tries = 50)
  void theSameSeedGivesTheSamePoints(@ForAll long seed, @ForAll @IntRange(min = 1, max = 40) int dimensions) {
    SobolSequence one = new SobolSequence(dimensions, seed);
    SobolSequence two = new SobolSequence(dimensions, seed);
    for (int j = 0; j < 64; j++) {
      double[] p = one.next();
      assertThat(p).containsExactly(two.next());
      for (double x : p) {
        assertThat(x).isGreaterThanOrEqualTo(0.0).isLessThan(1.0);
      }
    }
  }

  @Property(tries = 20)
  void withZeroWidthEveryPlaceIsTheExactNominalPlace(
      @ForAll @Size(4) java.util.List<@IntRange(min = 0, max = 500) Integer> tax,
      @ForAll @Size(4) java.util.List<@IntRange(min = 1, max = 11) Integer> place,
      @ForAll @Size(4) java.util.List<@IntRange(min = -20, max = 40) Integer> growth) {
    StringBuilder csv = new StringBuilder("entity,tax,place,tax-growth\n");
    String[] ids = {"a", "b", "c", "d"};
    for (int e = 0; e < 4; e++) {
      csv.append(ids[e]).append(',').append(tax.get(e)).append(',').append(place.get(e)).append(',').append(growth.get(e))
          .append('\n');
    }
    Dataset data = SmallPolicy.data(csv.toString());
    Uncertainty u = SmallPolicy.uncertainty("samples: 4\nweights:\n  - {of: size, within: [10, 10]}\n"
        + "  - {of: tax, plusMinus: 0%}\n  - {of: growth, plusMinus: 0%}\n");
    SensitivityResult r = SensitivityAnalysis.of(SmallPolicy.POLICY, u).run(data, SmallPolicy.YEAR);
    SchemeResult nominal = Evaluator.of(SmallPolicy.POLICY).evaluate("firms", data, SmallPolicy.YEAR);

    assertThat(r.entities()).allSatisfy(e -> {
      assertThat(e.certain()).isTrue();
      assertThat(e.nominalPlace()).isEqualTo(nominal.entity(e.id()).orElseThrow().place().orElse(r.fieldSize() + 1));
    });
  }
}
