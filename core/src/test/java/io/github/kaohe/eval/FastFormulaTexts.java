package io.github.kaohe.eval;

import io.github.kaohe.internal.columns.DecimalColumn;
import io.github.kaohe.load.PolicyLoader;
import io.github.kaohe.model.Fact;
import io.github.kaohe.model.Formula;
import io.github.kaohe.model.Rounding;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Formulas for the tests of {@link FastFormula} and {@link ExactFormula}, written as a policy writes
 * them (parsed by the loader, as the fact {@code f} over the number facts {@code a}, {@code b} and
 * {@code c}), and columns of one row each.
 */
final class FastFormulaTexts {
  private FastFormulaTexts() {}

  private static final String POLICY = """
      kaohe: 1
      id: formulas
      name: {zh: 公式, en: Formulas}
      version: "1"
      source: {title: {zh: 测试, en: Test}, issuer: 测试, date: 2023-01-01}
      schemes:
        - id: firms
          name: {zh: 企业, en: Firms}
          total: 0
          facts:
            - {id: a, name: {zh: 甲, en: A}, type: number}
            - {id: b, name: {zh: 乙, en: B}, type: number}
            - {id: c, name: {zh: 丙, en: C}, type: number}
            - {id: f, name: {zh: 式, en: F}, type: %s, formula: "%s"}
      """;

  /** The number formula {@code text}, rounded to {@code scale} places half up, a missing operand missing. */
  static Formula number(String text, int scale) {
    return parsed(text, "number", scale, Formula.IfMissing.MISSING);
  }

  /** The condition {@code text} (its rounding unused). */
  static Formula condition(String text) {
    return parsed(text, "boolean", 0, Formula.IfMissing.MISSING);
  }

  static Formula parsed(String text, String type, int scale, Formula.IfMissing ifMissing) {
    Fact f = PolicyLoader.create().load(POLICY.formatted(type, text), "formulas.yaml").scheme("firms").rules().facts()
        .stream().filter(fact -> fact.id().equals("f")).findFirst().orElseThrow();
    Formula parsed = f.formula().orElseThrow();
    return new Formula(text, parsed.expression(), Rounding.of(scale, RoundingMode.HALF_UP),
        Formula.IfZeroDivisor.MISSING, ifMissing);
  }

  /** A column of one row: {@code value}, or missing when null. */
  static DecimalColumn column(String value) {
    DecimalColumn.Builder b = new DecimalColumn.Builder(1);
    if (value != null) {
      b.set(0, new BigDecimal(value));
    }
    return b.build(1);
  }
}
