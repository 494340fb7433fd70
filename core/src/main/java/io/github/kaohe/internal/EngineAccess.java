package io.github.kaohe.internal;

import io.github.kaohe.data.Dataset;
import io.github.kaohe.data.Period;
import io.github.kaohe.eval.OutcomeResult;
import io.github.kaohe.eval.SchemeResult;
import io.github.kaohe.model.Label;
import io.github.kaohe.model.Policy;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The engine's door for the analyses that score one scheme many times over (the sensitivity
 * analysis): what they need of the engine's internals, without making it API. The package
 * {@code io.github.kaohe.eval} installs its implementation when its {@code Evaluator} class is
 * first used.
 */
public final class EngineAccess {
  private static volatile @Nullable Engine engine;

  private EngineAccess() {}

  /** One scheme of a policy on one data set, scored again and again in one period under variants of it. */
  public interface SchemeSamples {
    /** How many entities the scheme assesses in the period: the positions 0 to size − 1. */
    int size();

    /** The id of the entity at a position. */
    String id(int position);

    /** The name of the entity at a position. */
    Label name(int position);

    /**
     * Scores a variant of the policy (the same scheme with other weights, scoring methods, missing
     * rules or aggregations) exactly as {@code Evaluator.of(variant).evaluate} would, reusing what
     * no variant changes; earlier periods are scored only where a rule reads them. Thread-safe.
     *
     * @param places receives each position's place, 0 for none
     * @param rules whether the rules (money, sanctions, classes) are wanted too
     * @return the result with its rules when they are wanted and the scheme has any, else null
     * @throws io.github.kaohe.eval.EvaluationException listing every problem
     */
    @Nullable SchemeResult score(Policy variant, int[] places, boolean rules);

    /**
     * What the rules gave the entity at a position of a result that {@link #score} returned, or of
     * the evaluation of the policy itself in the period.
     */
    List<OutcomeResult> outcomes(SchemeResult result, int position);
  }

  /** Makes {@link SchemeSamples}. */
  @FunctionalInterface
  public interface Engine {
    SchemeSamples samples(Policy policy, String scheme, Dataset data, Period period);
  }

  /** Called once by the engine. */
  public static void install(Engine implementation) {
    engine = implementation;
  }

  /** The engine's implementation. */
  public static Engine engine() {
    Engine e = engine;
    if (e == null) {
      try {
        Class.forName("io.github.kaohe.eval.Evaluator", true, EngineAccess.class.getClassLoader());
      } catch (ClassNotFoundException x) {
        throw new IllegalStateException("the engine is not on the class path", x);
      }
      e = engine;
      if (e == null) {
        throw new IllegalStateException("the engine did not install its access");
      }
    }
    return e;
  }
}
