package io.github.kaohe.cli;

import io.github.kaohe.data.Period;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads {@code --periods}: a range of years or quarters, {@code 2014..2016} or
 * {@code 2015Q1..2015Q4}, or periods listed with commas, {@code 2014,2016}.
 */
final class PeriodRange {
  /** The most periods a range may hold: a century of quarters is surely a typing mistake. */
  private static final int MAX = 100;

  private PeriodRange() {}

  static List<Period> parse(String value) {
    String text = value.strip();
    int dots = text.indexOf("..");
    if (dots < 0) {
      List<Period> periods = new ArrayList<>();
      for (String part : text.split(",", -1)) {
        periods.add(Period.parse(part.strip()));
      }
      return periods.stream().distinct().sorted().toList();
    }
    Period from = Period.parse(text.substring(0, dots).strip());
    Period to = Period.parse(text.substring(dots + 2).strip());
    if (from.isYear() != to.isYear()) {
      throw new IllegalArgumentException(
          "'" + value + "' mixes a year and a quarter: write 2014..2016 or 2015Q1..2015Q4");
    }
    if (from.compareTo(to) > 0) {
      throw new IllegalArgumentException("'" + value + "' ends before it starts: write the earlier period first");
    }
    List<Period> periods = new ArrayList<>();
    for (Period p = to; p.compareTo(from) >= 0; p = p.previous()) {
      periods.add(0, p);
      if (periods.size() > MAX) {
        throw new IllegalArgumentException("'" + value + "' holds more than " + MAX + " periods");
      }
    }
    return periods;
  }
}
