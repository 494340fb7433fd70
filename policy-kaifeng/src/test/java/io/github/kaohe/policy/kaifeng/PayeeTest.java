package io.github.kaohe.policy.kaifeng;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.kaohe.eval.EntityResult;
import io.github.kaohe.eval.OutcomeResult;
import io.github.kaohe.eval.ResultJson;
import io.github.kaohe.eval.SchemeResult;
import io.github.kaohe.load.PolicyLoader;
import io.github.kaohe.load.PolicyWriter;
import org.junit.jupiter.api.Test;

/**
 * 四(五)2(3): "对重点企业新批准的国家级、省级企业技术中心…分别奖励50万元和30万元" rewards the firm, not
 * the zone: the table names its payee, and a zone's rewards leave that money out.
 */
class PayeeTest {
  @Test
  void theTechnologyCentreRewardGoesToTheFirmNotToTheZonesTotal() {
    SchemeResult r = KaifengSample.evaluate("industrial-cluster-zones", 2016);
    EntityResult bianxi = r.entities().stream().filter(e -> e.entity().name().zh().equals("汴西产业集聚区"))
        .findFirst().orElseThrow();

    // 2016: first place 300 (晋星 三星级 300 not added: the highest applies); the firm: 50 + 30
    assertThat(bianxi.money()).isEqualByComparingTo("300");
    assertThat(bianxi.moneyToOthers()).isEqualByComparingTo("80");
    assertThat(bianxi.given()).filteredOn(o -> o.table().equals("technology-centres"))
        .allSatisfy(o -> assertThat(o.payee()).hasValueSatisfying(p -> assertThat(p.zh()).isEqualTo("所在企业")));
    assertThat(bianxi.given()).filteredOn(o -> o.kind() == OutcomeResult.Kind.MONEY && !o.table().equals("technology-centres"))
        .allSatisfy(o -> assertThat(o.payee()).isEmpty());
    assertThat(io.github.kaohe.eval.Explanation.of(r, bianxi, io.github.kaohe.model.Language.ZH))
        .contains("【给予】国家级技术中心、实验室（每个） 50 万元，奖给所在企业（重点企业技术中心、实验室奖励）");
    assertThat(ResultJson.write(r)).contains("\"moneyToOthers\" : 80").contains("\"zh\" : \"所在企业\"");
  }

  @Test
  void thePayeeIsWrittenBackAsItWasRead() {
    String yaml = PolicyWriter.toYaml(KaifengSample.POLICY);

    assertThat(yaml).contains("payee:");
    assertThat(PolicyLoader.create().load(yaml, "kaifeng-2014.yaml")).isEqualTo(KaifengSample.POLICY);
  }
}
