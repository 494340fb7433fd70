package io.github.kaohe.eval;

import static io.github.kaohe.eval.PartEvaluatorPolicies.data;
import static io.github.kaohe.eval.PartEvaluatorPolicies.policy;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.kaohe.data.Dataset;
import io.github.kaohe.data.Period;
import io.github.kaohe.model.Policy;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * What parts do with a history they cannot read as the whole population's: an earlier period that
 * could not be scored gives a rule that reads it no value, as on one machine; a period the history
 * does not score, or a summary of another scheme, is a caller's mistake, refused.
 */
class PartEvaluatorHistoryTest {
  /** Tax must be given; the rules read the place a year before. */
  private static final Policy POLICY = policy("""
      categories:
        - id: size
          name: {zh: 规模, en: Size}
          weight: 10
          indicators:
            - {id: tax, name: {zh: 税收, en: Tax}, unit: 万元, weight: 10, method: proportional-to-best, missing: error}
      """, """
      measures:
        - {id: moved, name: {zh: 位次变化, en: Change of place}, formula: {type: change, of: result.place}}
      """);

  private static final Period Y2023 = Period.year(2023);
  private static final Period Y2024 = Period.year(2024);

  /** a's tax of 2023 is missing, so 2023 cannot be scored; 2024 can. */
  private static final String CSV = """
      entity,period,tax
      a,2023,
      b,2023,50
      a,2024,110
      b,2024,60
      """;

  @Test
  void aRuleThatReadsAPeriodThatCannotBeScoredFindsNoValueThereAsOnOneMachine() {
    Dataset whole = data(POLICY, CSV);
    SchemeResult expected = Evaluator.of(POLICY).evaluate("firms", whole, Y2024);
    PartEvaluatorRun run = PartEvaluatorRun.of(POLICY, List.of(whole));

    PartScores ruled = run.evaluator.rule(whole, Y2024, run.history, run.places, run.figures);

    assertThat(run.failed).containsOnlyKeys(Y2023);
    assertThat(ruled.problems()).isEmpty();
    assertThat(ruled.size()).isEqualTo(2);
    for (int k = 0; k < 2; k++) {
      EntityResult e = expected.entity(ruled.entity(k)).orElseThrow();
      // no place in 2023, so no change of place: on one machine too
      assertThat(e.measures()).doesNotContainKey("moved");
      assertThat(ruled.measures(k)).isEqualTo(e.measures());
      assertThat(ruled.total(k)).isEqualByComparingTo(e.total());
    }
  }

  @Test
  void aPeriodTheHistoryDoesNotScoreIsRefused() {
    Dataset whole = data(POLICY, CSV.replace("a,2023,", "a,2023,100"));
    PartEvaluator evaluator = PartEvaluator.of(POLICY, "firms");
    PartSummary summary2024 = evaluator.summarise(whole, Y2024);
    // 2023 is in the data, but the history neither scores it nor knows why not
    PartHistory history = PartHistory.of(Set.of(Y2023, Y2024), Map.of(Y2024, summary2024), Map.of());

    assertThatThrownBy(() -> evaluator.rule(whole, Y2024, history, new PartPlaces(), PopulationFigures.none()))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("a rule read 2023, which the history of the parts does not score");
  }

  @Test
  void aSummaryOfAnotherSchemeIsRefusedByEveryPass() {
    Dataset part = data(POLICY, CSV.replace("a,2023,", "a,2023,100"));
    PartEvaluator evaluator = PartEvaluator.of(POLICY, "firms");
    Policy twoIndicators = policy("""
        categories:
          - id: size
            name: {zh: 规模, en: Size}
            weight: 10
            indicators:
              - {id: tax, name: {zh: 税收, en: Tax}, weight: 5, method: proportional-to-best}
              - {id: jobs, name: {zh: 就业, en: Jobs}, weight: 5, method: proportional-to-best}
        """, "");
    PartSummary other = PartEvaluator.of(twoIndicators, "firms").summarise(part, Y2024);
    PartHistory history = PartHistory.of(Set.of(Y2024), Map.of(Y2024, other), Map.of());
    String refusal = "the summary is of another scheme: 2 indicators, where firms has 1";

    assertThatThrownBy(() -> evaluator.score(part, Y2024, other)).hasMessage(refusal);
    assertThatThrownBy(() -> evaluator.summarisePoints(part, Y2024, other)).hasMessage(refusal);
    assertThatThrownBy(() -> evaluator.rule(part, Y2024, history, new PartPlaces(), PopulationFigures.none()))
        .isInstanceOf(IllegalArgumentException.class).hasMessage(refusal);
  }
}
