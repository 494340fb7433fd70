package io.github.kaohe.cli;

import io.github.kaohe.data.Period;
import io.github.kaohe.model.Policy;
import io.github.kaohe.model.Scheme;
import io.github.kaohe.report.SensitivityCsv;
import io.github.kaohe.report.SensitivityHtml;
import io.github.kaohe.sensitivity.SensitivityAnalysis;
import io.github.kaohe.sensitivity.SensitivityJson;
import io.github.kaohe.sensitivity.SensitivityResult;
import io.github.kaohe.sensitivity.Uncertainty;
import io.github.kaohe.sensitivity.UncertaintyException;
import io.github.kaohe.sensitivity.UncertaintyLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedSet;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code kaohe sensitivity}: how sure each place is under the uncertainties an uncertainty file
 * declares, and which of them the places depend on (Sobol indices).
 */
@Command(
    name = "sensitivity",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
      "How sure each place is, when weights and methods are uncertain.",
      "Varies the weights, methods, missing-value rules or aggregations an uncertainty file declares,"
          + " evaluates every variant exactly, and shows each entity's place interval and the probability of its"
          + " reward, and how much of the variance of the places each uncertain input explains (first-order and"
          + " total Sobol indices, with 95 %% bootstrap intervals)."
    },
    exitCodeListHeading = ExitCodes.HEADING,
    exitCodeList = {ExitCodes.OK_LINE, ExitCodes.INVALID_LINE, ExitCodes.BAD_INPUT_LINE},
    footerHeading = "%nExamples:%n",
    footer = {
      "  kaohe sensitivity kaifeng-2014 --uncertainty kaifeng-2014.uncertainty.yaml --period 2016",
      "  kaohe sensitivity my-policy.yaml --data zones.csv --uncertainty u.yaml --samples 1024 --html sensitivity.html"
    })
final class SensitivityCommand extends KaoheCommand {
  @SuppressWarnings("NullAway.Init") // required: picocli sets it or fails
  @Parameters(index = "0", paramLabel = "POLICY", description = "A bundled policy's id or a policy YAML file.")
  String policy;

  @SuppressWarnings("NullAway.Init") // required: picocli sets it or fails
  @Option(names = "--uncertainty", required = true, paramLabel = "FILE",
      description = "The uncertainty file (YAML): which weights, methods, missing-value rules or aggregations vary, and how.")
  Path uncertainty;

  @Option(names = "--data", paramLabel = "FILE", description = "The data (CSV or .xlsx). Default: the bundled policy's sample data.")
  @Nullable Path data;

  @Option(names = "--period", paramLabel = "PERIOD", converter = PeriodConverter.class,
      description = "The period whose ranking is analysed. Default: the latest in the data. Earlier periods serve as history.")
  @Nullable Period period;

  @Option(names = "--samples", paramLabel = "N",
      description = "The base sample size N (2 to 65536); N × (inputs + 2) variants are evaluated. Default: the file's, or 256.")
  @Nullable Integer samples;

  @Option(names = "--seed", paramLabel = "S", description = "The seed; the same seed gives the same result. Default: the file's, or 1.")
  @Nullable Long seed;

  @Option(names = "--format", paramLabel = "FORMAT", description = "table (default), json or csv (the entities' places).")
  String format = "table";

  @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write to this file (UTF-8) instead of standard output.")
  @Nullable Path output;

  @Option(names = "--html", paramLabel = "FILE", description = "Also write an HTML page with the place intervals and the indices as charts.")
  @Nullable Path html;

  @Mixin LanguageOption lang = new LanguageOption();

  @Override
  int run() {
    if (!List.of("table", "json", "csv").contains(format)) {
      throw new InputException("--format: expected table, json or csv, not '" + format + "'");
    }
    InputFiles.requireFile(uncertainty, "the uncertainty file");
    ChosenPolicy chosen = ChosenPolicy.of(policy);
    Policy p = chosen.policy();
    SensitivityResult result;
    try {
      Uncertainty u = UncertaintyLoader.load(uncertainty, p);
      if (samples != null) {
        if (samples < Uncertainty.MIN_SAMPLES || samples > Uncertainty.MAX_SAMPLES) {
          throw new InputException("--samples: must be between " + Uncertainty.MIN_SAMPLES + " and " + Uncertainty.MAX_SAMPLES
              + ", not " + samples);
        }
        u = u.withSamples(samples);
      }
      if (seed != null) {
        u = u.withSeed(seed);
      }
      Scheme scheme = p.scheme(u.scheme());
      SchemeData input = data != null
          ? DataFiles.read(p, scheme, data, null, null, false, null).get(0)
          : DataFiles.samples(chosen, scheme, null).get(0);
      List<Period> periods = periods(input);
      long variants = (long) u.samples() * (u.inputs() + 2);
      DeclaredSizes.sensitivity(variants, entities(scheme, input, periods)).ifPresent(this::warn);
      long start = System.nanoTime();
      try (Progress progress = Progress.onTerminal(err())) {
        result = SensitivityAnalysis.of(p, u)
            .onProgress((done, total) -> progress.step(label(periods, start, done, total), done, total))
            .run(input.dataset(), periods);
      }
    } catch (UncertaintyException e) {
      throw new InputException(e.getMessage(), e);
    }
    String text = switch (format) {
      case "json" -> SensitivityJson.write(result);
      case "csv" -> SensitivityCsv.write(result, lang.get());
      default -> SensitivityTable.render(result, lang.get());
    };
    if (html != null) {
      OutputFiles.writeText(html, out -> out.write(SensitivityHtml.write(result)));
    }
    if (output != null) {
      OutputFiles.writeText(output, out -> out.write(text));
    } else {
      out().print(text);
    }
    return ExitCodes.OK;
  }

  /** The entities each variant evaluates: the scheme's own, or those with data in the period analysed. */
  private static int entities(Scheme scheme, SchemeData input, List<Period> periods) {
    return scheme.entities().isEmpty()
        ? input.dataset().entitiesIn(periods.get(periods.size() - 1)).size()
        : scheme.entities().size();
  }

  /** What the bar says: the period and, once a few evaluations are done, the time left. */
  private static String label(List<Period> periods, long start, int done, int total) {
    String what = "敏感性 sensitivity " + periods.get(periods.size() - 1);
    if (done < 8) {
      return what;
    }
    double seconds = (System.nanoTime() - start) / 1e9 * (total - done) / done;
    return what + String.format(java.util.Locale.ROOT, ", ETA %.0f s", Math.ceil(seconds));
  }

  private List<Period> periods(SchemeData input) {
    SortedSet<Period> all = input.dataset().periods();
    if (all.isEmpty()) {
      throw new InputException(input.source() + " has no data rows");
    }
    Period p = period == null ? all.last() : period;
    if (!all.contains(p)) {
      throw new InputException(input.source() + " has no rows for period " + p);
    }
    List<Period> periods = new ArrayList<>(all.headSet(p));
    periods.add(p);
    return periods;
  }
}
