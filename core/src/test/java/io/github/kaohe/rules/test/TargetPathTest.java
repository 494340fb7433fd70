package io.github.kaohe.rules.test;

import static io.github.kaohe.rules.test.RuleFixture.evaluate;
import static io.github.kaohe.rules.test.RuleFixture.load;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.kaohe.eval.SchemeResult;
import io.github.kaohe.eval.TargetResult;
import io.github.kaohe.eval.TargetResult.Status;
import io.github.kaohe.model.Label;
import io.github.kaohe.model.Policy;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Targets met by a deadline (level, share, place): achieved, on track or behind the steady path
 * from the first year's value, missed after the deadline, pending without a first-year value,
 * not evaluable without a value; none before the first year.
 */
class TargetPathTest {
  private static final String SCHEME =
      """
      entities:
        - {id: a, name: {zh: 甲, en: A}}
        - {id: b, name: {zh: 乙, en: B}}
        - {id: c, name: {zh: 丙, en: C}}
        - {id: hq, name: {zh: 总部, en: Headquarters}, ranked: false}
      facts:
        - {id: output, name: {zh: 产值, en: Output}, type: number}
        - {id: share, name: {zh: 占全市比重, en: Share of the city}, type: number}
      targets:
        - {id: output-level, name: {zh: 产值目标, en: Output target}, kind: level, of: output, target: 121, from: 2013, deadline: 2015, each: true, source: "§2"}
        - {id: share-level, name: {zh: 比重目标, en: Share target}, kind: share, of: share, target: 40, from: 2013, deadline: 2015, entities: [a, b]}
        - {id: top-place, name: {zh: 争第一, en: First place}, kind: place, of: result.place, target: 1, from: 2013, deadline: 2015, entities: [a, c, hq]}
      """;

  // Places by tax: 2013 a 1, b 2, c 3; 2014 and 2015 a 1, c 2, b 3. hq takes no place.
  private static final String DATA =
      """
      entity,period,tax,output,share
      a,2012,300,90,10
      b,2012,200,90,10
      c,2012,100,40,10
      hq,2012,100,10,
      a,2013,300,100,20
      b,2013,200,100,30
      c,2013,100,,25
      hq,2013,100,10,
      a,2014,300,110,31
      b,2014,100,109,34
      c,2014,200,50,30
      hq,2014,100,,
      a,2015,300,121,40
      b,2015,100,120,36
      c,2015,200,60,30
      hq,2015,100,,
      """;

  private static final Policy POLICY = load(SCHEME);

  private static SchemeResult year(int year) {
    return evaluate(POLICY, DATA, year);
  }

  private static TargetResult target(SchemeResult r, String target, String entity) {
    return find(r, target, entity).orElseThrow(() -> new AssertionError("no result of " + target + " for " + entity));
  }

  private static Optional<TargetResult> find(SchemeResult r, String target, String entity) {
    return r.targets().stream().filter(t -> t.target().equals(target) && t.entity().equals(Optional.of(entity))).findFirst();
  }

  private static List<String> statuses(SchemeResult r, String target) {
    return r.targets().stream().filter(t -> t.target().equals(target))
        .map(t -> t.entity().orElse("-") + ":" + t.status()).toList();
  }

  @Nested
  class Level {
    @Test
    void statusOfEveryEntityIn2014() {
      // each entity, in the order of the result (by place, then those without): a, c, b, hq
      assertThat(statuses(year(2014), "output-level"))
          .containsExactly("a:ON_TRACK", "c:PENDING", "b:BEHIND", "hq:NOT_EVALUABLE");
    }

    @Test
    void exactlyOnTheGeometricPathIsOnTrack() {
      TargetResult a = target(year(2014), "output-level", "a");

      // from 100 (2013) to 121 (2015) at a steady rate: 100 × (121 / 100)^(1/2) = 100 × 1.1 = 110 in 2014,
      // which a has exactly (in floating point the path comes out as 110.00000000000001)
      assertThat(a.status()).isEqualTo(Status.ON_TRACK);
      assertThat(a.value()).contains(new BigDecimal("110"));
      assertThat(a.reason().en()).isEqualTo("now 110, target ≥ 121 by 2015; the steady path is at 110");
      assertThat(a.reason().zh()).isEqualTo("现为 110，目标 ≥ 121（2015年）；按期推进应为 110");
    }

    @Test
    void belowThePathIsBehindWithTheGrowthStillNeeded() {
      TargetResult b = target(year(2014), "output-level", "b");

      // path 110 (as for a); b has 109 < 110
      assertThat(b.status()).isEqualTo(Status.BEHIND);
      assertThat(b.reason().en()).isEqualTo("now 109, target ≥ 121 by 2015; the steady path is at 110");
      // attainment 109 / 121 × 100 = 90.0826… → 90.08; growth needed in the one year left: 121 / 109 − 1 = 0.110091… → 11.01 %
      assertThat(b.attainment()).contains(new BigDecimal("90.08"));
      assertThat(b.requiredGrowth()).contains(new BigDecimal("11.01"));
      assertThat(b.entityName()).contains(Label.of("乙", "B"));
      assertThat(b.targetValue()).isEqualTo("121");
      assertThat(b.source()).contains("§2");
    }

