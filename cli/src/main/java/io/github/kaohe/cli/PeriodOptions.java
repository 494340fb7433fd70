package io.github.kaohe.cli;

import io.github.kaohe.data.Period;
import java.util.List;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Option;

/**
 * {@code --period} and {@code --periods}, for every command that reads data. Without either, every
 * command takes the latest period in the data, and says so.
 */
final class PeriodOptions {
  @Option(
      names = "--period",
      paramLabel = "PERIOD",
      converter = PeriodConverter.class,
      description =
          "The period: 2015 or 2015Q3. Default: the latest in the data, in every command. The rows of a"
              + " file without a period column (or sheet named after one) are in this period.")
  @Nullable Period period;

  @Option(
      names = "--periods",
      paramLabel = "RANGE",
      description =
          "Several periods, in order: 2014..2016, 2015Q1..2015Q4 or 2014,2016. Rules that look back"
              + " (last year's place, two years running) read the earlier periods.")
  @Nullable String periods;

  /** The periods of {@code --periods}, in order; empty without it. */
  List<Period> range() {
    if (period != null && periods != null) {
      throw new InputException("give --period or --periods, not both");
    }
    try {
      return periods == null ? List.of() : PeriodRange.parse(periods);
    } catch (IllegalArgumentException e) {
      throw new InputException("--periods: " + e.getMessage(), e);
    }
  }
}
