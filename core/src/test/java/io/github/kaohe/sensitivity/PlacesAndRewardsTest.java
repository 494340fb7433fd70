package io.github.kaohe.sensitivity;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.kaohe.data.Dataset;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

/**
 * Place distributions, quantiles, money and sanctions over the samples, on {@link SmallPolicy#WITH_RULES}
 * (300 万元 to first place, a public criticism to third) and three ranked firms whose places are
 * worked out by hand.
 *
 * <p>The data: 甲 (a) tax 100, provincial place 1, growth 0; 乙 (b) 50, 1, 10; 丙 (c) 10, 11, −10;
 * 丁 (d, not ranked) as 丙. Per point of weight: tax (proportional to the best, 100) a 1, b 0.5,
 * c 0.1; provincial place (linear, field 11) a 1, b 1, c 0; growth (min-max from −10 to 10, floor
 * 0.6) a 0.8, b 1, c 0.6. Nominally size 10 (tax 8, place 2) and growth 10: a 8 + 2 + 8 = 18,
 * b 4 + 2 + 10 = 16, c 0.8 + 0 + 6 = 6.8, so a first (300 万元), b second, c third (criticised).
 *
 * <p>Sampling the weight s of size with the totals renormalised to 20, size weighs 20s/(s + 10)
 * and growth 200/(s + 10), tax and place keeping 8 : 2 within size. Then a − b is in proportion
 * to s(1 − 0.6) − 10(1 − 0.8) = 0.4s − 2: a is first when s > 5, b when s < 5; c stays third.
 */
class PlacesAndRewardsTest {
  static final Dataset DATA = SmallPolicy.data("entity,tax,place,tax-growth\n甲,100,1,0\nb,50,1,10\nc,10,11,-10\nd,10,11,-10\n");

  private static SensitivityResult run(String yaml) {
    Uncertainty u = UncertaintyLoader.load("kaohe-uncertainty: 1\nscheme: firms\n" + yaml, "u.yaml", SmallPolicy.WITH_RULES);
    return SensitivityAnalysis.of(SmallPolicy.WITH_RULES, u).run(DATA, SmallPolicy.YEAR);
  }

  private static EntityUncertainty entity(SensitivityResult r, String id) {
    return r.entities().stream().filter(e -> e.id().equals(id)).findFirst().orElseThrow();
  }

  @Test
  void aWeightThatAlwaysSwapsTheFirstTwoMovesTheMoneyToTheSecond() {
    // s in [1, 4] < 5: in every sample b is first and a second; 2 × 16 = 32 samples
    SensitivityResult r = run("samples: 16\nweights: [{of: size, within: [1, 4]}]\n");
    assertThat(r.placeSamples()).isEqualTo(32);
    assertThat(r.fieldSize()).isEqualTo(4);
    assertThat(r.placeBand()).isEqualTo(1);
    assertThat(r.entities()).extracting(EntityUncertainty::id).containsExactly("a", "b", "c", "d");

    EntityUncertainty a = entity(r, "a");
    assertThat(a.nominalPlace()).isEqualTo(1);
    assertThat(List.of(a.low(), a.medianPlace(), a.high())).containsExactly(2, 2, 2);
    assertThat(a.places()).isEqualTo(Map.of(2, 1.0));
    assertThat(a.certain()).isFalse(); // the same place in every sample, but not its nominal one
    assertThat(a.first()).isZero();
    assertThat(a.nominalMoney()).isEqualByComparingTo("300");
    assertThat(a.meanMoney()).isEqualTo(new BigDecimal("0.0000"));
    assertThat(a.anyMoney()).isZero();
    assertThat(a.keepsReward()).isEqualTo(OptionalDouble.of(0));
    assertThat(a.sanction()).isZero();

    EntityUncertainty b = entity(r, "b");
    assertThat(List.of(b.nominalPlace(), b.low(), b.medianPlace(), b.high())).containsExactly(2, 1, 1, 1);
    assertThat(b.places()).isEqualTo(Map.of(1, 1.0));
    assertThat(b.first()).isEqualTo(1.0);
    assertThat(b.nominalMoney()).isEqualByComparingTo("0");
    assertThat(b.meanMoney()).isEqualTo(new BigDecimal("300.0000"));
    assertThat(b.anyMoney()).isEqualTo(1.0);
    assertThat(b.keepsReward()).isEmpty(); // no nominal money to keep

    EntityUncertainty c = entity(r, "c");
    assertThat(c.certain()).isTrue();
    assertThat(c.places()).isEqualTo(Map.of(3, 1.0));
    assertThat(c.sanction()).isEqualTo(1.0);
    assertThat(c.anyMoney()).isZero();

    // 丁 is not ranked: placed after the field of 4, at 5, in every sample
    EntityUncertainty d = entity(r, "d");
    assertThat(List.of(d.nominalPlace(), d.low(), d.medianPlace(), d.high())).containsExactly(5, 5, 5, 5);
    assertThat(d.certain()).isTrue();
    assertThat(d.sanction()).isZero();

    // every sample shifts a and b by one place from the nominal ranking, yet the shift never varies: no index
    assertThat(r.inputs().get(0).onPlaces()).isEqualTo(new SobolIndex(0, 0, 0, 0, 0, 0));
  }

