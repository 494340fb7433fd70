package io.github.kaohe.policy.kaifeng;

import static io.github.kaohe.policy.kaifeng.KaifengPolicy.INDUSTRIAL_CLUSTER_ZONES;
import static io.github.kaohe.policy.kaifeng.KaifengPolicy.SERVICE_ZONES;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.kaohe.eval.EntityResult;
import io.github.kaohe.eval.SchemeResult;
import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Zones whose 2015 points were worked out by hand from the opinion's tables and the policy's
 * declared methods, on the bundled (illustrative) sample data. Each step is rounded half up to
 * 0.01, as the policy declares; the working is written beside each number.
 *
 * <p>Populations (2015, all seven industrial zones): value added max 2,150,000 (汴西); value-added
 * growth min −2.3 (精细化工), max 16.8 (汴西); tax max 135,000 (汴西); tax growth min 5.1 (精细化工),
 * max 24.6 (杞县); electricity max 126,000 (尉氏县); electricity growth min −4.5 (精细化工), max 12.1
 * (尉氏县); leading-industry share max 81.0 (精细化工); flagship projects max 3 (汴西); new factory area
 * max 420,000, standardised max 150,000 (汴西).
 */
class KaifengGoldenTest {
  private final SchemeResult industrial = KaifengSample.evaluate(INDUSTRIAL_CLUSTER_ZONES, 2015);
  private final SchemeResult service = KaifengSample.evaluate(SERVICE_ZONES, 2015);

  private static void assertPoints(EntityResult zone, Map<String, String> expected) {
    expected.forEach(
        (id, points) ->
            assertThat(zone.points(id))
                .as("%s %s", zone.id(), id)
                .hasValueSatisfying(p -> assertThat(p).isEqualTo(new BigDecimal(points))));
  }

  @Test
  void biandong2015() {
    EntityResult biandong = industrial.entity("biandong").orElseThrow();
    assertPoints(
        biandong,
        Map.ofEntries(
            Map.entry("value-added-total", "1.17"), //         6 × 420000 / 2150000 = 1.1721
            Map.entry("value-added-growth", "5.12"), //        6 × (0.6 + 0.4 × (9.8 + 2.3) / (16.8 + 2.3)) = 5.1204
            Map.entry("tax-total", "1.96"), //                 8 × 33000 / 135000 = 1.9556
            Map.entry("tax-growth", "5.39"), //                8 × (0.6 + 0.4 × (8.7 − 5.1) / (24.6 − 5.1)) = 5.3908
            Map.entry("electricity-total", "1.33"), //         8 × 21000 / 126000 = 1.3333
            Map.entry("electricity-growth", "5.50"), //        7 × (0.6 + 0.4 × (3.2 + 4.5) / (12.1 + 4.5)) = 5.4988
            Map.entry("leading-industry-tax-share", "4.17"), // 7 × 48.3 / 81.0 = 4.1741
            Map.entry("flagship-projects", "0.00"), //         7 × 0 / 3
            Map.entry("sewage-treatment-rate", "3.50"), //     5 × 70 / 100
            Map.entry("new-factory-area", "1.07"), //          5 × 90000 / 420000 = 1.0714
            Map.entry("new-standard-factory-area", "0.60"), // 3 × 30000 / 150000
            Map.entry("provincial-place", "14.08"), //         30 × (180 − 96) / 179 = 14.0782
            Map.entry("value-added", "6.29"), //               1.17 + 5.12
            Map.entry("tax", "7.35"), //                       1.96 + 5.39
            Map.entry("electricity", "6.83"), //               1.33 + 5.50
            Map.entry("leading-industry", "4.17"),
            Map.entry("factories", "1.67"))); //               1.07 + 0.60
    // 6.29 + 7.35 + 6.83 + 4.17 + 3.50 + 1.67 + 14.08 = 43.89; no titles, no centres.
    assertThat(biandong.total()).isEqualTo(new BigDecimal("43.89"));
    assertThat(biandong.adjustments()).isEqualTo(new BigDecimal("0.00"));
    assertThat(biandong.place()).hasValue(7);
  }

  @Test
  void bianxi2015() {
    EntityResult bianxi = industrial.entity("bianxi").orElseThrow();
    assertPoints(
        bianxi,
        Map.of(
            "value-added", "12.00", //  6 + 6: the best total and the fastest growth
            "tax", "15.49", //          8 + 8 × (0.6 + 0.4 × (21.5 − 5.1) / 19.5) = 8 + 7.4913
            "electricity", "12.80", //  8 × 98000 / 126000 = 6.2222; 7 × (0.6 + 0.4 × 14.1 / 16.6) = 6.5783
            "leading-industry", "13.26", // 7 × 72.4 / 81.0 = 6.2568; 7 × 3 / 3 = 7
            "sewage", "4.75", //        5 × 95 / 100
            "factories", "8.00",
            "provincial-ranking", "28.16")); // 30 × (180 − 12) / 179 = 28.1564
    // base 12.00 + 15.49 + 12.80 + 13.26 + 4.75 + 8.00 + 28.16 = 94.46
    assertThat(bianxi.base()).isEqualTo(new BigDecimal("94.46"));
    // one demonstration title: +5; one national centre: +5 (the research-centre layer's cap is 5)
    assertThat(bianxi.adjustments()).isEqualTo(new BigDecimal("10.00"));
    assertThat(bianxi.total()).isEqualTo(new BigDecimal("104.46"));
    assertThat(bianxi.place()).hasValue(1);
  }

