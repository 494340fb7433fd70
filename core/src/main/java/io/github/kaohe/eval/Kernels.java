package io.github.kaohe.eval;

import io.github.kaohe.internal.columns.LongDecimals;
import io.github.kaohe.model.Band;
import io.github.kaohe.model.Bands;
import io.github.kaohe.model.DirectPoints;
import io.github.kaohe.model.Direction;
import io.github.kaohe.model.Goalposts;
import io.github.kaohe.model.Indicator;
import io.github.kaohe.model.MinMax;
import io.github.kaohe.model.PlacePoints;
import io.github.kaohe.model.ProportionalToBest;
import io.github.kaohe.model.RatioToBenchmark;
import io.github.kaohe.model.Rounding;
import io.github.kaohe.model.ScoringMethod;
import io.github.kaohe.model.TargetSteps;
import java.math.BigDecimal;
import java.math.BigInteger;

/**
 * Prepares each rational method's {@link Kernel} from its parameters and the population's
 * statistics: the constants of {@link AffineKernel} worked out once, exactly, in
 * {@link BigInteger}s. A constant that does not fit in a {@code long} gives {@link Kernel#NONE}:
 * that indicator is then scored by its {@link Scorer} alone. The derivations are in
 * {@code docs/DESIGN.md}; in short, with the weight {@code W / 10^sw}, a value {@code X / 10^s} and
 * points to {@code p} places, {@code w·x / max} is {@code W·X·10^p / (MAX·10^sw)} at the points'
 * scale, and so on.
 */
final class Kernels {
  private Kernels() {}

  /** Thrown while preparing when a constant leaves 64 bits. */
  private static final class NoFit extends Exception {
    private static final long serialVersionUID = 1L;

    NoFit() {
      super(null, null, false, false);
    }
  }

  /**
   * The fast path of the indicator's method.
   *
   * @param population the statistics of the values scored (at their scale)
   */
  static Kernel prepare(Indicator indicator, Rounding rounding, Statistics population) {
    try {
      return kernel(indicator, rounding, population);
    } catch (NoFit e) {
      return Kernel.NONE;
    }
  }

  private static Kernel kernel(Indicator indicator, Rounding r, Statistics stats) throws NoFit {
    ScoringMethod m = indicator.method();
    Decimal w = Decimal.of(indicator.weight());
    boolean higher = indicator.direction() == Direction.HIGHER_IS_BETTER;
    int s = stats.scale();
    if (m instanceof ProportionalToBest p) {
      return proportional(p, w, higher, r, stats);
    }
    if (m instanceof MinMax mm) {
      return minMax(mm, w, higher, r, stats);
    }
    if (m instanceof Goalposts g) {
      return goalposts(g, w, higher, r, s);
    }
    if (m instanceof RatioToBenchmark ratio) {
      return ratio(ratio, w, higher, r, s);
    }
    if (m instanceof TargetSteps t && t.counting() == TargetSteps.Counting.PRO_RATA) {
      return targetSteps(t, w, higher, r, s);
    }
    if (m instanceof PlacePoints pp) {
      return place(pp, w, r, s);
    }
    if (m instanceof Bands b) {
      return bands(b, r, s);
    }
    if (m instanceof DirectPoints dp) {
      return direct(dp, w, r, s);
    }
    return Kernel.NONE; // z-score (roots), whole steps: the scorer's decimals
  }

  /** A decimal as an unscaled integer and a scale of at least 0. */
  private record Decimal(BigInteger unscaled, int scale) {
    static Decimal of(BigDecimal v) {
      BigDecimal d = v.scale() < 0 ? v.setScale(0) : v;
      return new Decimal(d.unscaledValue(), d.scale());
    }

    /** The unscaled value at a scale of at least this one's. */
    BigInteger at(int target) {
      return unscaled.multiply(BigInteger.TEN.pow(target - scale));
    }
  }

  private static BigInteger ten(int k) {
    return BigInteger.TEN.pow(k);
  }

  private static long fit(BigInteger v) throws NoFit {
    if (v.bitLength() > 62) {
      throw new NoFit();
    }
    return v.longValue();
  }

