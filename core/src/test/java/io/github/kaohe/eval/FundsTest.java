package io.github.kaohe.eval;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.kaohe.data.CsvDataReader;
import io.github.kaohe.data.Dataset;
import io.github.kaohe.data.Period;
import io.github.kaohe.load.PolicyLoader;
import io.github.kaohe.load.PolicyWriter;
import io.github.kaohe.load.Problem;
import io.github.kaohe.model.Policy;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A fund pays two schemes' money rewards; each year's are added up and checked against it. Worked
 * by hand: zones pay 300 万元 a prize (and 50 a lab, to the firm), streets 100 once a street has a
 * prize.
 */
class FundsTest {
  private static final String POLICY = """
      kaohe: 1
      id: funded
      name: {zh: 资金, en: Funded}
      version: "1"
      source: {title: {zh: 测试, en: Test}, issuer: 测试, date: 2014-01-01}
      schemes:
        - id: zones
          name: {zh: 园区, en: Zones}
          facts:
            - {id: prizes, name: {zh: 获奖数, en: Prizes}, type: number}
            - {id: labs, name: {zh: 实验室, en: Labs}, type: number}
          tables:
            - id: prize-money
              name: {zh: 奖励, en: Prize money}
              hitPolicy: collect-sum
              unit: 万元
              inputs: [{id: prizes, of: prizes}]
              rows:
                - {id: each, name: {zh: 每项奖励, en: Each prize}, when: {prizes: {ge: 1}}, then: {moneyPerUnit: 300, of: prizes}}
            - id: lab-money
              name: {zh: 实验室奖励, en: Lab rewards}
              payee: {zh: 所在企业, en: the firm}
              hitPolicy: collect-sum
              unit: 万元
              inputs: [{id: labs, of: labs}]
              rows:
                - {id: each, name: {zh: 每个实验室, en: Each lab}, when: {labs: {ge: 1}}, then: {moneyPerUnit: 50, of: labs}}
        - id: streets
          name: {zh: 街区, en: Streets}
          facts:
            - {id: prizes, name: {zh: 获奖数, en: Prizes}, type: number}
          tables:
            - id: street-money
              name: {zh: 街区奖励, en: Street rewards}
              hitPolicy: first
              unit: 万元
              inputs: [{id: prizes, of: prizes}]
              rows:
                - {id: any, name: {zh: 获奖街区, en: A street with a prize}, when: {prizes: {ge: 1}}, then: {money: 100}}
      funds:
        - {id: fund, name: {zh: 奖励资金, en: Reward fund}, amount: 1000, unit: 万元, from: 2014, grows: true, pays: [zones, streets], source: 第九条}
      """;
  private static final String ZONES = """
      entity,period,prizes,labs
      a,2013,5,0
      a,2014,2,1
      b,2014,1,0
      a,2015,3,0
      b,2015,1,0
      a,2016,4,0
      """;
  private static final String STREETS = """
      entity,period,prizes
      x,2013,1
      x,2014,1
      x,2015,1
      x,2016,1
      """;

  private static Policy policy(String from, String to) {
    return PolicyLoader.create().load(POLICY.replace(from, to), "funded.yaml");
  }

  private static List<SchemeResult> evaluate(Policy p, List<String> schemes) {
    List<SchemeResult> all = new ArrayList<>();
    for (String s : schemes) {
      Dataset d = CsvDataReader.forScheme(p.scheme(s)).read(s.equals("zones") ? ZONES : STREETS, s + ".csv");
      all.addAll(Evaluator.of(p).evaluate(s, d, List.of(Period.year(2013), Period.year(2014), Period.year(2015),
          Period.year(2016))));
    }
    return all;
  }

  private static FundResult year(List<FundResult> funds, int year) {
    return funds.stream().filter(f -> f.period().equals(Period.year(year))).findFirst().orElseThrow();
  }

  @Test
  void eachYearFromTheFirstIsCheckedAndWhatFitsExactlyIsWithin() {
    List<FundResult> funds = Funds.check(policy("", ""), evaluate(policy("", ""), List.of("zones", "streets")));

    // 2013 is before the fund's first year: not checked.
    assertThat(funds).extracting(f -> f.period().year()).containsExactly(2014, 2015, 2016);
    // 2014: a 2 × 300 + b 1 × 300 + x 100 = 1000, all the fund holds; a's lab (50) goes to the firm.
    FundResult y2014 = year(funds, 2014);
    assertThat(y2014.paid()).isEqualByComparingTo("1000");
    assertThat(y2014.status()).isEqualTo(FundResult.Status.WITHIN);
    assertThat(y2014.exact()).isTrue();
    assertThat(y2014.margin()).isEqualByComparingTo("0");
    assertThat(y2014.notCounted()).isEqualByComparingTo("50");
    assertThat(y2014.paidBy("zones")).isEqualByComparingTo("900");
    assertThat(y2014.paidBy("streets")).isEqualByComparingTo("100");
    assertThat(y2014.parts()).extracting(FundResult.Part::entity).containsExactly("a", "b", "x");
    assertThat(y2014.reason().zh()).isEqualTo("2014年奖励 1000 万元，资金 1000 万元，余 0 万元；另奖所在企业 50 万元，不由本资金支付");
    assertThat(y2014.reason().en()).isEqualTo(
        "2014: rewards of 1000 万元; the fund holds 1000 万元, 0 万元 left; 50 万元 more to the firm, not paid from the fund");
  }

