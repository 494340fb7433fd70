package io.github.kaohe.analysis;

import com.google.common.collect.RangeSet;
import io.github.kaohe.model.Condition;
import io.github.kaohe.model.FactType;
import io.github.kaohe.model.FactValues;
import io.github.kaohe.model.HitPolicy;
import io.github.kaohe.model.Operand;
import io.github.kaohe.model.Outcome;
import io.github.kaohe.model.Policy;
import io.github.kaohe.model.Rule;
import io.github.kaohe.model.RuleTable;
import io.github.kaohe.model.Scheme;
import io.github.kaohe.model.TableInput;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The analysis of a rule table (or of a check, as {@link CheckTable}): what its inputs read, the
 * types of its conditions and outcomes, and, over its rows' {@link ConditionSets}, overlaps under
 * {@code unique}, unreachable rows under {@code first}, rows no value matches, and gaps in a table
 * declared complete.
 */
final class TableAnalysis {
  /** The most combinations of regions a completeness check enumerates. */
  private static final int MAX_CELLS = 20_000;

  private final Policy policy;
  private final Scheme scheme;
  private final Findings findings;
  /** What the findings call the table: {@code table}, or {@code check}. */
  private final String kind;

  TableAnalysis(Policy policy, Scheme scheme, Findings findings, String kind) {
    this.policy = policy;
    this.scheme = scheme;
    this.findings = findings;
    this.kind = kind;
  }

  /**
   * @param index the table's place among the scheme's tables ({@code -1} for a check)
   * @param eligibilities the scheme's eligibilities
   * @param lastRevoker per eligibility, the index of the last table that revokes it
   */
  void table(RuleTable table, int index, Set<String> eligibilities, Map<String, Integer> lastRevoker) {
    Map<String, FactType> types = new LinkedHashMap<>();
    Map<String, List<String>> enumValues = new HashMap<>();
    for (TableInput in : table.inputs()) {
      FactType type = ValueType.of(scheme, scheme.rules(), in);
      if (type == null) {
        findings.error(kind, table.id(), "",
            "input '" + in.id() + "' reads '" + in.of() + "', which is no indicator, fact, measure or result"
                + " (result.total, result.base, result.adjustments, result.place, result.place.ATTRIBUTE,"
                + " result.points.ID) of this scheme");
        continue;
      }
      resultReference(table, in);
      types.put(in.id(), type);
      scheme.rules().facts().stream()
          .filter(f -> f.id().equals(in.of()))
          .findFirst()
          .ifPresent(f -> enumValues.put(in.id(), f.values()));
    }
    InputTypes inputs = new InputTypes(types, enumValues);
    table.appliesTo().ifPresent(
        f -> {
          if (!scheme.allAttributes().contains(f.attribute())) {
            findings.error(kind, table.id(), "",
                "applies to entities by '" + f.attribute() + "', which is not among the scheme's attributes " + scheme.attributes());
          }
        });
    for (String req : table.requires()) {
      if (!eligibilities.contains(req)) {
        findings.error(kind, table.id(), "",
            "requires eligibility '" + req + "', which the scheme does not declare under eligibilities");
      } else if (lastRevoker.getOrDefault(req, -1) >= index) {
        findings.error(kind, table.id(), "",
            "requires eligibility '" + req + "', but a table at or after it revokes it: put the tables that"
                + " revoke an eligibility before the tables that require it");
      }
    }
    List<@Nullable Map<String, RangeSet<BigDecimal>>> sets = new ArrayList<>();
    for (Rule row : table.rows()) {
      rowChecks(table, row, inputs, eligibilities);
      sets.add(ConditionSets.of(row, inputs));
    }
    if (types.size() != table.inputs().size()) {
      return; // unresolved inputs: the analysis below would only repeat that
    }
    rows(table, sets, inputs);
  }

