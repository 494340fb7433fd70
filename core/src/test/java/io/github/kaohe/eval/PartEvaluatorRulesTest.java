package io.github.kaohe.eval;

import static io.github.kaohe.eval.PartEvaluatorPolicies.cutoffs;
import static io.github.kaohe.eval.PartEvaluatorPolicies.data;
import static io.github.kaohe.eval.PartEvaluatorPolicies.policy;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.kaohe.data.Dataset;
import io.github.kaohe.data.Period;
import io.github.kaohe.model.Policy;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Rules in parts ({@link PartEvaluator#rule}), with the whole population's figures ({@link
 * PartEvaluator#summariseFigures}, {@link PartEvaluator#resolve}) and earlier periods read from
 * the parts' history, worked by hand for 2024:
 *
 * <pre>
 *      tax 2023  tax 2024  growth g          g − mean (1.25)   total (best 120)   place  reward  tax ≥ 15  grade (≥ 8)
 * a    100       110        10               8.75              10×110/120 = 9.17  2      —       passed    A
 * b     50        60        20              18.75              10× 60/120 = 5.00  3      —       passed    B
 * c     80       120        50              48.75              10.00              1      100     passed    A
 * d     40        10       −75             −76.25              10× 10/120 = 0.83  5      —       failed    B
 * e      —        30        — (no 2023)      —                 10× 30/120 = 2.50  4      —       passed    B
 * </pre>
 *
 * The mean growth is (10 + 20 + 50 − 75) / 4 = 1.25, and the greatest distance above it 48.75, a
 * figure of figures: a second round. The parts are {a, d} and {b, c, e}.
 */
class PartEvaluatorRulesTest {
  static final String RULES = """
      measures:
        - {id: g, name: {zh: 增速, en: Growth}, unit: "%", formula: {type: growth, of: tax}}
        - {id: mean-g, name: {zh: 平均增速, en: Mean growth}, unit: "%",
           formula: {type: population, statistic: mean, of: g}}
        - {id: above, name: {zh: 高于平均, en: Above the mean}, unit: "%",
           formula: {type: weighted-sum, terms: [{of: g, weight: 1}, {of: mean-g, weight: -1}]}}
        - {id: best-above, name: {zh: 最高超出, en: Most above the mean}, unit: "%",
           formula: {type: population, statistic: max, of: above}}
      tables:
        - id: rewards
          name: {zh: 奖励, en: Rewards}
          hitPolicy: first
          inputs: [{id: place, of: result.place}]
          rows:
            - {id: first, name: {zh: 第一名, en: First}, when: {place: 1}, then: {money: 100}}
      checks:
        - id: floor
          name: {zh: 税收下限, en: Tax floor}
          inputs: [{id: tax, of: tax}]
          require: {tax: {ge: 15}}
          message: {zh: 税收过低, en: Tax too low}
      classes:
      """ + cutoffs("grade", "result.total").indent(2);

  static final Policy POLICY = policy(RULES);
  static final Period Y2024 = Period.year(2024);

  static final String HEADER = "entity,period,tax,county\n";
  static final String AD = """
      a,2023,100,c1
      d,2023,40,c2
      a,2024,110,c1
      d,2024,10,c2
      """;
  static final String BCE = """
      b,2023,50,c1
      c,2023,80,c2
      b,2024,60,c1
      c,2024,120,c2
      e,2024,30,c2
      """;

  static final List<Dataset> PARTS = List.of(data(POLICY, HEADER + AD), data(POLICY, HEADER + BCE));

  private static Map<String, EntityResult> ruled() {
    return PartEvaluatorRun.of(POLICY, PARTS).rule(PARTS, Y2024);
  }

  @Test
  void partsReadTheGrowthFromTheirHistoryAndTheMeanFromTheWholePopulation() {
    Map<String, EntityResult> r = ruled();

    assertThat(r.get("a").measures()).containsEntry("g", new java.math.BigDecimal("10"));
    assertThat(r.get("a").measures().get("mean-g")).isEqualByComparingTo("1.25");
    assertThat(r.get("a").measures().get("above")).isEqualByComparingTo("8.75");
    assertThat(r.get("d").measures().get("above")).isEqualByComparingTo("-76.25");
    assertThat(r.get("e").measures()).doesNotContainKeys("g", "above").containsKey("mean-g");
  }

  @Test
  void aFigureOfFiguresTakesASecondRound() {
    PartEvaluatorRun run = PartEvaluatorRun.of(POLICY, PARTS);

    assertThat(run.rounds).isEqualTo(2);
    assertThat(run.rule(PARTS, Y2024).get("b").measures().get("best-above")).isEqualByComparingTo("48.75");
    // 2023 is scored too (it has no growth, so its mean is missing), and every figure of both years is known
    assertThat(run.figures.known()).isEqualTo(4);
  }

  @Test
  void tablesChecksAndClassesReadThePlacesOfEveryPart() {
    Map<String, EntityResult> r = ruled();

    assertThat(r.get("c").outcomes()).extracting(OutcomeResult::row).containsExactly("first");
    assertThat(r.get("a").outcomes()).isEmpty();
    assertThat(r.get("d").checks()).extracting(c -> c.check() + " " + c.status()).containsExactly("floor FAILED");
    assertThat(r.get("e").checks()).extracting(c -> c.check() + " " + c.status()).containsExactly("floor PASSED");
    assertThat(r.get("a").classes().get("grade").tier()).isEqualTo("A");
    assertThat(r.get("b").classes().get("grade").tier()).isEqualTo("B");
  }

  @Test
  void everyPartGivesWhatTheWholePopulationGives() {
    Map<String, EntityResult> r = ruled();
    SchemeResult whole = Evaluator.of(POLICY).evaluate("firms", data(POLICY, HEADER + AD + BCE), Y2024);

    assertThat(r.keySet()).containsExactlyInAnyOrder("a", "b", "c", "d", "e");
    for (EntityResult e : whole.entities()) {
      EntityResult part = r.get(e.id());
      assertThat(part.total()).as(e.id()).isEqualByComparingTo(e.total());
      assertThat(part.measures()).as(e.id()).isEqualTo(e.measures());
      assertThat(part.outcomes()).as(e.id()).isEqualTo(e.outcomes());
      assertThat(part.checks()).as(e.id()).isEqualTo(e.checks());
      assertThat(part.classes()).as(e.id()).isEqualTo(e.classes());
      assertThat(part.place()).as("a part's result has no place").isEmpty();
    }
  }
}
