package io.github.kaohe.rules.test;

import static io.github.kaohe.rules.test.RuleFixture.evaluate;
import static io.github.kaohe.rules.test.RuleFixture.load;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.kaohe.eval.Explanation;
import io.github.kaohe.eval.ResultJson;
import io.github.kaohe.eval.SchemeResult;
import io.github.kaohe.eval.TargetResult;
import io.github.kaohe.eval.TargetResult.Status;
import io.github.kaohe.model.Language;
import io.github.kaohe.model.Policy;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Yearly targets (growth, range), targets on a fact's value (reach), targets for the scheme as a
 * whole, and targets summed over the years; as JSON and explanation.
 */
class TargetKindTest {
  private static final String SCHEME =
      """
      entities:
        - {id: a, name: {zh: 甲, en: A}}
        - {id: b, name: {zh: 乙, en: B}}
        - {id: c, name: {zh: 丙, en: C}}
      facts:
        - {id: output, name: {zh: 产值, en: Output}, type: number}
        - {id: stars, name: {zh: 星级, en: Star level}, type: enumeration, values: [无星, 一星, 二星, 三星, 四星, 五星]}
        - {id: projects, name: {zh: 新引进项目, en: New projects}, type: count}
        - {id: jobs, name: {zh: 新增就业, en: New jobs}, type: count}
      measures:
        - {id: output-total, name: {zh: 产值合计, en: Total output}, formula: {type: population, statistic: sum, of: output}}
      targets:
        - {id: output-growth, name: {zh: 产值增速, en: Output growth}, kind: growth, of: output, target: 10, from: 2014, deadline: 2015, each: true}
        - {id: output-average, name: {zh: 产值年均增长10%, en: Output growing 10% a year on average}, kind: average-growth, of: output, target: 10, from: 2014, deadline: 2016, entities: [a, b]}
        - {id: four-stars, name: {zh: 四星级, en: Four stars}, kind: reach, of: stars, target: 四星, from: 2014, deadline: 2016, entities: [a, b]}
        - {id: new-projects, name: {zh: 每年引进项目, en: Projects a year}, kind: range, of: projects, target: 2, upTo: 3, from: 2014, deadline: 2015, entities: [a, b, c]}
        - {id: city-output, name: {zh: 全市产值, en: City output}, kind: level, of: output-total, target: 500, from: 2014, deadline: 2016, source: "§3"}
        - {id: jobs-created, name: {zh: 累计新增就业, en: Jobs created}, kind: level, of: jobs, target: 1000, from: 2014, deadline: 2015, accumulate: true, entities: [a, b]}
      """;

  private static final String DATA =
      """
      entity,period,tax,output,stars,projects,jobs
      a,2013,100,100,二星,,5000
      b,2013,100,0,,,
      c,2013,100,,,,
      a,2014,100,110,三星,2,400
      b,2014,100,50,,1,
      c,2014,100,60,,4,
      a,2015,100,115,四星,3,600
      b,2015,100,80,二星,0,700
      c,2015,100,90,,2,
      a,2016,100,200,五星,1,
      b,2016,100,150,三星,5,
      c,2016,100,150,,,
      """;

  private static final Policy POLICY = load(SCHEME);

  private static SchemeResult year(int year) {
    return evaluate(POLICY, DATA, year);
  }

  private static List<TargetResult> of(SchemeResult r, String target) {
    return r.targets().stream().filter(t -> t.target().equals(target)).toList();
  }

  private static TargetResult target(SchemeResult r, String target, String entity) {
    return of(r, target).stream().filter(t -> t.entity().equals(Optional.of(entity))).findFirst().orElseThrow();
  }

  private static List<String> statuses(SchemeResult r, String target) {
    return of(r, target).stream().map(t -> t.entity().orElse("-") + ":" + t.status()).toList();
  }

  @Nested
  class Growth {
    @Test
    void isTheGrowthOverThePreviousYear() {
      TargetResult a = target(year(2014), "output-growth", "a");

      // (110 − 100) / 100 × 100 = 10.00 % ≥ 10 %; attainment 10 / 10 × 100 = 100.00
      assertThat(a.status()).isEqualTo(Status.ACHIEVED);
      assertThat(a.value()).contains(new BigDecimal("10.00"));
      assertThat(a.attainment()).contains(new BigDecimal("100.00"));
      assertThat(a.reason().en()).isEqualTo("growth 10%, target ≥ 10%");
    }

