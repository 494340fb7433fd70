package io.github.kaohe.eval;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.kaohe.data.CsvDataReader;
import io.github.kaohe.data.Dataset;
import io.github.kaohe.data.Period;
import io.github.kaohe.load.PolicyLoader;
import io.github.kaohe.model.Policy;
import org.junit.jupiter.api.Test;

/**
 * On {@code veto.yaml} (tax 10 points at the best value, 100): entities vetoed to the last places
 * never tie with the others, in their group as overall, however equal their totals.
 */
class RankOrderVetoedGroupTest {
  private static final Policy POLICY =
      PolicyLoader.create().load(RankOrderVetoedGroupTest.class.getResource("/policies/veto.yaml"), "veto.yaml");

  @Test
  void inAGroupTheVetoedTieOnlyWithEachOther() {
    // all in county x: a 10 points, b, c and d 8 each, b and c vetoed to the last places.
    // Overall and in the county: a 1, d 2, then b and c tied with each other, not with d: 3 and 3.
    String csv = """
        entity,county,tax,accident
        a,x,100,false
        b,x,80,true
        c,x,80,true
        d,x,80,false
        """;
    Dataset data = CsvDataReader.forScheme(POLICY.scheme("firms")).withPeriod(Period.year(2015)).read(csv, "v.csv");
    SchemeResult r = Evaluator.of(POLICY).evaluate("firms", data, Period.year(2015));

    assertThat(r.entities()).extracting(EntityResult::id).containsExactly("a", "d", "b", "c");
    assertThat(r.entities()).extracting(e -> e.place().orElse(0)).containsExactly(1, 2, 3, 3);
    assertThat(r.entities()).extracting(e -> e.groupPlaces().get("county")).containsExactly(1, 2, 3, 3);
  }
}
