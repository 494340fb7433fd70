package io.github.kaohe.data;

import java.math.BigDecimal;
import java.util.regex.Pattern;

/** Reads a cell's text as a number: plain decimals, {@code 1,234.5}, and {@code 12.5%} where the unit is %. */
final class CellText {
  /** The most digits a value may have before, and after, the decimal point. */
  static final int MAX_DIGITS = 18;
  /**
   * The longest text read as a number: 18 digits each side of the point, thousands separators, a
   * sign, a percent sign and some spaces. A longer cell is no number the reader takes, and is
   * turned down before it is parsed (parsing a million digits takes seconds).
   */
  static final int MAX_LENGTH = 64;
  /** How much of a cell a message quotes. */
  private static final int SHOWN = 40;

  private static final Pattern THOUSANDS = Pattern.compile("[+-]?\\d{1,3}(,\\d{3})+(\\.\\d+)?");

  private CellText() {}

  /**
   * The number the text holds.
   *
   * @param percentUnit whether the column's unit is %, so that a trailing % sign is understood
   * @throws IllegalArgumentException saying what is wrong and how to write it
   */
  static BigDecimal number(String text, boolean percentUnit) {
    if (text.length() > MAX_LENGTH) {
      throw new IllegalArgumentException(
          "'" + shown(text) + "' is not a number the data can hold: it has " + text.length()
              + " characters; write at most " + MAX_DIGITS + " digits before and " + MAX_DIGITS
              + " after the decimal point");
    }
    String t = text;
    if (percentUnit && t.endsWith("%")) {
      t = t.substring(0, t.length() - 1).strip();
    }
    if (THOUSANDS.matcher(t).matches()) {
      t = t.replace(",", "");
    }
    BigDecimal d;
    try {
      d = new BigDecimal(t);
    } catch (NumberFormatException e) {
      String hint =
          text.endsWith("%") && !percentUnit
              ? " (a percent sign is only understood for indicators whose unit is %)"
              : " (write a plain number such as 1234.5)";
      throw new IllegalArgumentException("'" + shown(text) + "' is not a number" + hint, e);
    }
    // 1e999999999 is a valid decimal whose digits do not fit in memory: stop it here.
    if (d.scale() > MAX_DIGITS || d.precision() - d.scale() > MAX_DIGITS) {
      throw new IllegalArgumentException(
          "'" + shown(text) + "' is out of range: write at most " + MAX_DIGITS + " digits before and " + MAX_DIGITS
              + " after the decimal point");
    }
    return d;
  }

  /** The text as a message quotes it: at most 40 characters, then an ellipsis; one line. */
  static String shown(String text) {
    String t = text.length() > SHOWN ? text.substring(0, SHOWN) + "…" : text;
    return t.replace('\n', ' ').replace('\r', ' ');
  }
}
