package io.github.kaohe.policy.kaifeng;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.kaohe.data.Period;
import io.github.kaohe.eval.Evaluator;
import io.github.kaohe.eval.FundResult;
import io.github.kaohe.eval.Funds;
import io.github.kaohe.eval.ResultJson;
import io.github.kaohe.eval.SchemeResult;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * 四(四)4(1): "自2014年起，设立市产业集聚区和服务业两区建设专项奖补资金2000万元（以后逐年按财政增长幅度递增）". The
 * rewards both tables give in a year are checked against it, on the sample data, worked by hand from
 * the rewards listed in the main job's output (the firms' technology-centre rewards are not paid
 * from it).
 */
class KaifengFundTest {
  private static final List<Period> YEARS = List.of(Period.year(2013), Period.year(2014), Period.year(2015),
      Period.year(2016));

  private static List<FundResult> funds() {
    List<SchemeResult> all = new ArrayList<>();
    for (String scheme : List.of("industrial-cluster-zones", "service-zones")) {
      all.addAll(Evaluator.of(KaifengSample.POLICY).evaluate(scheme, KaifengSample.data(scheme), YEARS));
    }
    return Funds.check(KaifengSample.POLICY, all);
  }

  @Test
  void eachYearsRewardsOfBothTablesFitTheFund() {
    List<FundResult> funds = funds();

    // 2013 is before the fund: 2014–2016 only.
    assertThat(funds).extracting(f -> f.period().year()).containsExactly(2014, 2015, 2016);
    // 2014: cluster zones 汴西 300 + 尉氏县 200 + 黄龙 100 + 杞县 100 = 700; service zones 鼓楼区 330 +
    // 龙亭区 200 + 杞县 100 = 630; 1330 of exactly 2000 (the first year), 670 left; firms: 60.
    FundResult y2014 = funds.get(0);
    assertThat(y2014.paidBy("industrial-cluster-zones")).isEqualByComparingTo("700");
    assertThat(y2014.paidBy("service-zones")).isEqualByComparingTo("630");
    assertThat(y2014.paid()).isEqualByComparingTo("1330");
    assertThat(y2014.exact()).isTrue();
    assertThat(y2014.margin()).isEqualByComparingTo("670");
    assertThat(y2014.notCounted()).isEqualByComparingTo("60");
    // 2015: 700 + (龙亭区 330 + 鼓楼区 350 + 杞县 100 + 市商务中心区 300 = 1080) = 1780; the fund has grown
    // since 2014 by a rate not given, so it holds at least 2000: within.
    assertThat(funds.get(1).paid()).isEqualByComparingTo("1780");
    assertThat(funds.get(1).exact()).isFalse();
    // 2016: (汴西 300 + 尉氏县 200 + 杞县 200 + 通许县 100 = 800) + (龙亭区 300 + 鼓楼区 230 + 金明区 130 +
    // 市商务中心区 350 = 1010) = 1810; firms: 汴西 50 + 30, 杞县 30, 精细化工 30 = 140.
    FundResult y2016 = funds.get(2);
    assertThat(y2016.paid()).isEqualByComparingTo("1810");
    assertThat(y2016.notCounted()).isEqualByComparingTo("140");
    assertThat(funds).allSatisfy(f -> assertThat(f.status()).isEqualTo(FundResult.Status.WITHIN));
    assertThat(y2016.reason().zh()).isEqualTo("2016年奖励 1810 万元，资金至少 2000 万元（2014年 2000 万元，此后逐年递增），"
        + "余 190 万元以上；另奖所在企业 140 万元，不由本资金支付");
  }

  @Test
  void theJsonOfBothSchemesCarriesTheFundCheck() {
    List<SchemeResult> both = List.of(KaifengSample.evaluate("industrial-cluster-zones", 2016),
        KaifengSample.evaluate("service-zones", 2016));

    String json = ResultJson.write(both);

    assertThat(json).contains("\"fund\" : \"reward-fund\"").contains("\"paid\" : 1810").contains("\"status\" : \"within\"")
        .contains("\"notCounted\" : 140");
    // One scheme alone: the fund pays the other too.
    assertThat(ResultJson.write(both.get(0))).contains("\"paid\" : 800").contains("\"status\" : \"incomplete\"")
        .contains("\"notEvaluated\" : [ \"service-zones\" ]");
  }
}
