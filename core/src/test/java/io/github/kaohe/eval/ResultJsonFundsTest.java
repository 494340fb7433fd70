package io.github.kaohe.eval;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.github.kaohe.data.CsvDataReader;
import io.github.kaohe.data.Period;
import io.github.kaohe.load.PolicyLoader;
import io.github.kaohe.model.Policy;
import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The funds in the JSON of several results (README, "JSON output"): each document lists the checks
 * of the funds that pay its scheme in its period, over every scheme of the output. The policy and
 * data are {@link FundsTest}'s, worked by hand there: in 2014 a wins 2 prizes (600 万元), b 1 (300),
 * street x 100: 1000 of the 1000 the fund holds, and a's lab (50) goes to the firm, not counted;
 * in 2015 a 900, b 300, x 100: 1300, which needs the fund to grow by 30 %.
 */
class ResultJsonFundsTest {
  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final String ZONES = """
      entity,period,prizes,labs
      a,2014,2,1
      b,2014,1,0
      a,2015,3,0
      b,2015,1,0
      """;
  private static final String STREETS = """
      entity,period,prizes
      x,2014,1
      x,2015,1
      """;

  private static Policy policy(String pays) {
    String yaml = new String(readResource(), java.nio.charset.StandardCharsets.UTF_8);
    return PolicyLoader.create().load(yaml.replace("pays: [zones, streets]", pays), "funded.yaml");
  }

  private static byte[] readResource() {
    try (var in = ResultJsonFundsTest.class.getResourceAsStream("/policies/funded.yaml")) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** Zones 2014, zones 2015, streets 2014, streets 2015. */
  private static List<SchemeResult> results(Policy p) {
    List<SchemeResult> all = new ArrayList<>();
    List<Period> years = List.of(Period.year(2014), Period.year(2015));
    all.addAll(Evaluator.of(p).evaluate("zones", CsvDataReader.forScheme(p.scheme("zones")).read(ZONES, "z.csv"), years));
    all.addAll(Evaluator.of(p).evaluate("streets", CsvDataReader.forScheme(p.scheme("streets")).read(STREETS, "s.csv"),
        years));
    return all;
  }

  @Test
  void eachDocumentListsItsPeriodsCheckOfTheFundOverEveryScheme() throws IOException {
    JsonNode docs = JSON.readTree(ResultJson.write(results(policy("pays: [zones, streets]"))));

    JsonNode zones2014 = docs.get(0).get("funds");
    assertThat(zones2014).hasSize(1);
    JsonNode fund = zones2014.get(0);
    assertThat(fund.get("fund").asText()).isEqualTo("fund");
    assertThat(fund.get("name").get("en").asText()).isEqualTo("Reward fund");
    assertThat(fund.get("amount").decimalValue()).isEqualByComparingTo("1000");
    assertThat(fund.get("exact").asBoolean()).isTrue();
    assertThat(fund.get("unit").asText()).isEqualTo("万元");
    assertThat(fund.get("paid").decimalValue()).isEqualByComparingTo("1000");
    assertThat(fund.get("margin").decimalValue()).isEqualByComparingTo("0");
    assertThat(fund.get("status").asText()).isEqualTo("within");
    assertThat(fund.get("requiredGrowth").isNull()).isTrue();
    assertThat(fund.get("notCounted").decimalValue()).isEqualByComparingTo("50");
    assertThat(fund.get("notEvaluated")).isEmpty();
    assertThat(fund.get("parts")).extracting(p -> p.get("scheme").asText() + " " + p.get("entity").asText() + " "
            + p.get("table").asText() + "/" + p.get("row").asText() + " " + p.get("amount").decimalValue().toPlainString())
        .containsExactly("zones a prize-money/each 600", "zones b prize-money/each 300", "streets x street-money/any 100");
    assertThat(fund.get("reason").get("zh").asText())
        .isEqualTo("2014年奖励 1000 万元，资金 1000 万元，余 0 万元；另奖所在企业 50 万元，不由本资金支付");

    JsonNode zones2015 = docs.get(1).get("funds");
    assertThat(zones2015).hasSize(1);
    assertThat(zones2015.get(0).get("status").asText()).isEqualTo("needs-growth");
    assertThat(zones2015.get(0).get("requiredGrowth").decimalValue()).isEqualByComparingTo("30.00");
    // the streets' documents carry the same checks
    assertThat(docs.get(2).get("funds")).isEqualTo(zones2014);
    assertThat(docs.get(3).get("funds")).isEqualTo(zones2015);
  }

  @Test
  void aSchemeTheFundDoesNotPayListsNoFund() throws IOException {
    JsonNode docs = JSON.readTree(ResultJson.write(results(policy("pays: [zones]"))));

    assertThat(docs.get(0).get("funds")).hasSize(1);
    assertThat(docs.get(2).get("scheme").asText()).isEqualTo("streets");
    assertThat(docs.get(2).get("funds")).isEmpty();
  }

  @Test
  void aPolicyWithoutFundsWritesNoFundsKey() throws IOException {
    Policy noFunds = PartEvaluatorPolicies.policy("");
    SchemeResult r = Evaluator.of(noFunds).evaluate("firms",
        PartEvaluatorPolicies.data(noFunds, "entity,period,tax\na,2024,10\n"), Period.year(2024));

    assertThat(JSON.readTree(ResultJson.write(r)).has("funds")).isFalse();
    assertThat(JSON.readTree(ResultJson.write(results(policy("pays: [zones]")).get(0))).has("funds")).isTrue();
  }

  @Test
  void severalResultsWrittenIntoAWriterAreTheDocumentsWrittenAtOnce() throws IOException {
    List<SchemeResult> results = results(policy("pays: [zones, streets]"));
    StringWriter out = new StringWriter();

    ResultJson.write(results, out);

    assertThat(out.toString()).isEqualTo(ResultJson.write(results));
    assertThat(JSON.readTree(out.toString()).get(3).get("results").get(0).get("entity").asText()).isEqualTo("x");
  }

  @Test
  void noResultsAreAnEmptyArray() throws IOException {
    StringWriter out = new StringWriter();

    ResultJson.write(List.of(), out);

    assertThat(JSON.readTree(ResultJson.write(List.<SchemeResult>of())).isArray()).isTrue();
    assertThat(JSON.readTree(ResultJson.write(List.<SchemeResult>of()))).isEmpty();
    assertThat(out.toString()).isEqualTo(ResultJson.write(List.<SchemeResult>of()));
  }
}
