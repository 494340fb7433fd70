package io.github.kaohe.sensitivity;

import static io.github.kaohe.sensitivity.SmallPolicy.MIXED;
import static io.github.kaohe.sensitivity.SmallPolicy.SAME_GROWTH;
import static io.github.kaohe.sensitivity.SmallPolicy.YEAR;
import static io.github.kaohe.sensitivity.SmallPolicy.uncertainty;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.kaohe.eval.Evaluator;
import io.github.kaohe.eval.SchemeResult;
import io.github.kaohe.model.Language;
import org.junit.jupiter.api.Test;

class SensitivityAnalysisTest {
  @Test
  void withZeroUncertaintyEveryIntervalIsTheNominalPlace() {
    Uncertainty u = uncertainty("samples: 16\nweights:\n  - {of: size, plusMinus: 0%}\n  - {of: tax, plusMinus: 0%}\n");
    SensitivityResult r = SensitivityAnalysis.of(SmallPolicy.POLICY, u).run(MIXED, YEAR);
    SchemeResult nominal = Evaluator.of(SmallPolicy.POLICY).evaluate("firms", MIXED, YEAR);

    assertThat(r.entities()).allSatisfy(e -> {
      assertThat(e.certain()).as(e.id()).isTrue();
      assertThat(e.nominalPlace()).isEqualTo(nominal.entity(e.id()).orElseThrow().place().orElse(5));
      assertThat(e.places()).containsOnlyKeys(e.nominalPlace());
    });
    assertThat(r.inputs()).allSatisfy(i -> assertThat(i.onPlaces()).isEqualTo(new SobolIndex(0, 0, 0, 0, 0, 0)));
    assertThat(r.summary(Language.EN)).isEqualTo("No place changes under the declared uncertainties.");
    assertThat(r.evaluations()).isEqualTo(16 * 4);
  }

  @Test
  void aWeightThatCannotChangeAnyPlaceHasTotalIndexZero() {
    Uncertainty u = uncertainty("samples: 64\nrenormalise: false\nweights:\n  - {of: growth, plusMinus: 50%}\n"
        + "  - {of: tax, within: [1, 12]}\n");
    SensitivityResult r = SensitivityAnalysis.of(SmallPolicy.POLICY, u).run(SAME_GROWTH, YEAR);

    // 甲 leads on tax, 丙 on the provincial place: the tax weight decides between them.
    assertThat(r.inputs().get(0).input()).isEqualTo("weight of growth");
    assertThat(r.inputs().get(0).onPlaces().total()).isZero();
    assertThat(r.inputs().get(0).onPlaces().first()).isZero();
    assertThat(r.inputs().get(1).onPlaces().total()).isPositive();
  }

  @Test
  void theSameSeedGivesTheSameResultAndAnotherSeedAnotherSample() {
    Uncertainty u = uncertainty("samples: 32\nseed: 5\nweights:\n  - {of: size, plusMinus: 40%}\n  - {of: place, plusMinus: 90%}\n");
    SensitivityResult once = SensitivityAnalysis.of(SmallPolicy.POLICY, u).run(MIXED, YEAR);
    SensitivityResult again = SensitivityAnalysis.of(SmallPolicy.POLICY, u).run(MIXED, YEAR);
    SensitivityResult other = SensitivityAnalysis.of(SmallPolicy.POLICY, u.withSeed(6)).run(MIXED, YEAR);

    assertThat(again).isEqualTo(once);
    assertThat(other.inputs()).isNotEqualTo(once.inputs());
  }

  @Test
  void placeDistributionsAreSharesOfTwoNSamples() {
    Uncertainty u = uncertainty("samples: 64\nweights:\n  - {of: size, plusMinus: 60%}\n");
    SensitivityResult r = SensitivityAnalysis.of(SmallPolicy.POLICY, u).run(MIXED, YEAR);

    assertThat(r.placeSamples()).isEqualTo(128);
    assertThat(r.entities()).allSatisfy(e -> {
      assertThat(e.places().values().stream().mapToDouble(Double::doubleValue).sum()).isCloseTo(1.0,
          org.assertj.core.data.Offset.offset(1e-9));
      assertThat(e.low()).isLessThanOrEqualTo(e.medianPlace());
      assertThat(e.medianPlace()).isLessThanOrEqualTo(e.high());
    });
    assertThat(r.summary(Language.EN)).startsWith("The weight of Size explains ");
    assertThat(SensitivityJson.write(r))
        .contains("\"kaohe-sensitivity\" : 1", "\"placeSamples\" : 128", "\"input\" : \"weight of size\"",
            "\"declared\" : \"±60%: 4 to 16 points\"", "\"firstInterval\" : [");
  }

  @Test
  void anAlternativeTheDataCannotUseIsOneClearErrorAtItsLine() {
    Uncertainty u = uncertainty("""
        alternatives:
          - of: tax
            missing:
              - {use: zero-points, probability: 0.5}
              - {use: error, probability: 0.5}
        """);
    assertThatThrownBy(() -> SensitivityAnalysis.of(SmallPolicy.POLICY, u).run(SmallPolicy.data(
            "entity,tax,place,tax-growth\n甲,100,1,10\nb,,3,20\nc,50,11,-5\nd,120,2,5\n"), YEAR))
        .isInstanceOf(UncertaintyException.class)
        .hasMessageContaining("test.uncertainty.yaml:7:9: alternatives[0].missing[1]: the missing-value rule 'error' cannot"
            + " be used for 'tax' on this data: firms 2015 b tax: no value in 2015");
  }
}
