package io.github.kaohe.policy.kaifeng;

import static io.github.kaohe.policy.kaifeng.KaifengPolicy.INDUSTRIAL_CLUSTER_ZONES;
import static io.github.kaohe.policy.kaifeng.KaifengPolicy.SERVICE_ZONES;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.kaohe.data.Period;
import io.github.kaohe.eval.EntityResult;
import io.github.kaohe.eval.Evaluator;
import io.github.kaohe.eval.OutcomeResult;
import io.github.kaohe.eval.SchemeResult;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * A three-year scenario (2014–2016, with 2013 as history) for every zone of both families,
 * worked out by hand from the opinion's rules (四(五)2) and the bundled, illustrative data.
 *
 * <p>Each outcome is written {@code status:table/row} with the action in brackets or the money
 * after "="; status G = given, S = suppressed by "highest only", W = withheld because the zone
 * lost its eligibility for awards, N = not evaluable. The places come from the tables (2013:
 * 汴西, 尉氏县, 杞县, 黄龙, 通许县, 精细化工, 汴东; 2014 and 2015: 汴西, 尉氏县, 黄龙, 杞县, 通许县, 精细化工,
 * 汴东; 2016: 汴西, 尉氏县, 杞县, 黄龙, 通许县, 精细化工, 汴东).
 */
class KaifengRulesGoldenTest {
  private static final List<Period> YEARS = List.of(Period.year(2014), Period.year(2015), Period.year(2016));

  private static Map<String, String> outcomes(String scheme) {
    Map<String, String> all = new LinkedHashMap<>();
    for (SchemeResult r : Evaluator.of(KaifengSample.POLICY).evaluate(scheme, KaifengSample.data(scheme), YEARS)) {
      for (EntityResult e : r.entities()) {
        String line = e.outcomes().stream().map(KaifengRulesGoldenTest::show).collect(Collectors.joining(" "));
        all.put(r.period() + " " + e.id(), ("money=" + e.money().add(e.moneyToOthers()).toPlainString() + " " + line).strip());
      }
    }
    return all;
  }

  private static String show(OutcomeResult o) {
    String what =
        o.kind() == OutcomeResult.Kind.MONEY
            ? "=" + o.amount().map(BigDecimal::toPlainString).orElse("?")
            : "(" + o.action().orElseThrow() + ")";
    return o.status().name().charAt(0) + ":" + o.table() + "/" + o.row() + what;
  }