  /** Overlaps, unreachable rows, rows that match nothing, gaps. */
  private void rows(RuleTable table, List<@Nullable Map<String, RangeSet<BigDecimal>>> sets, InputTypes inputs) {
    if (table.hitPolicy() == HitPolicy.UNIQUE) {
      for (int i = 0; i < sets.size(); i++) {
        for (int j = i + 1; j < sets.size(); j++) {
          BigDecimal[] witness = ConditionSets.overlap(sets.get(i), sets.get(j), inputs);
          if (witness != null) {
            findings.error(kind, table.id(), table.rows().get(j).id(),
                "rows '" + table.rows().get(i).id() + "' and '" + table.rows().get(j).id()
                    + "' can both match (e.g. " + example(witness, List.of(sets.get(i), sets.get(j)), inputs) + "), but the hit policy is unique:"
                    + " make their conditions exclusive or choose another hit policy (first, priority, collect-max …)");
          }
        }
      }
    }
    for (int j = 0; j < sets.size(); j++) {
      Map<String, RangeSet<BigDecimal>> row = sets.get(j);
      if (row == null) {
        continue;
      }
      if (table.hitPolicy() == HitPolicy.FIRST) {
        for (int i = 0; i < j; i++) {
          Map<String, RangeSet<BigDecimal>> earlier = sets.get(i);
          if (earlier != null && ConditionSets.covers(earlier, row, inputs)) {
            findings.error(kind, table.id(), table.rows().get(j).id(),
                "row '" + table.rows().get(j).id() + "' can never match: every case it covers is taken by the"
                    + " earlier row '" + table.rows().get(i).id() + "' (hit policy first)");
            break;
          }
        }
      }
      if (ConditionSets.empty(row, inputs)) {
        findings.warning(kind, table.id(), table.rows().get(j).id(),
            "row '" + table.rows().get(j).id() + "' can never match: no value satisfies its conditions");
      }
    }
    if (table.complete()) {
      gaps(table, sets, inputs);
    }
  }

  private void resultReference(RuleTable table, TableInput in) {
    String of = in.of();
    if (of.startsWith("result.place.") && !scheme.allAttributes().contains(of.substring(13))) {
      findings.error(kind, table.id(), "",
          "input '" + in.id() + "' reads the place within '" + of.substring(13) + "', which is not among the scheme's attributes");
    }
    if (of.startsWith("result.points.")) {
      String id = of.substring(14);
      if (scheme.findIndicator(id).isEmpty() && scheme.findCategory(id).isEmpty()) {
        findings.error(kind, table.id(), "",
            "input '" + in.id() + "' reads the points of '" + id + "', which is no category or indicator");
      }
    }
  }

  private void rowChecks(RuleTable table, Rule row, InputTypes inputs, Set<String> eligibilities) {
    row.when().forEach(
        (input, condition) -> {
          FactType type = inputs.types().get(input);
          if (type != null) {
            operandChecks(table, row, input, type, inputs.values(input), condition, inputs.types());
          }
        });
    for (Outcome o : row.then()) {
      if (o instanceof Outcome.MoneyPerUnit m) {
        FactType t = inputs.types().get(m.input());
        if (t == FactType.BOOLEAN || t == FactType.ENUMERATION || t == FactType.PLACE) {
          findings.error(kind, table.id(), row.id(),
              "pays money per unit of '" + m.input() + "', which is a " + t.name().toLowerCase(Locale.ROOT)
                  + ", not a count");
        }
      } else if (o instanceof Outcome.Act a && policy.actions().stream().noneMatch(d -> d.id().equals(a.action()))) {
        findings.error(kind, table.id(), row.id(),
            "gives action '" + a.action() + "', which the policy does not declare under actions");
      } else if (o instanceof Outcome.Veto v && v.scope() == Outcome.Veto.Scope.RANKING) {
        for (var in : table.inputs()) {
          if (in.of().startsWith("result.") && in.timing() != io.github.kaohe.model.Timing.PREVIOUS) {
            findings.error(kind, table.id(), row.id(),
                "vetoes the ranking, but its input '" + in.id() + "' reads " + in.of()
                    + " of the same period, which the veto decides: read facts, or the previous period (timing: previous)");
          }
        }
      } else if (o instanceof Outcome.Revoke r && !eligibilities.contains(r.eligibility())) {
        findings.error(kind, table.id(), row.id(),
            "revokes eligibility '" + r.eligibility() + "', which the scheme does not declare under eligibilities");
      }
    }
  }

  private void operandChecks(
      RuleTable table, Rule row, String input, FactType type, List<String> values, Condition c, Map<String, FactType> types) {
    if (c instanceof Condition.EachOfLast e) {
      operandChecks(table, row, input, type, values, e.condition(), types);
      return;
    }
    List<Operand> operands = new ArrayList<>();
    if (c instanceof Condition.Compare cmp) {
      operands.add(cmp.operand());
    } else if (c instanceof Condition.Between b) {
      operands.add(b.low());
      operands.add(b.high());
    } else if (c instanceof Condition.In in) {
      operands.addAll(in.operands());
    }
    for (Operand o : operands) {
      String problem = operandProblem(type, values, o, types);
      if (problem != null) {
        String message = "the condition on '" + input + "' " + problem;
        if (o instanceof Operand.Input) {
          findings.warning(kind, table.id(), row.id(), message); // a place against another input: probably, not surely, a mistake
        } else {
          findings.error(kind, table.id(), row.id(), message);
        }
      }
    }
  }

