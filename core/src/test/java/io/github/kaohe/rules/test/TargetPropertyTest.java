package io.github.kaohe.rules.test;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.kaohe.data.CsvDataReader;
import io.github.kaohe.data.Period;
import io.github.kaohe.eval.Evaluator;
import io.github.kaohe.eval.SchemeResult;
import io.github.kaohe.eval.TargetResult;
import io.github.kaohe.eval.TargetResult.Status;
import io.github.kaohe.model.Policy;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * Laws of targets: more of a level is never worse, a better (lower) place is never worse, and an
 * accumulated value is the exact sum of the years from the first.
 */
class TargetPropertyTest {
  private static final Policy POLICY =
      RegisterFixture.load(
          """
          facts:
            - {id: output, name: {zh: 产值, en: Output}, type: number}
            - {id: rank, name: {zh: 全省位次, en: Provincial place}, type: place}
            - {id: jobs, name: {zh: 新增就业, en: New jobs}, type: number}
          targets:
            - {id: output-level, name: {zh: 产值, en: Output}, kind: level, of: output, target: 1000, from: 2014, deadline: 2017, each: true}
            - {id: top-three, name: {zh: 位次, en: Place}, kind: place, of: rank, target: 3, from: 2014, deadline: 2017, each: true}
            - {id: jobs-created, name: {zh: 就业, en: Jobs}, kind: level, of: jobs, target: 100000, from: 2014, deadline: 2018, each: true, accumulate: true}
          """);

  /** How good a status is: not on track (behind, missed) < on track < achieved. */
  private static final Map<Status, Integer> GOOD = Map.of(Status.MISSED, 0, Status.BEHIND, 0, Status.ON_TRACK, 1, Status.ACHIEVED, 2);

  private static TargetResult target(SchemeResult r, String target, String entity) {
    return r.targets().stream().filter(t -> t.target().equals(target) && t.entity().equals(Optional.of(entity)))
        .findFirst().orElseThrow();
  }

  private static List<SchemeResult> evaluate(String csv, int... years) {
    var data = CsvDataReader.forScheme(POLICY.scheme("firms")).read(csv, "firms.csv");
    List<Period> periods = new ArrayList<>();
    for (int y : years) {
      periods.add(Period.year(y));
    }
    return Evaluator.of(POLICY).evaluate("firms", data, periods);
  }

  @Property(tries = 200)
  void moreOfALevelIsNeverWorse(
      @ForAll("amounts") BigDecimal base,
      @ForAll("amounts") BigDecimal value,
      @ForAll("amounts") BigDecimal more,
      @ForAll @IntRange(min = 2015, max = 2017) int year) { // up to the deadline: no result after it
    // x and y start alike in 2014; in the year evaluated y has `more` than x
    String csv = "entity,period,output\nx,2014," + base + "\ny,2014," + base
        + "\nx," + year + "," + value + "\ny," + year + "," + value.add(more) + "\n";
    SchemeResult r = evaluate(csv, year).get(0);

    Status x = target(r, "output-level", "x").status();
    Status y = target(r, "output-level", "y").status();
    assertThat(GOOD.get(y)).as("%s then %s", x, y).isGreaterThanOrEqualTo(GOOD.get(x));
    if (x == Status.ACHIEVED) {
      assertThat(y).isEqualTo(Status.ACHIEVED);
    }
  }

  @Property(tries = 200)
  void aBetterPlaceIsNeverWorse(
      @ForAll @IntRange(min = 1, max = 30) int base,
      @ForAll @IntRange(min = 1, max = 30) int place,
      @ForAll @IntRange(min = 0, max = 29) int better,
      @ForAll @IntRange(min = 2015, max = 2017) int year) { // up to the deadline: no result after it
    int lower = Math.max(1, place - better);
    String csv = "entity,period,rank\nx,2014," + base + "\ny,2014," + base
        + "\nx," + year + "," + place + "\ny," + year + "," + lower + "\n";
    SchemeResult r = evaluate(csv, year).get(0);

    Status x = target(r, "top-three", "x").status();
    Status y = target(r, "top-three", "y").status();
    assertThat(GOOD.get(y)).as("%s then %s", x, y).isGreaterThanOrEqualTo(GOOD.get(x));
    // the place asked for (3) or better is achieved, in any year up to the deadline
    assertThat(lower <= 3).isEqualTo(y == Status.ACHIEVED);
  }

  @Property(tries = 100)
  void anAccumulatedValueIsTheExactSumFromTheFirstYear(@ForAll("yearly") List<BigDecimal> jobs) {
    // jobs.get(0) is for 2013, before the first year: never counted
    StringBuilder csv = new StringBuilder("entity,period,jobs\n");
    for (int i = 0; i < jobs.size(); i++) {
      csv.append("x,").append(2013 + i).append(',').append(jobs.get(i).toPlainString()).append('\n');
    }
    List<SchemeResult> results = evaluate(csv.toString(), 2014, 2015, 2016, 2017, 2018);

    BigDecimal sum = BigDecimal.ZERO;
    for (int i = 0; i < results.size(); i++) {
      sum = sum.add(jobs.get(i + 1));
      assertThat(target(results.get(i), "jobs-created", "x").value()).contains(sum);
    }
  }

  @Provide
  Arbitrary<BigDecimal> amounts() {
    return Arbitraries.oneOf(
        Arbitraries.bigDecimals().between(BigDecimal.ZERO, new BigDecimal("2000")).ofScale(2),
        Arbitraries.of(new BigDecimal("1000"), new BigDecimal("0"), new BigDecimal("500")));
  }

  @Provide
  Arbitrary<List<BigDecimal>> yearly() {
    return Arbitraries.bigDecimals().between(new BigDecimal("-1000"), new BigDecimal("1000000")).ofScale(3)
        .list().ofSize(6);
  }
}
