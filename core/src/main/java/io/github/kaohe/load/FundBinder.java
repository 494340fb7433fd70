package io.github.kaohe.load;

import io.github.kaohe.model.Fund;
import io.github.kaohe.model.Label;
import io.github.kaohe.model.Outcome;
import io.github.kaohe.model.RuleTable;
import io.github.kaohe.model.Scheme;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** Binds a policy's {@code funds}: each fund's amount, first year and the schemes it pays. */
final class FundBinder {
  private final Problems problems;
  private final LabelReader labels;
  /** The policy's schemes, to check what a fund pays from where it says so; null if they did not bind. */
  private final @Nullable List<Scheme> schemes;

  FundBinder(Problems problems, LabelReader labels, @Nullable List<Scheme> schemes) {
    this.problems = problems;
    this.labels = labels;
    this.schemes = schemes;
  }

  @Nullable Fund fund(ParsedNode node, String path) {
    Fields f = Fields.of(node, path, problems,
        List.of("id", "name", "amount", "unit", "from", "grows", "pays", "tables", "countPayees", "source"));
    if (f == null) {
      return null;
    }
    String id = f.text("id", true);
    ParsedNode nameNode = f.node("name", true);
    Label name = nameNode == null ? null : labels.read(nameNode, f.path("name"));
    BigDecimal amount = f.decimal("amount", true);
    String unit = f.text("unit", true);
    Integer from = f.integer("from", true);
    Boolean grows = f.has("grows") ? f.bool("grows", true) : Boolean.FALSE;
    List<String> pays = f.textList("pays");
    if (pays != null && pays.isEmpty()) {
      problems.add(f.mark(), f.path("pays"), "a fund pays the rewards of at least one scheme: name them in 'pays'");
    }
    List<String> tables = f.textList("tables");
    Boolean countPayees = f.has("countPayees") ? f.bool("countPayees", true) : Boolean.FALSE;
    Optional<String> source = f.optionalText("source");
    if (pays != null && tables != null && unit != null && countPayees != null) {
      checkPays(f, pays, tables, unit, countPayees);
    }
    if (id == null || name == null || amount == null || unit == null || from == null || grows == null
        || pays == null || pays.isEmpty() || tables == null || countPayees == null || problems.hasUnder(path)) {
      return null;
    }
    return problems.construct(f.mark(), path,
        () -> new Fund(id, name, amount, unit, from, grows, pays, tables, countPayees, source));
  }

  /** The schemes and tables a fund pays from exist, and the money it pays is in the fund's unit. */
  private void checkPays(Fields f, List<String> pays, List<String> tables, String unit, boolean countPayees) {
    if (schemes == null) {
      return;
    }
    List<String> ids = schemes.stream().map(Scheme::id).toList();
    List<RuleTable> paid = new ArrayList<>();
    for (int i = 0; i < pays.size(); i++) {
      String id = pays.get(i);
      Scheme s = schemes.stream().filter(x -> x.id().equals(id)).findFirst().orElse(null);
      if (s == null) {
        problems.add(f.mark("pays"), Fields.index(f.path("pays"), i),
            "the policy has no scheme '" + id + "'; its schemes: " + String.join(", ", ids)
                + Suggestions.didYouMean(id, ids));
      } else {
        paid.addAll(s.rules().tables());
      }
    }
    List<String> tableIds = paid.stream().map(RuleTable::id).toList();
    for (int i = 0; i < tables.size(); i++) {
      if (!tableIds.contains(tables.get(i))) {
        problems.add(f.mark("tables"), Fields.index(f.path("tables"), i),
            "none of the schemes the fund pays has a table '" + tables.get(i) + "'"
                + Suggestions.didYouMean(tables.get(i), tableIds));
      }
    }
    for (RuleTable t : paid) {
      boolean counted = (tables.isEmpty() || tables.contains(t.id())) && (countPayees || t.payee().isEmpty());
      boolean money = t.rows().stream().flatMap(r -> r.then().stream())
          .anyMatch(o -> o instanceof Outcome.Money || o instanceof Outcome.MoneyPerUnit);
      if (counted && money && !t.unit().equals(unit)) {
        problems.add(f.mark("unit"), f.path("unit"), "the fund holds " + unit + ", but table '" + t.id()
            + "', which it pays from, gives money in " + t.unit() + ": give both in one unit");
      }
    }
  }
}
