package io.github.kaohe.model;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Objects;

/**
 * The unit a value is shown in when it differs from the unit of the data, as the source text writes
 * it: data in 万元 shown in 亿元 ({@code display: {unit: 亿元, factor: 10000}}), so that a target reads
 * "现为 510.3亿元，目标 ≥ 1200亿元", not "现为 5103000，目标 ≥ 12000000". Only the words change:
 * every decision is taken on the data's value.
 *
 * @param unit the unit shown, e.g. 亿元
 * @param factor how many of the data's unit make one of the unit shown (10000 万元 = 1 亿元); positive
 */
public record DisplayUnit(String unit, BigDecimal factor) {
  public DisplayUnit {
    Checks.text(unit, "display unit");
    Objects.requireNonNull(factor, "factor");
    Checks.require(factor.signum() > 0, "the display factor must be positive, but was %s", factor.toPlainString());
  }

  /** The data's value in the unit shown: {@code x / factor}, to 34 significant digits, without trailing zeros. */
  public BigDecimal shown(BigDecimal x) {
    BigDecimal v = x.divide(factor, MathContext.DECIMAL128).stripTrailingZeros();
    return v.scale() < 0 ? v.setScale(0) : v;
  }
}
