package io.github.kaohe.eval;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.kaohe.data.Dataset;
import io.github.kaohe.model.Aggregation;
import io.github.kaohe.model.Arithmetic;
import io.github.kaohe.model.DirectPoints;
import io.github.kaohe.model.Indicator;
import io.github.kaohe.model.Label;
import io.github.kaohe.model.MissingValueRule;
import io.github.kaohe.model.Ranking;
import io.github.kaohe.model.TieMethod;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/**
 * Fields of over 4,096 entities, ranked by the fast sorts (a count of each total where the totals
 * lie close together, a radix sort of packed keys where they spread): the same order and places
 * as a plain sort by total, highest first, then id. Some entities are in another year's data only
 * (their ids' ranks are skipped); in some fields some have no value and are left out, in others
 * every entity is ranked.
 */
class LargeRankingProperties {
  @Property(tries = 12)
  void placesAreThoseOfAPlainSortByTotalThenId(@ForAll long seed) {
    Random r = new Random(seed);
    int n = 4_097 + r.nextInt(6_000);
    boolean close = r.nextBoolean(); // a few hundred totals, or up to a million
    boolean someUnvalued = r.nextBoolean(); // else every entity is ranked: keys made in order of id rank
    TieMethod ties = TieMethod.values()[r.nextInt(3)];
    Indicator score = Indicator.builder("score", Label.of("分", "score"), new BigDecimal("10000"))
        .method(DirectPoints.strict()).missing(MissingValueRule.excludeEntity()).build();
    Dataset.Builder data = Dataset.builder();
    Map<String, BigDecimal> totals = new java.util.HashMap<>();
    for (int i = 0; i < n; i++) {
      String id = "f" + Integer.toString(r.nextInt(1 << 30), 36) + "-" + i; // ids in no order of rows
      if (r.nextInt(20) == 0) { // in the data of another year only: its id's rank is skipped in this year's
        data.value(id, io.github.kaohe.data.Period.year(2014), "score", BigDecimal.ONE);
        continue;
      }
      data.row(id, Harness.YEAR);
      if (someUnvalued && r.nextInt(50) == 0) {
        continue; // no value: not ranked
      }
      BigDecimal v = BigDecimal.valueOf(close ? 900_000 + r.nextInt(300) : r.nextInt(1_000_000), 2);
      data.value(id, Harness.YEAR, "score", v);
      totals.put(id, v);
    }
    var scheme = Harness.scheme(List.of(Harness.category("all", "10000", Aggregation.WEIGHTED_SUM, score)), List.of(),
        List.of(), List.of(), new Ranking(ties, List.of(), List.of()));
    SchemeResult result = Evaluator.of(Harness.policy(Arithmetic.standard(), scheme)).evaluate("s", data.build(), Harness.YEAR);

    List<String> expected = new ArrayList<>(totals.keySet());
    expected.sort(Comparator.comparing((String id) -> totals.get(id)).reversed().thenComparing(Comparator.naturalOrder()));
    assertThat(result.ranked()).extracting(EntityResult::id).containsExactlyElementsOf(expected);
    int place = 0;
    int distinct = 0;
    for (int i = 0; i < expected.size(); i++) {
      boolean same = i > 0 && totals.get(expected.get(i)).compareTo(totals.get(expected.get(i - 1))) == 0;
      distinct += same ? 0 : 1;
      place = switch (ties) {
        case COMPETITION -> same ? place : i + 1;
        case DENSE -> distinct;
        case ORDINAL -> i + 1;
      };
      assertThat(result.ranked().get(i).place()).as("%s, %s", expected.get(i), ties).hasValue(place);
    }
  }
}
