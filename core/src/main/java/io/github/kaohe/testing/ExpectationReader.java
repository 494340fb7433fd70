package io.github.kaohe.testing;

import io.github.kaohe.data.Period;
import io.github.kaohe.eval.CheckResult;
import io.github.kaohe.eval.FundResult;
import io.github.kaohe.eval.TargetResult;
import io.github.kaohe.load.Spelling;
import io.github.kaohe.load.YamlFields;
import io.github.kaohe.load.YamlNode;
import io.github.kaohe.load.YamlProblems;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.jspecify.annotations.Nullable;

/**
 * Reads one item of a case's {@code expect} list, strictly, for {@link TestFileReader}. An item
 * names an entity and what its result must show; an item without an entity expects of the
 * scheme as a whole, which has only targets and tax totals.
 */
final class ExpectationReader {
  static final List<String> KEYS =
      List.of(
          "entity", "period", "tolerance", "rank", "total", "base", "adjustments", "points", "measures",
          "money", "class", "given", "notGiven", "suppressed", "withheld", "notEvaluable", "actions",
          "lostEligibility", "excluded", "checks", "targets", "targetValues", "taxShares", "taxTotals",
          "fundPaid", "fundStatus");
  /** The keys of an expectation of the scheme as a whole. */
  static final List<String> SCHEME_KEYS =
      List.of("period", "tolerance", "targets", "targetValues", "taxTotals", "fundPaid", "fundStatus");

  private final String file;
  private final YamlProblems problems;

  ExpectationReader(String file, YamlProblems problems) {
    this.file = file;
    this.problems = problems;
  }

  private Where where(YamlNode node) {
    return Where.of(file, node);
  }

  @Nullable Expectation read(YamlNode node) {
    YamlFields f = node.fields(problems, KEYS).orElse(null);
    if (f == null) {
      return null;
    }
    Optional<String> entity = f.text("entity", false);
    if (entity.isEmpty() && !f.has("entity")) {
      ofSchemeOnly(f);
    } else {
      for (String key : List.of("taxTotals", "fundPaid", "fundStatus")) {
        f.node(key, false).ifPresent(n -> problems.add(n, key + " are the scheme's, summed over its"
            + " entities: put them in an expectation without 'entity'"));
      }
    }
    Optional<Period> period = f.node("period", false).flatMap(n -> TestFileReader.period(n, problems));
    BigDecimal tolerance = f.decimal("tolerance", false).orElse(BigDecimal.ZERO);
    if (tolerance.signum() < 0) {
      problems.add(f.node("tolerance", false).orElseThrow(), "a tolerance cannot be negative");
    }
    List<Check> checks = new ArrayList<>();
    f.node("rank", false).ifPresent(n -> rank(n).ifPresent(checks::add));
    number(f, Check.Quantity.TOTAL, tolerance, checks);
    number(f, Check.Quantity.BASE, tolerance, checks);
    number(f, Check.Quantity.ADJUSTMENTS, tolerance, checks);
    number(f, Check.Quantity.MONEY, tolerance, checks);
    numbers(f, "points", Check.Quantity.POINTS, tolerance, checks);
    numbers(f, "measures", Check.Quantity.MEASURE, tolerance, checks);
    map(f, "class").forEach((k, v) ->
        v.scalar(problems).ifPresent(t -> checks.add(new Check.ClassOf(k, t, where(v)))));
    for (Check.Status s : Check.Status.values()) {
      f.node(s.key, false).ifPresent(n -> rows(n, s, checks));
    }
    f.node("actions", false).flatMap(n -> n.list(problems)).ifPresent(items -> items.forEach(i ->
        i.scalar(problems).ifPresent(t -> checks.add(new Check.Action(t, where(i))))));
    f.node("lostEligibility", false).flatMap(n -> n.list(problems)).ifPresent(items -> items.forEach(i ->
        i.scalar(problems).ifPresent(t -> checks.add(new Check.LostEligibility(t, where(i))))));
    f.node("excluded", false).ifPresent(n ->
        f.bool("excluded", false).ifPresent(b -> checks.add(new Check.Excluded(b, where(n)))));
    map(f, "checks").forEach((id, v) -> status(v, CheckResult.Status.class, "a check")
        .ifPresent(s -> checks.add(new Check.CheckStatus(id, s, where(v)))));
    map(f, "targets").forEach((id, v) -> status(v, TargetResult.Status.class, "a target")
        .ifPresent(s -> checks.add(new Check.TargetStatus(id, s, where(v)))));
    map(f, "targetValues").forEach((id, v) -> targetValue(v)
        .ifPresent(t -> checks.add(new Check.TargetValue(id, t, tolerance, where(v)))));
    f.node("taxShares", false).ifPresent(n -> taxShares(n, tolerance, checks));
    map(f, "taxTotals").forEach((recipient, taxes) -> taxes.map(problems).ifPresent(m -> m.forEach((tax, v) ->
        v.decimal(problems).ifPresent(d -> checks.add(new Check.TaxTotal(recipient, tax, d, tolerance, where(v)))))));
    map(f, "fundPaid").forEach((fund, v) ->
        v.decimal(problems).ifPresent(d -> checks.add(new Check.FundPaid(fund, d, tolerance, where(v)))));
    map(f, "fundStatus").forEach((fund, v) -> status(v, FundResult.Status.class, "a fund")
        .ifPresent(s -> checks.add(new Check.FundStatus(fund, s, where(v)))));
    if (checks.isEmpty() && !problems.hasUnder(node)) {
      problems.add(node, "the expectation checks nothing: add rank, total, points, given, money or another"
          + " check (" + String.join(", ", KEYS.subList(3, KEYS.size())) + ")");
    }
    if (problems.hasUnder(node)) {
      return null;
    }
    return new Expectation(entity, period, checks, where(node));
  }

