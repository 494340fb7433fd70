package io.github.kaohe.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Objects;
import picocli.CommandLine;

/** Runs the command line in the test, as a user would, and keeps what it printed. */
final class Cli {
  /**
   * What a run of the command line gave.
   *
   * @param exitCode the exit code
   * @param out what it printed on standard output
   * @param err what it printed on standard error
   */
  record Run(int exitCode, String out, String err) {}

  private Cli() {}

  static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cli = new CommandLine(new KaoheCli());
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(err, true));
    int exitCode = cli.execute(args);
    return new Run(exitCode, out.toString(), err.toString());
  }

  /**
   * A table output without its first line, which says the period shown ({@link PeriodLine}); the
   * output unchanged when it has no such line.
   */
  static String body(String out) {
    boolean periodLine = out.startsWith("期间 Period：") || out.startsWith("Period: ");
    return periodLine ? out.substring(out.indexOf('\n') + 1) : out;
  }

  /** A test resource as a file path, for the command line's arguments. */
  static String file(String resource) {
    try {
      return Path.of(Objects.requireNonNull(Cli.class.getResource("/" + resource), resource).toURI()).toString();
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
