package io.github.kaohe.cli;

import io.github.kaohe.Policies;
import io.github.kaohe.model.Policy;
import io.github.kaohe.model.Scheme;
import io.github.kaohe.spi.PolicyProvider;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;

/** {@code kaohe policies}: the policies bundled on the class path, and their schemes. */
@Command(
    name = "policies",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "Lists the bundled policies and their schemes.",
    exitCodeListHeading = ExitCodes.HEADING,
    exitCodeList = {ExitCodes.OK_LINE, "1:a bundled policy is invalid"})
final class PoliciesCommand extends KaoheCommand {
  @Override
  int run() {
    Map<String, PolicyProvider> providers = Policies.providers();
    if (providers.isEmpty()) {
      out().println("No policies are bundled: no policy module is on the class path.");
      return ExitCodes.OK;
    }
    boolean first = true;
    for (PolicyProvider provider : providers.values()) {
      if (!first) {
        out().println();
      }
      first = false;
      Policy policy = provider.load();
      out().println(policy.id() + " " + policy.version() + "  " + policy.name().zh() + " · " + policy.name().en());
      TextTable schemes =
          new TextTable()
              .column("scheme", TextTable.Align.LEFT)
              .column("中文名称", TextTable.Align.LEFT)
              .column("English name", TextTable.Align.LEFT)
              .column("sample data", TextTable.Align.LEFT);
      for (Scheme s : policy.schemes()) {
        String sample = provider.sampleData().containsKey(s.id()) ? "yes" : "no";
        schemes.row(List.of(s.id(), s.name().zh(), s.name().en(), sample));
      }
      schemes.render().lines().forEach(line -> out().println("  " + line));
    }
    return ExitCodes.OK;
  }
}
