package io.github.kaohe.eval;

import static io.github.kaohe.eval.Harness.d;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.github.kaohe.data.CsvDataReader;
import io.github.kaohe.data.Dataset;
import io.github.kaohe.data.Period;
import io.github.kaohe.load.PolicyLoader;
import io.github.kaohe.model.Language;
import io.github.kaohe.model.Policy;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The test policy {@code small.yaml} end to end, worked by hand:
 *
 * <pre>
 *          tax (8, best 120)     place (2, field 11)   size   growth (10, efficacy, range [−5, 20])  base   bonus (5/title, cap 8)  total
 * a 甲     8×100/120 = 6.67      2×10/10 = 2.00        8.67   10×(0.6+0.4×15/25) =  8.40             17.07  1 → 5.00                22.07
 * b        8× 80/120 = 5.33      2× 8/10 = 1.60        6.93   10×(0.6+0.4×25/25) = 10.00             16.93  2 → 10 → capped 8.00    24.93
 * c Gamma  8× 50/120 = 3.33      11 ≥ 11 → 0.00        3.33   10×(0.6+0.4× 0/25) =  6.00              9.33  —                        9.33
 * d (unranked) 8.00              2× 9/10 = 1.80        9.80   10×(0.6+0.4×10/25) =  7.60             17.40  —                       17.40
 * </pre>
 *
 * The unranked d still sets the best tax. Places: b 1, a 2, c 3; county x: b 1, a 2; county y: c 1.
 */
class SmallPolicyTest {
  private static final Policy POLICY =
      PolicyLoader.create().load(SmallPolicyTest.class.getResource("/policies/small.yaml"), "small.yaml");

  private static final String CSV =
      """
      entity,tax,place,税收增速,title
      甲,100,1,10,1
      b,80,3,20,2
      Gamma,50,11,-5,
      d,120,2,5,
      """;

  private static SchemeResult evaluate() {
    Dataset data = CsvDataReader.forScheme(POLICY.scheme("firms")).withPeriod(Period.year(2015)).read(CSV, "small.csv");
    return Evaluator.of(POLICY).evaluate("firms", data, Period.year(2015));
  }

  @Test
  void smallPolicyGivesTheTotalsWorkedByHand() {
    assertThat(evaluate().entities())
        .extracting(e -> e.id() + " " + e.total().toPlainString())
        .containsExactly("b 24.93", "a 22.07", "c 9.33", "d 17.40");
  }

  @Test
  void smallPolicyGivesTheCategoryPointsWorkedByHand() {
    EntityResult a = evaluate().entity("a").orElseThrow();

    assertThat(a.points("size")).contains(d("8.67"));
    assertThat(a.points("growth")).contains(d("8.40"));
    assertThat(a.base()).isEqualByComparingTo("17.07");
  }

  @Test
  void smallPolicyCapsTheBonusLayer() {
    AdjustmentResult bonus = evaluate().entity("b").orElseThrow().layers().get(0);

    assertThat(bonus.points()).isEqualByComparingTo("8.00");
    assertThat(bonus.capped()).isTrue();
  }

  @Test
  void smallPolicyPlacesTheRankedFirmsOverallAndByCounty() {
    SchemeResult r = evaluate();

    assertThat(r.ranked()).extracting(e -> e.id() + e.place().getAsInt()).containsExactly("b1", "a2", "c3");
    assertThat(r.entity("a").orElseThrow().groupPlaces()).isEqualTo(Map.of("county", 2));
    assertThat(r.entity("c").orElseThrow().groupPlaces()).isEqualTo(Map.of("county", 1));
    assertThat(r.entity("d").orElseThrow().place()).isEmpty();
  }

  @Test
  void explanationShowsTheTotalAndEveryComputationInChinese() {
    SchemeResult r = evaluate();

    assertThat(Explanation.of(r, r.entity("b").orElseThrow(), Language.ZH))
        .startsWith("乙 · 企业 · 2015\n名次：第 1 名（共 3 个）；county「x」内第 1 名\n总分 24.93 = 基础分 16.93 + 8.00 加减分\n")
        .contains("税收 (8 分)：值 80 万元；以最高值为满分，其余按比例得分（最高值 120 万元）：8 × 80 / 120 = 5.33〔依据 §1〕")
        .contains("加减分 加分: 8.00（上限 8，已封顶）")
        .contains("  称号: 2 × 5 = 10.00");
  }

  @Test
  void explanationShowsTheTotalAndEveryComputationInEnglish() {
    SchemeResult r = evaluate();

    assertThat(Explanation.of(r, r.entity("a").orElseThrow(), Language.EN))
        .startsWith("Alpha · Firms · 2015\nPlace: 2 of 3; place 2 within county x\nTotal 22.07 = base 17.07 + 5.00 adjustments\n")
        .contains("Tax growth (10): value 10%; efficacy coefficient 60 + 40 × position (range [(-5), 20]): 10 × (0.6 + 0.4 × (10 - (-5)) / (20 - (-5))) = 8.40");
  }

  @Test
  void resultJsonGivesExactNumbersAndANullPlaceForUnrankedEntities() throws Exception {
    JsonNode json = JsonMapper.builder().build().readTree(ResultJson.write(evaluate()));

    assertThat(json.get("scheme").asText()).isEqualTo("firms");
    assertThat(json.get("results").get(0).get("entity").asText()).isEqualTo("b");
    assertThat(json.get("results").get(0).get("score").decimalValue()).isEqualByComparingTo("24.93");
    assertThat(json.get("results").get(3).get("rank").isNull()).isTrue();
    assertThat(json.get("results").get(1).get("indicators").get("tax").get("formula").asText()).isEqualTo("8 × 100 / 120 = 6.67");
  }
}
