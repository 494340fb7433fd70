package io.github.kaohe.cli;

import io.github.kaohe.data.Period;
import io.github.kaohe.diff.EntityChange;
import io.github.kaohe.diff.PolicyChange;
import io.github.kaohe.diff.PolicyDiff;
import io.github.kaohe.model.Policy;
import io.github.kaohe.model.Scheme;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedSet;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/**
 * {@code kaohe diff}: what changed between two policies (or two versions of one), and, on data,
 * whose places, totals, classes and outcomes change because of it.
 */
@Command(
    name = "diff",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
      "Compares two policies, and what the change does to the results.",
      "Lists every weight, method, amount and rule that changed, and, on data, whose places,"
          + " totals, classes, outcomes and money change.",
      "Without --data the old policy's bundled sample data are used, if it has any."
    },
    exitCodeListHeading = ExitCodes.HEADING,
    exitCodeList = {ExitCodes.OK_LINE, ExitCodes.INVALID_LINE, ExitCodes.BAD_INPUT_LINE},
    footerHeading = "%nExamples:%n",
    footer = {
      "  kaohe diff kaifeng-2014 county.yaml",
      "  kaohe diff policy-1.0.yaml policy-1.1.yaml --data zones.csv --scheme zones --period 2015"
    })
final class DiffCommand extends KaoheCommand {
  @SuppressWarnings("NullAway.Init") // required: picocli sets it or fails
  @Parameters(index = "0", paramLabel = "OLD", description = "The policy before: a bundled id or a YAML file.")
  String before;

  @SuppressWarnings("NullAway.Init") // required: picocli sets it or fails
  @Parameters(index = "1", paramLabel = "NEW", description = "The policy after: a bundled id or a YAML file.")
  String after;

  @Mixin SchemeOption scheme = new SchemeOption();

  @Mixin DataOption data = new DataOption();

  @Mixin PeriodOptions period = new PeriodOptions();

  @Mixin LanguageOption lang = new LanguageOption();

  @Override
  int run() {
    ChosenPolicy old = ChosenPolicy.of(before);
    ChosenPolicy now = ChosenPolicy.of(after);
    List<PolicyChange> changes = PolicyDiff.changes(old.policy(), now.policy());
    out().println(title(old.policy(), now.policy(), changes.size()));
    changes.forEach(c -> out().println("  " + c));
    for (SchemeData input : inputs(old)) {
      if (now.policy().findScheme(input.scheme().id()).isEmpty()) {
        out().println();
        out().println(input.scheme().id() + ": not in " + now.policy().id() + ", no results to compare");
        continue;
      }
      Period p = latest(input);
      List<Period> periods = new ArrayList<>(input.dataset().periods().headSet(p));
      periods.add(p);
      List<EntityChange> impact = PolicyDiff.impact(old.policy(), now.policy(), input.scheme().id(), input.dataset(), periods);
      out().println();
      out().println("Results on " + input.source() + " (" + input.scheme().id() + ", " + p + "): "
          + (impact.stream().noneMatch(c -> c.period().equals(p)) ? "no change" : ""));
      impact.stream()
          .filter(c -> c.period().equals(p))
          .forEach(c -> out().println("  " + c.name().in(lang.get()) + "  " + c.what() + ": " + c.before() + " → " + c.after()));
    }
    return ExitCodes.OK;
  }

  private static String title(Policy old, Policy now, int changes) {
    return "Changes from " + old.id() + " " + old.version() + " to " + now.id() + " " + now.version() + ": "
        + (changes == 0 ? "none" : Integer.toString(changes));
  }

  private List<SchemeData> inputs(ChosenPolicy old) {
    String id = scheme.scheme;
    @Nullable Scheme chosen = id == null ? null : old.policy().findScheme(id)
        .orElseThrow(() -> new InputException("policy '" + old.policy().id() + "' has no scheme '" + id + "'"));
    if (data.data != null) {
      return DataFiles.read(old.policy(), chosen, data.data, period.period, null, false, null);
    }
    return old.sampleData().isEmpty() ? List.of() : DataFiles.samples(old, chosen, null);
  }

  private Period latest(SchemeData input) {
    SortedSet<Period> periods = input.dataset().periods();
    if (periods.isEmpty()) {
      throw new InputException(input.source() + " has no data rows");
    }
    List<Period> range = period.range();
    Period asked = !range.isEmpty() ? range.get(range.size() - 1) : period.period;
    if (asked == null) {
      return periods.last();
    }
    if (!periods.contains(asked)) {
      throw new InputException(input.source() + " has no rows for period " + asked);
    }
    return asked;
  }
}
