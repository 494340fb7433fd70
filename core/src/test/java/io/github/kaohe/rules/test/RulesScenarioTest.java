package io.github.kaohe.rules.test;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.kaohe.data.CsvDataReader;
import io.github.kaohe.data.Dataset;
import io.github.kaohe.data.Period;
import io.github.kaohe.eval.EntityResult;
import io.github.kaohe.eval.Evaluator;
import io.github.kaohe.eval.OutcomeResult;
import io.github.kaohe.eval.SchemeResult;
import io.github.kaohe.load.PolicyLoader;
import io.github.kaohe.model.Policy;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The example policy {@code policies/rules.yaml} over two years: a growth gate that revokes award
 * eligibility, collect-max rewards, a two-years-running promotion, priority sanctions on the
 * change of the provincial place, and grades by cut-offs.
 */
class RulesScenarioTest {
  private static final Policy POLICY =
      PolicyLoader.create().load(RulesScenarioTest.class.getResource("/policies/rules.yaml"), "rules.yaml");

  // tax: 2014 a 100, b 90, c 80; 2015 a 120, b 99, c 70: places a 1, b 2, c 3 in both years
  private static final String DATA = data();

  /** The zones of rules.yaml over two years: policies/rules-data.csv, which the diff's tests read too. */
  private static String data() {
    try (java.io.InputStream in = RulesScenarioTest.class.getResourceAsStream("/policies/rules-data.csv")) {
      return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static final List<SchemeResult> RESULTS = evaluate();

  private static List<SchemeResult> evaluate() {
    Dataset data = CsvDataReader.forScheme(POLICY.scheme("zones")).read(DATA, "zones.csv");
    return Evaluator.of(POLICY).evaluate("zones", data, List.of(Period.year(2014), Period.year(2015)));
  }

  private static EntityResult entity(int year, String id) {
    return RESULTS.get(year - 2014).entity(id).orElseThrow();
  }

  private static List<String> outcomes(int year, String id, String table) {
    return RuleFixture.rowsAndStatus(
        entity(year, id).outcomes().stream().filter(o -> o.table().equals(table)).toList());
  }

  @Nested
  class In2015 {
    @Test
    void measuresAreComputedFromBothYears() {
      // tax growth: a (120 − 100) / 100 = 20 %, b (99 − 90) / 90 = 10 %, c (70 − 80) / 80 = −12.5 %;
      // average (20 + 10 − 12.5) / 3 = 5.8333…; place change: a 12 − 10 = 2, b 26 − 20 = 6, c 31 − 30 = 1
      assertThat(entity(2015, "a").measures().get("tax-growth")).isEqualByComparingTo("20");
      assertThat(entity(2015, "b").measures().get("tax-growth")).isEqualByComparingTo("10");
      assertThat(entity(2015, "c").measures().get("tax-growth")).isEqualByComparingTo("-12.5");
      assertThat(entity(2015, "a").measures().get("average-growth").setScale(6, java.math.RoundingMode.HALF_UP))
          .isEqualByComparingTo("5.833333");
      assertThat(entity(2015, "b").measures().get("place-change")).isEqualByComparingTo("6");
    }

    @Test
    void onlyTheZoneBelowTheAverageGrowthLosesItsEligibilityAndIsCriticised() {
      assertThat(outcomes(2015, "c", "gate")).containsExactly("below-average:GIVEN", "below-average:GIVEN");
      assertThat(entity(2015, "c").outcomes().get(1).action()).contains("criticism");
      assertThat(outcomes(2015, "a", "gate")).isEmpty();
      assertThat(outcomes(2015, "b", "gate")).isEmpty();
    }

    @Test
    void theFirstIsPaidForItsPlace() {
      assertThat(outcomes(2015, "a", "rewards")).containsExactly("first:GIVEN");
      assertThat(entity(2015, "a").money()).isEqualByComparingTo("300");
    }

    @Test
    void theSecondIsPaidTheHigherOfItsPlaceAndItsTitles() {
      // second place 200 against 2 titles × 30 = 60
      assertThat(outcomes(2015, "b", "rewards")).containsExactlyInAnyOrder("second:GIVEN", "per-title:SUPPRESSED");
      assertThat(entity(2015, "b").money()).isEqualByComparingTo("200");
    }

    @Test
    void theThirdMatchesNoRewardRow() {
      // top ten, but third (not > 3); no titles
      assertThat(outcomes(2015, "c", "rewards")).isEmpty();
      assertThat(entity(2015, "c").money()).isEqualByComparingTo("0");
    }

    @Test
    void zonesInTheTopTwoBothYearsArePromoted() {
      assertThat(outcomes(2015, "a", "promotion")).containsExactly("twice-top-two:GIVEN");
      assertThat(outcomes(2015, "b", "promotion")).containsExactly("twice-top-two:GIVEN");
      assertThat(outcomes(2015, "c", "promotion")).isEmpty();
    }

    @Test
    void aZoneFiveToTwentyPlacesWorseIsCriticisedOnce() {
      assertThat(outcomes(2015, "b", "sanctions")).containsExactly("five-worse:GIVEN");
      assertThat(outcomes(2015, "a", "sanctions")).isEmpty();
    }

    @Test
    void gradesFollowTheTotals() {
      // totals: a 10, b 10 × 99 / 120 = 8.25, c 10 × 70 / 120 = 5.83
      assertThat(entity(2015, "b").total()).isEqualByComparingTo("8.25");
      assertThat(List.of("a", "b", "c")).map(id -> entity(2015, id).classes().get("grade").tier())
          .containsExactly("A", "B", "C");
    }
  }

  @Nested
  class In2014WithoutTheYearBefore {
    @Test
    void theGateCannotBeDecidedSoTheRewardsCannotBeEither() {
      // no 2013: growth is unknown for everyone
      assertThat(outcomes(2014, "a", "gate")).containsOnly("below-average:NOT_EVALUABLE");
      assertThat(outcomes(2014, "a", "rewards")).containsOnly("first:NOT_EVALUABLE");
      assertThat(entity(2014, "a").outcomes().stream().filter(o -> o.table().equals("rewards")).findFirst()
              .map(OutcomeResult::reason).orElseThrow().en())
          .startsWith("not evaluable: whether it keeps eligibility for awards is not known");
      assertThat(entity(2014, "a").money()).isEqualByComparingTo("0");
    }

    @Test
    void twoYearsRunningCannotBeDecidedForTheTopTwoButIsFalseForTheThird() {
      assertThat(outcomes(2014, "a", "promotion")).containsExactly("twice-top-two:NOT_EVALUABLE");
      assertThat(outcomes(2014, "b", "promotion")).containsExactly("twice-top-two:NOT_EVALUABLE");
      assertThat(outcomes(2014, "c", "promotion")).isEmpty();
    }
  }
}
