package io.github.kaohe.cli;

import io.github.kaohe.data.Period;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Option;

/** The options that choose what to assess, shared by {@code score}, {@code explain} and {@code report}. */
final class AssessmentOptions {
  @SuppressWarnings("NullAway.Init") // required: picocli sets it or fails
  @Option(
      names = "--policy",
      required = true,
      paramLabel = "ID|FILE",
      description = "A bundled policy's id (see 'kaohe policies') or a policy YAML file.")
  String policy;

  @Option(
      names = "--scheme",
      paramLabel = "ID",
      description = "The scheme to assess. Default: every scheme that has data.")
  @Nullable String scheme;

  @Option(
      names = "--data",
      paramLabel = "FILE",
      description =
          "The data: a CSV file (UTF-8 or GBK, comma or tab) or an Excel workbook (.xlsx) with an"
              + " 'entity' (名称) column and a column per indicator headed by its id or Chinese name, or"
              + " long: entity, period, indicator, value. Periods come from a 'period' column or sheets"
              + " named 2015, 2015Q3. Default: the bundled policy's sample data.")
  @Nullable Path data;

  @Option(
      names = "--period",
      paramLabel = "PERIOD",
      converter = PeriodConverter.class,
      description =
          "The period to assess: 2015 or 2015Q3. Default: the latest in the data. The rows of a file"
              + " without a period column (or sheet named after one) are in this period.")
  @Nullable Period period;

  @Option(
      names = "--periods",
      paramLabel = "RANGE",
      description =
          "Several periods, in order: 2014..2016, 2015Q1..2015Q4 or 2014,2016. Rules that look back"
              + " (last year's place, two years running) read the earlier periods.")
  @Nullable String periods;

  @Option(
      names = "--encoding",
      paramLabel = "CHARSET",
      converter = CharsetConverter.class,
      description = "The CSV file's encoding, e.g. GBK or UTF-8. Default: detected (UTF-8, UTF-16 or GBK/GB18030).")
  @Nullable Charset encoding;

  @Option(
      names = "--skip-bad-rows",
      description =
          "Leave out the rows with problems, list them on stderr and assess the rest. Default: a file"
              + " with problems is not assessed at all.")
  boolean skipBadRows;

  /** The files read, by what they are, for outputs not to overwrite them. */
  Map<String, @Nullable Path> inputs() {
    Map<String, @Nullable Path> inputs = new LinkedHashMap<>();
    inputs.put("the policy file (--policy)", OutputFiles.policyFile(policy));
    inputs.put("the data file (--data)", data);
    return inputs;
  }

  AssessmentRequest request() {
    if (period != null && periods != null) {
      throw new InputException("give --period or --periods, not both");
    }
    List<Period> range;
    try {
      range = periods == null ? List.of() : PeriodRange.parse(periods);
    } catch (IllegalArgumentException e) {
      throw new InputException("--periods: " + e.getMessage(), e);
    }
    return new AssessmentRequest(policy, scheme, data, period, range, encoding, skipBadRows, false);
  }
}
