package io.github.kaohe.eval;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.kaohe.model.AdjustmentItem;
import io.github.kaohe.model.AdjustmentLayer;
import io.github.kaohe.model.Aggregation;
import io.github.kaohe.model.DisplayUnit;
import io.github.kaohe.model.EntityDefinition;
import io.github.kaohe.model.HitPolicy;
import io.github.kaohe.model.Label;
import io.github.kaohe.model.Language;
import io.github.kaohe.model.Measure;
import io.github.kaohe.model.MeasureFormula;
import io.github.kaohe.model.Ranking;
import io.github.kaohe.model.Rules;
import io.github.kaohe.model.Scheme;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/**
 * The whole explanation of one hand-built result, word for word in both languages: every part
 * that an entity's result can hold besides its categories (those are in
 * {@link ExplanationIndicatorLinesTest}), so that no word, unit or separator can change unseen.
 */
class ExplanationEntityTextTest {
  private static final AdjustmentItem MEDAL = AdjustmentItem.of("medal", Label.of("奖牌", "Medal"), d("1"));
  private static final AdjustmentItem STAR =
      new AdjustmentItem("star", Label.of("星级", "Star"), d("1"), Optional.of(d("1")), Optional.empty());
  private static final AdjustmentItem AWARD = AdjustmentItem.of("award", Label.of("表彰", "Award"), d("2"));
  private static final AdjustmentItem FINE = AdjustmentItem.of("fine", Label.of("罚款", "Fine"), d("-1"));
  private static final AdjustmentLayer BONUS =
      new AdjustmentLayer("bonus", Label.of("加分", "Bonus"), Optional.of(d("2")), List.of(AWARD, MEDAL, STAR));
  private static final AdjustmentLayer PENALTY =
      new AdjustmentLayer("penalty", Label.of("扣分", "Penalty"), Optional.of(d("5")), List.of(FINE));

  private static final Scheme SCHEME = Harness.scheme(
          List.of(Harness.category("all", "10", Aggregation.WEIGHTED_SUM, Harness.direct("x", "10"))),
          List.of(BONUS, PENALTY), List.of("county"), List.of(), Ranking.standard())
      .withRules(Rules.builder().measures(List.of(
          new Measure("share", Label.of("占比", "Share"), "%", new MeasureFormula.Change("x"), Optional.empty(),
              Optional.empty()),
          new Measure("output", Label.of("产值", "Output"), "万元", new MeasureFormula.Change("x"), Optional.empty(),
              Optional.empty(), Optional.of(new DisplayUnit("亿元", d("10000")))))).build());

  /**
   * Base 8 and adjustments 0 (a bonus of 2, a penalty of −2): total 8. The bonus layer counts
   * award 0 (not shown), medal 3 × 1 = 3 and star 2 × 1 = 2 capped at 1: 4, capped at 2. The
   * penalty counts fine 2 × −1 = −2, under its cap of 5.
   */
  private static EntityResult entity() {
    Map<String, BigDecimal> measures = new LinkedHashMap<>();
    // output 0.49995 万元 is 0.000049995 亿元: 0 to four decimals (rounded to 0.5 万元 first, it would be 0.0001)
    measures.put("output", d("0.49995"));
    measures.put("share", d("1.23456")); // to four decimals: 1.2346%
    measures.put("other", d("2.5")); // not a measure of the scheme: its id and its bare value
    return new EntityResult(
        EntityDefinition.of("a", Label.of("甲", "Alpha")), Map.of("county", "东区"), d("8"), d("0"), d("8"),
        List.of(),
        List.of(
            new AdjustmentResult(BONUS, d("2"), true, List.of(
                new AdjustmentResult.Item(AWARD, d("0"), d("0"), false),
                new AdjustmentResult.Item(MEDAL, d("3"), d("3"), false),
                new AdjustmentResult.Item(STAR, d("2"), d("1"), true))),
            new AdjustmentResult(PENALTY, d("-2"), false, List.of(
                new AdjustmentResult.Item(FINE, d("2"), d("-2"), false)))),
        OptionalInt.of(2), Map.of("county", 1), measures,
        List.of(
            outcome(OutcomeResult.Status.GIVEN, 2, Optional.of(d("50")), Optional.of("第5条"),
                Optional.of(Label.of("法人代表", "the director"))),
            outcome(OutcomeResult.Status.SUPPRESSED, 3, Optional.empty(), Optional.empty(), Optional.empty()),
            outcome(OutcomeResult.Status.WITHHELD, 4, Optional.empty(), Optional.empty(), Optional.empty()),
            outcome(OutcomeResult.Status.NOT_EVALUABLE, 5, Optional.empty(), Optional.empty(), Optional.empty())),
        Map.of("size", new ClassResult("size", "large", Label.of("大型", "Large"), true,
            Label.of("营收超过 4 亿元", "revenue over 400 million"))),
        List.of(new CheckResult("land", Label.of("单独供地", "Separate land"), CheckResult.Status.PASSED,
            Label.of("已单独供地", "land granted on its own"), Map.of("separate", "true"), Optional.of("第3条"))),
        List.of());
  }

