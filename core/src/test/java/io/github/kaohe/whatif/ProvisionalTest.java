package io.github.kaohe.whatif;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.kaohe.data.Dataset;
import io.github.kaohe.data.Period;
import io.github.kaohe.eval.Evaluator;
import io.github.kaohe.load.PolicyLoader;
import io.github.kaohe.model.Policy;
import java.math.BigDecimal;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

/**
 * Provisional places on the policy of {@link WhatIfTest} (tax and growth, 10 points each,
 * proportional to the best). Tax a 100, b 80, c 60, d 40; growth 10, 10, 10, 1. Pending: b's tax
 * in [70, 90], c's in [50, 85]. The four combinations, worked by hand:
 *
 * <pre>
 * b 70, c 50: a 20, b 17, c 15,   d 5 → a b c d
 * b 90, c 50: a 20, b 19, c 15,   d 5 → a b c d
 * b 70, c 85: a 20, b 17, c 18.5, d 5 → a c b d
 * b 90, c 85: a 20, b 19, c 18.5, d 5 → a b c d
 * </pre>
 *
 * So a is first and d fourth, final; b and c are second or third.
 */
class ProvisionalTest {
  private static final Policy POLICY =
      PolicyLoader.create().load(ProvisionalTest.class.getResource("/policies/tax-and-growth.yaml"), "tax-and-growth.yaml");

  private static final Period YEAR = Period.year(2015);

  private static Dataset data(int... taxes) {
    Dataset.Builder b = Dataset.builder();
    int[] growth = {10, 10, 10, 1};
    for (int i = 0; i < 4; i++) {
      String id = String.valueOf((char) ('a' + i));
      b.value(id, YEAR, "tax", BigDecimal.valueOf(taxes[i])).value(id, YEAR, "growth", BigDecimal.valueOf(growth[i]));
    }
    return b.build();
  }

  private static Provisional.Result provisional() {
    return Provisional.of(POLICY, "firms", data(100, 80, 60, 40), YEAR)
        .pending("b", "tax", new BigDecimal("70"), new BigDecimal("90"))
        .pending("c", "tax", new BigDecimal("50"), new BigDecimal("85"))
        .evaluate();
  }

  @Test
  void eachEntitysBestAndWorstPlaceAreWorkedOverTheEndsOfThePendingValues() {
    Provisional.Result r = provisional();

    assertThat(r.bounds().values()).extracting(b -> b.entity() + " " + b.best() + "–" + b.worst() + (b.isFinal() ? " final" : ""))
        .containsExactly("a 1–1 final", "b 2–3", "c 2–3", "d 4–4 final");
    assertThat(r.pending()).extracting(Provisional.Pending::entity).containsExactly("b", "c");
    assertThat(r.result().entity("c").orElseThrow().place()).hasValue(3);
  }

  @Test
  void aPendingValueWithoutARangeTakesTheDatasRange() {
    Provisional.Result r = Provisional.of(POLICY, "firms", data(100, 80, 60, 40), YEAR).pending("d", "tax").evaluate();

    // d's tax from 40 to 100: at 100, d has 10 + 1 = 11, still fourth.
    assertThat(r.bounds().get("d").isFinal()).isTrue();
    assertThat(r.bounds().get("d").best()).isEqualTo(4);
  }

  @Test
  void aRangeTheWrongWayRoundIsAClearError() {
    assertThatThrownBy(() -> Provisional.of(POLICY, "firms", data(100, 80, 60, 40), YEAR)
        .pending("b", "tax", new BigDecimal("90"), new BigDecimal("70")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("the pending value of 'tax' for 'b' ranges from 90 to 70: the least is greater than the greatest");
  }

  /**
   * Two min–max indicators, x (10 points) and y (8): when p's pending x widens the range either
   * way, a loses its lead over b; only the data as they are put a first.
   *
   * <pre>
   *              x: a 100, b 0, p       y: a 0, b 100, p 50      a     b     p
   * p x −100:    range [−100, 100]: a 10, b 5, p 0              10    13     4   → b a p
   * p x 50 (now):range [0, 100]:    a 10, b 0, p 5              10     8     9   → a p b
   * p x 200:     range [0, 200]:    a 5,  b 0, p 10              5     8    14   → p b a
   * </pre>
   *
   * Over the two ends alone a would be second or third; with the data as they are, first to third.
   */
  @Test
  void theDataAsTheyAreAreAnOutcomeWhenThePendingValueIsWithinItsRange() {
    Policy policy = PolicyLoader.create().load(ProvisionalTest.class.getResource("/policies/rescaled.yaml"), "rescaled.yaml");
    Dataset data = Dataset.builder()
        .value("a", YEAR, "x", BigDecimal.valueOf(100)).value("a", YEAR, "y", BigDecimal.ZERO)
        .value("b", YEAR, "x", BigDecimal.ZERO).value("b", YEAR, "y", BigDecimal.valueOf(100))
        .value("p", YEAR, "x", BigDecimal.valueOf(50)).value("p", YEAR, "y", BigDecimal.valueOf(50))
        .build();

    Provisional.Result r = Provisional.of(policy, "s", data, YEAR).pending("p", "x", BigDecimal.valueOf(-100), BigDecimal.valueOf(200))
        .evaluate();

    assertThat(r.result().entity("a").orElseThrow().place()).hasValue(1);
    assertThat(r.bounds().get("a")).isEqualTo(new Provisional.Bounds("a", 1, 3));
    assertThat(r.bounds().get("b")).isEqualTo(new Provisional.Bounds("b", 1, 3));
  }

  @Property(tries = 40)
  void theFinalPlaceAlwaysLiesWithinTheBounds(@ForAll long seed) {
    Random random = new Random(seed);
    int[] taxes = {random.nextInt(200), random.nextInt(200), random.nextInt(200), random.nextInt(200)};
    Provisional p = Provisional.of(POLICY, "firms", data(taxes), YEAR);
    List<String> who = List.of("a", "b", "c", "d");
    int[] lo = new int[4];
    int[] hi = new int[4];
    boolean[] pending = new boolean[4];
    for (int i = 0; i < 4; i++) {
      pending[i] = random.nextInt(3) == 0;
      lo[i] = random.nextInt(200);
      hi[i] = lo[i] + random.nextInt(100);
      if (pending[i]) {
        p = p.pending(who.get(i), "tax", BigDecimal.valueOf(lo[i]), BigDecimal.valueOf(hi[i]));
      }
    }
    Provisional.Result r = p.evaluate();
    int[] finals = taxes.clone();
    for (int i = 0; i < 4; i++) {
      if (pending[i]) {
        finals[i] = lo[i] + random.nextInt(hi[i] - lo[i] + 1);
      }
    }

    var result = Evaluator.of(POLICY).evaluate("firms", data(finals), YEAR);

    for (String id : who) {
      int place = result.entity(id).orElseThrow().place().getAsInt();
      Provisional.Bounds b = r.bounds().get(id);
      assertThat(place).as(id).isBetween(b.best(), b.worst());
    }
  }
}
