package io.github.kaohe.cli;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/**
 * Amounts as a person reads them: exactly, with all their decimals, and from 10,000 on with
 * thousands separators ({@code 12,000,000}; {@code 9999.5} stays as it is).
 */
final class Amounts {
  /** From this amount on, thousands are separated. */
  private static final BigDecimal GROUPED_FROM = BigDecimal.valueOf(10_000);

  private Amounts() {}

  static String format(BigDecimal amount) {
    if (amount.abs().compareTo(GROUPED_FROM) < 0) {
      return amount.toPlainString();
    }
    DecimalFormat format = new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(Locale.ROOT));
    int scale = Math.max(amount.scale(), 0);
    format.setMinimumFractionDigits(scale);
    format.setMaximumFractionDigits(scale);
    format.setParseBigDecimal(true);
    return format.format(amount); // DecimalFormat formats a BigDecimal exactly
  }
}