  /** Without an entity, only what the scheme as a whole has can be expected. */
  private void ofSchemeOnly(YamlFields f) {
    for (String key : f.node().entries().keySet()) {
      if (KEYS.contains(key) && !SCHEME_KEYS.contains(key)) {
        problems.add(f.node(key, false).orElseThrow(), "'" + key + "' is expected of an entity: add 'entity'"
            + " (an expectation without one is of the scheme as a whole: targets, targetValues, taxTotals,"
            + " fundPaid, fundStatus)");
      }
    }
  }

  private Map<String, YamlNode> map(YamlFields f, String key) {
    return f.node(key, false).flatMap(n -> n.map(problems)).orElse(Map.of());
  }

  private Optional<Check> rank(YamlNode n) {
    if (n.kind() == YamlNode.Kind.TEXT && n.text().equals("none")) {
      return Optional.of(new Check.Rank(OptionalInt.empty(), where(n)));
    }
    Optional<BigDecimal> d = n.kind() == YamlNode.Kind.NUMBER ? n.decimal(problems) : Optional.empty();
    if (d.isPresent() && d.get().signum() > 0 && d.get().stripTrailingZeros().scale() <= 0
        && d.get().compareTo(BigDecimal.valueOf(Integer.MAX_VALUE)) <= 0) {
      return Optional.of(new Check.Rank(OptionalInt.of(d.get().intValueExact()), where(n)));
    }
    problems.add(n, "expected a place (1, 2, …) or 'none' for an entity that takes no place, but found "
        + n.describe());
    return Optional.empty();
  }

  private void number(YamlFields f, Check.Quantity q, BigDecimal tolerance, List<Check> checks) {
    f.node(q.key, false).ifPresent(n ->
        n.decimal(problems).ifPresent(d -> checks.add(new Check.Number(q, "", d, tolerance, where(n)))));
  }

  private void numbers(YamlFields f, String key, Check.Quantity q, BigDecimal tolerance, List<Check> checks) {
    map(f, key).forEach((id, v) ->
        v.decimal(problems).ifPresent(d -> checks.add(new Check.Number(q, id, d, tolerance, where(v)))));
  }

  private void rows(YamlNode node, Check.Status status, List<Check> checks) {
    for (YamlNode item : node.list(problems).orElse(List.of())) {
      item.scalar(problems).ifPresent(t -> {
        int slash = t.indexOf('/');
        if (slash <= 0 || slash == t.length() - 1 || t.indexOf('/', slash + 1) >= 0) {
          problems.add(item, "expected a table and row as 'table/row', e.g. 'rewards/first-place', but found '"
              + t + "'");
        } else {
          checks.add(new Check.Row(status, t.substring(0, slash), t.substring(slash + 1), where(item)));
        }
      });
    }
  }

  /** A status word: {@code failed}, {@code on-track}, …, with the word meant when it is misspelt. */
  private <E extends Enum<E>> Optional<E> status(YamlNode node, Class<E> type, String of) {
    List<String> all = StatusWords.all(type);
    if (node.kind() != YamlNode.Kind.TEXT) {
      problems.add(node, "expected a status of " + of + " (" + String.join(", ", all) + "), but found "
          + node.describe());
      return Optional.empty();
    }
    Optional<E> status = StatusWords.parse(type, node.text());
    if (status.isEmpty()) {
      problems.add(node, "'" + node.text() + "' is not a status of " + of + " (" + String.join(", ", all) + ")"
          + Spelling.didYouMean(node.text(), all));
    }
    return status;
  }

  /** A number, or a value of the fact the target reads ({@code two-stars}), checked when the case runs. */
  private Optional<String> targetValue(YamlNode node) {
    if (node.kind() == YamlNode.Kind.NUMBER || node.kind() == YamlNode.Kind.TEXT
        || node.kind() == YamlNode.Kind.BOOLEAN) {
      return Optional.of(node.text());
    }
    problems.add(node, "expected the target's value (a number, or a value of the fact it reads, e.g. two-stars),"
        + " but found " + node.describe());
    return Optional.empty();
  }

  /** {@code taxShares: {vat: {investing: 50.00, receiving: 50.01}, business-tax: none}}. */
  private void taxShares(YamlNode node, BigDecimal tolerance, List<Check> checks) {
    for (Map.Entry<String, YamlNode> tax : node.map(problems).orElse(Map.of()).entrySet()) {
      YamlNode v = tax.getValue();
      if (v.kind() == YamlNode.Kind.TEXT && v.text().equals("none")) {
        checks.add(new Check.NoTaxShare(tax.getKey(), where(v)));
      } else if (v.kind() == YamlNode.Kind.MAP && v.entries().isEmpty()) {
        problems.add(v, "no party's share of " + tax.getKey() + " is given: give at least one, or write 'none'"
            + " when it is not shared");
      } else if (v.kind() != YamlNode.Kind.MAP) {
        problems.add(v, "expected the parties' shares of " + tax.getKey() + " (e.g. {investing: 50.00,"
            + " receiving: 50.01}), or 'none' when it is not shared, but found " + v.describe());
      } else {
        v.entries().forEach((party, amount) -> amount.decimal(problems).ifPresent(d ->
            checks.add(new Check.TaxShare(tax.getKey(), party, d, tolerance, where(amount)))));
      }
    }
  }
}
