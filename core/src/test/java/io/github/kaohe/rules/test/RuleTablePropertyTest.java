package io.github.kaohe.rules.test;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.kaohe.data.Dataset;
import io.github.kaohe.data.Period;
import io.github.kaohe.eval.EntityResult;
import io.github.kaohe.eval.Evaluator;
import io.github.kaohe.eval.OutcomeResult;
import io.github.kaohe.eval.SchemeResult;
import io.github.kaohe.model.Condition;
import io.github.kaohe.model.HitPolicy;
import io.github.kaohe.model.Label;
import io.github.kaohe.model.Operand;
import io.github.kaohe.model.Outcome;
import io.github.kaohe.model.PeriodScope;
import io.github.kaohe.model.Policy;
import io.github.kaohe.model.Rule;
import io.github.kaohe.model.RuleTable;
import io.github.kaohe.model.Rules;
import io.github.kaohe.model.Scheme;
import io.github.kaohe.model.TableInput;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.jspecify.annotations.Nullable;

/**
 * Laws of rule tables over generated tables (conditions of every form on a place, a number, a
 * count and a boolean; money, money per unit and actions) and generated data (with ties and
 * missing values). The tables are built in code, so that the loader's static checks do not
 * reject the overlapping and unreachable rows the laws must also hold for.
 */
class RuleTablePropertyTest {
  private static final Period YEAR = Period.year(2015);

  private static final Policy BASE =
      RuleFixture.load(
          """
          facts:
            - {id: x, name: {zh: 数值, en: A number}, type: number}
            - {id: titles, name: {zh: 称号数, en: Titles}, type: count, fallback: "0"}
            - {id: flag, name: {zh: 标志, en: A flag}, type: boolean, fallback: "false"}
          eligibilities:
            - {id: awards, name: {zh: 评先资格, en: eligibility for awards}}
          """);

  private static final List<TableInput> INPUTS =
      List.of(
          TableInput.of("place", "result.place"),
          TableInput.of("x", "x"),
          TableInput.of("titles", "titles"),
          TableInput.of("flag", "flag"));

  /** One entity's data; null: missing. */
  record Row(String entity, int tax, @Nullable Integer x, @Nullable Integer titles, @Nullable Boolean flag) {}

  // ---------------------------------------------------------------------------------------------
  // The laws
  // ---------------------------------------------------------------------------------------------

  @Property(tries = 150)
  void collectMaxNeverGivesMoreThanCollectSum(@ForAll("rows") List<Rule> rows, @ForAll("data") List<Row> data) {
    SchemeResult max = evaluate(policy(table("t", HitPolicy.COLLECT_MAX, rows)), data);
    SchemeResult sum = evaluate(policy(table("t", HitPolicy.COLLECT_SUM, rows)), data);

    for (EntityResult e : max.entities()) {
      BigDecimal summed = sum.entity(e.id()).orElseThrow().money();
      assertThat(e.money()).as(e.id()).isLessThanOrEqualTo(summed);
    }
  }

  @Property(tries = 150)
  void theRowFirstGivesIsOneRuleOrderGives(@ForAll("rows") List<Rule> rows, @ForAll("data") List<Row> data) {
    SchemeResult first = evaluate(policy(table("t", HitPolicy.FIRST, rows)), data);
    SchemeResult all = evaluate(policy(table("t", HitPolicy.RULE_ORDER, rows)), data);

    for (EntityResult e : first.entities()) {
      Set<String> givenFirst = givenRows(e);
      Set<String> givenAll = givenRows(all.entity(e.id()).orElseThrow());
      assertThat(givenFirst).as(e.id()).hasSizeLessThanOrEqualTo(1);
      assertThat(givenAll).as(e.id()).containsAll(givenFirst);
    }
  }

  @Property(tries = 150)
  void anEntityWithoutTheEligibilityIsGivenNothingByATableThatRequiresIt(
      @ForAll("revokingRows") List<Rule> gate,
      @ForAll("rows") List<Rule> rewards,
      @ForAll("hitPolicy") HitPolicy hit,
      @ForAll("data") List<Row> data) {
    RuleTable required =
        new RuleTable("rewards", Label.of("奖励", "Rewards"), hit, INPUTS, rewards, List.of("awards"), "万元", false,
            PeriodScope.ALL, Optional.empty(), Optional.empty());
    SchemeResult r = evaluate(policy(table("gate", HitPolicy.RULE_ORDER, gate), required), data);

    for (EntityResult e : r.entities()) {
      boolean mayHaveLost = e.outcomes().stream()
          .anyMatch(o -> o.table().equals("gate") && o.kind() == OutcomeResult.Kind.ELIGIBILITY
              && (o.status() == OutcomeResult.Status.GIVEN || o.status() == OutcomeResult.Status.NOT_EVALUABLE));
      if (mayHaveLost) {
        assertThat(e.outcomes()).as(e.id())
            .filteredOn(o -> o.table().equals("rewards"))
            .noneMatch(OutcomeResult::given);
      }
    }
  }

