package io.github.kaohe.spring.actuate;

import io.github.kaohe.data.DataException;
import io.github.kaohe.eval.EvaluationException;
import io.github.kaohe.spring.ScoringObserver;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;

/**
 * Records every evaluation in Micrometer, tagged with the policy's and the scheme's ids (known ids
 * only: a request for an unknown one fails before it is evaluated):
 *
 * <ul>
 *   <li>{@code kaohe.evaluation}: a timer of evaluations (count, total and greatest time);
 *   <li>{@code kaohe.entities.scored}: a counter of the entities scored;
 *   <li>{@code kaohe.evaluation.failures}: a counter of data that could not be read ({@code
 *       reason=data}) or evaluated ({@code reason=evaluation}).
 * </ul>
 */
public class MicrometerScoringObserver implements ScoringObserver {
  private final MeterRegistry meters;

  public MicrometerScoringObserver(MeterRegistry meters) {
    this.meters = meters;
  }

  @Override
  public void evaluated(String policy, String scheme, Duration time, int entities) {
    Timer.builder("kaohe.evaluation")
        .description("Evaluations of a scheme on data")
        .tags("policy", policy, "scheme", scheme)
        .register(meters)
        .record(time);
    Counter.builder("kaohe.entities.scored")
        .description("Entities scored")
        .baseUnit("entities")
        .tags("policy", policy, "scheme", scheme)
        .register(meters)
        .increment(entities);
  }

  @Override
  public void failed(String policy, String scheme, RuntimeException failure) {
    String reason = failure instanceof DataException ? "data" : failure instanceof EvaluationException ? "evaluation" : "other";
    Counter.builder("kaohe.evaluation.failures")
        .description("Data that could not be read or evaluated")
        .tags("policy", policy, "scheme", scheme, "reason", reason)
        .register(meters)
        .increment();
  }
}
