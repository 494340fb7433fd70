package io.github.kaohe.data;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An assessment period: a year ({@code 2015}) or a quarter of a year ({@code 2015Q3}).
 *
 * @param year the calendar year, 1900 to 2999
 * @param quarter 1 to 4 for a quarter, 0 for the whole year
 */
public record Period(int year, int quarter) implements Comparable<Period> {
  private static final Pattern FORM =
      Pattern.compile("(\\d{4})(?:\\s*[-_ ]?\\s*[Qq]([1-4])|年(?:第?([1-4一二三四])季度)?)?");

  public Period {
    if (year < 1900 || year > 2999) {
      throw new IllegalArgumentException("year must be between 1900 and 2999, but was " + year);
    }
    if (quarter < 0 || quarter > 4) {
      throw new IllegalArgumentException("quarter must be 1 to 4 (or 0 for a year), but was " + quarter);
    }
  }

  /** The whole year. */
  public static Period year(int year) {
    return new Period(year, 0);
  }

  /** A quarter, 1 to 4. */
  public static Period quarter(int year, int quarter) {
    if (quarter == 0) {
      throw new IllegalArgumentException("quarter must be 1 to 4, but was 0");
    }
    return new Period(year, quarter);
  }

  /**
   * Reads {@code 2015}, {@code 2015Q3}, {@code 2015-Q3}, {@code 2015年} or {@code 2015年第三季度}.
   *
   * @throws IllegalArgumentException saying which forms are understood
   */
  public static Period parse(String text) {
    Matcher m = FORM.matcher(text.trim());
    if (!m.matches()) {
      throw new IllegalArgumentException(
          "'" + text + "' is not a period: write a year (2015) or a quarter (2015Q3)");
    }
    int year = Integer.parseInt(m.group(1));
    String q = m.group(2) != null ? m.group(2) : m.group(3);
    if (q == null) {
      return year(year);
    }
    int quarter = "一二三四".indexOf(q) >= 0 ? "一二三四".indexOf(q) + 1 : Integer.parseInt(q);
    return quarter(year, quarter);
  }

  public boolean isYear() {
    return quarter == 0;
  }

  /** The period before: the year before, or the quarter before (Q1's is the year before's Q4). */
  public Period previous() {
    if (isYear()) {
      return year(year - 1);
    }
    return quarter == 1 ? quarter(year - 1, 4) : quarter(year, quarter - 1);
  }

  /** The same period one year earlier. */
  public Period yearBefore() {
    return new Period(year - 1, quarter);
  }

  @Override
  public int compareTo(Period o) {
    if (year != o.year) {
      return Integer.compare(year, o.year);
    }
    // A year sorts after its quarters: it closes them.
    return Integer.compare(quarter == 0 ? 5 : quarter, o.quarter == 0 ? 5 : o.quarter);
  }

  /** {@code 2015} or {@code 2015Q3}. */
  @Override
  public String toString() {
    return isYear() ? Integer.toString(year) : String.format(Locale.ROOT, "%dQ%d", year, quarter);
  }
}
