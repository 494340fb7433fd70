package io.github.kaohe.rules.test;

import static io.github.kaohe.rules.test.RuleFixture.evaluate;
import static io.github.kaohe.rules.test.RuleFixture.load;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.kaohe.eval.SchemeResult;
import io.github.kaohe.eval.TargetResult;
import io.github.kaohe.load.PolicyWriter;
import io.github.kaohe.load.Problem;
import io.github.kaohe.model.Label;
import io.github.kaohe.model.Policy;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * How values are shown: in the unit of the text ({@code display}: 万元 data in 亿元) and an
 * enumeration's values by their names ({@code valueNames}), in targets' words; with clear errors.
 */
class DisplayTest {
  private static final String SCHEME =
      """
      facts:
        - {id: revenue, name: {zh: 主营业务收入, en: Revenue}, type: number, unit: 万元, display: {unit: 亿元, factor: 10000}}
        - id: stars
          name: {zh: 星级, en: Star level}
          type: enumeration
          values: [none, one-star, two-stars]
          valueNames: {none: {zh: 未评星, en: no star}, two-stars: {zh: 二星级, en: two stars}}
      measures:
        - {id: all-revenue, name: {zh: 全市收入, en: All revenue}, unit: 万元, display: {unit: 亿元, factor: 10000}, formula: {type: population, statistic: sum, of: revenue}}
      targets:
        - {id: revenue-1000, name: {zh: 收入1000亿元, en: Revenue of 100 billion}, kind: level, of: all-revenue, target: 10000000, from: 2014, deadline: 2014}
        - {id: two-stars, name: {zh: 二星级, en: Two stars}, kind: reach, of: stars, target: two-stars, from: 2014, deadline: 2015, entities: [a]}
      """;

  private static final String DATA =
      """
      entity,period,tax,revenue,stars
      a,2014,1,5103000,one-star
      b,2014,1,1234567,none
      """;

  private static TargetResult target(String id) {
    SchemeResult r = evaluate(load(SCHEME + ENTITIES), DATA, 2014);
    return r.targets().stream().filter(t -> t.target().equals(id)).findFirst().orElseThrow();
  }

  private static final String ENTITIES =
      """
      entities:
        - {id: a, name: {zh: 甲, en: A}}
        - {id: b, name: {zh: 乙, en: B}}
      """;

  @Test
  void aTargetReadsInTheUnitOfTheText() {
    TargetResult t = target("revenue-1000");

    // 5,103,000 + 1,234,567 = 6,337,567 万元 = 633.7567 亿元 < 1000 亿元; the decision is on the data's value
    assertThat(t.value()).contains(new BigDecimal("6337567"));
    assertThat(t.reason().zh()).isEqualTo("现为 633.7567亿元，目标 ≥ 1000亿元（2014年）");
  }

  @Test
  void anEnumerationReadsByTheNamesOfItsValues() {
    TargetResult t = target("two-stars");

    // one-star has no name: it is shown as written; two-stars is 二星级 / two stars
    assertThat(t.reason()).isEqualTo(Label.of("现为 one-star，目标 二星级（2015年）", "now one-star, target two stars by 2015"));
  }

  @Test
  void bothAreWrittenBackAsRead() {
    Policy policy = load(SCHEME + ENTITIES);
    String yaml = PolicyWriter.toYaml(policy);

    assertThat(yaml).contains("display:", "unit: 亿元", "factor: 10000", "valueNames:", "二星级");
    assertThat(io.github.kaohe.load.PolicyLoader.create().load(yaml, "again.yaml").scheme("zones").rules().facts())
        .isEqualTo(policy.scheme("zones").rules().facts());
  }

  @Test
  void anActionIsListedByTheWordOfTheTextAndWrittenBack() {
    String yaml = RuleFixture.yaml(SCHEME + ENTITIES).replace(
        "{id: promotion, name: {zh: 优先提拔, en: Considered first for promotion}, kind: reward}",
        "{id: promotion, name: {zh: 优先提拔, en: Considered first for promotion}, kind: reward, listedAs: {zh: 提拔任用, en: promotion}}");
    Policy policy = io.github.kaohe.load.PolicyLoader.create().load(yaml, "actions.yaml");

    assertThat(policy.findAction("promotion").orElseThrow().listedAs()).contains(Label.of("提拔任用", "promotion"));
    assertThat(policy.findAction("commendation").orElseThrow().listedAs()).isEmpty();
    Policy again = io.github.kaohe.load.PolicyLoader.create().load(PolicyWriter.toYaml(policy), "again.yaml");
    assertThat(again.actions()).isEqualTo(policy.actions());
  }

  @Test
  void aFactorThatIsNotPositiveIsAnErrorAtItsPlace() {
    String bad = SCHEME.replace("display: {unit: 亿元, factor: 10000}}\n  - id: stars", "display: {unit: 亿元, factor: 0}}\n  - id: stars");
    List<Problem> problems = RuleFixture.problems(bad);

    assertThat(problems).hasSize(1);
    assertThat(problems.get(0).message()).isEqualTo("the display factor must be positive, but was 0");
    assertThat(problems.get(0).path()).isEqualTo("schemes[0].facts[0].display");
    assertThat(problems.get(0).line()).isEqualTo(RuleFixture.lineOf(bad, "factor: 0"));
  }

  @Test
  void aNameForAValueTheFactDoesNotHaveIsAnError() {
    String bad = SCHEME.replace("two-stars: {zh: 二星级", "three-stars: {zh: 三星级");
    List<Problem> problems = RuleFixture.problems(bad);

    assertThat(problems).extracting(Problem::message)
        .containsExactly("fact 'stars' names the value 'three-stars', which is not one of its values [none, one-star, two-stars]");
  }
}
