package io.github.kaohe.eval;

import static io.github.kaohe.eval.Harness.category;
import static io.github.kaohe.eval.Harness.d;
import static io.github.kaohe.eval.Harness.direct;
import static io.github.kaohe.eval.Harness.evaluate;
import static io.github.kaohe.eval.Harness.label;
import static io.github.kaohe.eval.Harness.rows;
import static io.github.kaohe.eval.Harness.scheme;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.kaohe.model.AdjustmentItem;
import io.github.kaohe.model.AdjustmentLayer;
import io.github.kaohe.model.Aggregation;
import io.github.kaohe.model.Ranking;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The base score is a direct-points indicator {@code base} out of 100; adjustments follow it. */
class AdjustmentTest {
  private static AdjustmentItem item(String id, String perUnit, Optional<BigDecimal> cap) {
    return new AdjustmentItem(id, label(id), d(perUnit), cap, Optional.empty());
  }

  private static AdjustmentLayer layer(String id, Optional<BigDecimal> cap, AdjustmentItem... items) {
    return new AdjustmentLayer(id, label(id), cap, List.of(items));
  }

  private static EntityResult evaluateWith(String row, AdjustmentLayer... layers) {
    return evaluate(
            scheme(
                List.of(category("all", "100", Aggregation.WEIGHTED_SUM, direct("base", "100"))),
                List.of(layers), List.of(), List.of(), Ranking.standard()),
            rows(row))
        .entity("a")
        .orElseThrow();
  }

  @Test
  void adjustmentGivesPointsPerUnitCounted() {
    // 2 titles × 5 = 10
    EntityResult a = evaluateWith("a, base=60, title=2", layer("bonus", Optional.empty(), item("title", "5", Optional.empty())));

    assertThat(a.layers()).singleElement().satisfies(l -> {
      assertThat(l.points()).isEqualByComparingTo("10.00").hasScaleOf(2);
      assertThat(l.items()).singleElement().satisfies(i -> assertThat(i.count()).isEqualByComparingTo("2"));
    });
    assertThat(a.adjustments()).isEqualByComparingTo("10.00");
    assertThat(a.total()).isEqualByComparingTo("70.00");
  }

  @Test
  void adjustmentCountsAMissingCountAsZero() {
    EntityResult a = evaluateWith("a, base=60", layer("bonus", Optional.empty(), item("title", "5", Optional.empty())));

    assertThat(a.total()).isEqualByComparingTo("60.00");
  }

  @Test
  void adjustmentItemStopsAtItsCap() {
    // 2 × 5 = 10 > item cap 8
    EntityResult a = evaluateWith("a, base=60, title=2", layer("bonus", Optional.empty(), item("title", "5", Optional.of(d("8")))));

    AdjustmentResult.Item title = a.layers().get(0).items().get(0);
    assertThat(title.points()).isEqualByComparingTo("8.00");
    assertThat(title.capped()).isTrue();
    assertThat(a.total()).isEqualByComparingTo("68.00");
  }

  @Test
  void adjustmentLayerStopsAtItsCap() {
    // national lab 5 + 2 provincial labs × 3 = 11 > layer cap 8
    EntityResult a =
        evaluateWith(
            "a, base=60, national=1, provincial=2",
            layer("labs", Optional.of(d("8")), item("national", "5", Optional.empty()), item("provincial", "3", Optional.empty())));

    AdjustmentResult labs = a.layers().get(0);
    assertThat(labs.points()).isEqualByComparingTo("8.00");
    assertThat(labs.capped()).isTrue();
    assertThat(labs.items()).extracting(AdjustmentResult.Item::points).containsExactly(d("5.00"), d("6.00"));
  }

  @Test
  void adjustmentLayerExactlyAtItsCapIsNotCapped() {
    EntityResult a =
        evaluateWith(
            "a, base=60, national=1, provincial=1",
            layer("labs", Optional.of(d("8")), item("national", "5", Optional.empty()), item("provincial", "3", Optional.empty())));

    assertThat(a.layers().get(0).points()).isEqualByComparingTo("8.00");
    assertThat(a.layers().get(0).capped()).isFalse();
  }

  @Test
  void deductionSubtractsPointsPerUnit() {
    // 3 incidents × −2 = −6
    EntityResult a = evaluateWith("a, base=60, incident=3", layer("penalties", Optional.empty(), item("incident", "-2", Optional.empty())));

    assertThat(a.adjustments()).isEqualByComparingTo("-6.00");
    assertThat(a.total()).isEqualByComparingTo("54.00");
  }

  @Test
  void deductionLayerCapLimitsTheDeduction() {
    // −6, at most 5 in absolute value
    EntityResult a = evaluateWith("a, base=60, incident=3", layer("penalties", Optional.of(d("5")), item("incident", "-2", Optional.empty())));

    assertThat(a.layers().get(0).points()).isEqualByComparingTo("-5.00");
    assertThat(a.total()).isEqualByComparingTo("55.00");
  }

  @Test
  void deductionItemCapLimitsTheDeduction() {
    EntityResult a = evaluateWith("a, base=60, incident=3", layer("penalties", Optional.empty(), item("incident", "-2", Optional.of(d("4")))));

    assertThat(a.adjustments()).isEqualByComparingTo("-4.00");
  }

  @Test
  void bonusAndDeductionLayersAddUp() {
    EntityResult a =
        evaluateWith(
            "a, base=60, title=1, incident=2",
            layer("bonus", Optional.empty(), item("title", "5", Optional.empty())),
            layer("penalties", Optional.empty(), item("incident", "-1.5", Optional.empty())));

    // 60 + 5 − 3 = 62
    assertThat(a.base()).isEqualByComparingTo("60.00");
    assertThat(a.adjustments()).isEqualByComparingTo("2.00");
    assertThat(a.total()).isEqualByComparingTo("62.00");
  }

  @Test
  void adjustmentCountThatIsNotWholeFails() {
    assertThatThrownBy(() -> evaluateWith("a, base=60, title=1.5", layer("bonus", Optional.empty(), item("title", "5", Optional.empty()))))
        .isInstanceOfSatisfying(
            EvaluationException.class,
            e -> assertThat(e.problems()).singleElement().satisfies(p -> {
              assertThat(p.entity()).isEqualTo("a");
              assertThat(p.key()).isEqualTo("title");
              assertThat(p.message()).isEqualTo("a count must be a whole number of at least 0, but was 1.5");
            }));
  }

  @Test
  void adjustmentCountBelowZeroFails() {
    assertThatThrownBy(() -> evaluateWith("a, base=60, title=-1", layer("bonus", Optional.empty(), item("title", "5", Optional.empty()))))
        .isInstanceOf(EvaluationException.class)
        .hasMessageContaining("a count must be a whole number of at least 0, but was -1");
  }

  @Test
  void adjustmentCountWrittenWithZeroDecimalsIsWhole() {
    EntityResult a = evaluateWith("a, base=60, title=2.00", layer("bonus", Optional.empty(), item("title", "5", Optional.empty())));

    assertThat(a.total()).isEqualByComparingTo("70.00");
  }
}
