package io.github.kaohe.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A decision table: typed inputs, ordered rows and a hit policy. Rewards, sanctions and
 * eligibility rules are rule tables.
 *
 * @param id unique within its scheme
 * @param name Chinese and English name
 * @param hitPolicy how matching rows become the result
 * @param inputs the values the rows' conditions read
 * @param rows the rows, in order
 * @param requires eligibilities an entity must still hold for the table to give it anything
 * @param unit the unit of the table's money, e.g. 万元
 * @param complete whether every combination of inputs must match some row (checked at load time
 *     where the conditions allow)
 * @param periods the periods in which the table applies
 * @param appliesTo the entities it applies to, if not all
 * @param source the section of the source document it comes from
 */
public record RuleTable(
    String id,
    Label name,
    HitPolicy hitPolicy,
    List<TableInput> inputs,
    List<Rule> rows,
    List<String> requires,
    String unit,
    boolean complete,
    PeriodScope periods,
    Optional<AttributeFilter> appliesTo,
    Optional<String> source,
    Optional<Label> payee) {

  /** A table whose money goes to the entity assessed. */
  public RuleTable(String id, Label name, HitPolicy hitPolicy, List<TableInput> inputs, List<Rule> rows,
      List<String> requires, String unit, boolean complete, PeriodScope periods, Optional<AttributeFilter> appliesTo,
      Optional<String> source) {
    this(id, name, hitPolicy, inputs, rows, requires, unit, complete, periods, appliesTo, source, Optional.empty());
  }

  public RuleTable {
    Checks.id(id, "table id");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(hitPolicy, "hitPolicy");
    inputs = Checks.list(inputs, "inputs");
    rows = Checks.list(rows, "rows");
    requires = Checks.list(requires, "requires");
    Checks.text(unit, "unit");
    Objects.requireNonNull(periods, "periods");
    Objects.requireNonNull(appliesTo, "appliesTo");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(payee, "payee");
    Checks.unique(inputs, TableInput::id, "input of table '" + id + "'");
    Checks.unique(rows, Rule::id, "row of table '" + id + "'");
    Checks.require(!rows.isEmpty(), "table '%s' has no rows", id);
    List<String> inputIds = inputs.stream().map(TableInput::id).toList();
    for (Rule row : rows) {
      for (String used : row.when().keySet()) {
        Checks.require(
            inputIds.contains(used),
            "row '%s' of table '%s' has a condition on '%s', which the table does not declare as an input",
            row.id(),
            id,
            used);
      }
      for (Condition c : row.when().values()) {
        for (String used : Conditions.inputsUsed(c)) {
          Checks.require(
              inputIds.contains(used),
              "row '%s' of table '%s' compares with input '%s', which the table does not declare",
              row.id(),
              id,
              used);
        }
      }
      for (Outcome o : row.then()) {
        if (o instanceof Outcome.MoneyPerUnit m) {
          Checks.require(
              inputIds.contains(m.input()),
              "row '%s' of table '%s' counts units of '%s', which the table does not declare as an input",
              row.id(),
              id,
              m.input());
        }
      }
    }
  }
}
