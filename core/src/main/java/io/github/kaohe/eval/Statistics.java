package io.github.kaohe.eval;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;

/**
 * What the scoring methods need to know of a population of values (an indicator's, after
 * transforms): count, least, greatest, exact sum and sum of squares. A mergeable accumulator:
 * chunks of entities are added separately (on several cores, or on the partitions of a cluster)
 * and merged in a fixed order, which gives the same result as adding every value in turn.
 *
 * <p>Values come as unscaled {@code long}s at one scale, or as decimals when they do not fit;
 * sums are kept in {@code long}s until they would overflow, then in {@link BigInteger}s.
 */
final class Statistics implements java.io.Serializable {
  private static final long serialVersionUID = 1L;
  private final int scale;
  /** Whether sums are kept: the z-score needs them; proportion and min–max need only the bounds. */
  private final boolean sums;
  private long count;
  private long min = Long.MAX_VALUE;
  private long max = Long.MIN_VALUE;
  private boolean anyLong;
  private long sum;
  private BigInteger sumCarry = BigInteger.ZERO;
  /** Σx² of the longs as an unsigned 128-bit number (high, low), spilled to {@code squaresCarry}. */
  private long squaresHigh;
  private long squaresLow;
  private BigInteger squaresCarry = BigInteger.ZERO;
  private BigDecimal wideMin;
  private BigDecimal wideMax;
  private BigDecimal wideSum = BigDecimal.ZERO;
  private BigDecimal wideSquares = BigDecimal.ZERO;

  /** An empty accumulator of values at {@code scale}, with sums. */
  Statistics(int scale) {
    this(scale, true);
  }

  /** An empty accumulator of values at {@code scale}; without {@code sums}, only count and bounds. */
  Statistics(int scale, boolean sums) {
    this.scale = scale;
    this.sums = sums;
  }

  /** Adds a value: {@code unscaled × 10^-scale}. */
  void add(long unscaled) {
    count++;
    anyLong = true;
    if (unscaled < min) {
      min = unscaled;
    }
    if (unscaled > max) {
      max = unscaled;
    }
    if (sums) {
      addSums(unscaled);
    }
  }

  private void addSums(long unscaled) {
    long s = sum + unscaled;
    if (((sum ^ s) & (unscaled ^ s)) < 0) {
      sumCarry = sumCarry.add(BigInteger.valueOf(sum));
      s = unscaled;
    }
    sum = s;
    long high = Math.multiplyHigh(unscaled, unscaled);
    long low = unscaled * unscaled;
    long newLow = squaresLow + low;
    long newHigh = squaresHigh + high + (Long.compareUnsigned(newLow, squaresLow) < 0 ? 1 : 0);
    if (newHigh < 0 || newHigh > (1L << 61)) {
      squaresCarry = squaresCarry.add(unsigned128(squaresHigh, squaresLow));
      newLow = low;
      newHigh = high;
    }
    squaresLow = newLow;
    squaresHigh = newHigh;
  }

  /** Adds a value that does not fit in a {@code long} at the scale. */
  void add(BigDecimal value) {
    count++;
    wideMin = wideMin == null || value.compareTo(wideMin) < 0 ? value : wideMin;
    wideMax = wideMax == null || value.compareTo(wideMax) > 0 ? value : wideMax;
    wideSum = wideSum.add(value);
    wideSquares = wideSquares.add(value.multiply(value));
  }

  /** A new accumulator holding what this one holds. */
  Statistics copy() {
    Statistics c = new Statistics(scale, sums);
    c.merge(this);
    return c;
  }

  /**
   * The same values at a larger scale (parts of a population read apart can have columns of
   * different scales): the bounds stay {@code long}s where they fit, the sums move to their exact
   * carries.
   */
  Statistics atScale(int larger) {
    if (larger == scale) {
      return copy();
    }
    if (larger < scale) {
      throw new IllegalArgumentException("cannot lower the scale of statistics from " + scale + " to " + larger);
    }
    Statistics c = new Statistics(larger, sums);
    BigInteger ten = BigInteger.TEN.pow(larger - scale);
    c.count = count;
    if (anyLong) {
      BigInteger lo = BigInteger.valueOf(min).multiply(ten);
      BigInteger hi = BigInteger.valueOf(max).multiply(ten);
      if (lo.bitLength() < 64 && hi.bitLength() < 64) {
        c.anyLong = true;
        c.min = lo.longValueExact();
        c.max = hi.longValueExact();
      } else {
        c.wideMin = BigDecimal.valueOf(min, scale);
        c.wideMax = BigDecimal.valueOf(max, scale);
      }
    }
    if (wideMin != null) {
      c.wideMin = c.wideMin == null || wideMin.compareTo(c.wideMin) < 0 ? wideMin : c.wideMin;
      c.wideMax = c.wideMax == null || wideMax.compareTo(c.wideMax) > 0 ? wideMax : c.wideMax;
    }
    c.sumCarry = sumCarry.add(BigInteger.valueOf(sum)).multiply(ten);
    c.squaresCarry = squaresCarry.add(unsigned128(squaresHigh, squaresLow)).multiply(ten).multiply(ten);
    c.wideSum = wideSum;
    c.wideSquares = wideSquares;
    return c;
  }