  @Property(tries = 150)
  void addingARowThatMatchesNothingChangesNoOutcome(
      @ForAll("rows") List<Rule> rows,
      @ForAll("hitPolicy") HitPolicy hit,
      @ForAll @IntRange(min = 0, max = 6) int at,
      @ForAll("data") List<Row> data) {
    // No entity has a place below 1; one that takes none fails every condition on its place.
    Rule never = new Rule("never", Optional.empty(),
        Map.of("place", new Condition.Compare(Condition.Op.LT, new Operand.Number(BigDecimal.ONE))),
        List.of(new Outcome.Money(new BigDecimal("1000"))), 9, Optional.empty());
    List<Rule> more = new ArrayList<>(rows);
    more.add(Math.min(at, rows.size()), never);

    SchemeResult before = evaluate(policy(table("t", hit, rows)), data);
    SchemeResult after = evaluate(policy(table("t", hit, more)), data);

    // the same outcomes, apart from where the rows after it now stand (第 3 行 for 第 2 行)
    assertThat(numbersLeftOut(outcomesById(after))).isEqualTo(numbersLeftOut(outcomesById(before)));
  }

  @Property(tries = 150)
  void outcomesDoNotDependOnTheOrderOfEntitiesInTheData(
      @ForAll("rows") List<Rule> rows,
      @ForAll("hitPolicy") HitPolicy hit,
      @ForAll("data") List<Row> data,
      @ForAll java.util.Random random) {
    List<Row> shuffled = new ArrayList<>(data);
    Collections.shuffle(shuffled, random);
    Policy policy = policy(table("t", hit, rows));

    assertThat(outcomesById(evaluate(policy, shuffled))).isEqualTo(outcomesById(evaluate(policy, data)));
  }

  // ---------------------------------------------------------------------------------------------
  // Building and evaluating
  // ---------------------------------------------------------------------------------------------

  private static RuleTable table(String id, HitPolicy hit, List<Rule> rows) {
    return new RuleTable(id, Label.of("表", "Table"), hit, INPUTS, rows, List.of(), "万元", false, PeriodScope.ALL,
        Optional.empty(), Optional.empty());
  }

  private static Policy policy(RuleTable... tables) {
    Scheme s = BASE.scheme("zones");
    Rules r = s.rules();
    Rules rules = Rules.builder().facts(r.facts()).measures(r.measures()).eligibilities(r.eligibilities())
        .tables(List.of(tables)).classifications(r.classifications()).build();
    Scheme scheme = new Scheme(s.id(), s.name(), s.source(), s.total(), s.tolerance(), s.attributes(), s.entities(),
        s.categories(), s.adjustments(), s.ranking(), rules);
    return new Policy(BASE.id(), BASE.name(), BASE.version(), BASE.source(), BASE.arithmetic(), List.of(scheme),
        BASE.actions());
  }

  private static SchemeResult evaluate(Policy policy, List<Row> data) {
    Dataset.Builder b = Dataset.builder();
    for (Row row : data) {
      b.value(row.entity(), YEAR, "tax", BigDecimal.valueOf(row.tax()));
      if (row.x() != null) {
        b.value(row.entity(), YEAR, "x", BigDecimal.valueOf(row.x()));
      }
      if (row.titles() != null) {
        b.value(row.entity(), YEAR, "titles", BigDecimal.valueOf(row.titles()));
      }
      if (row.flag() != null) {
        b.value(row.entity(), YEAR, "flag", row.flag() ? BigDecimal.ONE : BigDecimal.ZERO);
      }
    }
    return Evaluator.of(policy).evaluate("zones", b.build(), YEAR);
  }

  private static Set<String> givenRows(EntityResult e) {
    return e.outcomes().stream().filter(OutcomeResult::given).map(OutcomeResult::row).collect(Collectors.toSet());
  }

  private static Map<String, List<OutcomeResult>> outcomesById(SchemeResult r) {
    Map<String, List<OutcomeResult>> out = new TreeMap<>();
    r.entities().forEach(e -> out.put(e.id(), e.outcomes()));
    return out;
  }

  /** The outcomes without the numbers of their rows, in the field and in the reasons (an unnamed row is 第 2 行 / row 2). */
  private static Map<String, List<OutcomeResult>> numbersLeftOut(Map<String, List<OutcomeResult>> outcomes) {
    Map<String, List<OutcomeResult>> out = new TreeMap<>();
    outcomes.forEach((id, list) -> out.put(id, list.stream().map(o -> new OutcomeResult(o.table(), o.tableName(), o.row(),
        1, o.hitPolicy(), o.kind(), o.amount(), o.unit(), o.action(), o.label(), o.status(),
        Label.of(o.reason().zh().replaceAll("第 \\d+ 行", "第 N 行"), o.reason().en().replaceAll("row \\d+", "row N")),
        o.inputs(), o.source(), o.payee())).toList()));
    return out;
  }

