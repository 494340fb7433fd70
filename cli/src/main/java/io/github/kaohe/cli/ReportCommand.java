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
      "Writes a report of the ranking to a file: HTML (one page with charts, Chinese and English,"
          + " prints on A4), xlsx (Excel), md (Markdown), csv or json.",
      "Without --periods, the report holds the data's periods up to --period (default: the latest),"
          + " so that it shows each entity's change of place and its totals over time."
    },
    exitCodeListHeading = ExitCodes.HEADING,
    exitCodeList = {ExitCodes.OK_LINE, ExitCodes.INVALID_LINE, ExitCodes.BAD_INPUT_LINE},
    footerHeading = "%nExamples:%n",
    footer = {
      "  kaohe report --policy kaifeng-2014",
      "  kaohe report --policy my-policy.yaml --data zones.xlsx -o ranking.xlsx    (xlsx, from the name)",
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

  @Option(
      names = {"-o", "--output"},
      paramLabel = "FILE",
      description = "The file to write. Default: in the current folder, named after the policy, the scheme"
          + " (with --scheme) and the periods, e.g. kaifeng-2014_2013-2016.html. Its folder must exist;"
          + " it must not be the policy or the data file. Written whole or not at all.")
  @Nullable Path output;

  /** {@code --out}, as this command once called its output: the same as {@code --output}. */
  @Option(names = "--out", hidden = true, paramLabel = "FILE")
  @Nullable Path outAlias;

  @Override
  int run() {
    Path output = OutputFiles.either(this.output, outAlias);
    ReportFormat format = ReportFormat.of(this.format, output);
    if (output != null) {
      OutputFiles.check(output, what.inputs());
    }
    Assessment assessment = assess(what.request().withHistory());
    Path file = output != null ? output : defaultFile(assessment.report(), what.scheme, format);
    if (output == null) {
      OutputFiles.check(file, what.inputs());
    }
    OutputFiles.writeReport(file, format.render(assessment, lang.get()));
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
