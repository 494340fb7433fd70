package io.github.kaohe.eval;

import static io.github.kaohe.eval.Harness.category;
import static io.github.kaohe.eval.Harness.evaluate;
import static io.github.kaohe.eval.Harness.label;
import static io.github.kaohe.eval.Harness.rows;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.kaohe.model.Aggregation;
import io.github.kaohe.model.DirectPoints;
import io.github.kaohe.model.EntityDefinition;
import io.github.kaohe.model.MissingValueRule;
import io.github.kaohe.model.Ranking;
import io.github.kaohe.model.Scheme;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Entities assessed but not ranked follow the ranked ones, listed by total (higher first), then id. */
class RankOrderUnrankedListingTest {
  @Test
  void unrankedEntitiesAreListedByTotalThenId() {
    // ranked: a 50, b 40; unranked: u1 20, u2 90, u3 90, u4 60 → u2, u3 (90, by id), u4, u1
    List<EntityDefinition> entities = List.of(entity("a", true), entity("b", true), entity("u1", false),
        entity("u2", false), entity("u3", false), entity("u4", false));
    Scheme scheme = Harness.scheme(
        List.of(category("all", "100", Aggregation.WEIGHTED_SUM,
            Harness.indicator("x", "100", DirectPoints.strict()).missing(MissingValueRule.zeroPoints()).build())),
        List.of(), List.of(), entities, Ranking.standard());
    SchemeResult r = evaluate(scheme,
        rows("a, x=50", "b, x=40", "u1, x=20", "u2, x=90", "u3, x=90", "u4, x=60"));

    assertThat(r.entities()).extracting(EntityResult::id).containsExactly("a", "b", "u2", "u3", "u4", "u1");
    assertThat(r.entities()).extracting(e -> e.place().orElse(0)).containsExactly(1, 2, 0, 0, 0, 0);
  }

  private static EntityDefinition entity(String id, boolean ranked) {
    return new EntityDefinition(id, label(id), List.of(), ranked, Map.of());
  }
}
