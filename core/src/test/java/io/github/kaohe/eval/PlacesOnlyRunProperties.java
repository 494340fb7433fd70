package io.github.kaohe.eval;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.kaohe.data.CsvDataReader;
import io.github.kaohe.data.Dataset;
import io.github.kaohe.data.Period;
import io.github.kaohe.internal.columns.ColumnStore;
import io.github.kaohe.model.Policy;
import io.github.kaohe.model.Scheme;
import io.github.kaohe.model.TieMethod;
import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/**
 * A run read for its places alone (a sensitivity sample's) counts its places from the totals and
 * works out its listing order only if asked; both are those of the same run scored in full.
 */
class PlacesOnlyRunProperties {
  private static final Period YEAR = Period.year(2015);

  @Property(tries = 60)
  void placesAndListingAsARunInFull(
      @ForAll long seed, @ForAll boolean tieBreakByPoints, @ForAll TieMethod ties, @ForAll boolean huge) {
    SplittableRandom random = new SplittableRandom(seed);
    int n = random.nextInt(1, 60);
    Policy policy = SampleShortcutsProperties.policy(random, tieBreakByPoints, ties);
    Scheme scheme = policy.scheme("firms");
    Dataset data = CsvDataReader.forScheme(scheme).withPeriod(YEAR)
        .read(SampleShortcutsProperties.csv(random, n, false, huge), "t.csv");
    ColumnStore<Period> columns = ColumnStore.of(data);
    ScoringRun base = ScoringRun.base(policy, scheme, columns, new DerivedColumns(scheme, columns), YEAR);

    ScoredPeriod full = ScoringRun.reweighted(base, policy, scheme, null, null, null);
    ScoredPeriod placesOnly = ScoringRun.reweighted(base, policy, scheme, null, new long[4][n], null);

    assertThat(placesOnly.places).containsExactly(full.places);
    assertThat(placesOnly.size()).isEqualTo(full.size());
    for (int k = 0; k < full.size(); k++) {
      assertThat(placesOnly.position(k)).as("listed %d-th", k).isEqualTo(full.position(k));
    }
  }
}
