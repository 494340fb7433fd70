package io.github.kaohe.spark;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.kaohe.data.DataReader;
import io.github.kaohe.data.DataSheet;
import io.github.kaohe.data.Period;
import io.github.kaohe.eval.Evaluator;
import io.github.kaohe.eval.PartEvaluator;
import io.github.kaohe.eval.SchemeResult;
import io.github.kaohe.load.PolicyLoader;
import io.github.kaohe.load.PolicyWriter;
import io.github.kaohe.model.Policy;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;

/**
 * Rule tables, checks and measures in a scheme that does not declare its entities, on Spark: firms
 * over three years, rewards by place, a sanction and a commendation by the change of place since
 * the year before, a place held two years running, a gate against the mean growth of every firm
 * (a figure of the whole population), the greatest distance above that mean (a figure of
 * figures: two rounds), a count of the ranked firms, a check, classes by cut-offs of the total,
 * and targets of all firms' tax (its level and its average growth over the years) and of each
 * firm's. Every value of every row equals the in-memory engine's, with firms spread over many
 * partitions and runs of tied places straddling their borders.
 */
class RulesInPartsTest {
  static final Period[] YEARS = {Period.year(2022), Period.year(2023), Period.year(2024)};

  static Policy policy() {
    return PolicyLoader.create().load(yaml(), "rules-in-parts.yaml");
  }

