package io.github.kaohe.whatif;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.github.kaohe.data.Dataset;
import io.github.kaohe.data.Period;
import io.github.kaohe.load.PolicyLoader;
import io.github.kaohe.model.Label;
import io.github.kaohe.model.Policy;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Provisional results in words and as JSON, and the limits on what may be pending. Mostly on
 * {@link TaxAndGrowth} (a 20, b 18, c 16, d 5): b's tax pending in [70, 90] and c's growth in
 * [5, 15]. c at growth 15 is the best (10 points) and a and b fall to 6.67 + 10 × tax / 100:
 * b at 70 has 13.67 against c's 16 — so b and c are each second or third; a stays first (b at 90
 * and c at 5: 19 and 11; c at 15 with b at 90: a 16.67, b 15.67, c 16), d fourth.
 */
class ProvisionalResultTest {
  private static final Period YEAR = TaxAndGrowth.YEAR;

  private static Provisional.Result provisional() {
    return Provisional.of(TaxAndGrowth.POLICY, "firms", TaxAndGrowth.data(), YEAR)
        .pending("b", "tax", new BigDecimal("70"), new BigDecimal("90"))
        .pending("c", "growth", new BigDecimal("5"), new BigDecimal("15"))
        .evaluate();
  }

  @Test
  void aPendingValueIsDescribedWithItsEntityNameRangeAndUnit() {
    Provisional.Result r = provisional();

    assertThat(r.describe(r.pending().get(0))).isEqualTo(Label.of("b 的 税收，可能为 70～90 万元", "Tax of b, 70 to 90 万元"));
    assertThat(r.describe(r.pending().get(1))).as("a % follows the number").isEqualTo(Label.of("c 的 增速，可能为 5～15%", "Growth of c, 5 to 15%"));
    assertThat(r.describe(new Provisional.Pending("z", "staff", BigDecimal.ONE, BigDecimal.TEN)))
        .as("no unit, and names of its own for what the policy does not name")
        .isEqualTo(Label.of("z 的 staff，可能为 1～10", "staff of z, 1 to 10"));
  }

  @Test
  void whereAnEntityCanStillEndIsSaidInWords() {
    Provisional.Result r = provisional();

    assertThat(r.bounds().values()).extracting(b -> b.entity() + " " + b.best() + "–" + b.worst())
        .containsExactly("a 1–1", "b 2–3", "c 2–3", "d 4–4");
    assertThat(r.describeBounds("a")).contains(Label.of("名次已确定", "final"));
    assertThat(r.describeBounds("b")).contains(Label.of("可能第 2～3 名", "may end place 2 to 3"));
    assertThat(r.describeBounds("z")).isEmpty();
  }

  /**
   * On the goals policy a tax under 10 is vetoed: d (tax 5) takes no place now. Pending in [0, 50],
   * it may end fourth (at 50: 5 + 1) or without a place; pending in [0, 9], it takes none whatever
   * its tax.
   */
  @Test
  void anEntityThatMayEndWithoutAPlaceIsSaidToAndOneThatTakesNoneWhateverTheValues() {
    Dataset data = GoalTest.data("entity,tax,growth\na,100,10\nb,80,10\nc,60,10\nd,5,1\n");
    Provisional mayEnd = Provisional.of(GoalTest.POLICY, "firms", data, YEAR).pending("d", "tax", BigDecimal.ZERO, new BigDecimal("50"));
    Provisional none = Provisional.of(GoalTest.POLICY, "firms", data, YEAR).pending("d", "tax", BigDecimal.ZERO, new BigDecimal("9"));

    Provisional.Result may = mayEnd.evaluate();
    Provisional.Result never = none.evaluate();

    assertThat(may.bounds().get("d")).isEqualTo(new Provisional.Bounds("d", 4, 0));
    assertThat(may.describeBounds("d")).contains(Label.of("可能第 4～— 名", "may end place 4 to —"));
    assertThat(never.bounds().get("d")).isEqualTo(new Provisional.Bounds("d", 0, 0));
    assertThat(never.describeBounds("d")).contains(Label.of("无名次", "no place"));
  }

