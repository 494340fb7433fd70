package io.github.kaohe.policy.kaifeng;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.kaohe.eval.EntityResult;
import io.github.kaohe.eval.Explanation;
import io.github.kaohe.eval.SchemeResult;
import io.github.kaohe.model.Language;
import org.junit.jupiter.api.Test;

/** {@code explain} shows derived values with their units, in the unit of the text (万元 sums in 亿元). */
class ExplainUnitsTest {
  @Test
  void derivedValuesCarryTheirUnitsInTheUnitOfTheText() {
    SchemeResult r = KaifengSample.evaluate("industrial-cluster-zones", 2016);
    EntityResult bianxi = r.entity("bianxi").orElseThrow();

    String zh = Explanation.of(r, bianxi, Language.ZH);
    String en = Explanation.of(r, bianxi, Language.EN);

    // The zones' tax in 2016 adds up to 578850 万元 = 57.885 亿元; growth in percent; places and counts.
    assertThat(zh).contains("全市产业集聚区税收收入 = 57.885亿元", "综合增速 = 21.55%", "年度省综合位次 = 10.2位",
        "十强十快十先称号数 = 1项", "主营业务收入超500亿的集聚区个数 = 3个");
    assertThat(zh).doesNotContain("= 578850");
    assertThat(en).contains("All zones' tax revenue = 57.885亿元");
  }

  @Test
  void theBestValueARuleNamesAndAPlaceCarryTheirUnits() {
    SchemeResult r = KaifengSample.evaluate("industrial-cluster-zones", 2016);
    EntityResult bianxi = r.entity("bianxi").orElseThrow();

    String zh = Explanation.of(r, bianxi, Language.ZH);
    String en = Explanation.of(r, bianxi, Language.EN);

    // 汴西 has the most value added in 2016, 2476800 万元; it is ninth in the province
    assertThat(zh).contains("（最高值 2476800 万元）", "全省产业集聚区考核位次 (30 分)：值 第9位；");
    assertThat(en).contains("(highest: 2476800 万元)", "value place 9;");
  }
}
