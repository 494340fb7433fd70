package io.github.kaohe.reference;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * An exact rational number p/q in lowest terms, q > 0: the reference evaluator's arithmetic. A
 * fraction becomes a decimal only when it is rounded, once.
 */
final class Fraction implements Comparable<Fraction> {
  static final Fraction ZERO = new Fraction(BigInteger.ZERO, BigInteger.ONE);
  static final Fraction ONE = new Fraction(BigInteger.ONE, BigInteger.ONE);
  static final Fraction TWO = of(2);

  private final BigInteger p;
  private final BigInteger q;

  private Fraction(BigInteger p, BigInteger q) {
    this.p = p;
    this.q = q;
  }

  static Fraction of(BigInteger p, BigInteger q) {
    if (q.signum() == 0) {
      throw new ArithmeticException("division by zero");
    }
    if (q.signum() < 0) {
      p = p.negate();
      q = q.negate();
    }
    BigInteger g = p.gcd(q);
    return g.equals(BigInteger.ONE) ? new Fraction(p, q) : new Fraction(p.divide(g), q.divide(g));
  }

  static Fraction of(long n) {
    return new Fraction(BigInteger.valueOf(n), BigInteger.ONE);
  }

  /** The decimal's exact value. */
  static Fraction of(BigDecimal d) {
    return d.scale() <= 0
        ? new Fraction(d.toBigIntegerExact(), BigInteger.ONE)
        : of(d.unscaledValue(), BigInteger.TEN.pow(d.scale()));
  }

  Fraction add(Fraction o) {
    return of(p.multiply(o.q).add(o.p.multiply(q)), q.multiply(o.q));
  }

  Fraction subtract(Fraction o) {
    return add(o.negate());
  }

  Fraction multiply(Fraction o) {
    return of(p.multiply(o.p), q.multiply(o.q));
  }

  Fraction divide(Fraction o) {
    return of(p.multiply(o.q), q.multiply(o.p));
  }

  Fraction negate() {
    return new Fraction(p.negate(), q);
  }

  Fraction abs() {
    return signum() < 0 ? negate() : this;
  }

  int signum() {
    return p.signum();
  }

  Fraction min(Fraction o) {
    return compareTo(o) <= 0 ? this : o;
  }

  Fraction max(Fraction o) {
    return compareTo(o) >= 0 ? this : o;
  }

  /** The largest whole number not above this one. */
  BigInteger floor() {
    BigInteger[] qr = p.divideAndRemainder(q);
    return qr[1].signum() < 0 ? qr[0].subtract(BigInteger.ONE) : qr[0];
  }

  /** The exact square root, or null when it is not rational. */
  @Nullable Fraction sqrt() {
    if (signum() < 0) {
      return null;
    }
    BigInteger rp = p.sqrt();
    BigInteger rq = q.sqrt();
    return rp.multiply(rp).equals(p) && rq.multiply(rq).equals(q) ? new Fraction(rp, rq) : null;
  }

  /** Rounded once to {@code scale} decimals: the only place a quotient is formed. */
  BigDecimal round(int scale, RoundingMode mode) {
    return new BigDecimal(p).divide(new BigDecimal(q), scale, mode);
  }

  /** An approximation to {@code mc}'s precision, for the few steps that are irrational anyway. */
  BigDecimal approximate(MathContext mc) {
    return new BigDecimal(p).divide(new BigDecimal(q), mc);
  }

  @Override
  public int compareTo(Fraction o) {
    return p.multiply(o.q).compareTo(o.p.multiply(q));
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof Fraction f && p.equals(f.p) && q.equals(f.q);
  }

  @Override
  public int hashCode() {
    return Objects.hash(p, q);
  }

  @Override
  public String toString() {
    return q.equals(BigInteger.ONE) ? p.toString() : p + "/" + q;
  }
}
