package io.github.kaohe.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.kaohe.data.CsvDataReader;
import io.github.kaohe.data.Dataset;
import io.github.kaohe.data.Period;
import io.github.kaohe.eval.EntityResult;
import io.github.kaohe.eval.Evaluator;
import io.github.kaohe.eval.SchemeResult;
import io.github.kaohe.load.PolicyLoader;
import io.github.kaohe.model.Policy;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/** Laws of the one-vote veto on {@code veto.yaml}: vetoed entities follow the others, who are placed as if alone. */
class VetoProperties {
  private static final Policy POLICY =
      PolicyLoader.create().load(VetoProperties.class.getResource("/policies/veto.yaml"), "veto.yaml");

  @Property(tries = 100)
  void vetoedEntitiesArePlacedAfterTheOthersAndTheOthersAsIfAlone(
      @ForAll @Size(min = 1, max = 8) List<@IntRange(min = 0, max = 20) Integer> taxes,
      @ForAll @Size(min = 8, max = 8) List<@IntRange(min = 0, max = 2) Integer> vetoes) {
    StringBuilder csv = new StringBuilder("entity,county,tax,accident,violation,failed\n");
    for (int i = 0; i < taxes.size(); i++) {
      int v = vetoes.get(i);
      csv.append("e").append(i).append(",x,").append(taxes.get(i)).append(',').append(v == 1).append(',').append(v == 2)
          .append(",false\n");
    }
    Dataset data = CsvDataReader.forScheme(POLICY.scheme("firms")).withPeriod(Period.year(2015)).read(csv.toString(), "v.csv");
    SchemeResult r = Evaluator.of(POLICY).evaluate("firms", data, Period.year(2015));

    List<EntityResult> free = r.entities().stream().filter(e -> vetoes.get(index(e)) == 0).toList();
    List<EntityResult> last = r.entities().stream().filter(e -> vetoes.get(index(e)) == 1).toList();
    for (EntityResult e : free) {
      long ahead = free.stream().filter(o -> o.total().compareTo(e.total()) > 0).count();
      assertThat(e.place()).hasValue((int) ahead + 1);
    }
    for (EntityResult e : last) {
      long ahead = last.stream().filter(o -> o.total().compareTo(e.total()) > 0).count();
      assertThat(e.place()).hasValue(free.size() + (int) ahead + 1);
    }
    r.entities().stream().filter(e -> vetoes.get(index(e)) == 2).forEach(e -> assertThat(e.place()).isEmpty());
  }

  private static int index(EntityResult e) {
    return Integer.parseInt(e.id().substring(1));
  }
}