  /** The points of a decimal, as the policy rounds it: {@code rounding.apply(v)}, unscaled. */
  private static long rounded(BigDecimal v, Rounding r) throws NoFit {
    return fit(r.apply(v).unscaledValue());
  }

  private static Kernel proportional(ProportionalToBest method, Decimal w, boolean higher, Rounding r, Statistics stats)
      throws NoFit {
    if (stats.isEmpty() || !stats.allLongs()) {
      return Kernel.NONE;
    }
    BigInteger min = BigInteger.valueOf(stats.minUnscaled());
    BigInteger max = BigInteger.valueOf(stats.maxUnscaled());
    BigInteger shift = higher && method.negatives() == ProportionalToBest.Negatives.SHIFT && min.signum() < 0
        ? min.negate() : BigInteger.ZERO;
    BigInteger best = higher ? max.add(shift) : min;
    if (best.signum() <= 0) {
      if (method.whenBestNotPositive() != ProportionalToBest.WhenBestNotPositive.FULL) {
        return method.whenBestNotPositive() == ProportionalToBest.WhenBestNotPositive.ZERO
            ? Kernel.constant(0) : Kernel.NONE;
      }
      return Kernel.constant(rounded(new BigDecimal(w.unscaled(), w.scale()), r));
    }
    BigInteger m = w.unscaled().multiply(ten(r.scale()));
    if (higher) {
      // W·(X + SHIFT)·10^p / (BEST·10^sw); X + SHIFT ≤ 0 scores 0
      return AffineKernel.builder(r.mode())
          .cut(fit(shift.negate()), 0)
          .numerator(fit(m.multiply(shift)), fit(m))
          .denominator(fit(best.multiply(ten(w.scale()))), 0)
          .build();
    }
    // W·BEST·10^p / (X·10^sw); X ≤ 0 scores the weight
    return AffineKernel.builder(r.mode())
        .cut(0, rounded(new BigDecimal(w.unscaled(), w.scale()), r))
        .numerator(fit(m.multiply(best)), 0)
        .denominator(0, fit(ten(w.scale())))
        .build();
  }

  private static Kernel minMax(MinMax method, Decimal w, boolean higher, Rounding r, Statistics stats) throws NoFit {
    if (stats.isEmpty() || !stats.allLongs()) {
      return Kernel.NONE;
    }
    long min = stats.minUnscaled();
    long max = stats.maxUnscaled();
    if (min == max) {
      BigDecimal f = method.floor();
      BigDecimal c = method.ceiling();
      BigDecimal share = switch (method.whenAllEqual()) {
        case CEILING -> c;
        case FLOOR -> f;
        case MIDDLE -> f.add(c).divide(BigDecimal.valueOf(2));
      };
      return Kernel.constant(rounded(new BigDecimal(w.unscaled(), w.scale()).multiply(share), r));
    }
    Decimal floor = Decimal.of(method.floor());
    Decimal ceiling = Decimal.of(method.ceiling());
    int sf = Math.max(floor.scale(), ceiling.scale());
    BigInteger f = floor.at(sf);
    BigInteger cf = ceiling.at(sf).subtract(f);
    BigInteger range = BigInteger.valueOf(max).subtract(BigInteger.valueOf(min));
    BigInteger m = w.unscaled().multiply(ten(r.scale()));
    // W·10^p·(F·R + (C − F)·distance) / (10^(sw+sf)·R), distance = x − MIN or MAX − x
    BigInteger a = m.multiply(f).multiply(range);
    BigInteger b = m.multiply(cf);
    BigInteger a0 = higher ? a.subtract(b.multiply(BigInteger.valueOf(min))) : a.add(b.multiply(BigInteger.valueOf(max)));
    return AffineKernel.builder(r.mode())
        .clamp(min, max)
        .numerator(fit(a0), fit(higher ? b : b.negate()))
        .denominator(fit(ten(w.scale() + sf).multiply(range)), 0)
        .build();
  }

