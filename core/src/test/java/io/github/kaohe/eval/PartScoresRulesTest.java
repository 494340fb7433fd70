package io.github.kaohe.eval;

import static io.github.kaohe.eval.PartEvaluatorPolicies.data;
import static io.github.kaohe.eval.PartEvaluatorPolicies.policy;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.kaohe.data.Dataset;
import io.github.kaohe.data.Period;
import io.github.kaohe.model.Policy;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What a part's scores tell of its entities' rules: nothing after {@link PartEvaluator#score} when
 * the rules run after places, and after {@link PartEvaluator#rule} the outcomes, checks, measures,
 * classes and targets that the whole population's evaluation gives (the policy and data of {@link
 * PartEvaluatorRulesTest}, with a target of all firms' tax: 110 + 60 + 120 + 10 + 30 = 330 of 300).
 */
class PartScoresRulesTest {
  private static Policy policyWithTarget() {
    String rules = PartEvaluatorRulesTest.RULES.replace("measures:\n", """
        measures:
          - {id: all-tax, name: {zh: 税收合计, en: All tax}, unit: 万元, formula: {type: population, statistic: sum, of: tax}}
        """) + """
        targets:
          - {id: all-tax-300, name: {zh: 税收合计目标, en: All firms' tax}, kind: level, of: all-tax, target: 300,
             from: 2023, deadline: 2024}
        """;
    return policy(rules);
  }

  private static final Period Y2024 = PartEvaluatorRulesTest.Y2024;

  private static List<Dataset> parts(Policy policy) {
    return List.of(data(policy, PartEvaluatorRulesTest.HEADER + PartEvaluatorRulesTest.AD),
        data(policy, PartEvaluatorRulesTest.HEADER + PartEvaluatorRulesTest.BCE));
  }

  @Test
  void scoresBeforeThePlacesHaveNoRulesYet() {
    Policy policy = policyWithTarget();
    PartEvaluatorRun run = PartEvaluatorRun.of(policy, parts(policy));
    PartScores scores = run.evaluator.score(parts(policy).get(1), Y2024, run.summaries.get(Y2024));

    assertThat(scores.size()).isEqualTo(3);
    for (int k = 0; k < 3; k++) {
      assertThat(scores.outcomes(k)).isEmpty();
      assertThat(scores.checks(k)).isEmpty();
      assertThat(scores.measures(k)).isEmpty();
      assertThat(scores.classes(k)).isEmpty();
      assertThat(scores.taxShares(k)).isEmpty();
    }
    assertThat(scores.targets()).isEmpty();
  }

  @Test
  void ruledScoresGiveWhatTheWholePopulationGivesEachEntity() {
    Policy policy = policyWithTarget();
    PartEvaluatorRun run = PartEvaluatorRun.of(policy, parts(policy));
    SchemeResult whole = Evaluator.of(policy).evaluate("firms",
        data(policy, PartEvaluatorRulesTest.HEADER + PartEvaluatorRulesTest.AD + PartEvaluatorRulesTest.BCE), Y2024);

    PartScores scores = run.evaluator.rule(parts(policy).get(1), Y2024, run.history, run.places, run.figures);

    assertThat(scores.size()).isEqualTo(3);
    for (int k = 0; k < 3; k++) {
      EntityResult e = whole.entity(scores.entity(k)).orElseThrow();
      assertThat(scores.outcomes(k)).isEqualTo(e.outcomes());
      assertThat(scores.checks(k)).isEqualTo(e.checks()).hasSize(1);
      assertThat(scores.measures(k)).isEqualTo(e.measures()).containsKey("all-tax");
      assertThat(scores.classes(k)).containsExactlyElementsOf(e.classes().values());
      assertThat(scores.points("size", k)).as("a category's points").contains(e.points("size").orElseThrow());
      assertThat(scores.points("tax", k)).as("an indicator's points").contains(e.points("tax").orElseThrow());
      EntityResult explained = scores.result(k);
      assertThat(explained.checks()).isEqualTo(e.checks());
      assertThat(explained.measures()).isEqualTo(e.measures());
      assertThat(explained.total()).isEqualByComparingTo(e.total());
      assertThat(explained.place()).as("places come from every part").isEmpty();
    }
    // c, first, is in this part: its reward
    int c = scores.entity(0).equals("c") ? 0 : scores.entity(1).equals("c") ? 1 : 2;
    assertThat(scores.outcomes(c)).extracting(OutcomeResult::row).containsExactly("first");
    // the target of all firms, 330 of 300: the same in every part
    assertThat(scores.targets()).isEqualTo(whole.targets()).hasSize(1);
    assertThat(scores.targets().get(0).value()).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("330"));
  }
}
