package io.github.kaohe.cli;

import io.github.kaohe.data.Period;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * The options that choose what to assess, shared by {@code score}, {@code explain} and
 * {@code report}: the policy, and the options that {@code diff} shares too (scheme, data, period).
 */
final class AssessmentOptions {
  @SuppressWarnings("NullAway.Init") // required: picocli sets it or fails
  @Option(
      names = "--policy",
      required = true,
      paramLabel = "ID|FILE",
      description = "A bundled policy's id (see 'kaohe policies') or a policy YAML file.")
  String policy;

  @Mixin SchemeOption scheme = new SchemeOption();

  @Mixin DataOption data = new DataOption();

  @Mixin PeriodOptions period = new PeriodOptions();

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
    inputs.put("the data file (--data)", data.data);
    return inputs;
  }

  AssessmentRequest request() {
    List<Period> range = period.range();
    return new AssessmentRequest(
        policy, scheme.scheme, data.data, period.period, range, encoding, skipBadRows, false);
  }
}