  @Test
  void aGrowingFundOverItsFirstAmountSaysTheGrowthItNeeds() {
    List<FundResult> funds = Funds.check(policy("", ""), evaluate(policy("", ""), List.of("zones", "streets")));

    // 2015: 3 × 300 + 300 + 100 = 1300 > 1000 one year on: fits if the fund grew by 30 %.
    FundResult y2015 = year(funds, 2015);
    assertThat(y2015.paid()).isEqualByComparingTo("1300");
    assertThat(y2015.status()).isEqualTo(FundResult.Status.NEEDS_GROWTH);
    assertThat(y2015.exact()).isFalse();
    assertThat(y2015.requiredGrowth()).hasValueSatisfying(g -> assertThat(g).isEqualByComparingTo("30.00"));
    // 2016: 4 × 300 + 100 = 1300 two years on: 1.1402² = 1.30005604 ≥ 1.3 > 1.1401² = 1.29982801.
    assertThat(year(funds, 2016).requiredGrowth()).hasValueSatisfying(g -> assertThat(g).isEqualByComparingTo("14.02"));
    assertThat(y2015.reason().zh()).isEqualTo("2015年奖励 1300 万元，比2014年额度 1000 万元 多 300 万元；资金自2014年起年均增长 30% 以上方可支付");
  }

  @Test
  void aFundThatDoesNotGrowIsOverAndSaysByHowMuch() {
    Policy p = policy("grows: true", "grows: false");
    FundResult y2015 = year(Funds.check(p, evaluate(p, List.of("zones", "streets"))), 2015);

    assertThat(y2015.status()).isEqualTo(FundResult.Status.OVER);
    assertThat(y2015.margin()).isEqualByComparingTo("-300");
    assertThat(y2015.requiredGrowth()).isEmpty();
    assertThat(y2015.reason().zh()).isEqualTo("2015年奖励 1300 万元，资金 1000 万元，超出 300 万元");
  }

  @Test
  void moneyToPayeesCountsOnlyWhenTheFundSaysSo() {
    Policy p = policy("source: 第九条", "countPayees: true, source: 第九条");
    FundResult y2014 = year(Funds.check(p, evaluate(p, List.of("zones", "streets"))), 2014);

    // 1000 + a's lab 50, in the fund's first year, when its amount is exact.
    assertThat(y2014.paid()).isEqualByComparingTo("1050");
    assertThat(y2014.notCounted()).isEqualByComparingTo("0");
    assertThat(y2014.status()).isEqualTo(FundResult.Status.OVER);
  }

  @Test
  void onlyTheTablesNamedArePaid() {
    Policy p = policy("pays: [zones, streets]", "pays: [zones, streets], tables: [street-money]");
    FundResult y2015 = year(Funds.check(p, evaluate(p, List.of("zones", "streets"))), 2015);

    assertThat(y2015.paid()).isEqualByComparingTo("100");
    assertThat(y2015.status()).isEqualTo(FundResult.Status.WITHIN);
  }

  @Test
  void aSchemeNotEvaluatedLeavesTheCheckIncompleteUnlessTheRestIsAlreadyOver() {
    Policy p = policy("", "");
    List<FundResult> funds = Funds.check(p, evaluate(p, List.of("zones")));

    assertThat(year(funds, 2014).status()).isEqualTo(FundResult.Status.INCOMPLETE);
    assertThat(year(funds, 2014).notEvaluated()).containsExactly("streets");
    assertThat(year(funds, 2014).reason().zh()).isEqualTo(
        "2014年奖励 900 万元，资金 1000 万元，余 100 万元；另奖所在企业 50 万元，不由本资金支付；未评估：街区");
    // 2015: the zones alone give 1200, already more than 1000.
    assertThat(year(funds, 2015).status()).isEqualTo(FundResult.Status.NEEDS_GROWTH);
  }

  @Test
  void theFundIsWrittenBackAsItWasRead() {
    Policy p = policy("source: 第九条", "tables: [prize-money], countPayees: true, source: 第九条");

    String yaml = PolicyWriter.toYaml(p);

    assertThat(yaml).contains("funds:");
    assertThat(PolicyLoader.create().load(yaml, "again.yaml")).isEqualTo(p);
  }

  @Test
  void theLoaderSaysWhereAFundNamesWhatThePolicyDoesNotHave() {
    String yaml = POLICY.replace("pays: [zones, streets]", "pays: [zones, strets], tables: [prize-mony]");

    List<Problem> errors = PolicyLoader.create().validate(yaml, "funded.yaml").errors();

    assertThat(errors).extracting(Problem::path, Problem::message).contains(
        org.assertj.core.groups.Tuple.tuple("funds[0].pays[1]",
            "the policy has no scheme 'strets'; its schemes: zones, streets: did you mean 'streets'?"),
        org.assertj.core.groups.Tuple.tuple("funds[0].tables[0]",
            "none of the schemes the fund pays has a table 'prize-mony': did you mean 'prize-money'?"));
    assertThat(PolicyLoader.create().validate(POLICY.replace("unit: 万元, from", "unit: 元, from"), "f.yaml").errors())
        .extracting(Problem::message).containsExactly(
            "the fund holds 元, but table 'prize-money', which it pays from, gives money in 万元: give both in one unit",
            "the fund holds 元, but table 'street-money', which it pays from, gives money in 万元: give both in one unit");
    // Each on the fund's line, the one after 'funds:'.
    int fundLine = (int) yaml.lines().takeWhile(l -> !l.startsWith("funds:")).count() + 2;
    assertThat(errors).allSatisfy(e -> assertThat(e.line()).isEqualTo(fundLine));
  }
}