    @Test
    void slowerGrowthIsBehindInThatYear() {
      TargetResult a = target(year(2015), "output-growth", "a");

      // (115 − 110) / 110 × 100 = 4.5454… → 4.55 %; attainment 4.55 / 10 × 100 = 45.50
      assertThat(a.status()).isEqualTo(Status.BEHIND);
      assertThat(a.value()).contains(new BigDecimal("4.55"));
      assertThat(a.attainment()).contains(new BigDecimal("45.50"));
      assertThat(a.reason().zh()).isEqualTo("增速 4.55%，目标 ≥ 10%");
    }

    @Test
    void withoutAPositiveBaseThereIsNoGrowth() {
      SchemeResult r = year(2014);

      // b grew from 0, c has no 2013 value
      assertThat(target(r, "output-growth", "b").status()).isEqualTo(Status.NOT_EVALUABLE);
      assertThat(target(r, "output-growth", "b").reason().en()).isEqualTo("no growth to compute: last year's value is not positive");
      assertThat(target(r, "output-growth", "c").reason().en()).isEqualTo("no growth to compute: no value of Output in 2013");
      assertThat(target(r, "output-growth", "c").reason().zh()).isEqualTo("无法计算增速：2013 年无产值的数据");
    }

    @Test
    void isEvaluatedEveryYearUpToTheDeadlineOnly() {
      // 2015: b (80 − 50) / 50 = 60 %, c (90 − 60) / 60 = 50 %
      assertThat(statuses(year(2015), "output-growth")).containsExactlyInAnyOrder("a:BEHIND", "b:ACHIEVED", "c:ACHIEVED");
      assertThat(of(year(2013), "output-growth")).isEmpty();
      assertThat(of(year(2016), "output-growth")).isEmpty();
    }
  }

  @Nested
  class AverageGrowth {
    @Test
    void aSlowYearIsMadeUpByAFastOne() {
      // a: 2013 100 → 2015 115: 1.15 < 1.1² = 1.21, behind in 2015 (4.55 % that year);
      // 2016 200: 2.00 ≥ 1.1³ = 1.331, so the average over 2013–2016 meets 10 % at the deadline
      TargetResult y2015 = target(year(2015), "output-average", "a");
      TargetResult y2016 = target(year(2016), "output-average", "a");

      assertThat(y2015.status()).isEqualTo(Status.BEHIND);
      // the largest rate of two decimals with 100 × (1 + r)² ≤ 115: √1.15 = 1.072380…, 7.23 %
      assertThat(y2015.value()).contains(new BigDecimal("7.23"));
      // still needed in 2016: 133.1 / 115 − 1 = 15.739… %, rounded up to 15.74
      assertThat(y2015.requiredGrowth()).contains(new BigDecimal("15.74"));
      assertThat(y2015.reason().zh()).isEqualTo("2013–2015年年均增长 7.23%（100 → 115），目标 ≥ 10%（应达 121）");
      assertThat(y2016.status()).isEqualTo(Status.ACHIEVED);
      // ∛2 = 1.259921…: 25.99 %
      assertThat(y2016.value()).contains(new BigDecimal("25.99"));
      assertThat(y2016.reason().en()).isEqualTo("average growth 2013–2016 25.99% a year (100 → 200), target ≥ 10% (133.1 needed)");
    }

    @Test
    void metBeforeTheDeadlineIsOnTrackAndTheFirstYearIsGrowthOverTheBase() {
      // a 2014: 110 / 100 = 1.1, exactly 10 % over one year
      TargetResult a = target(year(2014), "output-average", "a");

      assertThat(a.status()).isEqualTo(Status.ON_TRACK);
      assertThat(a.value()).contains(new BigDecimal("10.00"));
    }

