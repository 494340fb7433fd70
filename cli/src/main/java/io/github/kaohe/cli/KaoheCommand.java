package io.github.kaohe.cli;

import io.github.kaohe.data.DataException;
import io.github.kaohe.eval.EvaluationException;
import io.github.kaohe.eval.EvaluationProblem;
import io.github.kaohe.eval.SchemeResult;
import io.github.kaohe.load.PolicyException;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Spec;

/**
 * A command whose failures become one message on stderr and an exit code, never a stack trace
 * (unless {@code --debug}). The mapping lives here rather than in a picocli exception handler so
 * that it holds however the {@code CommandLine} around the command was built.
 */
abstract class KaoheCommand implements Callable<Integer> {
  /** How many evaluation warnings of a scheme are printed before the rest are counted. */
  private static final int WARNINGS_SHOWN = 20;

  @SuppressWarnings("NullAway.Init") // injected by picocli
  @Spec
  CommandSpec spec;

  /** Does the command's work; returns its exit code. */
  abstract int run();

  @Override
  public final Integer call() {
    int exitCode;
    try {
      exitCode = run();
    } catch (PolicyException | EvaluationException e) {
      exitCode = fail(ExitCodes.INVALID, e.getMessage(), e);
    } catch (DataException | InputException e) {
      exitCode = fail(ExitCodes.BAD_INPUT, e.getMessage(), e);
    } catch (RuntimeException e) {
      exitCode = fail(
          ExitCodes.INVALID, "internal error: " + e + " (run again with --debug for the stack trace)", e);
    } catch (OutOfMemoryError e) {
      // Inputs within the declared limits fit in 512 MB; this is a last resort, never a stack trace.
      exitCode = fail(ExitCodes.BAD_INPUT, "not enough memory: the input needs more than Java's heap of "
          + Runtime.getRuntime().maxMemory() / (1024 * 1024) + " MB; give it more, e.g. java -Xmx2g -jar kaohe.jar …", e);
    }
    PrintWriter out = out();
    out.flush();
    if (out.checkError()) {
      // A PrintWriter never throws: a full disk or a closed pipe shows only here.
      IOException cause = out instanceof StandardOutput s ? s.failure() : null;
      return fail(ExitCodes.BAD_INPUT, "cannot write to standard output: "
          + (cause != null ? OutputFiles.reason(cause) : "the disk is full, or what reads it has stopped reading"),
          cause != null ? cause : new IOException("standard output failed"));
    }
    return exitCode;
  }

  private int fail(int exitCode, String message, Throwable e) {
    PrintWriter err = err();
    err.println(message);
    if (debug()) {
      e.printStackTrace(err);
    }
    err.flush();
    return exitCode;
  }

  /** Whether {@code --debug} was given, here or on the parent command (the option is inherited). */
  private boolean debug() {
    OptionSpec option = spec.findOption("--debug");
    return option != null && Boolean.TRUE.equals(option.getValue());
  }

  /**
   * Assesses what the request asks, with a progress bar on a terminal; says on stderr what was not
   * read: a workbook's other sheets, and the rows left out with --skip-bad-rows.
   */
  Assessment assess(AssessmentRequest request) {
    Assessment assessment;
    try (Progress progress = Progress.onTerminal(err())) {
      assessment = Assessment.of(request, progress);
    }
    for (SchemeData input : assessment.inputs()) {
      input.notes().forEach(note -> err().println("Note: " + note));
      if (!input.skipped().isEmpty()) {
        int n = input.skipped().size();
        err().println(
            input.source() + ": " + n + (n == 1 ? " problem" : " problems")
                + " (--skip-bad-rows): these rows were left out, as if they were not in the file:");
        input.skipped().forEach(p -> err().println("  " + p));
      }
    }
    EmptyColumns.warnings(assessment).forEach(this::warn);
    for (SchemeResult result : assessment.results()) {
      List<EvaluationProblem> warnings = result.warnings();
      warnings.stream().limit(WARNINGS_SHOWN).forEach(w -> warn(w.toString()));
      if (warnings.size() > WARNINGS_SHOWN) {
        warn("… and " + (warnings.size() - WARNINGS_SHOWN) + " more in " + result.scheme().id() + " " + result.period());
      }
    }
    err().flush();
    return assessment;
  }

  /** Prints a warning on stderr at once, before the work it warns of. */
  void warn(String warning) {
    err().println("Warning: " + warning);
    err().flush();
  }

  PrintWriter out() {
    return spec.commandLine().getOut();
  }

  PrintWriter err() {
    return spec.commandLine().getErr();
  }
}
