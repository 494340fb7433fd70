package io.github.kaohe.formula;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.kaohe.data.CsvDataReader;
import io.github.kaohe.data.Period;
import io.github.kaohe.eval.Evaluator;
import io.github.kaohe.eval.SchemeResult;
import io.github.kaohe.load.PolicyLoader;
import io.github.kaohe.load.PolicyWriter;
import io.github.kaohe.model.Policy;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Classes by shares: how a share becomes a count of firms, and a floor a class also asks for. */
class ShareCountingTest {
  static final Period YEAR = Period.year(2023);

  static Policy policy(String counting, String floor) {
    return PolicyLoader.create().load("""
        kaohe: 1
        id: classes
        name: {zh: 分类, en: Classes}
        version: "1"
        source: {title: {zh: 测试, en: Test}, issuer: 测试, date: 2023-01-01}
        arithmetic:
          points: {scale: 2, rounding: half-up}
          totals: {scale: 2, rounding: half-up}
        schemes:
          - id: firms
            name: {zh: 企业, en: Firms}
            total: 100
            defaults: {missing: zero-points}
            categories:
              - id: all
                name: {zh: 全部, en: All}
                weight: 100
                indicators:
                  - {id: score, name: {zh: 得分, en: Score}, weight: 100, method: direct-points}
            classes:
              - id: grade
                name: {zh: 等级, en: Grade}
                basis: shares
                counting: %s
                tiers:
                  - {id: A, name: {zh: A类, en: A}, share: 0.25%s}
                  - {id: B, name: {zh: B类, en: B}, share: 0.5}
                  - {id: C, name: {zh: C类, en: C}}
                unclassed: {id: none, name: {zh: 未分类, en: none}}
        """.formatted(counting, floor), "classes.yaml");
  }

  /** Ten firms: 95, 90, 90, 70, 60, 50, 40, 30, 20, 10. */
  static Map<String, String> classes(Policy p) {
    String csv = "entity,score\nf1,95\nf2,90\nf3,90\nf4,70\nf5,60\nf6,50\nf7,40\nf8,30\nf9,20\nf10,10\n";
    SchemeResult r = Evaluator.of(p).evaluate("firms",
        CsvDataReader.forScheme(p.scheme("firms")).withPeriod(YEAR).read(csv, "f.csv"), YEAR);
    Map<String, String> out = new LinkedHashMap<>();
    for (int i = 1; i <= 10; i++) {
      out.put("f" + i, r.entity("f" + i).orElseThrow().classes().get("grade").tier());
    }
    return out;
  }

  @Test
  void sharesRoundHalfUpByDefault() {
    // A: 0.25 × 10 = 2.5 → 3 places: f1 (1), f2 and f3 (tied at 2); B up to 7.5 → 8
    assertThat(classes(policy("half-up", ""))).containsEntry("f3", "A").containsEntry("f4", "B").containsEntry("f8", "B")
        .containsEntry("f9", "C");
  }

  @Test
  void sharesRoundedDownLeaveTheHalfOut() {
    // A up to 2 places: f1, and f2 and f3 who share place 2; B up to 7
    assertThat(classes(policy("floor", ""))).containsEntry("f3", "A").containsEntry("f7", "B").containsEntry("f8", "C");
  }

  @Test
  void byPercentileTiesNeverPushAClassPastItsShare() {
    // f2 and f3 tie at place 2: three firms score as well or better than them, 3 > 2.5, so they are B
    assertThat(classes(policy("percentile", ""))).containsEntry("f1", "A").containsEntry("f2", "B").containsEntry("f3", "B");
  }

  @Test
  void aClassMayAlsoAskForAFloor() {
    // A: top 25 % and at least 92 points: f2 and f3 (90) fall to B
    Map<String, String> c = classes(policy("half-up", ", atLeast: 92"));
    assertThat(c).containsEntry("f1", "A").containsEntry("f2", "B").containsEntry("f3", "B");
  }

  @Test
  void countingAndFloorsAreWrittenBack() {
    Policy p = policy("percentile", ", atLeast: 92");
    assertThat(PolicyLoader.create().load(PolicyWriter.toYaml(p), "again.yaml").scheme("firms").rules().classifications())
        .isEqualTo(p.scheme("firms").rules().classifications());
  }
}
