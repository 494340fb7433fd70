package io.github.kaohe.cli;

import io.github.kaohe.report.Report;
import java.nio.file.Path;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code kaohe report}: writes a report file — HTML with charts, an Excel workbook, Markdown, CSV
 * or JSON — of every scheme (or one), with the earlier periods of the data for change and trends.
 */
@Command(
    name = "report",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
      "Writes the ranking to a report file: HTML, xlsx, md, csv or json.",
      "HTML is one page with charts, in Chinese and English, that prints on A4; xlsx is an Excel"
          + " workbook, md Markdown.",
      "Without --periods, the report holds the data's periods up to --period (default: the latest),"
          + " so that it shows each entity's change of place and its totals over time."
    },
    exitCodeListHeading = ExitCodes.HEADING,
    exitCodeList = {ExitCodes.OK_LINE, ExitCodes.INVALID_LINE, ExitCodes.BAD_INPUT_LINE},
    footerHeading = "%nExamples:%n",
    footer = {
      "  kaohe report --policy kaifeng-2014",
      "  kaohe report --policy my-policy.yaml --data zones.xlsx -o ranking.xlsx",
      "  kaohe report --policy my-policy.yaml --data zones.csv --periods 2014..2016"
    })
final class ReportCommand extends KaoheCommand {
  @Mixin AssessmentOptions what = new AssessmentOptions();

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      converter = LowerCaseEnumConverter.ReportFormatConverter.class,
      description = "html, xlsx, md, csv or json. Default: as the extension of -o says (report.xlsx: xlsx),"
          + " else html.")
  @Nullable ReportFormat format;

  @Mixin LanguageOption lang = new LanguageOption();

  @Mixin OutputOption output = new OutputOption();

  @Mixin PendingOption pending = new PendingOption();

  @Override
  int run() {
    Path output = this.output.get();
    ReportFormat format = ReportFormat.of(this.format, output);
    if (output != null) {
      OutputFiles.check(output, what.inputs());
    }
    Assessment base = assess(what.request().withHistory());
    Assessment assessment = pending.any() ? base.provisional(pending.evaluate(base, this::warn)) : base;
    Path file = output != null ? output : defaultFile(assessment.report(), what.scheme.scheme, format);
    if (output == null) {
      OutputFiles.check(file, what.inputs());
    }
    long entities = DeclaredSizes.entities(assessment.report());
    ReportSize.refusal(format, entities, Runtime.getRuntime().maxMemory()).ifPresent(refusal -> {
      throw new InputException(refusal);
    });
    if (format == ReportFormat.JSON) {
      DeclaredSizes.json(entities).ifPresent(this::warn);
    }
    format.write(file, assessment, lang.get());
    out().println(file.toAbsolutePath().normalize());
    return ExitCodes.OK;
  }

  /** {@code POLICY[_SCHEME]_PERIODS.EXT} in the current folder. */
  static Path defaultFile(Report report, @Nullable String scheme, ReportFormat format) {
    String name = report.policy().id() + (scheme == null ? "" : "_" + scheme) + "_" + report.periodRange();
    return Path.of(safe(name) + "." + format.extension());
  }

  /** The name with characters that no file system allows replaced. */
  private static String safe(String name) {
    return name.replaceAll("[\\\\/:*?\"<>|\\s]", "-");
  }
}
