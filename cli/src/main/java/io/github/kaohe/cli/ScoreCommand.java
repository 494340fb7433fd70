package io.github.kaohe.cli;

import io.github.kaohe.model.Language;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jspecify.annotations.Nullable;
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
      "  kaohe score --policy my-policy.yaml --data zones.csv --format csv -o ranking.csv"
    })
final class ScoreCommand extends KaoheCommand {
  @Mixin AssessmentOptions what = new AssessmentOptions();

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      converter = LowerCaseEnumConverter.FormatConverter.class,
      description = "table (default), json or csv (UTF-8 with BOM, one scheme).")
  OutputFormat format = OutputFormat.TABLE;

  @Option(
      names = "--lang",
      paramLabel = "LANG",
      converter = LowerCaseEnumConverter.LanguageConverter.class,
      description = "The language of names and headings: zh (default) or en.")
  Language lang = Language.ZH;

  @Option(
      names = {"-o", "--output"},
      paramLabel = "FILE",
      description = "Write to this file (always UTF-8) instead of standard output.")
  @Nullable Path output;

  @Option(
      names = "--width",
      paramLabel = "COLUMNS",
      description = "Leave out the last columns of a table wider than this. Default: the terminal's width;"
          + " no limit when the output is not a terminal.")
  @Nullable Integer width;

  @Override
  int run() {
    int columns = width != null ? width : output == null ? Terminal.stdoutWidth().orElse(Integer.MAX_VALUE) : Integer.MAX_VALUE;
    String text = format.render(assess(what.request()), lang, columns);
    if (output == null) {
      out().print(text);
    } else {
      write(output, text);
    }
    return ExitCodes.OK;
  }

  private static void write(Path file, String text) {
    try {
      Files.writeString(file, text, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new InputException("cannot write " + file + ": " + e.getMessage(), e);
    }
  }
}
