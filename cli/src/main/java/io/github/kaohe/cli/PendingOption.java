package io.github.kaohe.cli;

import io.github.kaohe.data.Dataset;
import io.github.kaohe.eval.EntityResult;
import io.github.kaohe.eval.SchemeResult;
import io.github.kaohe.whatif.Provisional;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Option;

/**
 * {@code --pending ENTITY:KEY[=LO..HI]}, repeatable, on {@code score}, {@code report} and
 * {@code whatif}: values of the period not in yet, which make the ranking provisional.
 */
final class PendingOption {
  @Option(
      names = "--pending",
      paramLabel = "ENTITY:KEY[=LO..HI]",
      description = "A value not in yet and the range it may take (default: the period's least to greatest); repeat"
          + " for more. The ranking is flagged provisional, with each entity's best and worst place.")
  List<String> specs = new ArrayList<>();

  boolean any() {
    return !specs.isEmpty();
  }

  /**
   * The provisional result of each scheme (latest period) that has a pending value.
   *
   * @throws InputException for a spec not {@code ENTITY:KEY[=LO..HI]}, or one that no scheme has
   *     the entity and value of (every such problem at once)
   */
  List<Provisional.Result> evaluate(Assessment assessment, Consumer<String> warn) {
    List<Spec> parsed = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    for (String spec : specs) {
      try {
        parsed.add(Spec.parse(spec));
      } catch (InputException x) {
        problems.add(x.getMessage());
      }
    }
    if (!problems.isEmpty()) {
      throw new InputException(String.join("\n", problems));
    }
    Set<Spec> used = new LinkedHashSet<>();
    List<Provisional.Result> all = new ArrayList<>();
    for (SchemeResult result : assessment.results()) {
      Dataset data = assessment.inputs().stream().filter(i -> i.scheme().id().equals(result.scheme().id())).findFirst()
          .orElseThrow().dataset();
      Provisional p = Provisional.of(result.policy(), result.scheme().id(), data, result.period());
      boolean any = false;
      for (Spec s : parsed) {
        String id = result.entityNamed(s.entity).map(e -> dataId(e, data)).orElse(null);
        if (id == null || result.scheme().findIndicator(s.key).isEmpty() && result.scheme().rules().facts().stream()
            .noneMatch(f -> f.id().equals(s.key))) {
          continue;
        }
        try {
          BigDecimal least = s.least;
          BigDecimal greatest = s.greatest;
          p = least == null || greatest == null ? p.pending(id, s.key) : p.pending(id, s.key, least, greatest);
        } catch (IllegalArgumentException x) {
          problems.add("--pending " + s.text + ": " + x.getMessage());
        }
        used.add(s);
        any = true;
      }
      if (any && problems.isEmpty()) {
        DeclaredSizes.pending(result.entities().size()).ifPresent(warn);
        all.add(p.evaluate());
      }
    }
    for (Spec s : parsed) {
      if (!used.contains(s)) {
        problems.add("--pending " + s.text + ": no scheme evaluated has an entity '" + s.entity + "' and a value '" + s.key + "'");
      }
    }
    if (!problems.isEmpty()) {
      throw new InputException(String.join("\n", problems));
    }
    return all;
  }

  private static String dataId(EntityResult e, Dataset data) {
    if (data.entities().contains(e.id())) {
      return e.id();
    }
    return e.entity().allNames().stream().filter(data.entities()::contains).findFirst().orElse(e.id());
  }

  /** {@code ENTITY:KEY} or {@code ENTITY:KEY=LO..HI}. */
  private record Spec(String text, String entity, String key, @Nullable BigDecimal least, @Nullable BigDecimal greatest) {
    static Spec parse(String spec) {
      int eq = spec.indexOf('=');
      int colon = (eq < 0 ? spec : spec.substring(0, eq)).lastIndexOf(':');
      if (colon <= 0 || colon == (eq < 0 ? spec.length() : eq) - 1) {
        throw new InputException("--pending takes ENTITY:KEY or ENTITY:KEY=LO..HI, e.g. 甲:tax=70..90, not '" + spec + "'");
      }
      String entity = spec.substring(0, colon);
      if (eq < 0) {
        return new Spec(spec, entity, spec.substring(colon + 1), null, null);
      }
      String[] ends = spec.substring(eq + 1).split("\\.\\.", -1);
      try {
        if (ends.length != 2) {
          throw new NumberFormatException();
        }
        return new Spec(spec, entity, spec.substring(colon + 1, eq), new BigDecimal(ends[0].strip()), new BigDecimal(ends[1].strip()));
      } catch (NumberFormatException x) {
        throw new InputException("--pending " + spec + ": the range is LO..HI, two numbers, e.g. 70..90");
      }
    }
  }
}
