package io.github.kaohe.eval;

import static io.github.kaohe.eval.PartEvaluatorPolicies.data;
import static io.github.kaohe.eval.PartEvaluatorPolicies.policy;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.kaohe.data.Dataset;
import io.github.kaohe.data.Period;
import io.github.kaohe.model.Policy;
import org.junit.jupiter.api.Test;

/**
 * A part that scoring finds a problem in has the problems and no entities, as {@link
 * PartScores} promises: "either entities or problems, never both".
 */
class PartScoresProblemsTest {
  private static final Policy POLICY = policy("""
      categories:
        - id: size
          name: {zh: 规模, en: Size}
          weight: 10
          indicators:
            - {id: tax, name: {zh: 税收, en: Tax}, weight: 10,
               method: {type: proportional-to-best, whenBestNotPositive: error}}
      """, "");
  private static final Period Y2024 = Period.year(2024);

  @Test
  void aPopulationTheMethodCannotScoreGivesProblemsAndNoEntities() {
    // every tax is 0: there is no best to be proportional to, and the method says that is an error
    Dataset part = data(POLICY, "entity,period,tax\na,2024,0\nb,2024,0\n");
    PartEvaluator evaluator = PartEvaluator.of(POLICY, "firms");

    PartScores scores = evaluator.score(part, Y2024, evaluator.summarise(part, Y2024));

    assertThat(scores.problems()).extracting(EvaluationProblem::key).containsExactly("tax");
    assertThat(scores.size()).isZero();
    assertThat(scores.excluded()).isEmpty();
    assertThatThrownBy(() -> scores.entity(0)).isInstanceOf(IllegalStateException.class)
        .hasMessage("the part was not scored: " + scores.problems());
  }
}
