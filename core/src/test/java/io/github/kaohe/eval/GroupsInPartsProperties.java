package io.github.kaohe.eval;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.kaohe.data.CsvDataReader;
import io.github.kaohe.data.Dataset;
import io.github.kaohe.data.Period;
import io.github.kaohe.load.PolicyLoader;
import io.github.kaohe.model.Policy;
import io.github.kaohe.model.Scheme;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.From;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.StringLength;

/**
 * Statistics of groups in parts: a benchmark that is each county's (or everyone's) mean, median,
 * least or greatest value, values and points that stand in for missing ones, and classes by
 * shares within the county. The counties are dealt to parts at random, each part holding whole
 * counties (as {@link PartEvaluator#partedBy} asks); the summaries of the parts are merged in a
 * random order; and every entity's points, total and class are those {@link Evaluator} gives the
 * whole population.
 */
class GroupsInPartsProperties {
  private static final Period YEAR = Period.year(2023);
  private static final String[] STATISTICS = {"mean", "median", "min", "max"};

  static Policy policy(Random r) {
    String within = r.nextBoolean() ? ", within: county" : "";
    String benchmark = STATISTICS[r.nextInt(4)];
    String imputedValue = STATISTICS[r.nextInt(4)];
    String imputedPoints = STATISTICS[r.nextInt(4)];
    String counting = r.nextBoolean() ? "percentile" : "half-up";
    return PolicyLoader.create().load("""
        kaohe: 1
        id: groups
        name: {zh: 分组, en: Groups}
        version: "1"
        source: {title: {zh: 测试, en: Test}, issuer: 测试, date: 2023-01-01}
        arithmetic:
          points: {scale: 2, rounding: half-up}
          totals: {scale: 2, rounding: half-up}
        schemes:
          - id: firms
            name: {zh: 企业, en: Firms}
            total: 100
            attributes: [county]
            defaults: {missing: zero-points}
            categories:
              - id: all
                name: {zh: 全部, en: All}
                weight: 100
                indicators:
                  - id: x
                    name: {zh: 甲, en: X}
                    unit: 元
                    weight: 40
                    method: {type: ratio-to-benchmark, benchmark: {statistic: %s%s}, cap: none}
                    missing: {rule: impute, statistic: %s, of: values, within: county}
                  - id: y
                    name: {zh: 乙, en: Y}
                    unit: 元
                    weight: 30
                    method: {type: min-max, floor: 0}
                    missing: {rule: impute, statistic: %s, of: points, within: county}
                  - id: z
                    name: {zh: 丙, en: Z}
                    unit: 元
                    weight: 30
                    method: {type: proportional-to-best}
            ranking:
              ties: competition
              groups: [county]
            classes:
              - id: grade
                name: {zh: 类别, en: Class}
                basis: shares
                within: county
                counting: %s
                tiers:
                  - {id: A, name: {zh: A类, en: A}, share: 0.3}
                  - {id: B, name: {zh: B类, en: B}, share: 0.5}
                  - {id: C, name: {zh: C类, en: C}}
                unclassed: {id: none, name: {zh: 不定等级, en: Not classed}}
        """.formatted(benchmark, within, imputedValue, imputedPoints, counting), "groups.yaml");
  }

  @Property(tries = 150)
  void partsHoldingWholeCountiesGiveWhatTheWholeGives(
      @ForAll Random r, @ForAll @IntRange(min = 2, max = 40) int firms, @ForAll @IntRange(min = 1, max = 4) int parts) {
    Policy policy = policy(r);
    Scheme scheme = policy.scheme("firms");
    String header = "entity,county,x,y,z";
    List<String> rows = new ArrayList<>();
    for (int i = 0; i < firms; i++) {
      // few distinct values, so that totals tie; some missing, so that values and points are imputed
      rows.add("f" + i + ",c" + r.nextInt(4) + "," + cell(r, 1) + "," + cell(r, 2) + "," + (1 + r.nextInt(5)));
    }
    SchemeResult whole;
    List<String> wholeProblems = List.of();
    try {
      whole = Evaluator.of(policy).evaluate("firms", read(scheme, header, rows), YEAR);
    } catch (EvaluationException e) { // a county without any value to be its benchmark
      whole = null;
      wholeProblems = e.problems().stream().map(EvaluationProblem::toString).sorted().toList();
    }

    PartEvaluator evaluator = PartEvaluator.of(policy, "firms");
    assertThat(evaluator.partedBy()).contains("county");
    assertThat(evaluator.imputesPoints()).isTrue();
    int[] partOfCounty = {r.nextInt(parts), r.nextInt(parts), r.nextInt(parts), r.nextInt(parts)};
    List<List<String>> split = new ArrayList<>();
    for (int p = 0; p < parts; p++) {
      split.add(new ArrayList<>());
    }
    rows.forEach(row -> split.get(partOfCounty[row.split(",")[1].charAt(1) - '0']).add(row));
    List<Dataset> data = new ArrayList<>();
    for (List<String> part : split) {
      if (!part.isEmpty()) {
        data.add(read(scheme, header, part));
      }
    }
    PartSummary summary = null;
    for (Dataset d : data) {
      PartSummary s = evaluator.summarise(d, YEAR);
      summary = summary == null ? s : r.nextBoolean() ? summary.merge(s) : s.merge(summary);
    }
    PointsSummary points = null;
    for (Dataset d : data) {
      PointsSummary s = evaluator.summarisePoints(d, YEAR, summary);
      points = points == null ? s : r.nextBoolean() ? points.merge(s) : s.merge(points);
    }
    summary = summary.withPoints(points);
    Map<String, String> got = new HashMap<>();
    List<String> problems = new ArrayList<>();
    for (Dataset d : data) {
      PartScores scores = evaluator.score(d, YEAR, summary);
      scores.problems().forEach(p -> problems.add(p.toString()));
      for (int k = 0; k < scores.size(); k++) {
        StringBuilder s = new StringBuilder(scores.total(k).toPlainString());
        for (String id : List.of("all", "x", "y", "z")) {
          s.append(' ').append(scores.points(id, k).map(BigDecimal::toPlainString).orElse("-"));
        }
        scores.classes(k).forEach(c -> s.append(' ').append(c.tier()));
        got.put(scores.entity(k), s.toString());
      }
    }
    if (whole == null) {
      assertThat(problems.stream().sorted().toList()).isEqualTo(wholeProblems);
      return;
    }
    assertThat(problems).isEmpty();
    Map<String, String> expected = new HashMap<>();
    for (EntityResult e : whole.entities()) {
      StringBuilder s = new StringBuilder(e.total().toPlainString());
      for (String id : List.of("all", "x", "y", "z")) {
        s.append(' ').append(e.points(id).map(BigDecimal::toPlainString).orElse("-"));
      }
      e.classes().values().forEach(c -> s.append(' ').append(c.tier()));
      expected.put(e.id(), s.toString());
    }
    assertThat(got).isEqualTo(expected);
  }

  /** A value with {@code decimals} decimals, or missing one time in four. */
  private static String cell(Random r, int decimals) {
    return r.nextInt(4) == 0 ? "" : BigDecimal.valueOf(1 + r.nextInt(12), r.nextInt(decimals + 1)).toPlainString();
  }

  private static Dataset read(Scheme scheme, String header, List<String> rows) {
    return CsvDataReader.forScheme(scheme).withPeriod(YEAR).read(header + "\n" + String.join("\n", rows) + "\n", "f.csv");
  }
}
