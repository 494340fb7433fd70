package io.github.kaohe.rules.test;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.kaohe.load.PolicyLoader;
import io.github.kaohe.load.PolicyWriter;
import io.github.kaohe.model.Policy;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** A policy with rules, written by {@link PolicyWriter#toYaml}, loads back equal. */
class RulesWriterTest {
  /** Every form of fact, measure, condition, outcome, table option and class. */
  static final String EVERY_FORM =
      """
      ranking: {ties: dense, groups: [county]}
      facts:
        - {id: top, name: {zh: 十强, en: Top ten}, type: boolean, fallback: "否", source: 第一条}
        - {id: titles, name: {zh: 称号数, en: Titles}, type: count, fallback: "0"}
        - {id: star, name: {zh: 星级, en: Star level}, type: enumeration, values: [none, one, two, three], fallback: none}
        - {id: province-place, name: {zh: 全省位次, en: Provincial place}, type: place}
        - {id: x, name: {zh: 数值, en: A number}, type: number}
      measures:
        - id: mix
          name: {zh: 加权, en: Mix}
          unit: "%"
          formula: {type: weighted-sum, terms: [{of: x, weight: 0.50}, {of: tax, weight: 10}]}
          rounding: {scale: 2, rounding: half-even}
          source: 第二条
        - {id: g, name: {zh: 增速, en: Growth}, formula: {type: growth, of: tax, whenBaseNotPositive: zero}}
        - {id: g2, name: {zh: 增速二, en: Growth 2}, formula: {type: growth, of: x}}
        - {id: share, name: {zh: 占比, en: Share}, formula: {type: ratio, numerator: x, denominator: tax, factor: 100}}
        - {id: share1, name: {zh: 占比一, en: Share 1}, formula: {type: ratio, numerator: x, denominator: tax}}
        - {id: med, name: {zh: 中位数, en: Median}, formula: {type: population, statistic: median, of: g, over: ranked}}
        - {id: avg, name: {zh: 平均, en: Mean}, formula: {type: population, statistic: mean, of: g}}
        - {id: moved, name: {zh: 变化, en: Change}, formula: {type: change, of: province-place}}
      eligibilities:
        - {id: awards, name: {zh: 评先资格, en: eligibility for awards}}
      tables:
        - id: gate
          name: {zh: 门槛, en: Gate}
          hitPolicy: rule-order
          source: 第三条
          inputs:
            - {id: growth, of: g}
            - {id: average, of: avg}
          rows:
            - id: below
              name: {zh: 低于平均, en: Below the average}
              when: {growth: {lt: {input: average}}}
              then: [{revoke: awards}, {action: criticism}]
              source: 第三条第1项
        - id: rewards
          name: {zh: 奖励, en: Rewards}
          hitPolicy: collect-max
          requires: [awards]
          periods: years
          unit: 元
          inputs:
            - {id: place, of: result.place}
            - {id: county-place, of: result.place.county}
            - {id: points, of: result.points.size}
            - {id: total, of: result.total}
            - {id: top, of: top}
            - {id: titles, of: titles}
            - {id: star, of: star}
            - {id: star-before, of: star, timing: previous}
            - {id: change, of: province-place, timing: change}
          rows:
            - {when: {place: 1}, then: {money: 300.50}}
            - {when: {place: {between: [2, 3]}, top: true}, then: {money: 200}}
            - {when: {star: {in: [two, three]}, star-before: {lt: two}}, then: {money: 100}}
            - {when: {titles: {ge: 1}, county-place: any}, then: {moneyPerUnit: 30, of: titles}}
            - {when: {place: {eachOfLast: 3, is: {le: 3}}}, then: {action: promotion}}
            - {when: {change: {ne: 0}, points: {gt: 0.5}, total: {between: [0.10, 10]}}, then: {action: commendation}}
            - {when: {top: 1, star: {in: [none]}}, then: {money: 0}}
        - id: ranks
          name: {zh: 位次, en: Places}
          hitPolicy: priority
          complete: true
          periods: quarters
          appliesTo: {attribute: kind, in: [commercial-zone, cbd]}
          inputs: [{id: place, of: result.place}]
          rows:
            - {id: high, when: {place: {le: 3}}, then: {action: commendation}, priority: 2}
            - {id: low, when: {place: {gt: 3}}, then: {action: criticism}, priority: -1}
      classes:
        - id: grade
          name: {zh: 等次, en: Grade}
          basis: cutoffs
          of: result.points.size
          tiers:
            - {id: A, name: {zh: 优秀, en: Excellent}, from: 9.0}
            - {id: B, name: {zh: 良好, en: Good}, from: 6}
            - {id: C, name: {zh: 一般, en: Fair}}
          unclassed: {id: none, name: {zh: 不参评, en: Not classified}}
        - id: share-grade
          name: {zh: 比例等次, en: Grade by share}
          basis: shares
          within: county
          tiers:
            - {id: A, name: {zh: 优秀, en: Excellent}, share: 0.20}
            - {id: B, name: {zh: 良好, en: Good}, share: 0.4}
            - {id: C, name: {zh: 一般, en: Fair}}
          unclassed: {id: none, name: {zh: 不参评, en: Not classified}}
      """;

  private static void assertRoundTrip(Policy policy) {
    String yaml = PolicyWriter.toYaml(policy);
    Policy back = PolicyLoader.create().load(yaml, "written.yaml");

    assertThat(back).isEqualTo(policy);
    assertThat(PolicyWriter.toYaml(back)).isEqualTo(yaml);
  }

  @Test
  void everyFormOfRuleLoadsBackEqual() {
    Policy policy = RuleFixture.load(EVERY_FORM);

    assertThat(policy.scheme("zones").rules().tables()).hasSize(3);
    assertRoundTrip(policy);
  }

  @Test
  void theSmokeTestPolicyLoadsBackEqual() {
    assertRoundTrip(PolicyLoader.create().load(getClass().getResource("/policies/rules.yaml"), "rules.yaml"));
  }

  @Test
  void theKaifengPolicyLoadsBackEqual() throws IOException {
    // core cannot depend on the policy module; the build runs in core/, beside it
    Path file = Path.of("../policy-kaifeng/src/main/resources/io/github/kaohe/policy/kaifeng/kaifeng-2014.yaml");
    Policy policy = PolicyLoader.create().load(Files.readString(file), "kaifeng-2014.yaml");

    assertThat(policy.scheme("industrial-cluster-zones").rules().tables()).isNotEmpty();
    assertRoundTrip(policy);
  }
}
