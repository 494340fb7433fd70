package io.github.kaohe.eval;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.github.kaohe.data.CsvDataReader;
import io.github.kaohe.data.Period;
import io.github.kaohe.load.PolicyLoader;
import io.github.kaohe.model.Policy;
import java.io.IOException;
import org.junit.jupiter.api.Test;

/**
 * What the rules gave each entity, in the JSON (README, "JSON output"). Zones scored on tax; a
 * tax below 50 costs the eligibility for awards and brings a criticism (§3.1); first place is
 * rewarded 100 万元 if eligible; each lab brings 50 万元 to the firm that has it, not to the zone.
 *
 * <pre>
 *      tax  labs  total (best 100)  place  grade (≥ 8)  outcomes
 * a    100  2     10.00             1      A            rewards/first 100 万元; lab-money/each 2 × 50 = 100 万元 to the firm
 * b     40  0      4.00             2      B            gate/low: awards revoked, criticism
 * </pre>
 */
class ResultJsonOutcomesTest {
  private static final Policy POLICY = PolicyLoader.create().load("""
      kaohe: 1
      id: outcomes
      name: {zh: 结果, en: Outcomes}
      version: "1"
      source: {title: {zh: 文件, en: Document}, issuer: 办公室, date: 2024-01-15}
      actions:
        - {id: criticism, name: {zh: 通报批评, en: Public criticism}, kind: sanction}
      schemes:
        - id: zones
          name: {zh: 园区, en: Zones}
          total: 10
          defaults: {missing: zero-points}
          categories:
            - id: size
              name: {zh: 规模, en: Size}
              weight: 10
              indicators:
                - {id: tax, name: {zh: 税收, en: Tax}, unit: 万元, weight: 10, method: proportional-to-best}
          facts:
            - {id: labs, name: {zh: 实验室, en: Labs}, type: number}
          eligibilities:
            - {id: awards, name: {zh: 评先资格, en: eligibility for awards}}
          tables:
            - id: gate
              name: {zh: 门槛, en: Gate}
              hitPolicy: rule-order
              inputs: [{id: tax, of: tax}]
              rows:
                - {id: low, name: {zh: 税收过低, en: Low tax}, when: {tax: {lt: 50}},
                   then: [{revoke: awards}, {action: criticism}], source: 第三条第1项}
            - id: rewards
              name: {zh: 奖励, en: Rewards}
              hitPolicy: first
              requires: [awards]
              unit: 万元
              inputs: [{id: place, of: result.place}]
              rows:
                - {id: first, name: {zh: 第一名, en: First}, when: {place: 1}, then: {money: 100}}
            - id: lab-money
              name: {zh: 实验室奖励, en: Lab rewards}
              payee: {zh: 所在企业, en: the firm}
              hitPolicy: collect-sum
              unit: 万元
              inputs: [{id: labs, of: labs}]
              rows:
                - {id: each, name: {zh: 每个实验室, en: Each lab}, when: {labs: {ge: 1}}, then: {moneyPerUnit: 50, of: labs}}
          classes:
            - id: grade
              name: {zh: 等次, en: Grade}
              basis: cutoffs
              tiers:
                - {id: A, name: {zh: 优秀, en: Excellent}, from: 8}
                - {id: B, name: {zh: 一般, en: Fair}}
              unclassed: {id: none, name: {zh: 不参评, en: Not classified}}
      """, "outcomes.yaml");

  private static JsonNode results() throws IOException {
    SchemeResult r = Evaluator.of(POLICY).evaluate("zones", CsvDataReader.forScheme(POLICY.scheme("zones"))
        .read("entity,period,tax,labs\na,2024,100,2\nb,2024,40,0\n", "zones.csv"), Period.year(2024));
    return JsonMapper.builder().build().readTree(ResultJson.write(r)).get("results");
  }

  @Test
  void moneyOutcomesHaveTheirAmountAndUnitAndAPayeeWhenTheTableNamesOne() throws IOException {
    JsonNode a = results().get(0);

    assertThat(a.get("entity").asText()).isEqualTo("a");
    JsonNode first = a.get("outcomes").get(0);
    assertThat(first.get("table").asText() + "/" + first.get("row").asText()).isEqualTo("rewards/first");
    assertThat(first.get("kind").asText()).isEqualTo("money");
    assertThat(first.get("amount").decimalValue()).isEqualByComparingTo("100");
    assertThat(first.get("unit").asText()).isEqualTo("万元");
    assertThat(first.has("payee")).isFalse();
    JsonNode labs = a.get("outcomes").get(1);
    assertThat(labs.get("table").asText() + "/" + labs.get("row").asText()).isEqualTo("lab-money/each");
    assertThat(labs.get("amount").decimalValue()).isEqualByComparingTo("100");
    assertThat(labs.get("payee").get("en").asText()).isEqualTo("the firm");
  }

  @Test
  void moneyToOthersIsWrittenOnlyWhenThereIsSome() throws IOException {
    JsonNode r = results();

    assertThat(r.get(0).get("money").decimalValue()).isEqualByComparingTo("100");
    assertThat(r.get(0).get("moneyToOthers").decimalValue()).isEqualByComparingTo("100");
    assertThat(r.get(1).has("moneyToOthers")).isFalse();
  }

  @Test
  void anEligibilityAndAnActionAreNamedAndHaveNoAmountButTheirSource() throws IOException {
    JsonNode b = results().get(1);

    assertThat(b.get("entity").asText()).isEqualTo("b");
    assertThat(b.get("outcomes")).extracting(o -> o.get("kind").asText()).containsExactly("eligibility", "action");
    JsonNode revoked = b.get("outcomes").get(0);
    assertThat(revoked.get("eligibility").asText()).isEqualTo("awards");
    assertThat(revoked.has("amount")).isFalse();
    assertThat(revoked.has("unit")).isFalse();
    JsonNode criticism = b.get("outcomes").get(1);
    assertThat(criticism.get("action").asText()).isEqualTo("criticism");
    assertThat(criticism.get("source").asText()).isEqualTo("第三条第1项");
    assertThat(criticism.has("amount")).isFalse();
  }

  @Test
  void classesAreWrittenAsTheClassOfEachClassification() throws IOException {
    JsonNode r = results();

    assertThat(r.get(0).get("classes").get("grade").asText()).isEqualTo("A");
    assertThat(r.get(1).get("classes").get("grade").asText()).isEqualTo("B");
  }
}