    @Test
    void withoutAPositiveBaseItIsNotEvaluable() {
      // b's 2013 value is 0
      TargetResult b = target(year(2015), "output-average", "b");

      assertThat(b.status()).isEqualTo(Status.NOT_EVALUABLE);
      assertThat(b.reason().en()).isEqualTo("no average growth to compute: the value of 2013 is not positive");
    }
  }

  @Nested
  class Reach {
    @Test
    void aStarLevelBelowTheTargetIsPendingBeforeTheDeadline() {
      TargetResult a = target(year(2014), "four-stars", "a");

      assertThat(a.status()).isEqualTo(Status.PENDING);
      assertThat(a.reason().en()).isEqualTo("now 三星, target 四星 by 2016");
      assertThat(a.reason().zh()).isEqualTo("现为 三星，目标 四星（2016年）");
      // three stars is the fourth of the fact's values: 无星 0, 一星 1, 二星 2, 三星 3
      assertThat(a.value()).contains(BigDecimal.valueOf(3));
    }

    @Test
    void theTargetOrAboveIsAchieved() {
      assertThat(target(year(2015), "four-stars", "a").status()).isEqualTo(Status.ACHIEVED);
      assertThat(target(year(2016), "four-stars", "a").status()).isEqualTo(Status.ACHIEVED); // 五星 > 四星
    }

    @Test
    void belowTheTargetAtTheDeadlineIsMissed() {
      assertThat(target(year(2015), "four-stars", "b").status()).isEqualTo(Status.PENDING);
      assertThat(target(year(2016), "four-stars", "b").status()).isEqualTo(Status.MISSED);
    }

    @Test
    void withoutAStarLevelItIsNotEvaluable() {
      TargetResult b = target(year(2014), "four-stars", "b");

      assertThat(b.status()).isEqualTo(Status.NOT_EVALUABLE);
      assertThat(b.reason().en()).isEqualTo("not evaluable: no value of Star level in 2014");
    }
  }

  @Nested
  class Range {
    @Test
    void withinTheRangeIsAchievedAndBelowItBehind() {
      // 2014: a 2 (within 2–3), b 1 (below), c 4 (above: more is no failure); 2015: a 3 (the top of the range), c 2, b 0
      assertThat(statuses(year(2014), "new-projects")).containsExactly("a:ACHIEVED", "b:BEHIND", "c:ACHIEVED");
      assertThat(statuses(year(2015), "new-projects")).containsExactly("a:ACHIEVED", "b:BEHIND", "c:ACHIEVED");
    }

    @Test
    void aboveUpToMeetsTheTargetAndSaysSo() {
      TargetResult c = target(year(2014), "new-projects", "c");

      // 4 > 3: "2–3 a year" asks at least 2 and at most 3; bringing in more is no failure
      assertThat(c.status()).isEqualTo(Status.ACHIEVED);
      assertThat(c.reason().en()).isEqualTo("this year 4, target 2–3 (beyond the most asked)");
      assertThat(c.reason().zh()).isEqualTo("本年 4，目标 2–3（超过目标上限）");
    }

    @Test
    void attainmentIsMeasuredAgainstTheLeastAsked() {
      // b: 1 / 2 × 100 = 50.00
      assertThat(target(year(2014), "new-projects", "b").attainment()).contains(new BigDecimal("50.00"));
    }

    @Test
    void givesNoResultAfterTheDeadline() {
      assertThat(of(year(2016), "new-projects")).isEmpty();
    }
  }

  @Nested
  class SchemeAsAWhole {
    @Test
    void hasOneResultWithoutAnEntity() {
      List<TargetResult> r = of(year(2014), "city-output");

      // 110 + 50 + 60 = 220: the first year, so on the path by definition
      assertThat(r).hasSize(1);
      assertThat(r.get(0).entity()).isEmpty();
      assertThat(r.get(0).entityName()).isEmpty();
      assertThat(r.get(0).value()).contains(new BigDecimal("220"));
      assertThat(r.get(0).status()).isEqualTo(Status.ON_TRACK);
    }

