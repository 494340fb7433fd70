package io.github.kaohe.cli;

import io.github.kaohe.model.AdjustmentItem;
import io.github.kaohe.model.Fact;
import io.github.kaohe.model.Indicator;
import io.github.kaohe.model.Policy;
import io.github.kaohe.model.Scheme;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Tells which scheme of a policy a CSV file is for, from its header: the scheme with the most
 * columns named after its indicators, adjustment items or facts (by id, Chinese or English name).
 * A tie or no match at all asks for {@code --scheme} rather than guess. A table that holds the
 * attribute a scheme's scope reads ({@code appliesTo}) feeds every such scheme it has columns of:
 * one table of firms, several evaluations.
 */
final class SchemeMatcher {
  private SchemeMatcher() {}

  /**
   * The scheme the header belongs to.
   *
   * @throws InputException if no scheme or several match equally well
   */
  static Scheme match(Policy policy, List<String> header, String file) {
    return matchAll(policy, header, file).get(0);
  }

  /**
   * The schemes the header feeds: the one it fits best, or, when that one has a scope, every
   * scheme with a scope whose attributes the header holds and whose columns it has.
   *
   * @throws InputException if no scheme or several match equally well
   */
  static List<Scheme> matchAll(Policy policy, List<String> header, String file) {
    if (policy.schemes().size() == 1) {
      return List.of(policy.schemes().get(0));
    }
    List<Scheme> shared = new ArrayList<>();
    for (Scheme scheme : policy.schemes()) {
      if (!scheme.scope().attributes().isEmpty() && matches(scheme, header) > 0
          && scheme.scope().attributes().stream().allMatch(a -> header.contains(a.attribute()))) {
        shared.add(scheme);
      }
    }
    List<Scheme> best = fittest(policy, header);
    if (!best.isEmpty() && shared.containsAll(best)) {
      return shared;
    }
    return List.of(best(policy, header, file));
  }

  /** The schemes with the most columns in the header, none if no column names anything. */
  private static List<Scheme> fittest(Policy policy, List<String> header) {
    List<Scheme> best = new ArrayList<>();
    int bestCount = 0;
    for (Scheme scheme : policy.schemes()) {
      int count = matches(scheme, header);
      if (count > bestCount) {
        best.clear();
        bestCount = count;
      }
      if (count == bestCount && count > 0) {
        best.add(scheme);
      }
    }
    return best;
  }

  private static Scheme best(Policy policy, List<String> header, String file) {
    List<Scheme> best = fittest(policy, header);
    if (best.size() == 1) {
      return best.get(0);
    }
    List<String> ids = policy.schemes().stream().map(Scheme::id).toList();
    throw new InputException(
        (best.isEmpty()
                ? "the header of " + file + " names no indicator of policy '" + policy.id() + "'"
                : "the header of " + file + " fits schemes " + best.stream().map(Scheme::id).toList()
                    + " equally well")
            + ": say which scheme the data are for with --scheme (one of " + String.join(", ", ids) + ")");
  }

  /** How many header cells name an indicator, adjustment item or fact of the scheme. */
  private static int matches(Scheme scheme, List<String> header) {
    Set<String> names = new HashSet<>();
    for (Indicator i : scheme.indicators()) {
      names.add(i.id());
      names.add(i.name().zh());
      names.add(i.name().en());
    }
    for (AdjustmentItem a : scheme.adjustmentItems()) {
      names.add(a.id());
      names.add(a.name().zh());
      names.add(a.name().en());
    }
    for (Fact f : scheme.rules().facts()) {
      names.add(f.id());
      names.add(f.name().zh());
      names.add(f.name().en());
    }
    int count = 0;
    for (String cell : header) {
      if (names.contains(cell)) {
        count++;
      }
    }
    return count;
  }
}