  @Test
  void theJsonIsTheResultFlaggedProvisionalWithThePendingValuesAndEachEntitysBounds() throws Exception {
    Provisional.Result r = provisional();

    JsonNode one = new JsonMapper().readTree(ProvisionalJson.writeTree(ProvisionalJson.tree(r)));
    JsonNode all = new JsonMapper().readTree(ProvisionalJson.write(List.of(r, r)));

    assertThat(one.get("provisional").asBoolean()).isTrue();
    assertThat(one.get("scheme").asText()).isEqualTo("firms");
    assertThat(one.get("pending").toString())
        .isEqualTo("[{\"entity\":\"b\",\"key\":\"tax\",\"least\":70,\"greatest\":90},{\"entity\":\"c\",\"key\":\"growth\",\"least\":5,\"greatest\":15}]");
    assertThat(one.get("results")).hasSize(4);
    assertThat(one.get("results").get(0).get("entity").asText()).isEqualTo("a");
    assertThat(one.get("results").get(0).get("score").decimalValue()).isEqualByComparingTo("20");
    assertThat(one.get("results").get(0).get("bounds").toString()).isEqualTo("{\"best\":1,\"worst\":1,\"final\":true}");
    assertThat(one.get("results").get(2).get("bounds").toString()).isEqualTo("{\"best\":2,\"worst\":3,\"final\":false}");
    assertThat(all).hasSize(2);
    assertThat(all.get(1)).isEqualTo(one);
  }

  @Test
  void aPendingValueMayBeKnownExactly() {
    Provisional.Result r = Provisional.of(TaxAndGrowth.POLICY, "firms", TaxAndGrowth.data(), YEAR)
        .pending("b", "tax", new BigDecimal("80"), new BigDecimal("80")).evaluate();

    assertThat(r.bounds().get("b")).isEqualTo(new Provisional.Bounds("b", 2, 2));
  }

  @Test
  void atMostTwelveValuesMayBePending() {
    Provisional p = Provisional.of(TaxAndGrowth.POLICY, "firms", TaxAndGrowth.data(), YEAR);
    for (int i = 0; i < Provisional.MOST_PENDING; i++) {
      p = p.pending("abcd".substring(i % 4, i % 4 + 1), i % 2 == 0 ? "tax" : "growth", BigDecimal.ZERO, BigDecimal.TEN);
    }
    Provisional twelve = p;

    assertThatThrownBy(() -> twelve.pending("a", "tax", BigDecimal.ZERO, BigDecimal.TEN))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("at most 12 values may be pending (every combination of their ends is evaluated), not 13");
    assertThatThrownBy(() -> twelve.pending("z", "tax", BigDecimal.ZERO, BigDecimal.TEN))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("the data have no entity 'z'");
  }

  @Test
  void aPendingValueWithoutARangeKeepsToWhatItsKeyCanPlausiblyHold() {
    // d's tax of −10 (data built in code, which the CSV reader would refuse) is below what an
    // amount in 万元 can hold (0 or more): the range starts at 0.
    Dataset data = TaxAndGrowth.data().withValue("d", YEAR, "tax", new BigDecimal("-10"));

    Provisional.Pending p = Provisional.of(TaxAndGrowth.POLICY, "firms", data, YEAR).pending("c", "tax").evaluate().pending().get(0);

    assertThat(p.least()).isEqualByComparingTo("0");
    assertThat(p.greatest()).isEqualByComparingTo("100");
  }

  /**
   * On the rescaled policy of {@link ProvisionalTest} (a first only with the data as they are, p's
   * x pending in [−100, 200]): a second value pending at exactly its value now, at both ends of its
   * range, keeps the data as they are an outcome; a value now outside its range does not.
   */
  @Test
  void theDataAsTheyAreAreAnOutcomeOnlyWhenEveryPendingValueIsWithinItsRangeEndsIncluded() {
    Policy policy = PolicyLoader.create().load(ProvisionalTest.class.getResource("/policies/rescaled.yaml"), "rescaled.yaml");
    Dataset data = Dataset.builder()
        .value("a", YEAR, "x", BigDecimal.valueOf(100)).value("a", YEAR, "y", BigDecimal.ZERO)
        .value("b", YEAR, "x", BigDecimal.ZERO).value("b", YEAR, "y", BigDecimal.valueOf(100))
        .value("p", YEAR, "x", BigDecimal.valueOf(50)).value("p", YEAR, "y", BigDecimal.valueOf(50))
        .build();
    Provisional p = Provisional.of(policy, "s", data, YEAR);

    Provisional.Result within = p.pending("p", "x", BigDecimal.valueOf(-100), BigDecimal.valueOf(200))
        .pending("b", "y", BigDecimal.valueOf(100), BigDecimal.valueOf(100)).evaluate();
    // p's x from 150 to 200 (50 now): range [0, 150], a 6.67 + 0, b 0 + 8, p 10 + 4: p b a; at 200 the same.
    Provisional.Result outside = p.pending("p", "x", BigDecimal.valueOf(150), BigDecimal.valueOf(200)).evaluate();

    assertThat(within.bounds().get("a")).isEqualTo(new Provisional.Bounds("a", 1, 3));
    assertThat(outside.result().entity("a").orElseThrow().place()).hasValue(1);
    assertThat(outside.bounds().get("a")).isEqualTo(new Provisional.Bounds("a", 3, 3));
  }
}
