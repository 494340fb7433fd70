package io.github.kaohe.cli;

import io.github.kaohe.data.Period;
import java.nio.file.Path;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Option;

/** The options that choose what to assess, shared by {@code score} and {@code explain}. */
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
      paramLabel = "CSV",
      description =
          "The data: a UTF-8 CSV file with an 'entity' column, a 'period' column and a column per"
              + " indicator (headed by its id or Chinese name). Default: the bundled policy's sample data.")
  @Nullable Path data;

  @Option(
      names = "--period",
      paramLabel = "PERIOD",
      converter = PeriodConverter.class,
      description =
          "The period to assess: 2015 or 2015Q3. Default: the latest in the data. The rows of a file"
              + " without a 'period' column are in this period.")
  @Nullable Period period;

  AssessmentRequest request() {
    return new AssessmentRequest(policy, scheme, data, period);
  }
}
