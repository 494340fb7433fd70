package io.github.kaohe.rules.test;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.kaohe.eval.CheckResult;
import io.github.kaohe.eval.EntityResult;
import io.github.kaohe.eval.SchemeResult;
import io.github.kaohe.model.Policy;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.jspecify.annotations.Nullable;

/**
 * A check's result for an entity does not depend on the order of the rows of the data, even
 * where it compares with the population (a median, a count over a filter).
 */
class CheckPropertyTest {
  private static final Policy POLICY =
      RegisterFixture.load(
          """
          attributes: [zone]
          facts:
            - {id: invest, name: {zh: 投资额, en: Investment}, type: number}
            - {id: producing, name: {zh: 已投产, en: In production}, type: boolean}
          measures:
            - {id: median-invest, name: {zh: 投资中位数, en: Median investment}, formula: {type: population, statistic: median, of: invest}}
            - id: big-east
              name: {zh: 东区大项目数, en: Big projects in the east}
              formula: {type: population, statistic: count, of: invest, atLeast: 100, where: {attribute: zone, in: [east]}}
          checks:
            - id: above-median
              name: {zh: 不低于中位数, en: At least the median}
              inputs: [{id: invest, of: invest}, {id: median, of: median-invest}, {id: producing, of: producing}]
              when: {producing: true}
              require: {invest: {ge: {input: median}}}
              message: {zh: 低于中位数, en: below the median}
            - id: east-has-big
              name: {zh: 东区有大项目, en: Big projects in the east}
              inputs: [{id: n, of: big-east}, {id: invest, of: invest}]
              appliesTo: {attribute: zone, in: [east, west]}
              require: {n: {ge: 2}, invest: {gt: 0}}
              message: {zh: 东区大项目不足, en: too few big projects in the east}
              from: 2015
          """);

  /** One firm's row; null: an empty cell. */
  record Row(String firm, @Nullable Integer invest, @Nullable Boolean producing, @Nullable String zone) {
    String csv() {
      return firm + ",2015," + (zone == null ? "" : zone) + "," + (invest == null ? "" : invest) + ","
          + (producing == null ? "" : producing);
    }
  }

  private static String data(List<Row> rows) {
    StringBuilder csv = new StringBuilder("entity,period,zone,invest,producing\n");
    rows.forEach(r -> csv.append(r.csv()).append('\n'));
    return csv.toString();
  }

  /** firm → "check status message inputs" for each of its checks. */
  private static Map<String, List<String>> checks(SchemeResult r) {
    Map<String, List<String>> out = new TreeMap<>();
    for (EntityResult e : r.entities()) {
      List<String> cs = new ArrayList<>();
      for (CheckResult c : e.checks()) {
        cs.add(c.check() + " " + c.status() + " " + c.message() + " " + c.inputs());
      }
      out.put(e.id(), cs);
    }
    return out;
  }

  @Property(tries = 100)
  void theOrderOfTheRowsDoesNotMatter(@ForAll("rows") List<Row> rows, @ForAll Random random) {
    List<Row> shuffled = new ArrayList<>(rows);
    Collections.shuffle(shuffled, random);

    Map<String, List<String>> before = checks(RegisterFixture.evaluate(POLICY, data(rows), 2015));
    Map<String, List<String>> after = checks(RegisterFixture.evaluate(POLICY, data(shuffled), 2015));

    assertThat(after).isEqualTo(before);
    assertThat(before).hasSize(rows.size());
  }

  @Provide
  Arbitrary<List<Row>> rows() {
    Arbitrary<Integer> invest = Arbitraries.integers().between(0, 300).injectNull(0.15);
    Arbitrary<Boolean> producing = Arbitraries.of(true, false).injectNull(0.15);
    Arbitrary<String> zone = Arbitraries.of("east", "west", "north").injectNull(0.2);
    Arbitrary<Row> row = Combinators.combine(invest, producing, zone).as((i, p, z) -> new Row("", i, p, z));
    return row.list().ofMinSize(1).ofMaxSize(8).map(list -> {
      List<Row> named = new ArrayList<>();
      for (int i = 0; i < list.size(); i++) {
        Row r = list.get(i);
        named.add(new Row("f" + i, r.invest(), r.producing(), r.zone()));
      }
      return named;
    });
  }
}
