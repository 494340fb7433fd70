package io.github.kaohe.rules.test;

import static io.github.kaohe.rules.test.RegisterFixture.entity;
import static io.github.kaohe.rules.test.RegisterFixture.evaluate;
import static io.github.kaohe.rules.test.RegisterFixture.load;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.kaohe.eval.EvaluationException;
import io.github.kaohe.eval.EvaluationProblem;
import io.github.kaohe.eval.Explanation;
import io.github.kaohe.eval.ResultJson;
import io.github.kaohe.eval.SchemeResult;
import io.github.kaohe.eval.TaxShareResult;
import io.github.kaohe.model.Language;
import io.github.kaohe.model.Policy;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Taxes split between governments by share, rounded, the remainder party taking what is left. */
class TaxSharingTest {
  private static final String SCHEME =
      """
      attributes: [zone, investor, county]
      facts:
        - {id: vat, name: {zh: 增值税, en: VAT}, type: number}
        - {id: income-tax, name: {zh: 企业所得税, en: Corporate income tax}, type: number}
        - {id: producing, name: {zh: 已投产, en: In production}, type: boolean}
      taxSharing:
        - id: five-five
          name: {zh: 五五分成, en: Half and half}
          taxes: [vat, income-tax]
          parties:
            - {id: investing, name: {zh: 投资地政府, en: Investing government}, share: 5, attribute: investor}
            - {id: receiving, name: {zh: 落地园区, en: Receiving zone}, share: 5, attribute: zone}
          remainder: receiving
          appliesWhen: producing
          rounding: {scale: 0, rounding: down}
          source: "§8"
      """;

  private static final Policy POLICY = load(SCHEME);

  // f1 pays VAT 101 and income tax 33.5; f2 only VAT 100; f3 is not in production.
  private static final String DATA =
      """
      entity,period,zone,investor,vat,income-tax,producing
      f1,2015,east,weishi,101,33.5,true
      f2,2015,west,tongxu,100,,true
      f3,2015,east,qixian,999,10,false
      """;

  private static final SchemeResult RESULT = evaluate(POLICY, DATA, 2015);

  private static List<TaxShareResult> shares(String firm) {
    return entity(RESULT, firm).taxShares();
  }

  /** "party recipient amount" for each share, "+" marking the remainder party. */
  private static List<String> split(TaxShareResult t) {
    return t.shares().stream()
        .map(s -> s.party() + " " + s.recipient() + " " + s.amount().toPlainString() + (s.remainder() ? "+" : "")).toList();
  }

  @Nested
  class Splitting {
    @Test
    void roundsDownToTheYuanAndGivesTheRemainderToTheRemainderParty() {
      TaxShareResult vat = shares("f1").get(0);

      // 101 × 5 / 10 = 50.5 → down to 50 for the investing government; the zone takes 101 − 50 = 51
      assertThat(vat.tax()).isEqualTo("vat");
      assertThat(vat.amount()).isEqualByComparingTo("101");
      assertThat(split(vat)).containsExactly("investing weishi 50", "receiving east 51+");
    }

    @Test
    void theRemainderKeepsTheFractionsOfTheTax() {
      TaxShareResult income = shares("f1").get(1);

      // 33.5 × 5 / 10 = 16.75 → 16; the zone takes 33.5 − 16 = 17.5
      assertThat(split(income)).containsExactly("investing weishi 16", "receiving east 17.5+");
    }

    @Test
    void aTaxWithoutAValueIsNotShared() {
      // f2 paid no income tax: only its VAT is shared, 100 × 5 / 10 = 50 each
      assertThat(shares("f2")).extracting(TaxShareResult::tax).containsExactly("vat");
      assertThat(split(shares("f2").get(0))).containsExactly("investing tongxu 50", "receiving west 50+");
    }

    @Test
    void appliesOnlyWhenItsConditionHolds() {
      assertThat(shares("f3")).isEmpty();
    }

    @Test
    void theRemainderPartyNeedNotComeLast() {
      String scheme = SCHEME.replace("remainder: receiving", "remainder: investing")
          .replace("rounding: down}", "rounding: half-up}");
      SchemeResult r = evaluate(load(scheme), DATA, 2015);

      // 101 × 5 / 10 = 50.5 → half up 51 for the zone; the investing government takes 101 − 51 = 50
      assertThat(split(entity(r, "f1").taxShares().get(0))).containsExactly("investing weishi 50+", "receiving east 51");
    }

    @Test
    void sharesAreTermsOfARatioSoTheyNeedNotAddUpToOne() {
      String scheme = SCHEME.replace("share: 5, attribute: investor", "share: 0.6, attribute: investor")
          .replace("share: 5, attribute: zone", "share: 0.5, attribute: zone");

      // 0.6 : 0.5 of 101: 101 × 0.6 / 1.1 = 55.09… → down 55; the zone takes 101 − 55 = 46
      assertThat(split(entity(evaluate(load(scheme), DATA, 2015), "f1").taxShares().get(0)))
          .containsExactly("investing weishi 55", "receiving east 46+");
    }

