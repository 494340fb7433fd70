package io.github.kaohe.eval;

import static io.github.kaohe.eval.Harness.category;
import static io.github.kaohe.eval.Harness.label;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.kaohe.data.Dataset;
import io.github.kaohe.model.Aggregation;
import io.github.kaohe.model.DirectPoints;
import io.github.kaohe.model.EntityDefinition;
import io.github.kaohe.model.Indicator;
import io.github.kaohe.model.MissingValueRule;
import io.github.kaohe.model.Ranking;
import io.github.kaohe.model.Scheme;
import io.github.kaohe.model.TieBreak;
import io.github.kaohe.model.TieMethod;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/**
 * Places, places within groups and the listing order depend on the entities' values alone, not
 * on the order of the rows or of the declared entities. Totals from two direct-points indicators
 * over a few values, so that ties are common; some entities take no place.
 */
class RankOrderProperties {
  private static final Indicator SCORE = points("score");
  private static final Indicator QUALITY = points("quality");

  private static Indicator points(String id) {
    return Harness.indicator(id, "10", DirectPoints.strict()).missing(MissingValueRule.zeroPoints()).build();
  }

  @Property(tries = 80)
  void placesDoNotDependOnTheOrderOfTheRows(
      @ForAll long seed, @ForAll TieMethod ties, @ForAll boolean tieBreak, @ForAll boolean unranked) {
    Random random = new Random(seed);
    int n = 1 + random.nextInt(12);
    List<EntityDefinition> entities = new ArrayList<>();
    List<String[]> rows = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      String id = "e" + i;
      entities.add(new EntityDefinition(id, label(id), List.of(), !unranked || random.nextInt(4) > 0,
          Map.of("county", random.nextBoolean() ? "x" : "y")));
      rows.add(new String[] {id, String.valueOf(random.nextInt(4)), String.valueOf(random.nextInt(3))});
    }
    Ranking ranking = new Ranking(ties, tieBreak ? List.of(TieBreak.points("quality")) : List.of(), List.of("county"));

    List<String> asGiven = standings(entities, rows, ranking);
    Collections.shuffle(entities, random);
    Collections.shuffle(rows, random);

    assertThat(standings(entities, rows, ranking)).isEqualTo(asGiven);
  }

  /** Each entity as listed: id, place, place in its county. */
  private static List<String> standings(List<EntityDefinition> entities, List<String[]> rows, Ranking ranking) {
    Scheme scheme = Harness.scheme(List.of(category("all", "20", Aggregation.WEIGHTED_SUM, SCORE, QUALITY)),
        List.of(), List.of("county"), List.copyOf(entities), ranking);
    Dataset.Builder data = Dataset.builder();
    for (String[] row : rows) {
      data.value(row[0], Harness.YEAR, "score", new BigDecimal(row[1]));
      data.value(row[0], Harness.YEAR, "quality", new BigDecimal(row[2]));
    }
    return Harness.evaluate(scheme, data.build()).entities().stream()
        .map(e -> e.id() + " " + e.place().orElse(0) + " " + e.groupPlaces().getOrDefault("county", 0)).toList();
  }
}
