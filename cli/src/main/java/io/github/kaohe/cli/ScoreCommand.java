package io.github.kaohe.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code kaohe score}: ranks the entities of a policy's schemes, as a table, JSON or CSV. */
@Command(
    name = "score",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "Scores and ranks the entities of a policy's schemes on data.",
    exitCodeListHeading = ExitCodes.HEADING,
    exitCodeList = {ExitCodes.OK_LINE, ExitCodes.INVALID_LINE, ExitCodes.BAD_INPUT_LINE},
    footerHeading = "%nExamples:%n",
    footer = {
      "  kaohe score --policy kaifeng-2014",
      "  kaohe score --policy my-policy.yaml --data zones.csv --period 2015",
      "  kaohe score --policy my-policy.yaml --data zones.csv --format csv -o ranking.csv",
      "  kaohe score --policy my-policy.yaml --data firms.csv --pending 乙:tax=0..80"
    })
final class ScoreCommand extends KaoheCommand {
  @Mixin AssessmentOptions what = new AssessmentOptions();

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      converter = LowerCaseEnumConverter.FormatConverter.class,
      description = "table (default), json or csv (UTF-8 with BOM, one scheme).")
  OutputFormat format = OutputFormat.TABLE;

  @Mixin LanguageOption lang = new LanguageOption();

  @Mixin OutputOption output = new OutputOption();

  @Mixin WidthOption width = new WidthOption();

  @Mixin PendingOption pending = new PendingOption();

  @Override
  int run() {
    Path output = this.output.get();
    if (output != null) {
      OutputFiles.check(output, what.inputs());
    }
    int columns = width.columns(output == null);
    Assessment base = assess(what.request());
    Assessment assessment = pending.any() ? base.provisional(pending.evaluate(base, this::warn)) : base;
    if (format == OutputFormat.JSON) {
      DeclaredSizes.json(assessment.report()).ifPresent(this::warn);
    }
    if (output == null) {
      try {
        format.render(assessment, lang.get(), columns, out());
      } catch (IOException e) {
        throw new UncheckedIOException(e); // a PrintWriter does not throw: its failures are checked at the end
      }
    } else {
      OutputFiles.writeText(output, out -> format.render(assessment, lang.get(), columns, out));
    }
    return ExitCodes.OK;
  }
}
