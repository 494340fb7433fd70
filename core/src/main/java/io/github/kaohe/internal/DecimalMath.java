// Over 500 lines: each function (ln, exp, roots, powers, the geometric mean) keeps the error bound that makes it correctly rounded beside its series; apart, they would scatter one argument.
package io.github.kaohe.internal;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Logarithms, exponentials, square roots and powers of {@link BigDecimal}s, each correctly rounded
 * to the precision and rounding mode of the {@link MathContext} given: the result is the exact
 * mathematical value rounded once, as {@link BigDecimal#divide(BigDecimal, MathContext)} rounds a
 * quotient. No {@code double} is used anywhere.
 *
 * <p>Each function computes an approximation with guard digits and a proven error bound, and
 * accepts it only when both ends of the error interval round to the same result; otherwise it
 * computes again with more digits (Ziv's strategy). Results that are exact decimals are found
 * exactly ({@code ln 1 = 0}, {@code log10 1000 = 3}, {@code sqrt 2.25 = 1.5},
 * {@code pow(2, 10) = 1024}, {@code pow(4, 0.5) = 2}). Every other result of these functions is
 * irrational, so the retries end; after a few hundred digits the last approximation is rounded as
 * it is, which can only differ from the correct rounding for values astronomically close to a
 * rounding boundary.
 *
 * <p>A {@code MathContext} of precision 0 ({@link MathContext#UNLIMITED}) asks for the exact
 * result: it is given where the result is a decimal, and an {@link ArithmeticException} says so
 * where it is not. Rounding mode {@link RoundingMode#UNNECESSARY} likewise throws for inexact
 * results.
 *
 * <p>Internal: not part of Kaohe's API.
 */
public final class DecimalMath {
  /**
   * The engine's declared precision for values that cannot be exact (logarithms, geometric means):
   * 34 significant digits, rounding half even ({@link MathContext#DECIMAL128}). Such a value is
   * correctly rounded to this precision, and then rounded once more, exactly, as the policy
   * declares.
   */
  public static final MathContext PRECISION = MathContext.DECIMAL128;

  /** The largest {@code |x|} whose {@code exp(x)} is computed: e^1000000 ≈ 3.0E+434294. */
  private static final BigDecimal EXP_LIMIT = BigDecimal.valueOf(1_000_000);

  /** Arguments of ln within this distance of 1 take the series directly, without reduction. */
  private static final BigDecimal NEAR_ONE = new BigDecimal("0.015625");

  /** ln 10 to sixteen digits, to find the power of ten in an exponential. */
  private static final BigDecimal LN10_ROUGH = new BigDecimal("2.302585092994046");

  /** An exponential is summed for its argument divided by 2^SQUARINGS, then squared as often. */
  private static final int SQUARINGS = 8;

  private static final BigDecimal TWO = BigDecimal.valueOf(2);
  private static final BigDecimal HALF = new BigDecimal("0.5");
  private static final BigDecimal SIXTY_FOUR = BigDecimal.valueOf(64);
  private static final BigDecimal SQRT_2 = new BigDecimal("1.41421356");
  private static final BigDecimal SQRT_8 = new BigDecimal("2.82842712");
  private static final BigDecimal SQRT_32 = new BigDecimal("5.65685425");

  /** Exact powers and roots are computed when their numbers have at most this many bits. */
  private static final long EXACT_BITS = 100_000;

  private static volatile Table table = computeTable(256);

  private DecimalMath() {}

  // ---------------------------------------------------------------- the functions

  /**
   * The natural logarithm of {@code x}, correctly rounded.
   *
   * @throws ArithmeticException if {@code x ≤ 0}, or the result is not exact and {@code mc}
   *     has precision 0 or rounding mode UNNECESSARY
   */
  public static BigDecimal ln(BigDecimal x, MathContext mc) {
    Objects.requireNonNull(mc, "mc");
    if (x.signum() <= 0) {
      throw new ArithmeticException("ln(" + show(x) + ") does not exist: the logarithm needs a value greater than 0");
    }
    if (x.compareTo(BigDecimal.ONE) == 0) {
      return BigDecimal.ZERO;
    }
    requirePrecision(mc, "ln(" + show(x) + ")");
    return rounded(digits -> lnApprox(x, digits), mc);
  }

  /**
   * The logarithm to base 10 of {@code x}, correctly rounded; exact for powers of 10.
   *
   * @throws ArithmeticException if {@code x ≤ 0}, or the result is not exact and {@code mc}
   *     has precision 0 or rounding mode UNNECESSARY
   */
  public static BigDecimal log10(BigDecimal x, MathContext mc) {
    Objects.requireNonNull(mc, "mc");
    if (x.signum() <= 0) {
      throw new ArithmeticException("log10(" + show(x) + ") does not exist: the logarithm needs a value greater than 0");
    }
    BigDecimal s = x.stripTrailingZeros();
    if (s.unscaledValue().equals(BigInteger.ONE)) {
      return BigDecimal.valueOf(-(long) s.scale()).round(mc);
    }
    requirePrecision(mc, "log10(" + show(x) + ")");
    return rounded(
        digits -> {
          MathContext c = context(digits + 3);
          return lnApprox(x, digits + 2).divide(ln10(digits + 5), c);
        },
        mc);
  }

  /**
   * e to the power {@code x}, correctly rounded.
   *
   * @throws ArithmeticException if {@code |x| > 1000000} ("out of range"), or {@code x ≠ 0} and
   *     {@code mc} has precision 0 or rounding mode UNNECESSARY
   */
  public static BigDecimal exp(BigDecimal x, MathContext mc) {
    Objects.requireNonNull(mc, "mc");
    if (x.signum() == 0) {
      return BigDecimal.ONE;
    }
    if (x.abs().compareTo(EXP_LIMIT) > 0) {
      throw new ArithmeticException("exp(" + show(x) + ") is out of range: the argument must lie within ±1000000");
    }
    requirePrecision(mc, "exp(" + show(x) + ")");
    int p = mc.getPrecision();
    if (x.abs().compareTo(BigDecimal.ONE.scaleByPowerOfTen(-(p + 2))) < 0) {
      return nextToOne(x.signum(), 1, mc);
    }
    return rounded(digits -> expApprox(x, digits), mc);
  }

  /**
   * The square root of {@code x}, correctly rounded in every rounding mode (exact when it is a
   * decimal).
   *
   * @throws ArithmeticException if {@code x < 0}, or the root is not exact and {@code mc} has
   *     precision 0 or rounding mode UNNECESSARY
   */
  public static BigDecimal sqrt(BigDecimal x, MathContext mc) {
    Objects.requireNonNull(mc, "mc");
    if (x.signum() < 0) {
      throw new ArithmeticException("sqrt(" + show(x) + ") does not exist: the square root needs a value of at least 0");
    }
    if (x.signum() == 0) {
      return BigDecimal.ZERO;
    }
    // x = u × 10^-scale. With n = u × 10^e (e ≥ 0, e + scale even), sqrt(x) = sqrt(n) × 10^-q where
    // 2q = e + scale; e is chosen so that sqrt(n) has at least p + 2 digits.
    BigDecimal s = x.stripTrailingZeros();
    int p = mc.getPrecision();
    long e = Math.max(0, 2L * (p + 2) - s.precision());
    if (((e + s.scale()) & 1) != 0) {
      e++;
    }
    BigInteger n = s.unscaledValue().multiply(BigInteger.TEN.pow(Math.toIntExact(e)));
    BigInteger[] rootAndRemainder = n.sqrtAndRemainder();
    BigInteger root = rootAndRemainder[0];
    int q = Math.toIntExact((e + s.scale()) / 2);
    if (rootAndRemainder[1].signum() == 0) {
      return normal(new BigDecimal(root, q).round(mc), mc);
    }
    requirePrecision(mc, "sqrt(" + show(x) + ")");
    // The root lies strictly between root and root + 1 units of 10^-q. With p + 2 digits or more,
    // every rounding boundary at p digits is a whole number of those units, so the root rounds as
    // root + 0.1 does.
    return new BigDecimal(root.multiply(BigInteger.TEN).add(BigInteger.ONE), q + 1).round(mc);
  }

  /**
   * {@code base} to the power {@code exponent}, correctly rounded. Exact where the result is a
   * fraction whose parts are not too long (any whole exponent of a moderate base, roots of perfect
   * powers such as {@code pow(4, 0.5) = 2}), otherwise {@code exp(exponent × ln base)}. A negative
   * base takes whole exponents only; {@code pow(x, 0) = 1}, also for {@code x = 0}.
   *
   * @throws ArithmeticException for 0 to a negative power, a negative base to a fractional power,
   *     a result out of range ({@code |exponent × ln base| > 1000000}), or an inexact result with
   *     {@code mc} of precision 0 or rounding mode UNNECESSARY
   */
  public static BigDecimal pow(BigDecimal base, BigDecimal exponent, MathContext mc) {
    Objects.requireNonNull(base, "base");
    Objects.requireNonNull(mc, "mc");
    String what = "pow(" + show(base) + ", " + show(exponent) + ")";
    if (exponent.signum() == 0) {
      return BigDecimal.ONE;
    }
    if (base.signum() == 0) {
      if (exponent.signum() > 0) {
        return BigDecimal.ZERO;
      }
      throw new ArithmeticException(what + " does not exist: 0 has no negative powers");
    }
    BigDecimal y = exponent.stripTrailingZeros();
    boolean whole = y.scale() <= 0;
    int sign = 1;
    BigDecimal b = base;
    if (base.signum() < 0) {
      if (!whole) {
        throw new ArithmeticException(what + " does not exist: a negative base takes whole exponents only");
      }
      sign = y.toBigInteger().testBit(0) ? -1 : 1;
      b = base.negate();
    }
    if (b.compareTo(BigDecimal.ONE) == 0) {
      return BigDecimal.valueOf(sign);
    }
    BigDecimal exact = exactPower(b, y, sign, mc);
    if (exact != null) {
      return exact;
    }
    requirePrecision(mc, what);
    BigDecimal lnB = lnApprox(b, 12);
    BigDecimal estimate = lnB.multiply(y, context(12));
    if (estimate.abs().compareTo(EXP_LIMIT) > 0) {
      throw new ArithmeticException(what + " is out of range: exponent × ln base must lie within ±1000000");
    }
    int p = mc.getPrecision();
    if (estimate.abs().compareTo(new BigDecimal(BigInteger.valueOf(5), p + 3)) < 0) {
      // |exponent × ln base| < 10^-(p+2): the sign of the logarithm is that of base − 1.
      return nextToOne(y.signum() * (b.compareTo(BigDecimal.ONE) > 0 ? 1 : -1), sign, mc);
    }
    int magnitude = Math.max(0, exponent(estimate) + 1);
    int s = sign;
    BigDecimal positive = b;
    return rounded(
        digits -> {
          BigDecimal t = y.multiply(lnApprox(positive, digits + 3 + magnitude));
          BigDecimal r = expApprox(t, digits + 1);
          return s < 0 ? r.negate() : r;
        },
        mc);
  }

  /**
   * The weighted geometric mean {@code Π (pᵢ/qᵢ)^(wᵢ/Σw)} of positive fractions, correctly
   * rounded; fractions of weight 0 take no part. The fractions are exact: {@code pᵢ/qᵢ} is never
   * rounded, so that a mean whose value is a short decimal (all fractions equal, or
   * {@code (1/4)^½ × 1^½ = 0.5}) comes out as that decimal.
   *
   * @param numerators the {@code pᵢ}, each greater than 0 where its weight is not 0
   * @param denominators the {@code qᵢ}, each greater than 0 where its weight is not 0
   * @param weights the {@code wᵢ}, not negative, with a positive sum
   * @throws IllegalArgumentException if the lists differ in size, or a value is out of its range
   */
  public static BigDecimal geometricMean(
      List<BigDecimal> numerators, List<BigDecimal> denominators, List<BigDecimal> weights, MathContext mc) {
    Objects.requireNonNull(mc, "mc");
    int n = weights.size();
    if (numerators.size() != n || denominators.size() != n) {
      throw new IllegalArgumentException(
          "geometricMean needs as many numerators, denominators and weights, but has " + numerators.size() + ", "
              + denominators.size() + " and " + n);
    }
    BigDecimal total = BigDecimal.ZERO;
    int first = -1;
    boolean allEqual = true;
    for (int i = 0; i < n; i++) {
      BigDecimal w = weights.get(i);
      if (w.signum() < 0) {
        throw new IllegalArgumentException("geometricMean: weight " + show(w) + " is negative");
      }
      if (w.signum() == 0) {
        continue;
      }
      if (numerators.get(i).signum() <= 0 || denominators.get(i).signum() <= 0) {
        throw new IllegalArgumentException(
            "geometricMean: " + show(numerators.get(i)) + "/" + show(denominators.get(i)) + " is not greater than 0");
      }
      total = total.add(w);
      if (first < 0) {
        first = i;
      } else if (numerators.get(i).multiply(denominators.get(first))
          .compareTo(numerators.get(first).multiply(denominators.get(i))) != 0) {
        allEqual = false;
      }
    }
    if (first < 0) {
      throw new IllegalArgumentException("geometricMean: the weights add up to 0");
    }
    if (allEqual) {
      // the mean of equal fractions is the fraction
      return normal(numerators.get(first).divide(denominators.get(first), mc), mc);
    }
    requirePrecision(mc, "a geometric mean");
    BigDecimal sum = total;
    // |ln v| < 2.31 (|exponent(v)| + 1), so |ln pᵢ| + |ln qᵢ| < 10^magnitude, and each logarithm to
    // digits + 3 + magnitude digits is within 10^-(digits + 3) of the true value; so is their
    // weighted average.
    long largest = 0;
    for (int i = 0; i < n; i++) {
      if (weights.get(i).signum() != 0) {
        largest = Math.max(largest, Math.abs((long) exponent(numerators.get(i))) + Math.abs((long) exponent(denominators.get(i))) + 2);
      }
    }
    int magnitude = digitsOf(3 * largest);
    int m = magnitude;
    return rounded(
        digits -> {
          MathContext c = context(digits + 4 + m);
          BigDecimal s = BigDecimal.ZERO;
          for (int i = 0; i < n; i++) {
            BigDecimal w = weights.get(i);
            if (w.signum() != 0) {
              BigDecimal log = lnApprox(numerators.get(i), digits + 3 + m).subtract(lnApprox(denominators.get(i), digits + 3 + m));
              s = s.add(w.multiply(log));
            }
          }
          return expApprox(s.divide(sum, c), digits + 1);
        },
        mc);
  }

  // ---------------------------------------------------------------- rounding

  /** An approximation of a nonzero value with relative error at most 10^-digits. */
  @FunctionalInterface
  private interface Approximation {
    BigDecimal at(int digits);
  }

  /** The value the approximations converge to, correctly rounded (Ziv's strategy). */
  private static BigDecimal rounded(Approximation f, MathContext mc) {
    int p = mc.getPrecision();
    int limit = 4 * p + 200;
    for (int digits = p + 5; ; digits += Math.max(10, digits / 2)) {
      BigDecimal a = f.at(digits);
      // |a − exact| ≤ |exact| × 10^-digits < 2 × 10^(exponent(a) + 1 − digits)
      BigDecimal error = new BigDecimal(BigInteger.TWO, digits - 1 - exponent(a));
      BigDecimal low = a.subtract(error).round(mc);
      BigDecimal high = a.add(error).round(mc);
      if (low.compareTo(high) == 0) {
        return high;
      }
      if (digits > limit) {
        return a.round(mc); // astronomically close to a rounding boundary
      }
    }
  }

  /**
   * 1 + x rounded, for {@code 0 < |x| < 10^-(p+2)} of this sign: such a value lies between 1 and
   * the nearest rounding boundary, and rounds as {@code 1 ± 10^-(p+2)} does.
   */
  private static BigDecimal nextToOne(int signOfX, int sign, MathContext mc) {
    BigDecimal v = BigDecimal.ONE.add(new BigDecimal(BigInteger.valueOf(signOfX), mc.getPrecision() + 2));
    return (sign < 0 ? v.negate() : v).round(mc);
  }

  // ---------------------------------------------------------------- approximations

  // The series are summed in binary fixed point: a BigInteger X stands for X / 2^bits. Each
  // product is truncated to `bits` fraction bits, so every operation errs by at most one unit
  // (2^-bits), and the bounds below count units.

  /** ln x for x > 0, with relative error at most 10^-digits (0 for x = 1). */
  private static BigDecimal lnApprox(BigDecimal x, int digits) {
    BigDecimal delta = x.subtract(BigDecimal.ONE);
    if (delta.signum() == 0) {
      return BigDecimal.ZERO;
    }
    if (delta.abs().compareTo(NEAR_ONE) <= 0) {
      // ln(1 + d) = 2 atanh z = 2z (1 + z²/3 + z⁴/5 + …), z = d / (2 + d), |z| < 0.008: the sum Q in
      // parentheses lies in [1, 1.00003], so its absolute errors are relative ones, however small z is.
      MathContext c = context(digits + 4);
      BigDecimal d = delta.round(c);
      BigDecimal z = d.divide(TWO.add(d), c);
      int bits = bitsFor(digits + 4);
      BigInteger z2 = fixed(z.multiply(z), bits);
      BigInteger one = BigInteger.ONE.shiftLeft(bits);
      BigInteger q = one;
      BigInteger power = one;
      for (long n = 3; ; n += 2) {
        power = power.multiply(z2).shiftRight(bits);
        if (power.signum() == 0) {
          break;
        }
        q = q.add(power.divide(BigInteger.valueOf(n)));
      }
      return z.multiply(TWO).multiply(decimal(q, bits, digits + 4)).round(c);
    }
    // x = f × 2^j × 10^k, 0.70 < f < 1.42; f = c (1 + …) with c = 1 + i/64 from a table:
    // ln x = k ln 10 + j ln 2 + ln c + 2 atanh((f − c) / (f + c)), |(f − c) / (f + c)| < 0.0056.
    // Here |ln x| > 0.0155, so an absolute error below 10^-(digits + 4) is small enough.
    long k = (long) x.precision() - x.scale() - 1;
    int kDigits = digitsOf(k);
    MathContext c = context(digits + 6 + kDigits);
    BigDecimal m = new BigDecimal(x.unscaledValue(), x.precision() - 1).round(c);
    int j = m.compareTo(SQRT_2) < 0 ? 0 : m.compareTo(SQRT_8) < 0 ? 1 : m.compareTo(SQRT_32) < 0 ? 2 : 3;
    BigDecimal f = m.multiply(HALF.pow(j));
    int i = f.subtract(BigDecimal.ONE).multiply(SIXTY_FOUR).setScale(0, RoundingMode.HALF_EVEN).intValueExact();
    BigDecimal center = BigDecimal.ONE.add(BigDecimal.valueOf(i).divide(SIXTY_FOUR));
    // Rounding m errs by 5 × 10^-(digits + 6 + kDigits) in ln x. In units: z 3, its series 2 per
    // term (under 20 terms), ln 2, ln 10 and ln c 3 each, ln 10 taken |k| times: under 100 + 3|k|,
    // which 16 spare bits make less than 10^-(digits + 7). The decimal errs by 10^-(digits + 6).
    int bits = bitsFor(digits + 4 + kDigits) + 16;
    Table t = table(bits);
    BigInteger z = fixed(f.subtract(center).divide(f.add(center), c), bits);
    BigInteger sum =
        atanh(z, bits).shiftLeft(1)
            .add(t.ln2(bits).multiply(BigInteger.valueOf(j)))
            .add(t.ln10(bits).multiply(BigInteger.valueOf(k)))
            .add(t.lnCenter(i, bits));
    return decimal(sum, bits, digits + 6);
  }

  /** ln 10 within 10^-(digits + 1). */
  private static BigDecimal ln10(int digits) {
    int bits = bitsFor(digits + 2);
    return decimal(table(bits).ln10(bits), bits, digits + 2);
  }

  /** exp(x) for |x| up to about 10^6, with relative error at most 10^-digits. */
  private static BigDecimal expApprox(BigDecimal x, int digits) {
    // exp(x) = 10^k × 2^j × exp(r)^(2^8), r = (x − k ln 10 − j ln 2) / 2^8, |r| < 0.0014.
    // Errors in units: x 1, k ln 10 at most 3 × 434295 < 2^21, j ln 2 6; dividing by 2^8 and
    // squaring 8 times gives them back, and adds 2 units per series term and squaring: under 2^22
    // units, which 24 + 16 spare bits make small.
    long k = x.divide(LN10_ROUGH, MathContext.DECIMAL64).setScale(0, RoundingMode.HALF_EVEN).longValueExact();
    int bits = bitsFor(digits + 4) + 40;
    Table t = table(bits);
    BigInteger r = fixed(x, bits).subtract(t.ln10(bits).multiply(BigInteger.valueOf(k)));
    BigInteger ln2 = t.ln2(bits);
    int j = new BigDecimal(r).divide(new BigDecimal(ln2), MathContext.DECIMAL64).setScale(0, RoundingMode.HALF_EVEN).intValueExact();
    r = r.subtract(ln2.multiply(BigInteger.valueOf(j))).shiftRight(SQUARINGS);
    BigInteger one = BigInteger.ONE.shiftLeft(bits);
    BigInteger sum = one.add(r);
    BigInteger term = r;
    for (long n = 2; term.signum() != 0; n++) {
      term = term.multiply(r).shiftRight(bits).divide(BigInteger.valueOf(n));
      sum = sum.add(term);
    }
    for (int s = 0; s < SQUARINGS; s++) {
      sum = sum.multiply(sum).shiftRight(bits);
    }
    // sum = exp(x − k ln 10 − j ln 2) lies in (0.5, 2): digits + 5 decimals are relative ones
    BigDecimal e = decimal(sum, bits, digits + 5);
    BigDecimal twoToJ = j >= 0 ? new BigDecimal(BigInteger.ONE.shiftLeft(j)) : HALF.pow(-j);
    return e.multiply(twoToJ).scaleByPowerOfTen(Math.toIntExact(k));
  }

  /** atanh z = z + z³/3 + z⁵/5 + … in fixed point, |z| ≤ 1/3: within 2 units per term. */
  private static BigInteger atanh(BigInteger z, int bits) {
    if (z.signum() < 0) {
      return atanh(z.negate(), bits).negate();
    }
    BigInteger z2 = z.multiply(z).shiftRight(bits);
    BigInteger power = z;
    BigInteger sum = z;
    for (long n = 3; ; n += 2) {
      power = power.multiply(z2).shiftRight(bits);
      if (power.signum() == 0) {
        return sum;
      }
      sum = sum.add(power.divide(BigInteger.valueOf(n)));
    }
  }

  /**
   * ln 2, ln 10 and ln(1 + i/64) for -20 ≤ i ≤ 28, in fixed point with {@code bits} fraction bits,
   * each within 2 units; narrower values are these shifted, within 3 units.
   */
  private record Table(int bits, BigInteger ln2, BigInteger ln10, BigInteger[] centers) {
    BigInteger ln2(int b) {
      return ln2.shiftRight(bits - b);
    }

    BigInteger ln10(int b) {
      return ln10.shiftRight(bits - b);
    }

    BigInteger lnCenter(int i, int b) {
      return centers[i - LOWEST_CENTER].shiftRight(bits - b);
    }
  }

  private static final int LOWEST_CENTER = -20;
  private static final int HIGHEST_CENTER = 28;

  /** The table for at least {@code bits} bits, computed once for the largest need so far. */
  private static Table table(int bits) {
    Table t = table;
    if (t.bits() < bits) {
      t = computeTable(Math.max(bits, t.bits() * 2));
      table = t;
    }
    return t;
  }

  private static Table computeTable(int bits) {
    // Each series errs by 2 units per term: with 32 more bits, that is less than one unit once shifted.
    int w = bits + 32;
    BigInteger ln2 = atanh(ratio(1, 3, w), w).shiftLeft(1);
    BigInteger ln10 = ln2.multiply(BigInteger.valueOf(3)).add(atanh(ratio(1, 9, w), w).shiftLeft(1));
    BigInteger[] centers = new BigInteger[HIGHEST_CENTER - LOWEST_CENTER + 1];
    for (int i = LOWEST_CENTER; i <= HIGHEST_CENTER; i++) {
      // 1 + i/64 = (1 + z) / (1 − z) with z = i / (128 + i)
      centers[i - LOWEST_CENTER] = atanh(ratio(i, 128 + i, w), w).shiftLeft(1).shiftRight(32);
    }
    return new Table(bits, ln2.shiftRight(32), ln10.shiftRight(32), centers);
  }

  /** p / q in fixed point, rounded. */
  private static BigInteger ratio(long p, long q, int bits) {
    return fixed(BigDecimal.valueOf(p).divide(BigDecimal.valueOf(q), context(bits / 3 + 10)), bits);
  }

  /** v × 2^bits rounded to a whole number: v in fixed point. */
  private static BigInteger fixed(BigDecimal v, int bits) {
    return v.multiply(new BigDecimal(BigInteger.ONE.shiftLeft(bits))).setScale(0, RoundingMode.HALF_EVEN).toBigIntegerExact();
  }

  /** The fixed-point x / 2^bits as a decimal with {@code places} decimals, within 10^-places. */
  private static BigDecimal decimal(BigInteger x, int bits, int places) {
    return new BigDecimal(x.multiply(BigInteger.TEN.pow(places)).shiftRight(bits), places);
  }

  /** Fraction bits that hold {@code digits} decimals: digits × log2(10), rounded up. */
  private static int bitsFor(int digits) {
    return Math.toIntExact((long) digits * 3322 / 1000 + 1);
  }

  // ---------------------------------------------------------------- exact powers

  /**
   * b^y rounded, b > 0, b ≠ 1, y ≠ 0 (y without trailing zeros), times the sign; or null when the
   * result is irrational or its exact fraction would be too long to compute.
   */
  private static @Nullable BigDecimal exactPower(BigDecimal b, BigDecimal y, int sign, MathContext mc) {
    BigDecimal bs = b.stripTrailingZeros();
    if (bs.unscaledValue().equals(BigInteger.ONE)) {
      // b = 10^e: b^y = 10^(e·y), a decimal when e·y is whole
      BigDecimal ey = y.multiply(BigDecimal.valueOf(-(long) bs.scale()));
      if (ey.signum() != 0 && ey.stripTrailingZeros().scale() > 0) {
        return null;
      }
      long power;
      try {
        power = ey.longValueExact();
      } catch (ArithmeticException e) {
        throw new ArithmeticException("pow(" + show(b) + ", " + show(y) + ") is out of range");
      }
      if (power > Integer.MAX_VALUE - 1 || power < Integer.MIN_VALUE + 1) {
        throw new ArithmeticException("pow(" + show(b) + ", " + show(y) + ") is out of range");
      }
      return normal(new BigDecimal(BigInteger.valueOf(sign), (int) -power).round(mc), mc);
    }
    // b = a / c and y = n / d, both in lowest terms; b^y is rational iff a and c are d-th powers
    if (Math.abs((long) bs.scale()) * 4 > EXACT_BITS || (long) bs.precision() * 4 > EXACT_BITS
        || Math.abs((long) y.scale()) * 4 > EXACT_BITS || (long) y.precision() * 4 > EXACT_BITS) {
      return null;
    }
    BigInteger a = bs.unscaledValue();
    BigInteger c = BigInteger.ONE;
    if (bs.scale() < 0) {
      a = a.multiply(BigInteger.TEN.pow(-bs.scale()));
    } else {
      c = BigInteger.TEN.pow(bs.scale());
      BigInteger g = a.gcd(c);
      a = a.divide(g);
      c = c.divide(g);
    }
    BigInteger n = y.unscaledValue();
    BigInteger d = BigInteger.ONE;
    if (y.scale() < 0) {
      n = n.multiply(BigInteger.TEN.pow(-y.scale()));
    } else {
      d = BigInteger.TEN.pow(y.scale());
      BigInteger g = n.abs().gcd(d);
      n = n.divide(g);
      d = d.divide(g);
    }
    if (d.bitLength() > 31 || n.bitLength() > 31) {
      return null;
    }
    BigInteger ra = root(a, d.intValue());
    BigInteger rc = root(c, d.intValue());
    if (ra == null || rc == null) {
      return null;
    }
    int times = Math.abs(n.intValue());
    if ((long) times * (ra.bitLength() + rc.bitLength()) > EXACT_BITS) {
      return null;
    }
    BigInteger top = ra.pow(times);
    BigInteger bottom = rc.pow(times);
    if (n.signum() < 0) {
      BigInteger t = top;
      top = bottom;
      bottom = t;
    }
    BigDecimal numerator = new BigDecimal(sign < 0 ? top.negate() : top);
    return normal(numerator.divide(new BigDecimal(bottom), mc), mc);
  }

  /** The whole n-th root of x ≥ 1, or null when x is not an n-th power. */
  private static @Nullable BigInteger root(BigInteger x, int n) {
    if (n == 1 || x.equals(BigInteger.ONE)) {
      return x;
    }
    if (x.bitLength() <= n) {
      return null; // 1 < x < 2^n: the root lies strictly between 1 and 2
    }
    BigInteger r;
    if (n == 2) {
      r = x.sqrt();
    } else {
      // Newton's method from above converges down to the floor of the root; start just above the
      // root, from its logarithm, so that it converges at once
      int digits = x.bitLength() / n * 302 / 1000 + 10;
      MathContext c = context(digits + 5);
      BigDecimal estimate = expApprox(lnApprox(new BigDecimal(x), digits + 5).divide(BigDecimal.valueOf(n), c), digits + 5);
      r = estimate.multiply(BigDecimal.ONE.add(BigDecimal.ONE.scaleByPowerOfTen(-digits)))
          .setScale(0, RoundingMode.CEILING).toBigIntegerExact().add(BigInteger.ONE);
      BigInteger big = BigInteger.valueOf(n);
      BigInteger less = BigInteger.valueOf(n - 1L);
      while (true) {
        BigInteger next = r.multiply(less).add(x.divide(r.pow(n - 1))).divide(big);
        if (next.compareTo(r) >= 0) {
          break;
        }
        r = next;
      }
    }
    return r.pow(n).equals(x) ? r : null;
  }

  // ---------------------------------------------------------------- helpers

  private static MathContext context(int digits) {
    return new MathContext(digits, RoundingMode.HALF_EVEN);
  }

  /** The exponent of the leading digit: 123.4 → 2, 0.05 → -2. */
  private static int exponent(BigDecimal v) {
    return v.precision() - v.scale() - 1;
  }

  private static int digitsOf(long k) {
    return Long.toString(Math.abs(k)).length();
  }

  /** An exact result without trailing zeros, written without an exponent where it fits the precision. */
  private static BigDecimal normal(BigDecimal v, MathContext mc) {
    BigDecimal s = v.stripTrailingZeros();
    if (s.scale() < 0 && (mc.getPrecision() == 0 || (long) s.precision() - s.scale() <= mc.getPrecision())) {
      return s.setScale(0);
    }
    return s;
  }

  private static void requirePrecision(MathContext mc, String what) {
    if (mc.getPrecision() == 0) {
      throw new ArithmeticException(what + " cannot be given exactly: give a MathContext with a precision");
    }
  }

  /** A number for a message, shortened when long. */
  private static String show(BigDecimal x) {
    String s = x.toString();
    return s.length() <= 40 ? s : s.substring(0, 24) + "…" + s.substring(s.length() - 12);
  }
}