  @Test
  void industrialClusterZones2014to2016() {
    Map<String, String> actual = outcomes(INDUSTRIAL_CLUSTER_ZONES);

    // 2014. City average composite growth (四(五)2(7)): the mean of the seven zones' composite
    // growth (0.5 × tax growth + 0.25 × value-added growth + 0.25 × investment growth, each zone's
    // own): (22.43 + 21.51 + 22.48 + 13.91 + 19.54 + 13.18 + 8.45) / 7 = 121.50 / 7 = 17.357 → 17.36 %.
    // 汴西: 0.5 × 19.8 + 0.25 × 15.1 + 0.25 × 35.00 = 22.43 ≥ 17.36, eligible. 十强 → commendation and
    // merit. Rewards (highest only): 1st place 300 beats the star upgrade one → two stars (200).
    // 1st in 2013 and 2014, meets the threshold, body at no level yet → deputy-county level; head
    // 3 years in post → considered first for promotion, one-year probation. §5.3: one provincial
    // centre, 30 (a separate list, added). 300 + 30 = 330.
    assertThat(actual.get("2014 bianxi")).isEqualTo(
        "money=330 G:commendations/named(public-commendation) G:commendations/named(second-class-merit)"
            + " S:industrial-rewards/star-2=200 G:industrial-rewards/first-place=300"
            + " G:management-body-level/two-years-city-top-three(deputy-county-level)"
            + " G:head-promotion/two-years-city-top-three(promote-head-first)"
            + " G:head-promotion/two-years-city-top-three(one-year-probation) G:technology-centres/provincial=30");
    // 尉氏县: 21.51 % eligible. Candidates: a demonstration title 30, star none → one 100, the largest
    // improvement of the provincial composite place (28.0 → 23.2 = 4.8, tied with 黄龙: both) 100,
    // 2nd place 200 → 200 only. 2nd in 2013 and 2014 → deputy-county level; but the head has been in
    // post half a year, so no promotion.
    assertThat(actual.get("2014 weishi")).isEqualTo(
        "money=200 S:industrial-rewards/demonstration-title=30 S:industrial-rewards/star-1=100"
            + " S:industrial-rewards/largest-improvement=100 G:industrial-rewards/second-place=200"
            + " G:management-body-level/two-years-city-top-three(deputy-county-level)");
    // 黄龙: 0.5 × 15.5 + 0.25 × 13.2 + 0.25 × 33.95 = 19.54 ≥ 17.36, eligible. 3rd place,
    // star one, largest improvement: all 100; the first of equals in table order is 3rd place.
    // 4th in 2013: no upgrade. Provincial centre 30.
    assertThat(actual.get("2014 huanglong")).isEqualTo(
        "money=130 S:industrial-rewards/star-1=100 S:industrial-rewards/largest-improvement=100"
            + " G:industrial-rewards/third-place=100 G:technology-centres/provincial=30");
    // 杞县: 十快 and 4th, outside the city's top three → 100, and the commendation.
    assertThat(actual.get("2014 qixian")).isEqualTo(
        "money=100 G:commendations/named(public-commendation) G:commendations/named(second-class-merit)"
            + " G:industrial-rewards/top-ten-outside-top-three=100");
    // Below the average (13.91, 8.45, 13.18 < 17.36): no awards, criticised.
    assertThat(actual.get("2014 tongxu")).isEqualTo(
        "money=0 G:composite-growth-gate/below-average(awards) G:composite-growth-gate/below-average(criticism)");
    assertThat(actual.get("2014 fine-chemical")).isEqualTo(
        "money=0 G:composite-growth-gate/below-average(awards) G:composite-growth-gate/below-average(criticism)");
    // 汴东 also falls 87.0 → 95.6 = 8.6 ≥ 5 places in the provincial composite place.
    assertThat(actual.get("2014 biandong")).isEqualTo(
        "money=0 G:composite-growth-gate/below-average(awards) G:composite-growth-gate/below-average(criticism)"
            + " G:industrial-sanctions/five-places-worse(city-wide-criticism)"
            + " G:industrial-sanctions/five-places-worse(admonish-zone-head)");

    // 2015. City average (23.69 + 21.45 + 25.04 + 14.97 + 21.14 + 11.64 + 5.53) / 7 = 123.46 / 7 =
    // 17.637 → 17.64 %: 通许县, 汴东 and 精细化工 below it.
    // 汴西: body already deputy-county (data), no second upgrade; 1st 300 beats a title 30; national
    // centre 50 → 350.
    assertThat(actual.get("2015 bianxi")).isEqualTo(
        "money=350 G:commendations/named(public-commendation) G:commendations/named(second-class-merit)"
            + " S:industrial-rewards/demonstration-title=30 G:industrial-rewards/first-place=300"
            + " G:technology-centres/national=50");
    assertThat(actual.get("2015 weishi")).isEqualTo(
        "money=230 S:industrial-rewards/demonstration-title=30 G:industrial-rewards/second-place=200"
            + " G:technology-centres/provincial=30");
    // 黄龙: 十先; 3rd in 2014 and 2015 → deputy-county, head 3 years → promotion.
    assertThat(actual.get("2015 huanglong")).isEqualTo(
        "money=130 G:commendations/named(public-commendation) G:commendations/named(second-class-merit)"
            + " G:industrial-rewards/third-place=100"
            + " G:management-body-level/two-years-city-top-three(deputy-county-level)"
            + " G:head-promotion/two-years-city-top-three(promote-head-first)"
            + " G:head-promotion/two-years-city-top-three(one-year-probation) G:technology-centres/provincial=30");
    // 杞县: 十快 in 2014 and 2015 → deputy-county, head promoted. Three rewards of 100 (outside the top
    // three with a title; star one; the largest improvement, 38.4 → 30.0 = 8.4): the first counts.
    assertThat(actual.get("2015 qixian")).isEqualTo(
        "money=100 G:commendations/named(public-commendation) G:commendations/named(second-class-merit)"
            + " S:industrial-rewards/star-1=100 S:industrial-rewards/largest-improvement=100"
            + " G:industrial-rewards/top-ten-outside-top-three=100"
            + " G:management-body-level/two-years-fast(deputy-county-level)"
            + " G:head-promotion/two-years-fast(promote-head-first) G:head-promotion/two-years-fast(one-year-probation)");
    assertThat(actual.get("2015 tongxu")).isEqualTo(
        "money=0 G:composite-growth-gate/below-average(awards) G:composite-growth-gate/below-average(criticism)");
    // 精细化工: 101.4 → 108.0 = 6.6 places worse; its two provincial centres are still paid (§5.3 is
    // not an award of the zone's standing): 2 × 30.
    assertThat(actual.get("2015 fine-chemical")).isEqualTo(
        "money=60 G:composite-growth-gate/below-average(awards) G:composite-growth-gate/below-average(criticism)"
            + " G:industrial-sanctions/five-places-worse(city-wide-criticism)"
            + " G:industrial-sanctions/five-places-worse(admonish-zone-head) G:technology-centres/provincial=60");
    assertThat(actual.get("2015 biandong")).isEqualTo(
        "money=0 G:composite-growth-gate/below-average(awards) G:composite-growth-gate/below-average(criticism)"
            + " G:industrial-sanctions/five-places-worse(city-wide-criticism)"
            + " G:industrial-sanctions/five-places-worse(admonish-zone-head)");

    // 2016. City average (21.55 + 24.10 + 22.04 + 18.24 + 12.73 + 2.23 + 7.18) / 7 = 108.07 / 7 =
    // 15.438… → 15.44 %: 黄龙, 汴东 and 精细化工 below it. (Growth of the sums would give 18.75 %, above
    // 通许县's 18.24: the sums are at current prices, the zones' rates are not; see the policy.)
    // 汴西: 十强 2014, 2015, 2016 at deputy-county level, threshold met → county level (priority over
    // the deputy-county rows); head promoted. Three stars 300 ties with 1st place 300: 1st place
    // comes first. Centres 50 + 30. 300 + 80 = 380.
    assertThat(actual.get("2016 bianxi")).isEqualTo(
        "money=380 G:commendations/named(public-commendation) G:commendations/named(second-class-merit)"
            + " S:industrial-rewards/star-3=300 G:industrial-rewards/first-place=300"
            + " G:management-body-level/three-years-strong(county-level)"
            + " G:head-promotion/three-years-strong(promote-head-first)"
            + " G:head-promotion/three-years-strong(one-year-probation)"
            + " G:technology-centres/national=50 G:technology-centres/provincial=30");
    assertThat(actual.get("2016 weishi")).isEqualTo(
        "money=200 G:commendations/named(public-commendation) G:commendations/named(second-class-merit)"
            + " S:industrial-rewards/demonstration-title=30 S:industrial-rewards/star-2=200"
            + " G:industrial-rewards/second-place=200");
    // 杞县: 3rd place 100 < two stars 200.
    assertThat(actual.get("2016 qixian")).isEqualTo(
        "money=230 S:industrial-rewards/third-place=100 G:industrial-rewards/star-2=200"
            + " G:technology-centres/provincial=30");
    assertThat(actual.get("2016 huanglong")).isEqualTo(
        "money=0 G:composite-growth-gate/below-average(awards) G:composite-growth-gate/below-average(criticism)");
    // 通许县: 0.5 × 14.8 + 0.25 × 13.5 + 0.25 × 29.87 = 18.24 ≥ 15.44: eligible, so its star upgrade
    // none → one star (100) is paid; it ties with the largest improvement 58.0 → 53.0 = 5.0 (100) and
    // comes first, so the improvement is not paid besides (highest only).
    assertThat(actual.get("2016 tongxu")).isEqualTo(
        "money=100 S:industrial-rewards/largest-improvement=100 G:industrial-rewards/star-1=100");
    assertThat(actual.get("2016 fine-chemical")).isEqualTo(
        "money=30 G:composite-growth-gate/below-average(awards) G:composite-growth-gate/below-average(criticism)"
            + " G:technology-centres/provincial=30");
    // 汴东: 102.4 → 124.8 = 22.4 places worse (≥ 5 and ≥ 20: both apply), and eliminated.
    assertThat(actual.get("2016 biandong")).isEqualTo(
        "money=0 G:composite-growth-gate/below-average(awards) G:composite-growth-gate/below-average(criticism)"
            + " G:industrial-sanctions/five-places-worse(city-wide-criticism)"
            + " G:industrial-sanctions/five-places-worse(admonish-zone-head)"
            + " G:industrial-sanctions/twenty-places-worse(criticise-county-heads)"
            + " G:industrial-sanctions/twenty-places-worse(no-excellent-rating)"
            + " G:industrial-sanctions/twenty-places-worse(replace-zone-head)"
            + " G:industrial-sanctions/eliminated(admonish-county-heads)"
            + " G:industrial-sanctions/eliminated(recommend-dismissal)");
    assertThat(actual).hasSize(21);
  }