  @Test
  void fineChemical2015GetsTheFloorForTheSlowestGrowthAndOneProvincialCentreBonus() {
    EntityResult zone = industrial.entity("fine-chemical").orElseThrow();
    assertPoints(
        zone,
        Map.of(
            "value-added", "4.66", //  6 × 380000 / 2150000 = 1.0605; slowest growth −2.3: 6 × 0.6 = 3.60
            "tax", "6.52", //          8 × 29000 / 135000 = 1.7185; slowest: 8 × 0.6 = 4.80
            "electricity", "8.83", //  8 × 73000 / 126000 = 4.6349; slowest: 7 × 0.6 = 4.20
            "leading-industry", "9.33", // 81.0 is the best share: 7; 7 × 1 / 3 = 2.3333
            "sewage", "4.90",
            "factories", "1.83", //    5 × 120000 / 420000 = 1.4286; 3 × 20000 / 150000 = 0.40
            "provincial-ranking", "12.74")); // 30 × (180 − 104) / 179 = 12.7374
    // two provincial centres: 2 × 3 = 6, but the item counts once a year: cap 3
    assertThat(zone.adjustments()).isEqualTo(new BigDecimal("3.00"));
    assertThat(zone.total()).isEqualTo(new BigDecimal("51.81")); // 48.81 + 3
    assertThat(zone.place()).hasValue(6);
  }

  @Test
  void industrialRanking2015() {
    assertThat(industrial.ranked())
        .extracting(EntityResult::id)
        .containsExactly("bianxi", "weishi", "huanglong", "qixian", "tongxu", "fine-chemical", "biandong");
  }

  @Test
  void yuwangtai2015() {
    // Populations include the two CBDs, which are assessed though not ranked.
    EntityResult zone = service.entity("yuwangtai").orElseThrow();
    assertPoints(
        zone,
        Map.ofEntries(
            Map.entry("new-above-scale-firms", "0.91"), //   5 × 2 / 11 (city CBD) = 0.9091
            Map.entry("service-value-added", "0.70"), //     4 × 53000 / 305000 = 0.6951
            Map.entry("service-value-added-growth", "3.75"), // 6 × (0.6 + 0.4 × (8.2 − 7.7) / (15.6 − 7.7)) = 3.7519
            Map.entry("new-brand-firms", "0.00"),
            Map.entry("characteristic-industry-share", "3.08"), // 4 × 55.5 / 72.0 = 3.0833
            Map.entry("economic-size", "8.44"),
            Map.entry("new-service-floor-area", "0.52"), //  3 × 31000 / 178000 = 0.5225
            Map.entry("renovated-area-share", "1.79"), //    3 × 27.5 / 46.0 = 1.7935
            Map.entry("fixed-asset-investment", "0.85"), //  5 × 84000 / 492000 = 0.8537
            Map.entry("fixed-asset-investment-growth", "3.00"), // the slowest, 18.3: 5 × 0.6
            Map.entry("projects-investment", "6.16"),
            Map.entry("tax-contribution", "7.26"), //        10 × 4500 / 35800 = 1.2570; slowest 4.7: 6.00
            Map.entry("land-efficiency", "6.80"), //         5 × 20900 / 45500 = 2.2967; 5 × 90 / 100 = 4.50
            Map.entry("provincial-place", "15.42"))); //     30 × (180 − 88) / 179 = 15.4190
    assertThat(zone.total()).isEqualTo(new BigDecimal("44.08"));
    assertThat(zone.place()).hasValue(9); // last of the nine characteristic commercial zones
  }

  @Test
  void theCbdsAreScoredButTakeNoPlaceAndConsumeNone() {
    EntityResult cityCbd = service.entity("city-cbd").orElseThrow();
    assertThat(cityCbd.place()).isEmpty();
    assertThat(cityCbd.total()).isEqualTo(new BigDecimal("99.08"));
    assertThat(service.ranked()).hasSize(9);
    assertThat(service.ranked()).extracting(e -> e.place().getAsInt()).containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9);
    assertThat(service.ranked().get(0).id()).isEqualTo("longting"); // 80.73, ahead of 鼓楼 80.63
  }

  @Test
  void sampleDataHasNoMissingValues() {
    for (SchemeResult r : java.util.List.of(industrial, service)) {
      assertThat(r.entities()).flatExtracting(EntityResult::indicators)
          .allSatisfy(i -> assertThat(i.value()).isPresent());
      assertThat(r.excluded()).isEmpty();
    }
  }
}
