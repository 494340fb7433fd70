package io.github.kaohe.eval;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.kaohe.model.Band;
import io.github.kaohe.model.Bands;
import io.github.kaohe.model.DirectPoints;
import io.github.kaohe.model.Direction;
import io.github.kaohe.model.Goalposts;
import io.github.kaohe.model.Indicator;
import io.github.kaohe.model.Label;
import io.github.kaohe.model.MinMax;
import io.github.kaohe.model.PlacePoints;
import io.github.kaohe.model.ProportionalToBest;
import io.github.kaohe.model.RatioToBenchmark;
import io.github.kaohe.model.Rounding;
import io.github.kaohe.model.ScoringMethod;
import io.github.kaohe.model.TargetSteps;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The fast path equals the plain path: for every rational method, a kernel's integer answer is
 * the scorer's decimal answer, for random parameters, populations, rounding and values (small
 * numbers, so that points land on the rounding's halfway marks often), wherever the kernel
 * answers at all; and it answers for the common cases.
 */
class KernelProperties {
  /** A method, its indicator, the population and values to score, all at one scale. */
  record Case(Indicator indicator, Rounding rounding, int scale, List<Long> population, List<Long> values, boolean ordinary) {
    @Override
    public String toString() {
      return indicator.method() + " w=" + indicator.weight() + " " + indicator.direction() + " " + rounding
          + " scale=" + scale + " population=" + population + " values=" + values;
    }
  }

  @Property(tries = 3000)
  void kernelsAgreeWithScorers(@ForAll("cases") Case c) {
    Statistics stats = new Statistics(c.scale());
    c.population().forEach(stats::add);
    Scorer scorer;
    try {
      scorer = Scorers.prepare(c.indicator(), c.rounding(), stats);
    } catch (Scorer.Failure f) {
      return; // the method rejects this population: reported as a problem, nothing to score
    }
    Kernel kernel = Kernels.prepare(c.indicator(), c.rounding(), stats);
    for (long x : c.values()) {
      long fast = kernel.points(x);
      if (fast == Kernel.SLOW) {
        continue;
      }
      BigDecimal plain;
      try {
        plain = scorer.points(BigDecimal.valueOf(x, c.scale()));
      } catch (Scorer.Failure f) {
        throw new AssertionError("the kernel scored " + fast + " what the scorer rejects: " + f.getMessage() + " in " + c);
      }
      assertThat(BigDecimal.valueOf(fast, c.rounding().scale()))
          .as("%s at %s", c, BigDecimal.valueOf(x, c.scale()))
          .isEqualTo(plain);
    }
  }

  @Property(tries = 300)
  void kernelsAnswerForOrdinaryValues(@ForAll("cases") Case c) {
    ScoringMethod m = c.indicator().method();
    if (!c.ordinary() || m instanceof TargetSteps t && t.counting() == TargetSteps.Counting.WHOLE_STEPS) {
      return; // huge values may leave 64 bits; whole steps are scored by their scorer alone
    }
    Statistics stats = new Statistics(c.scale());
    c.population().forEach(stats::add);
    try {
      Scorers.prepare(c.indicator(), c.rounding(), stats);
    } catch (Scorer.Failure f) {
      return;
    }
    Kernel kernel = Kernels.prepare(c.indicator(), c.rounding(), stats);
    assertThat(kernel).as("%s", c).isNotSameAs(Kernel.NONE);
  }

  @Provide
  Arbitrary<Case> cases() {
    return Arbitraries.randomValue(KernelProperties::randomCase);
  }

