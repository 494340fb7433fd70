package io.github.kaohe.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.kaohe.RandomPolicies;
import io.github.kaohe.RandomPolicies.Case;
import io.github.kaohe.data.DataException;
import io.github.kaohe.data.DataReader;
import io.github.kaohe.data.DataSheet;
import io.github.kaohe.eval.EvaluationException;
import io.github.kaohe.eval.Evaluator;
import io.github.kaohe.eval.PartEvaluator;
import io.github.kaohe.eval.SchemeResult;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * On random policies and data spread over 1 to 7 partitions, Spark gives what the command line
 * gives for a CSV file of the same cells: every value of every row (points of each category and
 * indicator, total, place, place within each group), or the same problems. A few dozen cases, as
 * each runs several Spark jobs.
 */
class MatchesEngineProperties {

  @Provide
  Arbitrary<Case> cases() {
    return Arbitraries.randomValue(r -> RandomPolicies.dataCase(r, 2 + r.nextInt(80)))
        .filter(c -> PartEvaluator.unsupported(c.scheme()).isEmpty());
  }

  @Property(tries = 30)
  void sparkGivesWhatTheEngineGives(@ForAll("cases") Case c, @ForAll @IntRange(min = 1, max = 7) int partitions) {
    Dataset<Row> frame = Frames.wide(c.rows(), partitions).cache();
    DataSheet sheet = Frames.sheet(frame);
    KaoheSpark spark = KaoheSpark.of(c.policy(), c.scheme().id()).partitions(partitions);
    List<io.github.kaohe.data.Period> periods = List.of(RandomPolicies.PERIOD);
    SchemeResult expected;
    try {
      io.github.kaohe.data.Dataset data = DataReader.forScheme(c.scheme()).ignoringColumnsOfOtherSchemes(c.policy())
          .withPeriod(RandomPolicies.PERIOD).read(List.of(sheet));
      expected = Evaluator.of(c.policy()).evaluate(c.scheme().id(), data, RandomPolicies.PERIOD);
    } catch (DataException e) {
      DataException fromSpark = catchThrowableOfType(DataException.class, () -> spark.evaluate(frame, periods));
      assertThat(fromSpark.problems()).containsExactlyInAnyOrderElementsOf(e.problems());
      return;
    } catch (EvaluationException e) {
      EvaluationException fromSpark = catchThrowableOfType(EvaluationException.class, () -> spark.evaluate(frame, periods));
      assertThat(fromSpark.problems()).containsExactlyInAnyOrderElementsOf(e.problems());
      return;
    } finally {
      frame.unpersist();
    }
    try (SparkEvaluation evaluation = spark.evaluate(frame, periods)) {
      SameResults.assertSame(c.scheme(), expected, evaluation.results());
    }
  }
}
