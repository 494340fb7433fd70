package io.github.kaohe.cli;

import io.github.kaohe.load.PolicyException;
import io.github.kaohe.load.PolicyLoader;
import io.github.kaohe.model.Policy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code kaohe validate}: checks policy files and reports every problem of each, so that all of
 * them can be fixed in one pass. Reports go to standard output: they are what was asked for.
 */
@Command(
    name = "validate",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "Checks policy YAML files and lists every problem with file:line:column.",
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
      if (!Files.isRegularFile(file)) {
        out().println(file + ": no such file");
        exitCode = Math.max(exitCode, ExitCodes.BAD_INPUT);
        continue;
      }
      try {
        out().println(file + ": " + summary(loader.load(file)));
      } catch (PolicyException e) {
        out().println(e.getMessage());
        exitCode = Math.max(exitCode, ExitCodes.INVALID);
      }
    }
    return exitCode;
  }

  private static String summary(Policy policy) {
    int schemes = policy.schemes().size();
    int indicators = policy.schemes().stream().mapToInt(s -> s.indicators().size()).sum();
    return String.format(
        Locale.ROOT,
        "valid (policy %s %s, %d %s, %d %s)",
        policy.id(), policy.version(),
        schemes, schemes == 1 ? "scheme" : "schemes",
        indicators, indicators == 1 ? "indicator" : "indicators");
  }
}