  private static Kernel goalposts(Goalposts method, Decimal w, boolean higher, Rounding r, int s) throws NoFit {
    Decimal lower = Decimal.of(method.lower().value());
    Decimal upper = Decimal.of(method.upper().value());
    int t = Math.max(s, Math.max(lower.scale(), upper.scale()));
    BigInteger lo = lower.at(t);
    BigInteger hi = upper.at(t);
    BigInteger m = w.unscaled().multiply(ten(r.scale()));
    // W·10^p·(x − LO) / (10^sw·(HI − LO)), x clamped, at the working scale t
    return AffineKernel.builder(r.mode())
        .scaleBy(fit(ten(t - s)))
        .clamp(fit(lo), fit(hi))
        .numerator(fit(higher ? m.negate().multiply(lo) : m.multiply(hi)), fit(higher ? m : m.negate()))
        .denominator(fit(ten(w.scale()).multiply(hi.subtract(lo))), 0)
        .build();
  }

  private static Kernel ratio(RatioToBenchmark method, Decimal w, boolean higher, Rounding r, int s) throws NoFit {
    Decimal bench = Decimal.of(method.benchmark().value());
    if (method.cap().isEmpty() && !higher) {
      return Kernel.NONE; // a value of 0 or less has no ratio without a cap: the scorer says so
    }
    long cap = method.cap().isEmpty() ? Long.MAX_VALUE
        : rounded(new BigDecimal(w.unscaled(), w.scale()).multiply(method.cap().get()), r);
    int p = r.scale();
    if (higher) {
      // W·X·10^(sb+p) / (B·10^(sw+s)), at most the cap; x ≤ 0 scores 0
      return AffineKernel.builder(r.mode())
          .cut(0, Math.min(0, cap))
          .numerator(0, fit(w.unscaled().multiply(ten(bench.scale() + p))))
          .denominator(fit(bench.unscaled().multiply(ten(w.scale() + s))), 0)
          .points(Long.MIN_VALUE + 1, cap)
          .build();
    }
    // W·B·10^(s+p) / (10^(sw+sb)·X), at most the cap; x ≤ 0 scores the cap
    return AffineKernel.builder(r.mode())
        .cut(0, cap)
        .numerator(fit(w.unscaled().multiply(bench.unscaled()).multiply(ten(s + p))), 0)
        .denominator(0, fit(ten(w.scale() + bench.scale())))
        .points(Long.MIN_VALUE + 1, cap)
        .build();
  }

  private static Kernel targetSteps(TargetSteps method, Decimal w, boolean higher, Rounding r, int s) throws NoFit {
    Decimal target = Decimal.of(method.target().value());
    Decimal step = Decimal.of(method.step());
    int t = Math.max(s, Math.max(target.scale(), step.scale()));
    long floor = rounded(method.floor(), r);
    long cap = rounded(method.cap().orElse(new BigDecimal(w.unscaled(), w.scale())), r);
    AffineKernel shortOf = stepSide(Decimal.of(method.penalty()), w, higher, r, s, t, target.at(t), step.at(t), floor, cap);
    AffineKernel beyond = stepSide(Decimal.of(method.bonus()), w, higher, r, s, t, target.at(t), step.at(t), floor, cap);
    long split = fit(target.at(t));
    return new Kernel() {
      @Override
      long points(long x) {
        long xt = LongDecimals.scaleUp(x, t - s);
        if (xt == SLOW) {
          return SLOW;
        }
        boolean isShort = higher ? xt < split : xt > split;
        return (isShort ? shortOf : beyond).points(x);
      }
    };
  }

  /**
   * One side of the target: {@code w + perStep·excess / step} is
   * {@code (W·10^sP·STEP + P·10^sw·E)·10^p / (10^(sw+sP)·STEP)}, excess {@code E = x − T} (or
   * {@code T − x}), clamped to the rounded floor and cap.
   */
  private static AffineKernel stepSide(Decimal perStep, Decimal w, boolean higher, Rounding r, int s, int t,
      BigInteger target, BigInteger step, long floor, long cap) throws NoFit {
    BigInteger tenP = ten(r.scale());
    BigInteger base = w.unscaled().multiply(ten(perStep.scale())).multiply(step);
    BigInteger slope = perStep.unscaled().multiply(ten(w.scale()));
    // E = x − T: base + slope·x − slope·T; E = T − x: base + slope·T − slope·x
    BigInteger a = higher ? base.subtract(slope.multiply(target)) : base.add(slope.multiply(target));
    BigInteger b = higher ? slope : slope.negate();
    return AffineKernel.builder(r.mode())
        .scaleBy(fit(ten(t - s)))
        .numerator(fit(a.multiply(tenP)), fit(b.multiply(tenP)))
        .denominator(fit(ten(w.scale() + perStep.scale()).multiply(step)), 0)
        .points(floor, cap)
        .build();
  }

