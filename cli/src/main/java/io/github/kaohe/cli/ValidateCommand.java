package io.github.kaohe.cli;

import io.github.kaohe.load.PolicyLoader;
import io.github.kaohe.load.Validation;
import io.github.kaohe.model.Policy;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code kaohe validate}: checks policy files and reports every error and warning of each, so that
 * all of them can be fixed in one pass. Reports go to standard output: they are what was asked
 * for. Warnings alone do not fail the command.
 */
@Command(
    name = "validate",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
      "Checks policy YAML files and lists every error and warning.",
      "Each problem is given with file:line:column; an overlay is checked with what it extends.",
      "Warnings (a fact no rule reads, a row that can never match, a weight of zero, a cap that"
          + " can never bind, ...) do not make the command fail."
    },
    exitCodeListHeading = ExitCodes.HEADING,
    exitCodeList = {ExitCodes.OK_LINE, "1:a policy is invalid", "2:bad usage, or a file does not exist"})
final class ValidateCommand extends KaoheCommand {
  @SuppressWarnings("NullAway.Init") // required: picocli sets it or fails
  @Parameters(arity = "1..*", paramLabel = "FILE", description = "Policy YAML files.")
  List<Path> files;

  @Override
  int run() {
    PolicyLoader loader = PolicyLoader.create();
    int exitCode = ExitCodes.OK;
    for (Path file : files) {
      String problem = InputFiles.problem(file);
      if (problem != null) {
        out().println(file + ": " + problem);
        exitCode = Math.max(exitCode, ExitCodes.BAD_INPUT);
        continue;
      }
      Validation v = loader.validate(file);
      v.problems().forEach(p -> out().println(p));
      if (v.valid()) {
        out().println(file + ": " + summary(v.policy().orElseThrow(), v.warnings().size()));
      } else {
        out().println(file + ": invalid, " + count(v.errors().size(), "error") + ", "
            + count(v.warnings().size(), "warning"));
        exitCode = Math.max(exitCode, ExitCodes.INVALID);
      }
    }
    return exitCode;
  }

  private static String summary(Policy policy, int warnings) {
    int schemes = policy.schemes().size();
    int indicators = policy.schemes().stream().mapToInt(s -> s.indicators().size()).sum();
    return String.format(
        Locale.ROOT,
        "valid (policy %s %s, %s, %s)%s",
        policy.id(), policy.version(), count(schemes, "scheme"), count(indicators, "indicator"),
        warnings == 0 ? "" : ", " + count(warnings, "warning"));
  }

  private static String count(int n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }
}