  private static OutcomeResult outcome(
      OutcomeResult.Status status, int row, Optional<BigDecimal> amount, Optional<String> source,
      Optional<Label> payee) {
    return new OutcomeResult("awards", Label.of("奖励表", "Awards"), "r" + row, row, HitPolicy.FIRST,
        OutcomeResult.Kind.MONEY, amount, "万元", Optional.empty(), Label.of("奖金", "Prize"), status,
        Label.of("名列前三", "in the top three"), Map.of(), source, payee);
  }

  @Test
  void everyPartInEnglish() {
    assertThat(Explanation.of(SCHEME, Harness.YEAR, entity(), 5, Optional.empty(), Language.EN)).isEqualTo("""
        Alpha · s · 2015
        Place: 2 of 5; place 1 within county 东区
        Total 8 = base 8 + 0 adjustments
        Reasons for the place: full points on every indicator
        Adjustment Bonus: 2 (cap 2, reached)
          Medal: 3 × 1 = 3
          Star: 2 × 1 = 1 (capped)
        Adjustment Penalty: -2 (cap 5)
          Fine: 2 × -1 = -2
        Measures: Output = 0亿元; Share = 1.2346%; other = 2.5
        Class: Large (large), revenue over 400 million
        [given] Prize 50 万元, to the director (Awards, row 2): in the top three [source 第5条]
        [suppressed] Prize (Awards, row 3): in the top three
        [withheld] Prize (Awards, row 4): in the top three
        [not evaluable] Prize (Awards, row 5): in the top three
        [passed] Separate land: land granted on its own (separate = yes) [source 第3条]
        """);
  }

  @Test
  void everyPartInChinese() {
    assertThat(Explanation.of(SCHEME, Harness.YEAR, entity(), 5, Optional.empty(), Language.ZH)).isEqualTo("""
        甲 · s · 2015
        名次：第 2 名（共 5 个）；county「东区」内第 1 名
        总分 8 = 基础分 8 + 0 加减分
        名次原因：各项均得满分
        加减分 加分: 2（上限 2，已封顶）
          奖牌: 3 × 1 = 3
          星级: 2 × 1 = 1（已封顶）
        加减分 扣分: -2（上限 5）
          罚款: 2 × -1 = -2
        派生指标：产值 = 0亿元；占比 = 1.2346%；other = 2.5
        分类：大型，营收超过 4 亿元
        【给予】奖金 50 万元，奖给法人代表（奖励表）：名列前三〔依据 第5条〕
        【不重复】奖金（奖励表）：名列前三
        【取消】奖金（奖励表）：名列前三
        【无法判定】奖金（奖励表）：名列前三
        【符合】单独供地：已单独供地（separate = 是）〔依据 第3条〕
        """);
  }

  @Test
  void checkValuesAreTheInputsTheCheckRead() {
    CheckResult check = entity().checks().get(0);
    assertThat(Explanation.checkValues(SCHEME, check, Language.EN)).isEqualTo("separate = yes");
    assertThat(Explanation.checkValues(SCHEME, check, Language.ZH)).isEqualTo("separate = 是");
  }

  private static BigDecimal d(String v) {
    return new BigDecimal(v);
  }
}