  // ---------------------------------------------------------------------------------------------
  // Generators
  // ---------------------------------------------------------------------------------------------

  @Provide
  Arbitrary<HitPolicy> hitPolicy() {
    return Arbitraries.of(HitPolicy.FIRST, HitPolicy.PRIORITY, HitPolicy.RULE_ORDER, HitPolicy.COLLECT_SUM,
        HitPolicy.COLLECT_MAX);
  }

  @Provide
  Arbitrary<List<Row>> data() {
    Arbitrary<Integer> tax = Arbitraries.integers().between(1, 5).map(t -> t * 100); // ties are likely
    Arbitrary<Integer> x = Arbitraries.integers().between(0, 10).injectNull(0.15);
    Arbitrary<Integer> titles = Arbitraries.integers().between(0, 4).injectNull(0.15);
    Arbitrary<Boolean> flag = Arbitraries.of(true, false).injectNull(0.15);
    Arbitrary<Row> row = Combinators.combine(tax, x, titles, flag).as((t, v, n, f) -> new Row("", t, v, n, f));
    return row.list().ofMinSize(1).ofMaxSize(6).map(list -> {
      List<Row> named = new ArrayList<>();
      for (int i = 0; i < list.size(); i++) {
        Row r = list.get(i);
        named.add(new Row("e" + (i + 1), r.tax(), r.x(), r.titles(), r.flag()));
      }
      return named;
    });
  }

  @Provide
  Arbitrary<List<Rule>> rows() {
    return rowList(outcome());
  }

  @Provide
  Arbitrary<List<Rule>> revokingRows() {
    return rowList(Arbitraries.oneOf(outcome(), Arbitraries.just(new Outcome.Revoke("awards"))));
  }

  private static Arbitrary<List<Rule>> rowList(Arbitrary<Outcome> outcome) {
    Arbitrary<Map<String, Condition>> when =
        Combinators.combine(
                condition(1, 6).injectNull(0.5),
                condition(0, 10).injectNull(0.5),
                condition(0, 4).injectNull(0.6),
                condition(0, 1).injectNull(0.6))
            .as((place, x, titles, flag) -> {
              Map<String, Condition> m = new LinkedHashMap<>();
              if (place != null) {
                m.put("place", place);
              }
              if (x != null) {
                m.put("x", x);
              }
              if (titles != null) {
                m.put("titles", titles);
              }
              if (flag != null) {
                m.put("flag", flag);
              }
              return m;
            });
    Arbitrary<Rule> row =
        Combinators.combine(when, outcome.list().ofMinSize(1).ofMaxSize(2), Arbitraries.integers().between(0, 3))
            .as((w, then, priority) -> new Rule("r", Optional.empty(), w, then, priority, Optional.empty()));
    return row.list().ofMinSize(1).ofMaxSize(6).map(list -> {
      List<Rule> named = new ArrayList<>();
      for (int i = 0; i < list.size(); i++) {
        Rule r = list.get(i);
        named.add(new Rule("r" + (i + 1), r.name(), r.when(), r.then(), r.priority(), r.source()));
      }
      return named;
    });
  }

  private static Arbitrary<Outcome> outcome() {
    return Arbitraries.oneOf(
        Arbitraries.integers().between(0, 6).map(k -> new Outcome.Money(BigDecimal.valueOf(k * 50L))),
        Arbitraries.integers().between(0, 4).map(k -> new Outcome.MoneyPerUnit(BigDecimal.valueOf(k * 30L), "titles")),
        Arbitraries.just(new Outcome.Act("commendation")));
  }

  /** Any condition form on whole numbers from lo to hi (and just outside them). */
  private static Arbitrary<Condition> condition(int lo, int hi) {
    Arbitrary<BigDecimal> v = Arbitraries.integers().between(lo - 1, hi + 1).map(BigDecimal::valueOf);
    Arbitrary<Condition> compare =
        Combinators.combine(Arbitraries.of(Condition.Op.class), v).as((op, n) -> new Condition.Compare(op, new Operand.Number(n)));
    Arbitrary<Condition> between =
        Combinators.combine(v, Arbitraries.integers().between(0, 3))
            .as((a, w) -> new Condition.Between(new Operand.Number(a), new Operand.Number(a.add(BigDecimal.valueOf(w)))));
    Arbitrary<Condition> in =
        v.map(n -> (Operand) new Operand.Number(n)).list().ofMinSize(1).ofMaxSize(3).map(Condition.In::new);
    return Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(1, Arbitraries.just(new Condition.Any())),
        net.jqwik.api.Tuple.of(4, compare),
        net.jqwik.api.Tuple.of(2, between),
        net.jqwik.api.Tuple.of(2, in));
  }
}