    @Test
    void inTheFirstYearTheValueIsThePathItself() {
      TargetResult a = target(year(2013), "output-level", "a");

      // 2013: path = the 2013 value, 100; needed: (121 / 100)^(1/2) − 1 = 0.1 → 10.00 % a year for two years
      assertThat(a.status()).isEqualTo(Status.ON_TRACK);
      assertThat(a.requiredGrowth()).contains(new BigDecimal("10.00"));
      assertThat(a.attainment()).contains(new BigDecimal("82.64")); // 100 / 121 × 100 = 82.644… → 82.64
    }

    @Test
    void withoutAFirstYearValueNoPathCanBeMeasured() {
      TargetResult c = target(year(2014), "output-level", "c");

      // c has no output in 2013: pending; needed 121 / 50 − 1 = 1.42 → 142.00 %
      assertThat(c.status()).isEqualTo(Status.PENDING);
      assertThat(c.requiredGrowth()).contains(new BigDecimal("142.00"));
      assertThat(c.reason().en()).isEqualTo("now 50, target ≥ 121 by 2015");
    }

    @Test
    void withoutAValueItIsNotEvaluableAndSaysWhatIsMissing() {
      TargetResult hq = target(year(2014), "output-level", "hq");

      assertThat(hq.status()).isEqualTo(Status.NOT_EVALUABLE);
      assertThat(hq.value()).isEmpty();
      assertThat(hq.attainment()).isEmpty();
      assertThat(hq.reason().en()).isEqualTo("not evaluable: no value of Output in 2014");
      assertThat(hq.reason().zh()).isEqualTo("无法判定：2014 年无产值的数据");
    }

    @Test
    void metByTheDeadlineIsAchieved() {
      TargetResult a = target(year(2015), "output-level", "a");

      assertThat(a.status()).isEqualTo(Status.ACHIEVED);
      assertThat(a.attainment()).contains(new BigDecimal("100.00"));
      assertThat(a.requiredGrowth()).isEmpty();
    }

    @Test
    void notMetAtTheDeadlineIsMissed() {
      TargetResult b = target(year(2015), "output-level", "b");

      // 120 < 121; attainment 120 / 121 × 100 = 99.173… → 99.17; no growth is asked any more
      assertThat(b.status()).isEqualTo(Status.MISSED);
      assertThat(b.attainment()).contains(new BigDecimal("99.17"));
      assertThat(b.requiredGrowth()).isEmpty();
    }

    @Test
    void beforeTheFirstYearThereIsNoResult() {
      assertThat(year(2012).targets()).isEmpty();
    }
  }

  @Nested
  class Share {
    @Test
    void followsAStraightPath() {
      SchemeResult r = year(2014);

      // a: from 20 (2013) to 40 (2015): 20 + (40 − 20) × 1/2 = 30 in 2014; a has 31
      assertThat(target(r, "share-level", "a").status()).isEqualTo(Status.ON_TRACK);
      assertThat(target(r, "share-level", "a").reason().en()).endsWith("the steady path is at 30");
      // b: from 30 to 40: 30 + 10 × 1/2 = 35; b has 34
      assertThat(target(r, "share-level", "b").status()).isEqualTo(Status.BEHIND);
      // 31 / 40 × 100 = 77.50; only a level asks for a growth rate
      assertThat(target(r, "share-level", "a").attainment()).contains(new BigDecimal("77.50"));
      assertThat(target(r, "share-level", "a").requiredGrowth()).isEmpty();
    }

    @Test
    void onlyTheNamedEntitiesHaveAResult() {
      assertThat(statuses(year(2015), "share-level")).containsExactly("a:ACHIEVED", "b:MISSED");
    }
  }

  @Nested
  class Place {
    @Test
    void lowerIsBetterAlongTheStraightPath() {
      TargetResult c = target(year(2014), "top-place", "c");

      // c: place 3 (2013) to 1 (2015): 3 + (1 − 3) × 1/2 = 2 in 2014, which c holds
      assertThat(c.status()).isEqualTo(Status.ON_TRACK);
      assertThat(c.reason().en()).isEqualTo("now 2, target ≤ 1 by 2015; the steady path is at 2");
      // attainment of a place: target / place × 100 = 1 / 2 × 100 = 50.00
      assertThat(c.attainment()).contains(new BigDecimal("50.00"));
    }

    @Test
    void firstPlaceIsAchievedAndSecondAtTheDeadlineMissed() {
      assertThat(target(year(2013), "top-place", "a").status()).isEqualTo(Status.ACHIEVED);
      assertThat(target(year(2015), "top-place", "c").status()).isEqualTo(Status.MISSED);
    }

    @Test
    void anEntityThatTakesNoPlaceIsNotEvaluable() {
      TargetResult hq = target(year(2014), "top-place", "hq");

      assertThat(hq.status()).isEqualTo(Status.NOT_EVALUABLE);
      assertThat(hq.reason().en()).isEqualTo("not evaluable: Headquarters takes no place");
    }
  }
}
