package io.github.kaohe.formula;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.kaohe.data.CsvDataReader;
import io.github.kaohe.data.Dataset;
import io.github.kaohe.data.Period;
import io.github.kaohe.eval.EntityResult;
import io.github.kaohe.eval.EvaluationException;
import io.github.kaohe.eval.Evaluator;
import io.github.kaohe.eval.IndicatorResult;
import io.github.kaohe.eval.SchemeResult;
import io.github.kaohe.load.PolicyException;
import io.github.kaohe.load.PolicyLoader;
import io.github.kaohe.load.PolicyWriter;
import io.github.kaohe.model.Policy;
import org.junit.jupiter.api.Test;

/** Derived indicators and facts: formulas over an entity's values in the same period. */
class FormulaTest {
  static final Period YEAR = Period.year(2023);

  static String policy(String indicators, String facts) {
    return """
        kaohe: 1
        id: per-mu
        name: {zh: 亩均, en: Per mu}
        version: "1"
        source: {title: {zh: 测试, en: Test}, issuer: 测试, date: 2023-01-01}
        arithmetic:
          points: {scale: 2, rounding: half-up}
          totals: {scale: 2, rounding: half-up}
        schemes:
          - id: firms
            name: {zh: 企业, en: Firms}
            total: 10
            defaults: {missing: zero-points}
            facts:
        %s
            categories:
              - id: all
                name: {zh: 全部, en: All}
                weight: 10
                indicators:
        %s
        """.formatted(facts.indent(6).stripTrailing(), indicators.indent(10).stripTrailing());
  }

  static final String FACTS = """
      - {id: tax, name: {zh: 实缴税金, en: Tax paid}, type: number, unit: 万元}
      - {id: land, name: {zh: 用地面积, en: Land area}, type: number, unit: 亩}
      - {id: staff, name: {zh: 从业人员, en: Staff}, type: number, unit: 人}
      """;

  static Policy load(String indicators) {
    return PolicyLoader.create().load(policy(indicators, FACTS), "per-mu.yaml");
  }

  @Test
  void aDerivedIndicatorIsComputedExactlyAndRoundedOnceBeforeItIsScored() {
    // 亩均税收 = 税收 / 用地面积; a: 100 / 3 = 33.3333… → 33.3333 (4 places, half up);
    // b: 50 / 2 = 25; points proportional to the best: 10 × 25 / 33.3333 = 7.50
    Policy p = load("- {id: tax-per-mu, name: {zh: 亩均税收, en: Tax per mu}, unit: 万元/亩, weight: 10,"
        + " method: proportional-to-best, formula: {of: tax / land, ifZeroDivisor: missing}}");
    Dataset data = CsvDataReader.forScheme(p.scheme("firms")).withPeriod(YEAR)
        .read("entity,tax,land\na,100,3\nb,50,2\n", "firms.csv");
    SchemeResult r = Evaluator.of(p).evaluate("firms", data, YEAR);
    IndicatorResult a = r.entity("a").orElseThrow().indicator("tax-per-mu").orElseThrow();
    IndicatorResult b = r.entity("b").orElseThrow().indicator("tax-per-mu").orElseThrow();
    assertThat(a.value()).contains(new java.math.BigDecimal("33.3333"));
    assertThat(b.value()).contains(new java.math.BigDecimal("25.0000"));
    assertThat(a.points()).isEqualByComparingTo("10.00");
    assertThat(b.points()).isEqualByComparingTo("7.50");
    assertThat(b.formula()).isEqualTo("10 × 25.0000 / 33.3333 = 7.50");
  }

  @Test
  void aDivisionByZeroFollowsItsDeclaredRule() {
    String indicator = "- {id: tax-per-mu, name: {zh: 亩均税收, en: Tax per mu}, unit: 万元/亩, weight: 10,"
        + " method: proportional-to-best, formula: {of: tax / land, ifZeroDivisor: %s}}";
    String csv = "entity,tax,land\na,100,4\nb,50,0\n";
    Policy missing = load(indicator.formatted("missing"));
    SchemeResult r = Evaluator.of(missing).evaluate("firms",
        CsvDataReader.forScheme(missing.scheme("firms")).withPeriod(YEAR).read(csv, "f.csv"), YEAR);
    assertThat(r.entity("b").orElseThrow().indicator("tax-per-mu").orElseThrow().status().name()).isEqualTo("MISSING_ZERO_POINTS");
    Policy error = load(indicator.formatted("error"));
    assertThatThrownBy(() -> Evaluator.of(error).evaluate("firms",
        CsvDataReader.forScheme(error.scheme("firms")).withPeriod(YEAR).read(csv, "f.csv"), YEAR))
        .isInstanceOf(EvaluationException.class)
        .hasMessageContaining("firms 2023 b tax-per-mu: the formula tax / land divides by zero");
  }