  private static Case randomCase(Random r) {
    int scale = r.nextInt(4) + (r.nextInt(4) == 0 ? 12 : 0);
    int pointsScale = r.nextInt(5);
    RoundingMode[] modes = {RoundingMode.HALF_UP, RoundingMode.HALF_EVEN, RoundingMode.HALF_DOWN, RoundingMode.UP,
        RoundingMode.DOWN, RoundingMode.CEILING, RoundingMode.FLOOR};
    Rounding rounding = Rounding.of(pointsScale, modes[r.nextInt(modes.length)]);
    BigDecimal weight = BigDecimal.valueOf(1 + r.nextInt(40), r.nextInt(3));
    boolean higher = r.nextBoolean();
    // small values land on halfway marks often; huge ones (at a large scale) make products overflow
    long spread = switch (r.nextInt(3)) {
      case 0 -> 20;
      case 1 -> 2_000_000;
      default -> 90_000_000_000_000_000L;
    };
    List<Long> population = new ArrayList<>();
    int n = 1 + r.nextInt(8);
    boolean negatives = r.nextInt(4) == 0;
    for (int i = 0; i < n; i++) {
      population.add(value(r, spread, negatives));
    }
    List<Long> values = new ArrayList<>(population);
    for (int i = 0; i < 6; i++) {
      values.add(value(r, spread * 2, true));
    }
    ScoringMethod method;
    Direction direction = higher ? Direction.HIGHER_IS_BETTER : Direction.LOWER_IS_BETTER;
    switch (r.nextInt(9)) {
      case 0 -> method = ProportionalToBest.of(
          higher && r.nextBoolean() ? ProportionalToBest.Negatives.SHIFT : ProportionalToBest.Negatives.FLOOR_AT_ZERO,
          r.nextBoolean() ? ProportionalToBest.WhenBestNotPositive.ZERO : ProportionalToBest.WhenBestNotPositive.FULL);
      case 1 -> {
        BigDecimal floor = BigDecimal.valueOf(r.nextInt(7), 1);
        BigDecimal ceiling = floor.add(BigDecimal.valueOf(r.nextInt(11 - floor.unscaledValue().intValue()), 1));
        method = MinMax.of(floor, ceiling, MinMax.WhenAllEqual.values()[r.nextInt(3)]);
      }
      case 2 -> {
        BigDecimal lower = BigDecimal.valueOf(value(r, spread, true), r.nextInt(4));
        method = Goalposts.of(lower, lower.add(BigDecimal.valueOf(1 + r.nextInt(500), r.nextInt(3))));
      }
      case 3 -> method = RatioToBenchmark.of(BigDecimal.valueOf(1 + r.nextInt(900), r.nextInt(3)),
          BigDecimal.ONE.add(BigDecimal.valueOf(r.nextInt(10), 1)));
      case 4 -> method = new TargetSteps(BigDecimal.valueOf(value(r, spread, true), scale), BigDecimal.valueOf(1 + r.nextInt(50), r.nextInt(3)),
          BigDecimal.valueOf(r.nextInt(30), r.nextInt(2)), BigDecimal.valueOf(r.nextInt(30), r.nextInt(2)),
          BigDecimal.ZERO, r.nextBoolean() ? Optional.empty() : Optional.of(weight.add(BigDecimal.valueOf(r.nextInt(10)))),
          r.nextInt(4) == 0 ? TargetSteps.Counting.WHOLE_STEPS : TargetSteps.Counting.PRO_RATA);
      case 5 -> {
        direction = Direction.LOWER_IS_BETTER;
        method = r.nextBoolean() ? PlacePoints.linear(2 + r.nextInt(200)) : PlacePoints.step(BigDecimal.valueOf(1 + r.nextInt(30), r.nextInt(2)));
        population.replaceAll(v -> (1 + Math.abs(v) % 250) * pow10(scale));
        values.replaceAll(v -> r.nextInt(5) == 0 ? v : (1 + Math.abs(v) % 300) * pow10(scale));
      }
      case 6 -> {
        List<Band> bands = new ArrayList<>();
        BigDecimal from = BigDecimal.valueOf(value(r, spread, true), scale);
        for (int i = 0; i < 1 + r.nextInt(4); i++) {
          BigDecimal to = from.add(BigDecimal.valueOf(1 + r.nextInt(100), r.nextInt(3)));
          bands.add(new Band(i == 0 && r.nextBoolean() ? Optional.empty() : Optional.of(from), Optional.of(to),
              weight.multiply(BigDecimal.valueOf(r.nextInt(11), 1))));
          from = to;
        }
        method = new Bands(bands, r.nextBoolean() ? Optional.empty() : Optional.of(BigDecimal.ZERO));
      }
      case 7 -> {
        direction = Direction.HIGHER_IS_BETTER;
        method = new DirectPoints(r.nextBoolean() ? DirectPoints.OutOfRange.CLAMP : DirectPoints.OutOfRange.ERROR);
      }
      default -> method = ProportionalToBest.standard();
    }
    Indicator indicator = Indicator.builder("x", Label.of("x", "x"), weight).direction(direction).method(method).build();
    return new Case(indicator, rounding, scale, population, values, scale < 12 && spread < 1_000_000_000L);
  }

  private static long value(Random r, long spread, boolean negatives) {
    long v = 1 + (long) (r.nextDouble() * spread);
    return negatives && r.nextInt(3) == 0 ? -v + (r.nextBoolean() ? 0 : spread / 3) : v;
  }

  private static long pow10(int k) {
    long p = 1;
    for (int i = 0; i < k; i++) {
      p *= 10;
    }
    return p;
  }
}