  @Test
  void aWeightThatSwapsTheFirstTwoInHalfTheSamplesSplitsTheMoneyInHalf() {
    // s = 2 + 6u in [2, 8] is above 5 when u > 1/2. With N = 64 (a power of two) Sobol's points,
    // digitally shifted, put exactly 32 of A's and 32 of B's first coordinates above 1/2: a is
    // first in 64 of the 128 samples, b in the other 64.
    SensitivityResult r = run("samples: 64\nweights: [{of: size, within: [2, 8]}]\n");
    EntityUncertainty a = entity(r, "a");
    EntityUncertainty b = entity(r, "b");
    assertThat(a.places()).isEqualTo(Map.of(1, 0.5, 2, 0.5));
    assertThat(b.places()).isEqualTo(Map.of(1, 0.5, 2, 0.5));
    // nearest rank of 128: 5 % → rank ⌈6.4⌉ = 7, in place 1; median → rank 64, the last of the 64 in place 1;
    // 95 % → rank ⌈121.6⌉ = 122, in place 2
    assertThat(List.of(a.low(), a.medianPlace(), a.high())).containsExactly(1, 1, 2);
    assertThat(List.of(b.low(), b.medianPlace(), b.high())).containsExactly(1, 1, 2);
    assertThat(a.first()).isEqualTo(0.5);
    // 300 万元 × 64 / 128 = 150
    assertThat(a.meanMoney()).isEqualTo(new BigDecimal("150.0000"));
    assertThat(b.meanMoney()).isEqualTo(new BigDecimal("150.0000"));
    assertThat(a.anyMoney()).isEqualTo(0.5);
    assertThat(a.keepsReward()).isEqualTo(OptionalDouble.of(0.5));
    assertThat(b.keepsReward()).isEmpty();
    assertThat(entity(r, "c").sanction()).isEqualTo(1.0);
    assertThat(a.certain()).isFalse();
    assertThat(entity(r, "c").certain()).isTrue();
    // the weight of size alone moves the places: its first-order index on the shift, and on a and b, is 1
    InputSensitivity size = r.inputs().get(0);
    assertThat(size.onPlaces().first()).isEqualTo(1.0);
    assertThat(size.onPlaces().total()).isEqualTo(1.0);
    assertThat(size.onEntities()).containsOnlyKeys("a", "b", "c");
    assertThat(size.onEntities().get("c")).isEqualTo(new SobolIndex(0, 0, 0, 0, 0, 0));
  }

  @Test
  void aRareSwapIsInsideTheNinetyFivePercentIntervalOnlyWhenItReachesItsRank() {
    // Varying tax's weight t within size (renormalised: size stays 10, tax 10t/(t + 2), place 20/(t + 2)):
    // a = 10 + 8 = 18 always, b = 10 + (5t + 20)/(t + 2), so b is first when t < 4/3, i.e. u < 1/18.
    // Of the 128 evenly spread samples 7 (128/18 ≈ 7.1) fall there.
    SensitivityResult r = run("samples: 64\nweights: [{of: tax, within: [1, 7]}]\n");
    EntityUncertainty a = entity(r, "a");
    EntityUncertainty b = entity(r, "b");
    assertThat(b.places()).isEqualTo(Map.of(1, 7 / 128.0, 2, 121 / 128.0));
    assertThat(a.places()).isEqualTo(Map.of(1, 121 / 128.0, 2, 7 / 128.0));
    // b: the 5 % quantile is the 7th of 128 (⌈6.4⌉), exactly the last of its 7 firsts: 1; median and 95 %: 2
    assertThat(List.of(b.low(), b.medianPlace(), b.high())).containsExactly(1, 2, 2);
    // a: 121 firsts reach rank 7 and 64 but not 122 (⌈121.6⌉): 1, 1, 2
    assertThat(List.of(a.low(), a.medianPlace(), a.high())).containsExactly(1, 1, 2);
    // 300 × 121/128 = 283.59375 → 283.5938 (half-even at 4 places); 300 × 7/128 = 16.40625 → 16.4062
    assertThat(a.meanMoney()).isEqualTo(new BigDecimal("283.5938"));
    assertThat(b.meanMoney()).isEqualTo(new BigDecimal("16.4062"));
    assertThat(a.keepsReward()).isEqualTo(OptionalDouble.of(121 / 128.0));
    assertThat(b.anyMoney()).isEqualTo(7 / 128.0);
  }

