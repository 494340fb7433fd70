package io.github.kaohe.eval;

import static io.github.kaohe.eval.Harness.d;
import static io.github.kaohe.eval.Harness.indicator;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.github.kaohe.model.Clamp;
import io.github.kaohe.model.Goalposts;
import io.github.kaohe.model.MissingValueRule;
import io.github.kaohe.model.NaturalLog;
import io.github.kaohe.model.NaturalLog.WhenNotPositive;
import io.github.kaohe.model.ProportionalToBest;
import io.github.kaohe.model.Transform;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TransformTest {
  private static Harness lnGoalposts(WhenNotPositive when, MissingValueRule missing) {
    return Harness.of(
        indicator("income", "10", Goalposts.of(d("0"), d("5")))
            .transforms(List.of(new NaturalLog(when)))
            .missing(missing)
            .build());
  }

  @Test
  void lnIsAppliedBeforeTheMethod() {
    // ln 100 = 4.60517…; 10 × 4.60517 / 5 = 9.2103… → 9.21
    IndicatorResult a = lnGoalposts(WhenNotPositive.ERROR, MissingValueRule.error()).values("100").result("a");

    assertThat(a.points()).isEqualByComparingTo("9.21").hasScaleOf(2);
    assertThat(a.value()).contains(d("100"));
    assertThat(a.scoredValue().orElseThrow()).isCloseTo(d("4.605170186"), within(d("0.000000001")));
    assertThat(a.formula()).startsWith("100 → 4.60517").endsWith("; 10 × (4.605170185988091368035982909368728 - 0) / (5 - 0) = 9.21");
  }

  @Test
  void lnOfZeroFailsUnderError() {
    assertThatThrownBy(() -> lnGoalposts(WhenNotPositive.ERROR, MissingValueRule.zeroPoints()).values("100", "0").evaluate())
        .isInstanceOfSatisfying(
            EvaluationException.class,
            e -> assertThat(e.problems()).singleElement().satisfies(p -> {
              assertThat(p.entity()).isEqualTo("b");
              assertThat(p.message()).isEqualTo("ln(0) does not exist; correct the value or declare whenNotPositive: missing");
            }));
  }

  @Test
  void lnOfANegativeValueUnderMissingAppliesTheMissingRule() {
    IndicatorResult b = lnGoalposts(WhenNotPositive.MISSING, MissingValueRule.zeroPoints()).values("100", "-3").result("b");

    assertThat(b.points()).isEqualByComparingTo("0.00");
    assertThat(b.status()).isEqualTo(IndicatorStatus.MISSING_ZERO_POINTS);
  }

  @Test
  void lnOfANegativeValueUnderMissingKeepsTheRawValueInTheResult() {
    IndicatorResult b = lnGoalposts(WhenNotPositive.MISSING, MissingValueRule.zeroPoints()).values("100", "-3").result("b");

    assertThat(b.value()).contains(d("-3"));
    assertThat(b.scoredValue()).isEmpty();
  }

  @Test
  void lnOfZeroUnderMissingCanExcludeTheEntity() {
    SchemeResult r = lnGoalposts(WhenNotPositive.MISSING, MissingValueRule.excludeEntity()).values("100", "0").evaluate();

    assertThat(r.excluded()).extracting(x -> x.entity().id()).containsExactly("b");
  }

  @Test
  void lnOfZeroUnderMissingScoresTheSubstitute() {
    // substitute e¹ ≈ 2.718281828: ln = 1 → 10 × 1 / 5 = 2.00
    IndicatorResult b =
        lnGoalposts(WhenNotPositive.MISSING, MissingValueRule.substitute(d("2.718281828459045")))
            .values("100", "0")
            .result("b");

    assertThat(b.points()).isEqualByComparingTo("2.00");
    assertThat(b.status()).isEqualTo(IndicatorStatus.MISSING_SUBSTITUTED);
  }

  @Test
  void clampLimitsTheValueBeforeTheComparison() {
    // clamp to 100: a = 150 → 100 is the best; b scores 8 × 50 / 100 = 4.00
    Harness h =
        Harness.of(
            indicator("tax", "8", ProportionalToBest.standard())
                .transforms(List.of(new Clamp(Optional.empty(), Optional.of(d("100")))))
                .build())
            .values("150", "50");

    assertThat(h.points("b")).isEqualByComparingTo("4.00");
    assertThat(h.result("a").formula()).isEqualTo("150 → 100; 8 × 100 / 100 = 8.00");
  }

  @Test
  void clampRaisesAValueBelowItsMinimum() {
    Harness h =
        Harness.of(
            indicator("rate", "10", Goalposts.of(d("-10"), d("10")))
                .transforms(List.of(new Clamp(Optional.of(d("0")), Optional.empty())))
                .build())
            .values("-5");

    // −5 → 0: 10 × (0 − (−10)) / 20 = 5.00
    assertThat(h.points("a")).isEqualByComparingTo("5.00");
  }

  @Test
  void transformsApplyInOrder() {
    // clamp first, so 0 becomes 1 and ln 1 = 0 exists
    List<Transform> clampThenLn = List.of(Clamp.of(d("1"), d("1000")), NaturalLog.strict());
    Harness h = Harness.of(indicator("income", "10", Goalposts.of(d("0"), d("5"))).transforms(clampThenLn).build());

    assertThat(h.values("0").points("a")).isEqualByComparingTo("0.00");
  }
}
