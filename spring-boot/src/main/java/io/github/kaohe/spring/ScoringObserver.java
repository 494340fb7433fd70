package io.github.kaohe.spring;

import java.time.Duration;

/**
 * Told of every evaluation the {@link ScoringService} runs, e.g. to record metrics (the Micrometer
 * one is configured when Micrometer is on the class path). Called on the scoring thread: be quick.
 */
public interface ScoringObserver {
  /** A scheme was evaluated: {@code entities} scored in {@code time}. */
  default void evaluated(String policy, String scheme, Duration time, int entities) {}

  /**
   * The data could not be read ({@link io.github.kaohe.data.DataException}) or evaluated
   * ({@link io.github.kaohe.eval.EvaluationException}).
   */
  default void failed(String policy, String scheme, RuntimeException failure) {}
}