  @Test
  void withoutRenormalisingTheTotalFollowsTheSampledWeight() {
    // Not renormalised, tax weighs t and the total is t + 12: a = t + 2 + 8, b = 0.5t + 2 + 10,
    // a first when t > 4, i.e. u > 1/2 for t = 1 + 6u: half the samples, as above (renormalised,
    // it would be 121 of 128)
    SensitivityResult r = run("samples: 64\nrenormalise: false\nweights: [{of: tax, within: [1, 7]}]\n");
    assertThat(r.renormalise()).isFalse();
    assertThat(entity(r, "a").places()).isEqualTo(Map.of(1, 0.5, 2, 0.5));
    assertThat(entity(r, "b").places()).isEqualTo(Map.of(1, 0.5, 2, 0.5));
  }

  @Test
  void theChosenEntitiesAloneGetIndicesOnTheirPlace() {
    SensitivityResult r = run("samples: 8\nentities: [b]\nweights: [{of: size, within: [2, 8]}]\n");
    assertThat(r.inputs().get(0).onEntities()).containsOnlyKeys("b");
    assertThat(r.inputs().get(0).onEntities().get("b").first()).isEqualTo(1.0);
    // by default every ranked entity (丁 is not ranked)
    assertThat(run("samples: 8\nweights: [{of: size, within: [2, 8]}]\n").inputs().get(0).onEntities())
        .containsOnlyKeys("a", "b", "c");
  }

  @Test
  void theJsonHasTheMoneyAndSanctionFieldsAndKeepsRewardOnlyWhereThereIsNominalMoney() throws Exception {
    JsonNode json = new ObjectMapper().readTree(SensitivityJson.write(run("samples: 64\nweights: [{of: size, within: [2, 8]}]\n")));
    assertThat(json.get("fieldSize").asInt()).isEqualTo(4);
    assertThat(json.get("placeBand").asInt()).isEqualTo(1);
    assertThat(json.get("evaluations").asInt()).isEqualTo(64 * 3);
    JsonNode a = json.get("entities").get(0);
    assertThat(a.get("entity").asText()).isEqualTo("a");
    assertThat(a.get("name").get("zh").asText()).isEqualTo("甲");
    assertThat(a.get("name").get("en").asText()).isEqualTo("Alpha");
    assertThat(a.get("nominalPlace").asInt()).isEqualTo(1);
    assertThat(a.get("medianPlace").asInt()).isEqualTo(1);
    assertThat(a.get("placeInterval").toString()).isEqualTo("[1,2]");
    assertThat(a.get("places").toString()).isEqualTo("{\"1\":0.5,\"2\":0.5}");
    assertThat(a.get("pFirst").asDouble()).isEqualTo(0.5);
    assertThat(a.get("nominalMoney").decimalValue()).isEqualByComparingTo("300");
    assertThat(a.get("meanMoney").decimalValue()).isEqualByComparingTo("150");
    assertThat(a.get("pAnyMoney").asDouble()).isEqualTo(0.5);
    assertThat(a.get("pKeepsReward").asDouble()).isEqualTo(0.5);
    assertThat(a.get("pSanction").asDouble()).isZero();
    JsonNode b = json.get("entities").get(1);
    assertThat(b.has("pKeepsReward")).isFalse();
    assertThat(json.get("entities").get(2).get("pSanction").asDouble()).isEqualTo(1.0);
    JsonNode input = json.get("inputs").get(0);
    assertThat(input.get("name").get("en").asText()).isEqualTo("the weight of Size");
    assertThat(input.get("name").get("zh").asText()).isEqualTo("「规模」的权重");
    assertThat(input.get("declared").asText()).isEqualTo("[2, 8]: 2 to 8 points");
    assertThat(input.get("onPlaces").get("first").asDouble()).isEqualTo(1.0);
    assertThat(input.get("onPlaces").get("totalInterval").size()).isEqualTo(2);
    assertThat(input.get("onEntities").get("b").get("total").asDouble()).isEqualTo(1.0);
    assertThat(json.get("summary").get("en").asText()).startsWith("The weight of Size explains 100 % of the variance");
  }
}