  static String yaml() {
    return """
        kaohe: 1
        id: rules-in-parts
        name: {zh: 分区规则, en: Rules in parts}
        version: "1"
        source: {title: {zh: 文件, en: Document}, issuer: 办公室, date: 2024-01-15}
        actions:
          - {id: commendation, name: {zh: 通报表彰, en: Public commendation}, kind: reward}
          - {id: criticism, name: {zh: 通报批评, en: Public criticism}, kind: sanction}
        schemes:
          - id: firms
            name: {zh: 企业, en: Firms}
            total: 10
            attributes: [county]
            defaults: {missing: zero-points}
            categories:
              - id: size
                name: {zh: 规模, en: Size}
                weight: 10
                indicators:
                  - {id: tax, name: {zh: 税收, en: Tax}, unit: 万元, weight: 6, method: proportional-to-best}
                  - {id: growth, name: {zh: 增速, en: Growth}, unit: "%", weight: 4,
                     method: {type: goalposts, lower: 0, upper: 10}}
            ranking: {ties: competition, groups: [county]}
            measures:
              - {id: tax-growth, name: {zh: 税收增速, en: Tax growth}, unit: "%", formula: {type: growth, of: tax},
                 rounding: {scale: 2, rounding: half-up}}
              - {id: mean-growth, name: {zh: 平均增速, en: Mean growth}, unit: "%",
                 formula: {type: population, statistic: mean, of: tax-growth}}
              - {id: above-mean, name: {zh: 高于平均, en: Above the mean}, unit: "%",
                 formula: {type: weighted-sum, terms: [{of: tax-growth, weight: 1}, {of: mean-growth, weight: -1}]}}
              - {id: best-above-mean, name: {zh: 最高超出, en: Most above the mean}, unit: "%",
                 formula: {type: population, statistic: max, of: above-mean}}
              - {id: ranked-firms, name: {zh: 参评企业数, en: Ranked firms},
                 formula: {type: population, statistic: count, of: result.total, over: ranked}}
              - {id: county-tax, name: {zh: 一县税收, en: Tax of county c1}, unit: 万元,
                 formula: {type: population, statistic: sum, of: tax, where: {attribute: county, in: [c1]}}}
              - {id: place-change, name: {zh: 位次变化, en: Change of place}, formula: {type: change, of: result.place}}
              - {id: total-tax, name: {zh: 税收合计, en: All firms' tax}, unit: 万元,
                 formula: {type: population, statistic: sum, of: tax}}
            eligibilities:
              - {id: awards, name: {zh: 评先资格, en: eligibility for awards}}
            tables:
              - id: gate
                name: {zh: 增速门槛, en: Growth gate}
                hitPolicy: rule-order
                inputs:
                  - {id: growth, of: tax-growth}
                  - {id: average, of: mean-growth}
                rows:
                  - {id: below-average, name: {zh: 低于平均, en: Below the mean}, when: {growth: {lt: {input: average}}},
                     then: [{revoke: awards}]}
              - id: rewards
                name: {zh: 奖励, en: Rewards}
                hitPolicy: collect-max
                requires: [awards]
                inputs: [{id: place, of: result.place}, {id: county-place, of: result.place.county}]
                rows:
                  - {id: first, name: {zh: 第一名, en: First}, when: {place: 1}, then: {money: 300.5}}
                  - {id: top-ten, name: {zh: 前十, en: Top ten}, when: {place: {le: 10}}, then: {money: 100}}
                  - {id: county-first, name: {zh: 县第一, en: First in county}, when: {county-place: 1}, then: {money: 50}}
              - id: movers
                name: {zh: 进退, en: Movers}
                hitPolicy: first
                inputs: [{id: change, of: result.place, timing: change}]
                rows:
                  - {id: up, name: {zh: 进步, en: Up}, when: {change: {le: -5}}, then: {action: commendation}}
                  - {id: down, name: {zh: 退步, en: Down}, when: {change: {ge: 5}}, then: {action: criticism}}
              - id: steady
                name: {zh: 连续前列, en: Steady}
                hitPolicy: first
                inputs: [{id: place, of: result.place}, {id: best, of: best-above-mean}, {id: firms, of: ranked-firms}]
                rows:
                  - {id: twice-top-twenty, name: {zh: 连续两年前二十, en: Top twenty twice},
                     when: {place: {eachOfLast: 2, is: {le: 20}}, best: {gt: 0}, firms: {ge: 5}},
                     then: {action: commendation}}
            checks:
              - id: tax-floor
                name: {zh: 税收不低于15万元, en: Tax of at least 150 000 yuan}
                inputs: [{id: tax, of: tax}]
                require: {tax: {ge: 15}}
                message: {zh: 税收低于15万元, en: Tax below 150 000 yuan}
            targets:
              - {id: total-tax-level, name: {zh: 税收合计目标, en: Target for all firms' tax}, kind: level, of: total-tax,
                 target: 5000, from: 2022, deadline: 2025}
              - {id: total-tax-growth, name: {zh: 税收年均增长, en: Average growth of all firms' tax}, kind: average-growth,
                 of: total-tax, target: 3, from: 2023, deadline: 2024}
              - {id: firm-tax, name: {zh: 企业税收目标, en: Each firm's tax target}, kind: level, of: tax, target: 25,
                 from: 2022, deadline: 2024, each: true}
              - {id: firm-growth, name: {zh: 企业税收增长, en: Each firm's tax growth}, kind: growth, of: tax, target: 10,
                 from: 2023, deadline: 2024, each: true}
            classes:
              - id: grade
                name: {zh: 等次, en: Grade}
                basis: cutoffs
                of: result.total
                tiers:
                  - {id: A, name: {zh: 优秀, en: Excellent}, from: 8}
                  - {id: B, name: {zh: 良好, en: Good}, from: 5}
                  - {id: C, name: {zh: 一般, en: Fair}}
                unclassed: {id: none, name: {zh: 不参评, en: Not classified}}
        """;
  }

  /**
   * Firms over three years, values from few levels (ties), each in one of five counties; some firms
   * enter after the first year or leave before the last, and some have no growth in a year.
   */
  static List<List<String>> cells(Random random, int firms) {
    List<List<String>> rows = new ArrayList<>();
    rows.add(List.of("entity", "period", "tax", "growth", "county"));
    for (int i = 0; i < firms; i++) {
      int from = random.nextInt(5) == 0 ? 1 : 0;
      int to = random.nextInt(7) == 0 ? 1 : 2;
      String county = "c" + random.nextInt(5);
      for (int y = from; y <= to; y++) {
        String tax = String.valueOf(5 * (1 + random.nextInt(6)));
        String growth = random.nextInt(12) == 0 ? "" : String.valueOf(2.5 * random.nextInt(5));
        rows.add(List.of("f" + i, YEARS[y].toString(), tax, growth, county));
      }
    }
    return rows;
  }

  static List<SchemeResult> expected(Policy policy, List<List<String>> cells, List<Period> periods) {
    return Evaluator.of(policy).evaluate("firms",
        DataReader.forScheme(policy.scheme("firms")).read(List.of(DataSheet.of("input", cells))), periods);
  }

