package io.github.kaohe.eval;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.kaohe.data.Period;
import io.github.kaohe.model.Language;
import io.github.kaohe.model.Policy;
import org.junit.jupiter.api.Test;

/**
 * Reason codes in a line where there is one part only: one category of one indicator, tax
 * proportional to the best, 10 points, no adjustments. Worked by hand:
 *
 * <pre>
 *      tax  total            place  behind the place above   lost against the weight
 * a    100  10.00            1      —                        nothing
 * b     80  10×80/100 = 8.00 2      a by 10.00 − 8.00 = 2.00 tax 10 − 8.00 = 2.00 (and its category, size, 2.00)
 * </pre>
 *
 * A split by category of one category says nothing, nor do the categories that lost the most when
 * there is one: each is said by its indicator alone.
 */
class ReasonCodesOneCategoryTest {
  private static final Policy POLICY = PartEvaluatorPolicies.policy("");

  private static ReasonCodes reasons(String entity) {
    SchemeResult r = Evaluator.of(POLICY).evaluate("firms",
        PartEvaluatorPolicies.data(POLICY, "entity,period,tax\na,2024,100\nb,2024,80\n"), Period.year(2024));
    return ReasonCodes.of(r, r.entity(entity).orElseThrow());
  }

  @Test
  void theSecondIsBehindOnlyInItsIndicatorWithoutASplitByCategory() {
    assertThat(reasons("b").describe(Language.ZH, 3)).isEqualTo("落后上一名 a（第 1 名） 2.00 分，主要在 税收 (−2.00)；失分最多：税收 (−2.00)");
    assertThat(reasons("b").describe(Language.EN, 3))
        .isEqualTo("Behind the place above (a, place 1) by 2.00 points, mostly in Tax (−2.00); most points lost: Tax (−2.00)");
  }

  @Test
  void theFirstWithFullPointsHasFullPointsOnEveryIndicator() {
    assertThat(reasons("a").lost()).isEmpty();
    assertThat(reasons("a").describe(Language.ZH, 3)).isEqualTo("各项均得满分");
    assertThat(reasons("a").describe(Language.EN, 3)).isEqualTo("full points on every indicator");
  }
}
