package io.github.kaohe.spark;

import io.github.kaohe.eval.CheckResult;
import io.github.kaohe.eval.OutcomeResult;
import io.github.kaohe.eval.TargetResult;
import io.github.kaohe.eval.TaxShareResult;
import io.github.kaohe.model.Check;
import io.github.kaohe.model.Measure;
import io.github.kaohe.model.Scheme;
import io.github.kaohe.model.Target;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * The columns of what the rules gave each entity, after its points, places and classes, in the
 * words of the JSON output ({@code money}, {@code moneyToOthers}, each outcome's table, row and
 * status, each check's status). Amounts and measures are exact decimals of any scale, so they are
 * text (a fixed decimal column would round them). Where the scheme has rule tables: {@code Money}
 * (what the entity itself receives), {@code Money to others} (what a table pays to a named payee),
 * {@code Outcomes} (every outcome as {@code table/row: status}, in table order, {@code ; } between
 * them), {@code Actions} (the actions given, {@code , } between them) and {@code Revoked} (the
 * eligibilities lost); then {@code Check <id>} for each check (passed, failed, not-applicable or
 * not-evaluable; empty where the check does not apply to the entity), after {@code Tax shares}
 * where the scheme shares taxes (each tax as {@code sharing/tax amount: party recipient share, …},
 * {@code (remainder)} after the party that took what rounding left, {@code ; } between taxes); then {@code Measure <id>}
 * for each measure (empty where it has no value); then {@code Target <id>} for each target of
 * every entity (its status; empty after its deadline). Targets of the scheme as a whole have a
 * table of their own ({@link #targetSchema}).
 */
final class RuleColumns {
  private RuleColumns() {}

  static List<StructField> fields(Scheme scheme) {
    List<StructField> fields = new ArrayList<>();
    if (!scheme.rules().tables().isEmpty()) {
      for (String name : List.of("Money", "Money to others", "Outcomes", "Actions", "Revoked")) {
        fields.add(DataTypes.createStructField(name, DataTypes.StringType, true));
      }
    }
    if (!scheme.rules().taxSharing().isEmpty()) {
      fields.add(DataTypes.createStructField("Tax shares", DataTypes.StringType, true));
    }
    for (Check c : scheme.rules().checks()) {
      fields.add(DataTypes.createStructField("Check " + c.id(), DataTypes.StringType, true));
    }
    for (Measure m : scheme.rules().measures()) {
      fields.add(DataTypes.createStructField("Measure " + m.id(), DataTypes.StringType, true));
    }
    for (Target t : scheme.rules().targets()) {
      if (t.each()) {
        fields.add(DataTypes.createStructField("Target " + t.id(), DataTypes.StringType, true));
      }
    }
    return fields;
  }

  /**
   * The columns of {@code SparkEvaluation.targets()}, one row per target of the scheme as a whole
   * and period, in the JSON output's words: {@code Period, Target}, {@code Value} (the value or
   * growth it is judged on), {@code Status} (achieved, on-track, behind, missed, pending,
   * not-evaluable), {@code Attainment} (%), {@code Required growth} (% a year, for a level still
   * ahead) and {@code Reason} (in Chinese).
   */
  static StructType targetSchema() {
    List<StructField> fields = new ArrayList<>();
    for (String name : List.of("Period", "Target", "Value", "Status", "Attainment", "Required growth", "Reason")) {
      fields.add(DataTypes.createStructField(name, DataTypes.StringType, !name.equals("Period") && !name.equals("Target")));
    }
    return DataTypes.createStructType(fields);
  }

  static Row targetRow(TargetResult t) {
    return RowFactory.create(t.period().toString(), t.target(), t.value().map(BigDecimal::toPlainString).orElse(null),
        lower(t.status()), t.attainment().map(BigDecimal::toPlainString).orElse(null),
        t.requiredGrowth().map(BigDecimal::toPlainString).orElse(null), t.reason().zh());
  }

  /** The cells of {@link #fields}, from what the engine's rules gave the entity. */
  static Object[] cells(Scheme scheme, List<OutcomeResult> outcomes, List<CheckResult> checks,
      Map<String, BigDecimal> measures, List<TargetResult> targets, List<TaxShareResult> taxShares) {
    List<Object> cells = new ArrayList<>();
    if (!scheme.rules().tables().isEmpty()) {
      cells.add(money(outcomes, false).toPlainString());
      cells.add(money(outcomes, true).toPlainString());
      cells.add(outcomes.stream().map(o -> o.table() + "/" + o.row() + ": " + lower(o.status()))
          .collect(Collectors.joining("; ")));
      cells.add(given(outcomes, OutcomeResult.Kind.ACTION));
      cells.add(given(outcomes, OutcomeResult.Kind.ELIGIBILITY));
    }
    if (!scheme.rules().taxSharing().isEmpty()) {
      cells.add(taxShares.stream().map(RuleColumns::taxShare).collect(Collectors.joining("; ")));
    }
    for (Check c : scheme.rules().checks()) {
      cells.add(checks.stream().filter(r -> r.check().equals(c.id())).findFirst().map(r -> lower(r.status()))
          .orElse(null));
    }
    for (Measure m : scheme.rules().measures()) {
      BigDecimal v = measures.get(m.id());
      cells.add(v == null ? null : v.toPlainString());
    }
    for (Target t : scheme.rules().targets()) {
      if (t.each()) {
        cells.add(targets.stream().filter(r -> r.target().equals(t.id())).findFirst().map(r -> lower(r.status()))
            .orElse(null));
      }
    }
    return cells.toArray();
  }

  /** {@code five-five/vat 100.00: investing 兰考县 50.00, receiving 尉氏县产业集聚区 50.00 (remainder)}. */
  private static String taxShare(TaxShareResult t) {
    return t.sharing() + "/" + t.tax() + " " + t.amount().toPlainString() + ": " + t.shares().stream()
        .map(s -> s.party() + " " + s.recipient() + " " + s.amount().toPlainString() + (s.remainder() ? " (remainder)" : ""))
        .collect(Collectors.joining(", "));
  }

  /** The money given, to the entity or to others, as {@code EntityResult.money()} adds it. */
  private static BigDecimal money(List<OutcomeResult> outcomes, boolean toOthers) {
    return outcomes.stream()
        .filter(o -> o.given() && o.kind() == OutcomeResult.Kind.MONEY && o.payee().isPresent() == toOthers)
        .map(o -> o.amount().orElse(BigDecimal.ZERO))
        .reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  private static String given(List<OutcomeResult> outcomes, OutcomeResult.Kind kind) {
    return outcomes.stream().filter(o -> o.given() && o.kind() == kind).map(o -> o.action().orElse(o.row()))
        .collect(Collectors.joining(", "));
  }

  private static String lower(Enum<?> e) {
    return e.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }
}
