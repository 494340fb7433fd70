package io.github.kaohe.benchmarks;

import io.github.kaohe.data.Dataset;
import io.github.kaohe.eval.EntityResult;
import io.github.kaohe.eval.Evaluator;
import io.github.kaohe.model.Policy;
import io.github.kaohe.whatif.Combination;
import io.github.kaohe.whatif.Costs;
import io.github.kaohe.whatif.Counterfactual;
import io.github.kaohe.whatif.Goal;
import io.github.kaohe.whatif.WhatIf;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One counterfactual: the smallest change of one value (of 6 indicators) that takes the entity
 * in the middle of {@code entities} to three quarters of its place (place 181 of 360 to 135), every value
 * tried evaluated by the whole engine. Compare with {@link ScoringBenchmark}: a counterfactual costs some 20 to 30 evaluations.
 *
 * <p>The cheapest combination of two values (i0 and i1, 1 per unit each) to the same goal, beside
 * its baseline: the two single answers it needs anyway ({@link #twoSingleValues}), so the
 * difference is the price of the branch and bound.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 3, time = 5)
@Fork(1)
public class WhatIfBenchmark {
  private static final int INDICATORS = 6;
  private static final Costs COSTS = Costs.of(Map.of("i0", BigDecimal.ONE, "i1", BigDecimal.ONE));

  @Param({"360", "10000"})
  public int entities;

  private WhatIf whatIf;
  private String entity;
  private Goal goal;

  @Setup
  public void setUp() {
    Dataset data = SyntheticPolicy.data(entities, INDICATORS);
    Policy policy = SyntheticPolicy.policy(INDICATORS);
    whatIf = WhatIf.of(policy, "s", data, SyntheticPolicy.PERIOD);
    EntityResult middle = Evaluator.of(policy).evaluate("s", data, SyntheticPolicy.PERIOD).entities().get(entities / 2);
    entity = middle.id();
    goal = Goal.place(Math.max(1, middle.place().getAsInt() * 3 / 4));
    Counterfactual c = oneValueToAQuarterHigher();
    if (c.status() != Counterfactual.Status.REACHED) {
      throw new IllegalStateException("the benchmark's goal should be reached: " + c.reason().en());
    }
    Combination both = cheapestCombinationOfTwoValues();
    if (both.status() != Combination.Status.REACHED || !both.optimal()) {
      throw new IllegalStateException("the combination should be reached and proven: " + both.reason().en());
    }
  }

  @Benchmark
  public Counterfactual oneValueToAQuarterHigher() {
    return whatIf.reach(entity, goal, "i0");
  }

  @Benchmark
  public List<Counterfactual> twoSingleValues() {
    return List.of(whatIf.reach(entity, goal, "i0"), whatIf.reach(entity, goal, "i1"));
  }

  @Benchmark
  public Combination cheapestCombinationOfTwoValues() {
    return whatIf.cheapest(entity, goal, COSTS);
  }
}