    @Test
    void unequalSharesOfThreeParties() {
      String scheme = SCHEME.replace(
          "    remainder: receiving",
          "      - {id: county, name: {zh: 县, en: County}, share: 3, attribute: county}\n    remainder: county");
      String data =
          """
          entity,period,zone,investor,county,vat,producing
          f1,2015,east,weishi,kaifeng,100,true
          """;
      SchemeResult r = evaluate(load(scheme), data, 2015);

      // shares 5 : 5 : 3 of 100: 100 × 5 / 13 = 38.46… → down 38, twice; the county takes 100 − 38 − 38 = 24
      assertThat(split(entity(r, "f1").taxShares().get(0)))
          .containsExactly("investing weishi 38", "receiving east 38", "county kaifeng 24+");
    }
  }

  @Nested
  class Totals {
    @Test
    void sumWhatEachRecipientReceivesPerTax() {
      // weishi: VAT 50, income tax 16; east: VAT 51, income tax 17.5; tongxu: VAT 50; west: VAT 50.
      // f3 (not in production) gives east nothing.
      Map<String, Map<String, BigDecimal>> totals = RESULT.taxTotals();

      assertThat(totals.keySet()).containsExactly("weishi", "east", "tongxu", "west");
      assertThat(totals.get("east")).containsOnlyKeys("vat", "income-tax");
      assertThat(totals.get("east").get("vat")).isEqualByComparingTo("51");
      assertThat(totals.get("east").get("income-tax")).isEqualByComparingTo("17.5");
      assertThat(totals.get("tongxu")).containsOnlyKeys("vat");
    }

    @Test
    void addUpOverFirmsWithTheSameRecipient() {
      String data =
          """
          entity,period,zone,investor,vat,producing
          f1,2015,east,weishi,101,true
          f2,2015,east,weishi,99,true
          """;

      // f1: 50 / 51; f2: 99 × 5 / 10 = 49.5 → 49 / 50. weishi 50 + 49 = 99, east 51 + 50 = 101
      Map<String, Map<String, BigDecimal>> totals = evaluate(POLICY, data, 2015).taxTotals();
      assertThat(totals.get("weishi").get("vat")).isEqualByComparingTo("99");
      assertThat(totals.get("east").get("vat")).isEqualByComparingTo("101");
    }
  }

  @Nested
  class Problems {
    @Test
    void aFirmThatPaidTaxWithoutTheConditionIsAProblem() {
      String data =
          """
          entity,period,zone,investor,vat,producing
          f1,2015,east,weishi,101,
          """;

      assertThatThrownBy(() -> evaluate(POLICY, data, 2015))
          .isInstanceOf(EvaluationException.class)
          .satisfies(e -> assertThat(((EvaluationException) e).problems())
              .extracting(EvaluationProblem::entity, EvaluationProblem::message)
              .containsExactly(org.assertj.core.groups.Tuple.tuple("f1",
                  "the tax sharing 'five-five' applies only when producing, which has no value:"
                      + " give it (true or false) for every firm that paid tax")));
    }

    @Test
    void aFirmThatPaidNoTaxNeedNotSayWhetherTheConditionHolds() {
      String data =
          """
          entity,period,zone,investor,vat,producing
          f1,2015,east,weishi,,
          f2,2015,east,weishi,10,true
          """;
      SchemeResult r = evaluate(POLICY, data, 2015);

      assertThat(entity(r, "f1").taxShares()).isEmpty();
      // 10 × 5 / 10 = 5 each
      assertThat(split(entity(r, "f2").taxShares().get(0))).containsExactly("investing weishi 5", "receiving east 5+");
    }

    @Test
    void aFirmWithoutARecipientIsAProblem() {
      String data =
          """
          entity,period,zone,investor,vat,producing
          f1,2015,east,,101,true
          """;

      assertThatThrownBy(() -> evaluate(POLICY, data, 2015))
          .isInstanceOf(EvaluationException.class)
          .satisfies(e -> assertThat(((EvaluationException) e).problems())
              .extracting(EvaluationProblem::message)
              .containsExactly("the firm has no investor: say which government or zone receives the investing share"));
    }
  }

  @Nested
  class Output {
    @Test
    void theExplanationShowsEachShare() {
      String en = Explanation.of(RESULT, entity(RESULT, "f1"), Language.EN);
      String zh = Explanation.of(RESULT, entity(RESULT, "f1"), Language.ZH);

      assertThat(en).contains("Tax shared VAT 101: Investing government weishi 50, Receiving zone east 51 (takes the remainder)\n");
      assertThat(zh).contains("税收分成 增值税 101: 投资地政府 weishi 50，落地园区 east 51（含尾差）\n");
    }

    @Test
    @SuppressWarnings("unchecked")
    void theJsonHasTheSharesAndTheTotals() {
      Map<String, Object> tree = ResultJson.tree(RESULT);
      Map<String, Object> f1 = ((List<Map<String, Object>>) tree.get("results")).get(0);
      Map<String, Object> vat = ((List<Map<String, Object>>) f1.get("taxShares")).get(0);

      assertThat(f1).containsEntry("entity", "f1");
      assertThat(vat).containsEntry("sharing", "five-five").containsEntry("tax", "vat");
      assertThat((List<Map<String, Object>>) vat.get("shares")).extracting(s -> s.get("recipient") + " " + s.get("remainder"))
          .containsExactly("weishi false", "east true");
      assertThat(((Map<String, Map<String, BigDecimal>>) tree.get("taxTotals")).get("weishi").get("income-tax"))
          .isEqualByComparingTo("16");
    }
  }
}