  private static @Nullable String operandProblem(FactType type, List<String> values, Operand o, Map<String, FactType> types) {
    if (o instanceof Operand.Input i) {
      FactType other = types.get(i.input());
      boolean placeVsScore = other != null && (other == FactType.PLACE) != (type == FactType.PLACE);
      return placeVsScore ? "compares a place with a value that is not a place ('" + i.input() + "')" : null;
    }
    if (type == FactType.BOOLEAN || type == FactType.ENUMERATION) {
      if (o instanceof Operand.Number n && type == FactType.BOOLEAN
          && (n.value().compareTo(BigDecimal.ZERO) == 0 || n.value().compareTo(BigDecimal.ONE) == 0)) {
        return null;
      }
      if (o instanceof Operand.Word w) {
        try {
          FactValues.parse(type, values, w.text());
          return null;
        } catch (IllegalArgumentException e) {
          return "compares with " + w.text() + ": " + e.getMessage();
        }
      }
      return "compares with the number " + o + ", but the input is "
          + (type == FactType.BOOLEAN ? "true or false" : "one of " + values);
    }
    if (o instanceof Operand.Word w) {
      return "compares a number with the word '" + w.text() + "': write a number";
    }
    return null;
  }

  /** Walks every combination of the inputs' regions; the first that no row matches is a gap. */
  private void gaps(RuleTable table, List<@Nullable Map<String, RangeSet<BigDecimal>>> sets, InputTypes inputs) {
    if (sets.contains(null)) {
      findings.warning(kind, table.id(), "",
          "is declared complete, but some rows depend on history or compare inputs: completeness is not checked");
      return;
    }
    List<String> ids = new ArrayList<>(inputs.inputs());
    List<List<BigDecimal>> points = new ArrayList<>();
    long cells = 1;
    for (String input : ids) {
      List<BigDecimal> d = inputs.domain(input, ConditionSets.bounds(input, sets));
      points.add(d);
      cells *= d.size();
    }
    if (cells > MAX_CELLS) {
      findings.warning(kind, table.id(), "",
          "is declared complete, but has too many combinations of conditions (" + cells + ") to check");
      return;
    }
    int[] at = new int[ids.size()];
    while (true) {
      boolean matched = false;
      for (Map<String, RangeSet<BigDecimal>> row : sets) {
        boolean all = true;
        for (int k = 0; k < ids.size() && all; k++) {
          all = row.get(ids.get(k)).contains(points.get(k).get(at[k]));
        }
        if (all) {
          matched = true;
          break;
        }
      }
      if (!matched) {
        StringBuilder where = new StringBuilder();
        for (int k = 0; k < ids.size(); k++) {
          String input = ids.get(k);
          if (!ConditionSets.constrained(input, sets)) {
            continue; // every row takes any value of it
          }
          if (where.length() > 0) {
            where.append(", ");
          }
          BigDecimal point = points.get(k).get(at[k]);
          FactType type = inputs.type(input);
          where.append(input).append(' ').append(
              type == FactType.NUMBER
                  ? NumberLine.describe(point, ConditionSets.bounds(input, sets))
                  : "= " + show(type, inputs.values(input), point));
        }
        findings.error(kind, table.id(), "",
            "is declared complete, but no row matches when " + where + ": add a row for that case");
        return;
      }
      int k = 0;
      while (k < at.length && ++at[k] == points.get(k).size()) {
        at[k++] = 0;
      }
      if (k == at.length) {
        return;
      }
    }
  }

  /** A point where rows match, as "place = 1, star = two": only the inputs some row constrains. */
  private static String example(
      BigDecimal[] witness, List<@Nullable Map<String, RangeSet<BigDecimal>>> rows, InputTypes inputs) {
    StringBuilder s = new StringBuilder();
    int k = 0;
    for (String input : inputs.inputs()) {
      if (ConditionSets.constrained(input, rows)) {
        if (s.length() > 0) {
          s.append(", ");
        }
        s.append(input).append(" = ").append(show(inputs.type(input), inputs.values(input), witness[k]));
      }
      k++;
    }
    return s.length() == 0 ? "any values" : s.toString();
  }

  /** A value as the policy writes it: true/false, an enumeration's value, or a number. */
  private static String show(FactType type, List<String> values, BigDecimal point) {
    if (type == FactType.BOOLEAN || type == FactType.ENUMERATION) {
      return FactValues.format(type, values, point);
    }
    return point.stripTrailingZeros().toPlainString();
  }
}
