package io.github.kaohe.data;

import io.github.kaohe.internal.columns.DecimalColumn;
import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * Reads number cells into a column: plain decimals ({@code -1234.50}, {@code 1,234.5},
 * {@code 12.5%}) straight to an unscaled {@code long}, without a {@code BigDecimal} per cell;
 * anything else through {@link CellText}, which reads the rest and words the problems.
 */
final class CellNumbers {
  private String problem = "";
  /** The last value read: unscaled at a scale, or as a decimal when it took the full reader. */
  private long unscaled;
  private int scale;
  private @Nullable BigDecimal decimal;

  /** What was wrong with the last cell that could not be read. */
  String problem() {
    return problem;
  }

  /**
   * Reads the text into row {@code row} of the column.
   *
   * @return false when the text is not a number (see {@link #problem()})
   */
  boolean read(String text, boolean percentUnit, DecimalColumn.Builder column, int row) {
    decimal = null;
    if (fast(text, percentUnit, column, row)) {
      return true;
    }
    try {
      decimal = CellText.number(text, percentUnit);
      column.set(row, decimal);
      return true;
    } catch (IllegalArgumentException e) {
      problem = e.getMessage();
      return false;
    }
  }

  /** The last value read. */
  BigDecimal value() {
    return decimal != null ? decimal : BigDecimal.valueOf(unscaled, scale);
  }

  /** Whether the last value read is within the range. */
  boolean within(ValidRanges.Range range) {
    return range.any() || (decimal != null ? range.contains(decimal) : range.contains(unscaled, scale));
  }

  /** The common forms, as {@code new BigDecimal} reads them; false for anything else. */
  private boolean fast(String text, boolean percentUnit, DecimalColumn.Builder column, int row) {
    int end = text.length();
    if (percentUnit && end > 0 && text.charAt(end - 1) == '%') {
      end--;
      while (end > 0 && Character.isWhitespace(text.charAt(end - 1))) {
        end--;
      }
    }
    int i = 0;
    boolean negative = false;
    if (i < end && (text.charAt(i) == '-' || text.charAt(i) == '+')) {
      negative = text.charAt(i) == '-';
      i++;
    }
    long unscaled = 0;
    int digits = 0;
    int scale = -1; // no point yet
    int sinceComma = -1; // digits since the last thousands separator, or −1 without one
    int leading = 0; // digits before the first separator
    boolean any = false;
    for (; i < end; i++) {
      char c = text.charAt(i);
      if (c >= '0' && c <= '9') {
        if (unscaled != 0 || c != '0') {
          if (++digits > 18) {
            return false;
          }
        }
        unscaled = unscaled * 10 + (c - '0');
        any = true;
        if (scale >= 0) {
          if (++scale > CellText.MAX_DIGITS) {
            return false;
          }
        } else if (sinceComma >= 0) {
          sinceComma++;
        } else {
          leading++;
        }
      } else if (c == '.' && scale < 0) {
        if (sinceComma >= 0 && sinceComma != 3) {
          return false;
        }
        scale = 0;
      } else if (c == ',' && scale < 0 && any && (sinceComma < 0 ? leading <= 3 : sinceComma == 3)) {
        sinceComma = 0;
      } else {
        return false;
      }
    }
    if (!any || (sinceComma >= 0 && scale < 0 && sinceComma != 3) || (sinceComma >= 0 && scale == 0)) {
      return false; // "-", ".", "1,23", "1,234." are left to the full reader
    }
    this.unscaled = negative ? -unscaled : unscaled;
    this.scale = Math.max(scale, 0);
    column.set(row, this.unscaled, this.scale);
    return true;
  }
}