  static void assertSameAsEngine(Policy policy, List<List<String>> cells, List<Period> periods, int partitions,
      int inputPartitions) {
    List<SchemeResult> expected = expected(policy, cells, periods);
    Dataset<Row> frame = TiesAcrossPartitionsTest.frame(cells, inputPartitions);
    try (SparkEvaluation e = KaoheSpark.of(policy, "firms").partitions(partitions).evaluate(frame, periods)) {
      for (SchemeResult r : expected) {
        SameResults.assertSame(policy.scheme("firms"), r, e.results());
      }
      assertThat(e.results().count()).isEqualTo(expected.stream().mapToLong(r -> r.entities().size()).sum());
      // the targets of the scheme as a whole, read from figures of the whole population over several years
      List<Row> targets = expected.stream().flatMap(r -> r.targets().stream()).filter(t -> t.entity().isEmpty())
          .map(RuleColumns::targetRow).toList();
      assertThat(targets).hasSize(2 * periods.size());
      assertThat(e.targets().collectAsList()).containsExactlyInAnyOrderElementsOf(targets);
    }
  }

  @Test
  void rulesOverEarlierPlacesAndFiguresOfTheWholeGiveTheEnginesOutcomes() {
    Policy policy = policy();
    assertThat(PartEvaluator.unsupported(policy.scheme("firms"))).isEmpty();
    List<List<String>> cells = cells(new Random(15), 400);
    List<Period> periods = List.of(YEARS[1], YEARS[2]);
    assertSameAsEngine(policy, cells, periods, 7, 3);
    // the test means something only if the rules gave all kinds of outcomes, in both years
    SchemeResult last = expected(policy, cells, periods).get(1);
    assertThat(last.entities().stream().flatMap(e -> e.given().stream()).map(o -> o.table()).distinct())
        .containsExactlyInAnyOrder("gate", "rewards", "movers", "steady");
    assertThat(last.entities().stream().filter(e -> !e.failedChecks().isEmpty()).count()).isPositive();
  }

  @Test
  void onlyTheLastYearAskedForStillReadsTheYearsBefore() {
    Policy policy = policy();
    assertSameAsEngine(policy, cells(new Random(7), 120), List.of(YEARS[2]), 5, 4);
  }

  @Test
  void explainsAnEntityWithItsOutcomesChecksAndMeasuresAsTheEngineDoes() {
    Policy policy = policy();
    List<List<String>> cells = cells(new Random(3), 90);
    List<Period> periods = List.of(YEARS[2]);
    SchemeResult expected = expected(policy, cells, periods).get(0);
    List<String> ids = expected.entities().stream().filter(e -> !e.given().isEmpty()).limit(2)
        .map(io.github.kaohe.eval.EntityResult::id).toList();
    assertThat(ids).hasSize(2);
    try (SparkEvaluation e = KaoheSpark.of(policy, "firms").partitions(4).evaluate(
        TiesAcrossPartitionsTest.frame(cells, 3), periods)) {
      java.util.Map<String, String> text = e.explain(YEARS[2], ids, io.github.kaohe.model.Language.ZH);
      for (String id : ids) {
        String inMemory = io.github.kaohe.eval.Explanation.of(expected, expected.entity(id).orElseThrow(),
            io.github.kaohe.model.Language.ZH);
        assertThat(text.get(id)).isEqualTo(inMemory).contains("奖励");
      }
    }
  }

  @Test
  void whatPartsCannotGiveIsEvaluatedOnTheDriverAsTheEngineDoes() {
    String yaml = PolicyWriter.toYaml(policy());
    Policy median = PolicyLoader.create().load(
        yaml.replace("statistic: mean", "statistic: median"), "median.yaml");
    assertThat(KaoheSpark.of(median, "firms").onDriverBecause()).anySatisfy(why -> assertThat(why).isEqualTo(
        "schemes.firms.measures.mean-growth: a median of the whole population is not a figure that parts can"
            + " summarise and merge"));
    // every rule over the earlier years, with the median gate, on the in-memory engine
    assertSameAsEngine(median, cells(new Random(11), 80), List.of(YEARS[1], YEARS[2]), 5, 3);
  }
}