  @Test
  void conditionsAndFunctionsCompute() {
    // if(land >= 3, tax / land, 0): a firm under 3 亩 scores 0; max and abs keep the unit
    Policy p = load("- {id: x, name: {zh: 甲, en: X}, unit: 万元/亩, weight: 10, method: proportional-to-best,"
        + " formula: {of: 'if(land >= 3, max(tax, abs(0 - tax)) / land, 0)', ifZeroDivisor: missing}}");
    Dataset data = CsvDataReader.forScheme(p.scheme("firms")).withPeriod(YEAR)
        .read("entity,tax,land\na,90,3\nb,90,2.5\n", "f.csv");
    SchemeResult r = Evaluator.of(p).evaluate("firms", data, YEAR);
    assertThat(r.entity("a").orElseThrow().indicator("x").orElseThrow().value()).contains(new java.math.BigDecimal("30.0000"));
    assertThat(r.entity("b").orElseThrow().indicator("x").orElseThrow().value()).contains(new java.math.BigDecimal("0.0000"));
  }

  @Test
  void aLogarithmIsCorrectTo34DigitsThenRoundedOnce() {
    Policy p = load("- {id: x, name: {zh: 甲, en: X}, weight: 10, method: {type: goalposts, lower: 0, upper: 10},"
        + " formula: {of: ln(tax), rounding: {scale: 10, rounding: half-even}}}");
    Dataset data = CsvDataReader.forScheme(p.scheme("firms")).withPeriod(YEAR).read("entity,tax\na,100\n", "f.csv");
    EntityResult a = Evaluator.of(p).evaluate("firms", data, YEAR).entity("a").orElseThrow();
    assertThat(a.indicator("x").orElseThrow().value()).contains(new java.math.BigDecimal("4.6051701860")); // ln 100 = 4.60517018598809…
  }

  @Test
  void aFormulaIsWrittenBackAsItWasRead() {
    Policy p = load("- {id: tax-per-mu, name: {zh: 亩均税收, en: Tax per mu}, unit: 万元/亩, weight: 10,"
        + " method: proportional-to-best, formula: {of: tax / land, ifZeroDivisor: missing}}");
    Policy again = PolicyLoader.create().load(PolicyWriter.toYaml(p), "again.yaml");
    assertThat(again.scheme("firms").indicator("tax-per-mu").formula()).isEqualTo(p.scheme("firms").indicator("tax-per-mu").formula());
  }

  @Test
  void mistakesInFormulasArePointedAtWhereTheyAre() {
    String bad = "- {id: a, name: {zh: 甲, en: A}, unit: 万元, weight: 4, method: proportional-to-best, formula: tax + land}\n"
        + "- {id: b, name: {zh: 乙, en: B}, unit: 万元/亩, weight: 3, method: proportional-to-best, formula: tax / land}\n"
        + "- {id: c, name: {zh: 丙, en: C}, unit: 万元, weight: 3, method: proportional-to-best, formula: taxes * 2}";
    assertThatThrownBy(() -> load(bad))
        .isInstanceOf(PolicyException.class)
        .hasMessageContaining("the units differ: (万元) + (亩)")
        .hasMessageContaining("the formula divides by 'land', which can be 0: say what that gives with ifZeroDivisor")
        .hasMessageContaining("unknown name 'taxes': did you mean 'tax'?");
  }

  @Test
  void aDeclaredUnitMustBeTheFormulasUnit() {
    assertThatThrownBy(() -> load("- {id: a, name: {zh: 甲, en: A}, unit: 万元, weight: 10, method: proportional-to-best,"
        + " formula: {of: tax / staff, ifZeroDivisor: zero}}"))
        .isInstanceOf(PolicyException.class)
        .hasMessageContaining("the formula gives a value in 万元/人, but 'a' is declared in 万元");
  }

  @Test
  void hostileFormulasFailFastWithOneMessage() {
    String deep = "(".repeat(200) + "tax" + ")".repeat(200);
    assertThatThrownBy(() -> load("- {id: a, name: {zh: 甲, en: A}, unit: 万元, weight: 10, method: proportional-to-best,"
        + " formula: '" + deep + "'}"))
        .hasMessageContaining("the formula nests more than 40 levels deep");
    String huge = "tax + ".repeat(200_000) + "tax";
    assertThatThrownBy(() -> load("- {id: a, name: {zh: 甲, en: A}, unit: 万元, weight: 10, method: proportional-to-best,"
        + " formula: '" + huge + "'}"))
        .hasMessageContaining("at most 4096 are read");
  }
}
