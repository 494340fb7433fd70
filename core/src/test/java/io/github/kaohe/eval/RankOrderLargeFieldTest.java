package io.github.kaohe.eval;

import static io.github.kaohe.eval.Harness.category;
import static io.github.kaohe.eval.Harness.label;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.kaohe.data.Dataset;
import io.github.kaohe.model.AdjustmentItem;
import io.github.kaohe.model.AdjustmentLayer;
import io.github.kaohe.model.Aggregation;
import io.github.kaohe.model.DirectPoints;
import io.github.kaohe.model.MissingValueRule;
import io.github.kaohe.model.Ranking;
import io.github.kaohe.model.Scheme;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Fields of over 4,096 entities are sorted by a radix sort of packed keys: with totals below
 * zero (a fine of 20 on every third entity) the keys span the distance from the best total to
 * the worst, not the totals' own size. The order and places are those of a plain sort by total,
 * highest first, then id; with or without an entity left out.
 */
class RankOrderLargeFieldTest {
  private static final int N = 4_200;
  private static final Scheme SCHEME = Harness.scheme(
      List.of(category("all", "100", Aggregation.WEIGHTED_SUM,
          Harness.indicator("x", "100", DirectPoints.strict()).missing(MissingValueRule.excludeEntity()).build())),
      List.of(new AdjustmentLayer("fines", label("fines"), Optional.empty(),
          List.of(AdjustmentItem.of("fine", label("fine"), new BigDecimal("-1"))))),
      List.of(), List.of(), Ranking.standard());

  @Test
  void everyoneRankedWithNegativeTotals() {
    assertPlainSortOrder(false);
  }

  @Test
  void oneLeftOutWithNegativeTotals() {
    assertPlainSortOrder(true);
  }

  /** Entity i scores (37 i mod 97) points, less 20 for every third: totals −20 to 96. */
  private static void assertPlainSortOrder(boolean leaveOneOut) {
    Dataset.Builder data = Dataset.builder();
    Map<String, Integer> totals = new HashMap<>();
    for (int i = 0; i < N; i++) {
      String id = String.format("e%04d", i);
      int fine = i % 3 == 0 ? 20 : 0;
      data.value(id, Harness.YEAR, "fine", BigDecimal.valueOf(fine));
      if (leaveOneOut && i == 7) {
        continue; // no value: left out of the ranking
      }
      int points = 37 * i % 97;
      data.value(id, Harness.YEAR, "x", BigDecimal.valueOf(points));
      totals.put(id, points - fine);
    }
    SchemeResult r = Harness.evaluate(SCHEME, data.build());

    List<String> expected = new ArrayList<>(totals.keySet());
    expected.sort(Comparator.comparing((String id) -> totals.get(id)).reversed()
        .thenComparing(Comparator.naturalOrder()));
    assertThat(totals.values()).contains(-20, 96); // the span the keys must hold
    assertThat(r.ranked()).extracting(EntityResult::id).containsExactlyElementsOf(expected);
    for (int i = 0; i < expected.size(); i++) {
      boolean tied = i > 0 && totals.get(expected.get(i)).equals(totals.get(expected.get(i - 1)));
      int place = tied ? r.ranked().get(i - 1).place().getAsInt() : i + 1; // competition
      assertThat(r.ranked().get(i).place()).as(expected.get(i)).hasValue(place);
    }
  }
}
