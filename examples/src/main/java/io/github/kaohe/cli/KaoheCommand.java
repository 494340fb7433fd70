package io.github.kaohe.cli;

import io.github.kaohe.data.DataException;
import io.github.kaohe.eval.EvaluationException;
import io.github.kaohe.load.PolicyException;
import java.io.PrintWriter;
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
  @SuppressWarnings("NullAway.Init") // injected by picocli
  @Spec
  CommandSpec spec;

  /** Does the command's work; returns its exit code. */
  abstract int run();

  @Override
  public final Integer call() {
    try {
      return run();
    } catch (PolicyException | EvaluationException e) {
      return fail(ExitCodes.INVALID, e.getMessage(), e);
    } catch (DataException | InputException e) {
      return fail(ExitCodes.BAD_INPUT, e.getMessage(), e);
    } catch (RuntimeException e) {
      return fail(
          ExitCodes.INVALID, "internal error: " + e + " (run again with --debug for the stack trace)", e);
    } finally {
      out().flush();
    }
  }

  private int fail(int exitCode, String message, Exception e) {
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

  PrintWriter out() {
    return spec.commandLine().getOut();
  }

  PrintWriter err() {
    return spec.commandLine().getErr();
  }
}