  @Test
  void serviceZones2014to2016() {
    Map<String, String> actual = outcomes(SERVICE_ZONES);
    // 2014. 鼓楼: advanced ranks → commendation, 300; 1st place 300 ties and comes later; a provincial
    // street 30 (§5.3, added).
    assertThat(actual.get("2014 gulou")).isEqualTo(
        "money=330 G:service-commendations/advanced(public-commendation)"
            + " G:service-commendations/advanced(second-class-merit) S:service-rewards/first-place=300"
            + " G:service-rewards/advanced=300 G:commercial-street-rewards/provincial=30");
    // 龙亭: 2nd, 200; its provincial place fell 38 → 40: criticism. "Two years running" needs 2012,
    // which the data do not hold: not evaluable, not silently false.
    assertThat(actual.get("2014 longting")).isEqualTo(
        "money=200 G:service-rewards/second-place=200"
            + " N:service-sanctions/worse-two-years(criticise-county-government)"
            + " N:service-sanctions/worse-two-years(recommend-replacing-head)"
            + " G:service-sanctions/worse(criticise-local-government)");
    assertThat(actual.get("2014 qixian")).isEqualTo("money=100 G:service-rewards/third-place=100");
    assertThat(actual.get("2014 weishi")).isEqualTo("money=0");
    // The CBDs take no place and win nothing by place.
    assertThat(actual.get("2014 city-cbd")).isEqualTo("money=0");

    // 2015. 龙亭 1st 300 + street 30. 鼓楼: advanced again (2014, 2015), head 3 years → promotion;
    // advanced 300 beats 2nd place 200; national street 50.
    assertThat(actual.get("2015 longting")).isEqualTo(
        "money=330 G:service-rewards/first-place=300 G:commercial-street-rewards/provincial=30");
    assertThat(actual.get("2015 gulou")).isEqualTo(
        "money=350 G:service-commendations/advanced(public-commendation)"
            + " G:service-commendations/advanced(second-class-merit) S:service-rewards/second-place=200"
            + " G:service-rewards/advanced=300 G:service-head-promotion/two-years-advanced(promote-head-first)"
            + " G:service-head-promotion/two-years-advanced(one-year-probation)"
            + " G:commercial-street-rewards/national=50");
    // 通许 66 → 68 and 禹王台 84 → 88 fell for the second year running; 开封县 79 → 83 for the first.
    String twoYears = "money=0 G:service-sanctions/worse(criticise-local-government)"
        + " G:service-sanctions/worse-two-years(criticise-county-government)"
        + " G:service-sanctions/worse-two-years(recommend-replacing-head)";
    assertThat(actual.get("2015 tongxu")).isEqualTo(twoYears);
    assertThat(actual.get("2015 yuwangtai")).isEqualTo(twoYears);
    assertThat(actual.get("2015 kaifeng-county")).isEqualTo("money=0 G:service-sanctions/worse(criticise-local-government)");
    // The city CBD: in the advanced ranks (a provincial ranking of CBDs), so commended and 300,
    // though it takes no place in the city's ranking.
    assertThat(actual.get("2015 city-cbd")).isEqualTo(
        "money=300 G:service-commendations/advanced(public-commendation)"
            + " G:service-commendations/advanced(second-class-merit) G:service-rewards/advanced=300");

    // 2016. 龙亭 advanced (300, ties 1st place); 鼓楼 2nd 200, fell 29 → 31, street 30; 金明 3rd + street.
    assertThat(actual.get("2016 longting")).isEqualTo(
        "money=300 G:service-commendations/advanced(public-commendation)"
            + " G:service-commendations/advanced(second-class-merit) S:service-rewards/first-place=300"
            + " G:service-rewards/advanced=300");
    assertThat(actual.get("2016 gulou")).isEqualTo(
        "money=230 G:service-rewards/second-place=200 G:service-sanctions/worse(criticise-local-government)"
            + " G:commercial-street-rewards/provincial=30");
    assertThat(actual.get("2016 jinming")).isEqualTo(
        "money=130 G:service-rewards/third-place=100 G:commercial-street-rewards/provincial=30");
    assertThat(actual.get("2016 tongxu")).isEqualTo(twoYears);
    assertThat(actual.get("2016 yuwangtai")).isEqualTo(twoYears);
    // The city CBD: advanced in 2015 and 2016, head 5 years → promotion; national street 50. The
    // CBDs are never sanctioned by §6.2, which concerns the characteristic commercial zones.
    assertThat(actual.get("2016 city-cbd")).isEqualTo(
        "money=350 G:service-commendations/advanced(public-commendation)"
            + " G:service-commendations/advanced(second-class-merit) G:service-rewards/advanced=300"
            + " G:service-head-promotion/two-years-advanced(promote-head-first)"
            + " G:service-head-promotion/two-years-advanced(one-year-probation)"
            + " G:commercial-street-rewards/national=50");
    assertThat(actual.get("2016 lankao-cbd")).isEqualTo("money=0");
    assertThat(actual).hasSize(33);
  }
}
