package io.github.kaohe.eval;

import static io.github.kaohe.eval.Harness.d;
import static io.github.kaohe.eval.Harness.indicator;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.kaohe.model.Indicator;
import io.github.kaohe.model.MissingValueRule;
import io.github.kaohe.model.ProportionalToBest;
import org.junit.jupiter.api.Test;

class MissingValueTest {
  private static Indicator tax(MissingValueRule rule) {
    return indicator("tax", "8", ProportionalToBest.standard()).missing(rule).build();
  }

  private static Indicator growth(MissingValueRule rule) {
    return indicator("growth", "2", ProportionalToBest.standard()).missing(rule).build();
  }

  @Test
  void missingValueUnderErrorFailsListingEveryMissingValue() {
    Harness h =
        Harness.of(tax(MissingValueRule.error()), growth(MissingValueRule.error()))
            .value("a", "tax", "10").value("a", "growth", "1")
            .value("b", "tax", null)
            .value("c", "growth", "3");

    assertThatThrownBy(h::evaluate)
        .isInstanceOfSatisfying(
            EvaluationException.class,
            e -> {
              assertThat(e.problems())
                  .extracting(p -> p.entity() + "/" + p.key())
                  .containsExactlyInAnyOrder("b/tax", "b/growth", "c/tax");
              assertThat(e.getMessage()).startsWith("the data cannot be evaluated: 3 problems");
            });
  }

  @Test
  void missingValueUnderErrorSaysHowToFixIt() {
    Harness h = Harness.of(tax(MissingValueRule.error())).values("10", null);

    assertThatThrownBy(h::evaluate)
        .isInstanceOfSatisfying(
            EvaluationException.class,
            e -> assertThat(e.problems()).singleElement().satisfies(p -> {
              assertThat(p.scheme()).isEqualTo("s");
              assertThat(p.period()).isEqualTo("2015");
              assertThat(p.message())
                  .isEqualTo("no value in 2015, and the indicator's missing rule is 'error': add the value to the"
                      + " data, or declare another rule (zero-points, exclude-entity, substitute)");
            }));
  }

  @Test
  void missingValueUnderZeroPointsScoresZero() {
    IndicatorResult c = Harness.of(tax(MissingValueRule.zeroPoints())).values("50", "100", null).result("c");

    assertThat(c.points()).isEqualByComparingTo("0.00").hasScaleOf(2);
    assertThat(c.status()).isEqualTo(IndicatorStatus.MISSING_ZERO_POINTS);
    assertThat(c.value()).isEmpty();
    assertThat(c.formula()).isEqualTo("— → 0.00");
  }

  @Test
  void missingValueUnderZeroPointsTakesNoPartInTheComparison() {
    // best is b = 100, so a scores 8 × 50 / 100 = 4.00
    assertThat(Harness.of(tax(MissingValueRule.zeroPoints())).values("50", "100", null).points("a"))
        .isEqualByComparingTo("4.00");
  }

  @Test
  void missingValueUnderZeroPointsKeepsTheEntityRanked() {
    SchemeResult r = Harness.of(tax(MissingValueRule.zeroPoints())).values("50", "100", null).evaluate();

    assertThat(r.entity("c").orElseThrow().place()).hasValue(3);
  }

  @Test
  void missingValueUnderExcludeEntityLeavesTheEntityOutOfTheResult() {
    SchemeResult r = Harness.of(tax(MissingValueRule.excludeEntity())).values("50", null, "100").evaluate();

    assertThat(r.entities()).extracting(EntityResult::id).containsExactly("c", "a");
    assertThat(r.excluded()).singleElement().satisfies(x -> {
      assertThat(x.entity().id()).isEqualTo("b");
      assertThat(x.indicators()).containsExactly("tax");
    });    // found by id among the assessed alone, as the listing has them
    assertThat(r.entity("b")).isEmpty();
    assertThat(r.entityNamed("b")).isEmpty();
    assertThat(r.entity("a").orElseThrow().place()).hasValue(2);
    assertThat(r.entity("z")).isEmpty();
  }

  @Test
  void missingValueUnderExcludeEntityTakesTheEntityOutOfEveryComparison() {
    // b lacks tax and is excluded, so its growth of 1000 is not the best: c's 50 is, and a scores 2 × 25 / 50 = 1.00
    Harness h =
        Harness.of(tax(MissingValueRule.excludeEntity()), growth(MissingValueRule.error()))
            .value("a", "tax", "1").value("a", "growth", "25")
            .value("b", "growth", "1000")
            .value("c", "tax", "1").value("c", "growth", "50");

    assertThat(h.result("a", "growth").points()).isEqualByComparingTo("1.00");
  }

  @Test
  void missingValueUnderExcludeEntityTakesNoPlace() {
    SchemeResult r = Harness.of(tax(MissingValueRule.excludeEntity())).values("50", null, "100").evaluate();

    assertThat(r.entities()).extracting(e -> e.place().getAsInt()).containsExactly(1, 2);
  }

  @Test
  void missingValueUnderSubstituteScoresTheSubstitute() {
    IndicatorResult c = Harness.of(tax(MissingValueRule.substitute(d("200")))).values("50", "100", null).result("c");

    assertThat(c.points()).isEqualByComparingTo("8.00");
    assertThat(c.status()).isEqualTo(IndicatorStatus.MISSING_SUBSTITUTED);
    assertThat(c.value()).contains(d("200"));
  }

  @Test
  void missingValueUnderSubstituteTakesPartInTheComparison() {
    // the substitute 200 is the best: b scores 8 × 100 / 200 = 4.00
    assertThat(Harness.of(tax(MissingValueRule.substitute(d("200")))).values("50", "100", null).points("b"))
        .isEqualByComparingTo("4.00");
  }

  @Test
  void missingValueRuleIsNamedInTheExplanation() {
    IndicatorResult c = Harness.of(tax(MissingValueRule.substitute(d("200")))).values("50", "100", null).result("c");

    assertThat(c.rule().en()).startsWith("value missing, substitute scored; proportional to the best value");
  }

  @Test
  void entityWithoutARowIsNotAssessed() {
    // entities come from the rows of the period: d has none
    SchemeResult r = Harness.of(tax(MissingValueRule.error())).values("50", "100").evaluate();

    assertThat(r.entities()).extracting(EntityResult::id).containsExactly("b", "a");
  }
}