  private static Kernel place(PlacePoints method, Decimal w, Rounding r, int s) throws NoFit {
    long unit = fit(ten(s));
    BigInteger tenP = ten(r.scale());
    AffineKernel points;
    if (method.mode() == PlacePoints.Mode.LINEAR) {
      long n = method.fieldSize().orElseThrow();
      // W·(n − place)·10^p / (10^sw·(n − 1)); place n and beyond score 0
      BigInteger m = w.unscaled().multiply(tenP);
      points = AffineKernel.builder(r.mode())
          .numerator(fit(m.multiply(BigInteger.valueOf(n))), fit(m.negate()))
          .denominator(fit(ten(w.scale()).multiply(BigInteger.valueOf(n - 1))), 0)
          .points(0, Long.MAX_VALUE)
          .build();
    } else {
      Decimal step = Decimal.of(method.step().orElseThrow());
      int u = Math.max(w.scale(), step.scale());
      // max(0, w − step·(place − 1)), rounded: (W' + S' − S'·place)·10^p / 10^u
      BigInteger wu = w.at(u);
      BigInteger su = step.at(u);
      points = AffineKernel.builder(r.mode())
          .numerator(fit(wu.add(su).multiply(tenP)), fit(su.negate().multiply(tenP)))
          .denominator(fit(ten(u)), 0)
          .points(0, Long.MAX_VALUE)
          .build();
    }
    return new Kernel() {
      @Override
      long points(long x) {
        if (x < unit || x % unit != 0 || x / unit > Integer.MAX_VALUE) {
          return SLOW; // not a whole place of at least 1: the scorer says so
        }
        return points.points(x / unit);
      }
    };
  }

  private static Kernel bands(Bands method, Rounding r, int s) throws NoFit {
    int t = s;
    for (Band b : method.bands()) {
      t = Math.max(t, Math.max(b.from().map(v -> Decimal.of(v).scale()).orElse(0), b.to().map(v -> Decimal.of(v).scale()).orElse(0)));
    }
    int n = method.bands().size();
    long[] from = new long[n];
    long[] to = new long[n];
    long[] points = new long[n];
    for (int i = 0; i < n; i++) {
      Band b = method.bands().get(i);
      from[i] = b.from().isPresent() ? fit(Decimal.of(b.from().get()).at(t)) : Long.MIN_VALUE;
      to[i] = b.to().isPresent() ? fit(Decimal.of(b.to().get()).at(t)) : Long.MAX_VALUE;
      points[i] = rounded(b.points(), r);
    }
    long otherwise = method.otherwise().isPresent() ? rounded(method.otherwise().get(), r) : Kernel.SLOW;
    int shift = t - s;
    return new Kernel() {
      @Override
      long points(long x) {
        long xt = LongDecimals.scaleUp(x, shift);
        if (xt == SLOW) {
          return SLOW;
        }
        for (int i = 0; i < n; i++) {
          if (xt >= from[i] && (to[i] == Long.MAX_VALUE || xt < to[i])) {
            return points[i];
          }
        }
        return otherwise;
      }
    };
  }

  private static Kernel direct(DirectPoints method, Decimal w, Rounding r, int s) throws NoFit {
    int t = Math.max(s, w.scale());
    long weight = fit(w.at(t));
    boolean strict = method.outOfRange() == DirectPoints.OutOfRange.ERROR;
    AffineKernel round = AffineKernel.builder(r.mode())
        .scaleBy(fit(ten(t - s)))
        .clamp(0, weight)
        .numerator(0, fit(ten(r.scale())))
        .denominator(fit(ten(t)), 0)
        .build();
    long k = fit(ten(t - s));
    return new Kernel() {
      @Override
      long points(long x) {
        long xt = LongDecimals.multiply(x, k);
        if (xt == SLOW || (strict && (xt < 0 || xt > weight))) {
          return SLOW; // out of range under 'error': the scorer says so
        }
        return round.points(x);
      }
    };
  }
}