  /** Adds what another accumulator of the same scale holds. */
  void merge(Statistics other) {
    if (other.scale != scale) {
      throw new IllegalArgumentException("statistics at scales " + scale + " and " + other.scale + ": rescale first");
    }
    count += other.count;
    if (other.anyLong) {
      anyLong = true;
      min = Math.min(min, other.min);
      max = Math.max(max, other.max);
    }
    sumCarry = sumCarry.add(BigInteger.valueOf(sum)).add(other.sumCarry).add(BigInteger.valueOf(other.sum));
    sum = 0;
    squaresCarry = squaresCarry.add(unsigned128(squaresHigh, squaresLow)).add(other.squaresCarry)
        .add(unsigned128(other.squaresHigh, other.squaresLow));
    squaresHigh = 0;
    squaresLow = 0;
    if (other.wideMin != null) {
      wideMin = wideMin == null || other.wideMin.compareTo(wideMin) < 0 ? other.wideMin : wideMin;
      wideMax = wideMax == null || other.wideMax.compareTo(wideMax) > 0 ? other.wideMax : wideMax;
    }
    wideSum = wideSum.add(other.wideSum);
    wideSquares = wideSquares.add(other.wideSquares);
  }

  private static BigInteger unsigned128(long high, long low) {
    BigInteger lo = BigInteger.valueOf(low >>> 1).shiftLeft(1).add(BigInteger.valueOf(low & 1));
    return BigInteger.valueOf(high).shiftLeft(64).add(lo);
  }

  long count() {
    return count;
  }

  boolean isEmpty() {
    return count == 0;
  }

  /** The least value; the population must not be empty. */
  BigDecimal min() {
    BigDecimal m = anyLong ? BigDecimal.valueOf(min, scale) : null;
    return m == null || (wideMin != null && wideMin.compareTo(m) < 0) ? wideMin : m;
  }

  /** The greatest value; the population must not be empty. */
  BigDecimal max() {
    BigDecimal m = anyLong ? BigDecimal.valueOf(max, scale) : null;
    return m == null || (wideMax != null && wideMax.compareTo(m) > 0) ? wideMax : m;
  }

  /** The least value as an unscaled long, when every value is one. */
  boolean allLongs() {
    return wideMin == null;
  }

  long minUnscaled() {
    return min;
  }

  long maxUnscaled() {
    return max;
  }

  int scale() {
    return scale;
  }

  /** The exact sum; only for an accumulator that keeps sums. */
  BigDecimal sum() {
    if (!sums) {
      throw new IllegalStateException("these statistics keep no sums");
    }
    return new BigDecimal(sumCarry.add(BigInteger.valueOf(sum)), scale).add(wideSum);
  }

  /** The exact sum of squares; only for an accumulator that keeps sums. */
  BigDecimal sumOfSquares() {
    if (!sums) {
      throw new IllegalStateException("these statistics keep no sums");
    }
    return new BigDecimal(squaresCarry.add(unsigned128(squaresHigh, squaresLow)), 2 * scale).add(wideSquares);
  }

  /** The mean, to {@code mc}; the population must not be empty. */
  BigDecimal mean(MathContext mc) {
    return sum().divide(BigDecimal.valueOf(count), mc);
  }

  /**
   * The population standard deviation: the square root of the exact variance
   * {@code (n Σx² − (Σx)²) / n²}, to {@code mc}.
   */
  BigDecimal standardDeviation(MathContext mc) {
    BigDecimal n = BigDecimal.valueOf(count);
    BigDecimal s = sum();
    BigDecimal numerator = n.multiply(sumOfSquares()).subtract(s.multiply(s));
    if (numerator.signum() <= 0) {
      return BigDecimal.ZERO;
    }
    return numerator.divide(n.multiply(n), mc).sqrt(mc);
  }
}