    @Test
    void isBehindBelowThePathOfTheSum() {
      TargetResult r = of(year(2015), "city-output").get(0);

      // 115 + 80 + 90 = 285; path 220 × (500 / 220)^(1/2) = √(220 × 500) = 331.662… → 331.66
      // needed: 500 / 285 − 1 = 0.754385… → 75.44 %; attainment 285 / 500 = 57.00 %
      assertThat(r.value()).contains(new BigDecimal("285"));
      assertThat(r.status()).isEqualTo(Status.BEHIND);
      assertThat(r.reason().en()).isEqualTo("now 285, target ≥ 500 by 2016; the steady path is at 331.66");
      assertThat(r.requiredGrowth()).contains(new BigDecimal("75.44"));
      assertThat(r.attainment()).contains(new BigDecimal("57.00"));
    }

    @Test
    void isAchievedWhenTheSumReachesTheTarget() {
      // 200 + 150 + 150 = 500
      assertThat(of(year(2016), "city-output").get(0).status()).isEqualTo(Status.ACHIEVED);
    }
  }

  @Nested
  class Accumulate {
    @Test
    void sumsTheYearsFromTheFirstYearOnly() {
      // a: 400 (2014) + 600 (2015) = 1000 ≥ 1000; the 5000 of 2013 comes before the first year
      TargetResult a = target(year(2015), "jobs-created", "a");

      assertThat(a.value()).contains(new BigDecimal("1000"));
      assertThat(a.status()).isEqualTo(Status.ACHIEVED);
      assertThat(target(year(2014), "jobs-created", "a").value()).contains(new BigDecimal("400"));
    }

    @Test
    void aMissingYearMakesTheSumNotEvaluable() {
      TargetResult b = target(year(2015), "jobs-created", "b");

      // b has 700 in 2015 but nothing in 2014
      assertThat(b.status()).isEqualTo(Status.NOT_EVALUABLE);
      assertThat(b.reason().en()).isEqualTo("not evaluable: no value of New jobs in 2014");
    }
  }

  @Test
  void aQuarterHasNoTargetResults() {
    // targets are set for years: a quarter's figures say nothing of the year's
    String data =
        """
        entity,period,tax,output,projects
        a,2015Q2,100,50,1
        b,2015Q2,100,60,2
        c,2015Q2,100,70,3
        """;
    var quarter = RuleFixture.evaluate(POLICY, data, io.github.kaohe.data.Period.quarter(2015, 2)).get(0);

    assertThat(quarter.entities()).hasSize(3);
    assertThat(quarter.targets()).isEmpty();
  }

  @Nested
  class Output {
    @Test
    void explainsATargetInEitherLanguage() {
      TargetResult r = of(year(2015), "city-output").get(0);

      assertThat(Explanation.target(r, Language.EN)).isEqualTo(
          "[behind] City output — now 285, target ≥ 500 by 2016; the steady path is at 331.66, 57.00% of target,"
              + " needs 75.44% a year [source §3]");
      assertThat(Explanation.target(r, Language.ZH)).isEqualTo(
          "【落后】全市产值——现为 285，目标 ≥ 500（2016年）；按期推进应为 331.66，完成 57.00%，尚需年均增长 75.44%〔依据 §3〕");
    }

    @Test
    void namesTheEntityOfAnEntitysTarget() {
      assertThat(Explanation.target(target(year(2014), "four-stars", "a"), Language.EN))
          .isEqualTo("[pending] A: Four stars — now 三星, target 四星 by 2016");
    }

    @Test
    @SuppressWarnings("unchecked")
    void theJsonListsEveryTargetWithItsStatus() {
      List<Map<String, Object>> targets = (List<Map<String, Object>>) ResultJson.tree(year(2015)).get("targets");
      Map<String, Object> city = targets.stream().filter(t -> t.get("target").equals("city-output")).findFirst().orElseThrow();

      assertThat(city).containsEntry("kind", "level").containsEntry("status", "behind")
          .containsEntry("goal", "500").containsEntry("value", new BigDecimal("285"))
          .containsEntry("requiredGrowth", new BigDecimal("75.44")).containsEntry("source", "§3");
      assertThat(city.get("entity")).isNull();
      // growth 3 + average growth 2 + reach 2 + range 3 + city 1 + jobs 2
      assertThat(targets).hasSize(13);
      assertThat(ResultJson.write(year(2015))).contains("\"status\" : \"not-evaluable\"");
    }
  }
}
