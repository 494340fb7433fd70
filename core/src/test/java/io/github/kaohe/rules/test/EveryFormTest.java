package io.github.kaohe.rules.test;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.kaohe.data.CsvDataReader;
import io.github.kaohe.data.Dataset;
import io.github.kaohe.data.Period;
import io.github.kaohe.eval.EntityResult;
import io.github.kaohe.eval.Evaluator;
import io.github.kaohe.eval.SchemeResult;
import io.github.kaohe.model.Policy;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The policy with every form of rule, evaluated: the forms work together. */
class EveryFormTest {
  // 2015 tax: a 400, b 300, c 200: places 1, 2, 3 (dense ranking; no ties)
  private static final String DATA =
      """
      entity,period,tax,top,titles,star,province-place,x,kind,county
      a,2013,100,否,0,none,10,1,industrial,east
      b,2013,100,否,0,none,20,1,commercial-zone,east
      c,2013,100,否,0,none,30,1,cbd,west
      a,2014,200,否,0,one,10,1,industrial,east
      b,2014,200,是,0,one,25,1,commercial-zone,east
      c,2014,100,否,0,none,30,1,cbd,west
      a,2015,400,否,2,three,11,5,industrial,east
      b,2015,300,是,0,one,25,5,commercial-zone,east
      c,2015,200,否,0,none,40,5,cbd,west
      """;

  private static final Policy POLICY = RulesWriterTest.everyForm();

  private static final SchemeResult Y2015 = evaluate();

  private static SchemeResult evaluate() {
    Dataset data = CsvDataReader.forScheme(POLICY.scheme("zones")).read(DATA, "data.csv");
    List<SchemeResult> all =
        Evaluator.of(POLICY).evaluate("zones", data, List.of(Period.year(2013), Period.year(2014), Period.year(2015)));
    return all.get(2);
  }

  private static EntityResult entity(String id) {
    return Y2015.entity(id).orElseThrow();
  }

  @Test
  void theGateRevokesAwardsBelowTheAverageGrowth() {
    // tax growth 2015: a (400 − 200) / 200 = 100 %, b 50 %, c 100 %: average 83.33…; b is below
    assertThat(entity("b").measures().get("g")).isEqualByComparingTo("50");
    assertThat(RuleFixture.rowsAndStatus(RuleFixture.outcomes(Y2015, "b", "gate")))
        .containsExactly("below:GIVEN", "below:GIVEN");
    assertThat(RuleFixture.outcomes(Y2015, "a", "gate")).isEmpty();
  }

  @Test
  void theFirstIsPaidTheHighestOfItsRewardsInTheTablesUnit() {
    // a: place 1 → 300.50; star one → three (in [two, three], before < two) → 100; 2 titles × 30 = 60;
    // three years in the top three → promotion (no money): 300.50 is the most
    List<String> rows = RuleFixture.rowsAndStatus(RuleFixture.outcomes(Y2015, "a", "rewards"));
    assertThat(rows).contains("row-1:GIVEN", "row-3:SUPPRESSED", "row-4:SUPPRESSED");
    assertThat(entity("a").money()).isEqualByComparingTo("300.50");
    assertThat(RuleFixture.outcomes(Y2015, "a", "rewards").get(0).unit()).isEqualTo("元");
  }

  @Test
  void aZoneThatLostItsEligibilityIsPaidNothing() {
    assertThat(RuleFixture.outcomes(Y2015, "b", "rewards")).isNotEmpty().noneMatch(o -> o.given());
    assertThat(entity("b").money()).isEqualByComparingTo("0");
  }

  @Test
  void aQuarterlyTableGivesNothingInAYear() {
    assertThat(RuleFixture.outcomes(Y2015, "b", "ranks")).isEmpty();
  }

  @Test
  void classesByCutoffsOnPoints() {
    // size points: a 10 × 400 / 400 = 10, b 7.5, c 5: A from 9, B from 6
    assertThat(List.of("a", "b", "c")).map(id -> entity(id).classes().get("grade").tier()).containsExactly("A", "B", "C");
  }

  @Test
  void classesBySharesWithinCounties() {
    // east (a, b): A up to round(0.2 × 2 = 0.4) = 0, B up to round(0.6 × 2 = 1.2) = 1: a B, b C;
    // west (c): A up to round(0.2) = 0, B up to round(0.6) = 1: c B
    assertThat(List.of("a", "b", "c")).map(id -> entity(id).classes().get("share-grade").tier())
        .containsExactly("B", "C", "B");
  }
}
