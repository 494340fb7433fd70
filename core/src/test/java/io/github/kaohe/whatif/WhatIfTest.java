package io.github.kaohe.whatif;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.kaohe.data.Dataset;
import io.github.kaohe.data.Period;
import io.github.kaohe.model.Policy;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/**
 * Counterfactuals on a scheme of two indicators, tax and growth, each 10 points proportional to
 * the best ({@code 10 × value / best}), worked by hand. Tax a 100, b 80, c 60, d 40; growth 10,
 * 10, 10, 1: totals a 20, b 18, c 16, d 5; places 1 to 4 (competition ties).
 *
 * <pre>
 * c to place 2: at tax 80 c ties b (18.00) and shares place 2; at 79, 17.90 &lt; 18, place 3 → 80, +20
 * c to place 1: at 100 c ties a (20.00) → 100, +40; b to place 1 → 100, +20; a to place 1: already
 * d to place 1 on tax: tried from 0 to 100 + (100 − 40) = 160 (tax is never negative, so not −20).
 *   At 160, d has 10 + 1 = 11, a 10 × 100 / 160 = 6.25 + 10 = 16.25: still place 4. Unreachable.
 * </pre>
 *
 * Past the greatest value the best moves with it: c at 150 scores 10 + 10, a 10 × 100 / 150 = 6.67 + 10.
 */
class WhatIfTest {
  private static final Policy POLICY = TaxAndGrowth.POLICY;

  private static final Period YEAR = TaxAndGrowth.YEAR;

  private static Dataset data() {
    return TaxAndGrowth.data();
  }

  private static Counterfactual tax(String entity, Goal goal) {
    return WhatIf.of(POLICY, "firms", data(), YEAR).reach(entity, goal, "tax");
  }

  @Test
  void theSmallestRiseThatReachesAPlaceIsFoundExactly() {
    Counterfactual c = tax("c", Goal.place(2));

    assertThat(c.status()).isEqualTo(Counterfactual.Status.REACHED);
    assertThat(c.to()).contains(new BigDecimal("80"));
    assertThat(c.change()).contains(new BigDecimal("20"));
    assertThat(c.standing().en()).isEqualTo("place 2");
    assertThat(c.reason().zh()).isEqualTo("税收由 60 万元 变为 80 万元（+20），即进入前 2 名（第 2 名）");
    assertThat(WhatIf.of(POLICY, "firms", data(), YEAR).reach("c", Goal.place(2)))
        .extracting(Counterfactual::key).containsExactly("tax", "growth");
  }

  @Test
  void reachingTheFirstPlaceMeansTyingTheBest() {
    assertThat(tax("c", Goal.place(1)).to()).contains(new BigDecimal("100"));
    assertThat(tax("b", Goal.place(1)).change()).contains(new BigDecimal("20"));
  }

  @Test
  void anEntityAlreadyThereIsSaidToBe() {
    Counterfactual c = tax("a", Goal.place(1));

    assertThat(c.status()).isEqualTo(Counterfactual.Status.ALREADY);
    assertThat(c.to()).isEmpty();
  }

  @Test
  void aGoalNoValueInTheRangeTriedReachesIsUnreachableWithWhereTheEndsLeaveTheEntity() {
    Counterfactual c = tax("d", Goal.place(1));

    assertThat(c.status()).isEqualTo(Counterfactual.Status.UNREACHABLE);
    assertThat(c.to()).isEmpty();
    assertThat(c.reason().zh()).isEqualTo("税收在 0～160 万元 之间试过的值都未能进入前 1 名：取 160 时为第 4 名，取 0 时为第 4 名");
  }

  @Test
  void theRangeTriedCanBeKeptToTheData() {
    Counterfactual c = WhatIf.of(POLICY, "firms", data(), YEAR).beyondTheData(BigDecimal.ZERO).reach("d", Goal.place(1), "tax");

    assertThat(c.reason().en()).isEqualTo(
        "Tax: no value tried from 40 to 100 万元 reaches place 1 or better; at 100 it would be place 4, at 40 place 4");
  }

  @Test
  void pastTheGreatestValueTheBestMovesWithIt() {
    Dataset data = data().withValue("c", YEAR, "tax", new BigDecimal("150"));

    var result = io.github.kaohe.eval.Evaluator.of(POLICY).evaluate("firms", data, YEAR);

    assertThat(result.entity("c").orElseThrow().total()).isEqualByComparingTo("20.00");
    assertThat(result.entity("a").orElseThrow().total()).isEqualByComparingTo("16.67");
  }

  @Test
  void withValueChangesOneValueAndSharesTheRest() {
    Dataset before = data();
    Dataset after = before.withValue("b", YEAR, "tax", new BigDecimal("81.5"));

    assertThat(after.value("b", YEAR, "tax")).contains(new BigDecimal("81.5"));
    assertThat(after.value("a", YEAR, "tax")).contains(new BigDecimal("100"));
    assertThat(before.value("b", YEAR, "tax")).contains(new BigDecimal("80"));
    assertThat(after.withoutValue("b", YEAR, "tax").value("b", YEAR, "tax")).isEmpty();
    assertThatThrownBy(() -> before.withValue("z", YEAR, "tax", BigDecimal.ONE))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("the data have no entity 'z'");
  }

  @Test
  void anUnknownClassIsAClearError() {
    assertThatThrownBy(() -> tax("c", Goal.inClass("grade", "A")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("scheme 'firms' has no classification 'grade'");
  }
}
