package io.github.kaohe.cli;

import io.github.kaohe.model.Language;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.file.Path;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/**
 * The {@code kaohe} command. Without arguments it does its main job: the rankings of the bundled
 * Kaifeng 2014 policy on its sample data in the latest period of the data (the default of every
 * command), the same as {@code kaohe score --policy kaifeng-2014}, and their HTML report (with the
 * earlier periods for change and trends), as {@code kaohe report --policy kaifeng-2014} writes it.
 */
@Command(
    name = "kaohe",
    resourceBundle = "io.github.kaohe.cli.Messages",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
      "Kaohe (考核) scores and ranks entities under assessment policies written as YAML.",
      "Without a command: the rankings of the bundled policy " + KaoheCli.MAIN_POLICY
          + " on its sample data, in the latest period of the data (as every command's default),"
          + " and their HTML report."
    },
    subcommands = {
      ScoreCommand.class,
      ExplainCommand.class,
      WhatIfCommand.class,
      ReportCommand.class,
      ValidateCommand.class,
      TestCommand.class,
      DiffCommand.class,
      SensitivityCommand.class,
      PoliciesCommand.class,
      HelpCommand.class
    },
    exitCodeListHeading = ExitCodes.HEADING,
    exitCodeList = {ExitCodes.OK_LINE, ExitCodes.INVALID_LINE, ExitCodes.BAD_INPUT_LINE},
    footerHeading = "%nExamples:%n",
    footer = {
      "  kaohe                                     rankings of the bundled sample",
      "  kaohe --period 2015 --lang en             the sample's 2015, in English",
      "  kaohe policies                            the bundled policies",
      "  kaohe validate my-policy.yaml             every problem of a policy file",
      "  kaohe test kaifeng-2014                   its own tests and their coverage",
      "  kaohe score --policy my-policy.yaml --data zones.csv --format json",
      "  kaohe explain 甲 --policy my-policy.yaml --data zones.csv",
      "  kaohe whatif 甲 --policy my-policy.yaml --data zones.csv --to-place 3",
      "  kaohe report --policy my-policy.yaml --data zones.xlsx   HTML with charts",
      "",
      "Errors are reported in one message on stderr; --debug adds the stack trace."
    })
public final class KaoheCli extends KaoheCommand {
  static final String MAIN_POLICY = "kaifeng-2014";

  @Option(
      names = "--debug",
      scope = ScopeType.INHERIT,
      description = "Print the stack trace of an error.")
  boolean debug;

  /** Runs the command line and exits with its exit code. */
  public static void main(String[] args) {
    WorkerFailures.install();
    System.exit(commandLine(TerminalCharset.detect()).execute(args));
  }

  /** The command line as {@link #main} runs it: writing in the given charset, brief on usage errors. */
  static CommandLine commandLine(Charset charset) {
    CommandLine cli = new CommandLine(new KaoheCli());
    // Not System.out, a PrintStream that hides every failure: a full disk must fail the command.
    cli.setOut(StandardOutput.of(new FileOutputStream(FileDescriptor.out), charset));
    cli.setErr(new PrintWriter(new OutputStreamWriter(System.err, charset), true));
    cli.setParameterExceptionHandler(new ShortUsageErrors());
    return cli;
  }

  @Mixin OutputOption output = new OutputOption();

  @Mixin WidthOption width = new WidthOption();

  @Mixin PeriodOptions period = new PeriodOptions();

  @Mixin LanguageOption lang = new LanguageOption();

  @Override
  int run() {
    Path out = output.get();
    if (out != null) {
      ReportFormat named = ReportFormat.byExtension(out);
      if (named != null && named != ReportFormat.HTML) {
        throw new InputException("the main job writes an HTML report, not " + named.extension() + ": name the file "
            + "*.html, or use 'kaohe report --policy " + MAIN_POLICY + " -o " + out + "' for other formats");
      }
      OutputFiles.check(out, java.util.Map.of());
    }
    AssessmentRequest main = new AssessmentRequest(
        MAIN_POLICY, null, null, period.period, period.range(), null, false, false);
    Assessment withHistory = assess(main.withHistory());
    Assessment ranking = withHistory.latestOnly();
    out().print(OutputFormat.TABLE.render(ranking, lang.get(), width.columns(true)));
    Path file = out != null ? out : ReportCommand.defaultFile(withHistory.report(), null, ReportFormat.HTML);
    OutputFiles.writeReport(file, ReportFormat.HTML.render(withHistory, Language.ZH));
    out().println();
    out().println("报告 Report (HTML): " + file.toAbsolutePath().normalize());
    return ExitCodes.OK;
  }
}
