package io.github.kaohe.eval;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.kaohe.data.CsvDataReader;
import io.github.kaohe.data.Dataset;
import io.github.kaohe.data.Period;
import io.github.kaohe.load.PolicyLoader;
import io.github.kaohe.model.Language;
import io.github.kaohe.model.Policy;
import org.junit.jupiter.api.Test;

/**
 * Reason codes on {@code small.yaml}, worked by hand from the table in {@link SmallPolicyTest}:
 *
 * <pre>
 *            tax    place  tax-growth  adjustments  total
 * b (1st)    5.33   1.60   10.00       8.00         24.93
 * a (2nd)    6.67   2.00    8.40       5.00         22.07
 * b − a     −1.34  −0.40    1.60       3.00          2.86   rest = 2.86 − (−1.34 − 0.40 + 1.60) − 3.00 = 0
 * a lost against the weight: tax 8 − 6.67 = 1.33, place 2 − 2.00 = 0 (not listed), tax-growth 10 − 8.40 = 1.60
 *
 * By category (size = tax + place, growth = tax-growth, each of weight 10):
 *            size   growth  adjustments  total
 * b (1st)    6.93   10.00   8.00         24.93
 * a (2nd)    8.67    8.40   5.00         22.07
 * b − a     −1.74    1.60   3.00          2.86   categoryRest = 2.86 − (−1.74 + 1.60) − 3.00 = 0
 * a lost against the weight: size 10 − 8.67 = 1.33, growth 10 − 8.40 = 1.60
 * </pre>
 */
class ReasonCodesTest {
  private static final Policy POLICY =
      PolicyLoader.create().load(ReasonCodesTest.class.getResource("/policies/small.yaml"), "small.yaml");

  private static SchemeResult evaluate() {
    String csv = """
        entity,tax,place,税收增速,title
        甲,100,1,10,1
        b,80,3,20,2
        Gamma,50,11,-5,
        d,120,2,5,
        """;
    Dataset data = CsvDataReader.forScheme(POLICY.scheme("firms")).withPeriod(Period.year(2015)).read(csv, "small.csv");
    return Evaluator.of(POLICY).evaluate("firms", data, Period.year(2015));
  }

  @Test
  void reasonCodesListThePointsLostAgainstEachWeightLargestFirst() {
    SchemeResult r = evaluate();

    ReasonCodes why = ReasonCodes.of(r, r.entity("a").orElseThrow());

    assertThat(why.lost()).extracting(x -> x.indicator() + " " + x.points().toPlainString())
        .containsExactly("tax-growth 1.60", "tax 1.33");
  }

  @Test
  void reasonCodesSplitTheGapToTheEntityAboveByIndicator() {
    SchemeResult r = evaluate();

    ReasonCodes.Gap gap = ReasonCodes.of(r, r.entity("a").orElseThrow()).behind().orElseThrow();

    assertThat(gap.above()).isEqualTo("b");
    assertThat(gap.gap()).isEqualByComparingTo("2.86");
    assertThat(gap.indicators()).extracting(x -> x.indicator() + " " + x.points().toPlainString())
        .containsExactly("tax-growth 1.60", "place -0.40", "tax -1.34");
    assertThat(gap.adjustments()).isEqualByComparingTo("3.00");
    assertThat(gap.rest()).isEqualByComparingTo("0");
  }

  @Test
  void reasonCodesSplitTheGapAndTheLossesByCategoryToo() {
    SchemeResult r = evaluate();

    ReasonCodes why = ReasonCodes.of(r, r.entity("a").orElseThrow());

    assertThat(why.behind().orElseThrow().categories()).extracting(x -> x.category() + " " + x.points().toPlainString())
        .containsExactly("growth 1.60", "size -1.74");
    assertThat(why.behind().orElseThrow().categoryRest()).isEqualByComparingTo("0");
    assertThat(why.behind().orElseThrow().adjustmentsName().zh()).isEqualTo("加分");
    assertThat(why.lostCategories()).extracting(x -> x.category() + " " + x.points().toPlainString())
        .containsExactly("growth 1.60", "size 1.33");
  }

  @Test
  void reasonCodesHaveNoGapForTheFirstPlaceNorForAnEntityWithoutAPlace() {
    SchemeResult r = evaluate();

    assertThat(ReasonCodes.of(r, r.entity("b").orElseThrow()).behind()).isEmpty();
    assertThat(ReasonCodes.of(r, r.entity("d").orElseThrow()).behind()).isEmpty();
  }

  @Test
  void reasonCodesReadAsALineInChineseAndEnglish() {
    SchemeResult r = evaluate();
    ReasonCodes why = ReasonCodes.of(r, r.entity("a").orElseThrow());

    assertThat(why.describe(Language.ZH, 3))
        .isEqualTo("落后上一名 乙（第 1 名） 2.86 分，按类：加分 (−3.00)、增长 (−1.60)、规模 (+1.74)；主要在 税收增速 (−1.60)；"
            + "失分最多：增长 (−1.60)、规模 (−1.33)；其中 税收增速 (−1.60)、税收 (−1.33)");
    assertThat(why.describe(Language.EN, 1))
        .isEqualTo("Behind the place above (Beta, place 1) by 2.86 points, by category: Bonus (−3.00), Growth (−1.60), Size (+1.74);"
            + " mostly in Tax growth (−1.60); most points lost: Growth (−1.60); of which Tax growth (−1.60)");
  }

  @Test
  void explanationAndJsonCarryTheReasons() {
    SchemeResult r = evaluate();

    assertThat(Explanation.of(r, r.entity("a").orElseThrow(), Language.ZH)).contains("名次原因：落后上一名 乙");
    assertThat(ResultJson.write(r)).contains("\"reasons\"").contains("\"behind\"").contains("\"gap\" : 2.86")
        .contains("\"lostCategories\"").contains("\"categoryRest\" : 0");
  }
}
