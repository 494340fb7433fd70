package io.github.kaohe.policy.kaifeng;

import static io.github.kaohe.policy.kaifeng.KaifengPolicy.INDUSTRIAL_CLUSTER_ZONES;
import static io.github.kaohe.policy.kaifeng.KaifengPolicy.SERVICE_ZONES;
import static io.github.kaohe.policy.kaifeng.KaifengPolicy.SERVICE_PROJECTS;
import static io.github.kaohe.policy.kaifeng.KaifengPolicy.INDUSTRIAL_PROJECTS;
import static io.github.kaohe.policy.kaifeng.KaifengPolicy.CROSS_AREA_FIRMS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import io.github.kaohe.Policies;
import io.github.kaohe.load.PolicyLoader;
import io.github.kaohe.load.PolicyWriter;
import io.github.kaohe.model.AdjustmentItem;
import io.github.kaohe.model.Category;
import io.github.kaohe.model.Direction;
import io.github.kaohe.model.EntityDefinition;
import io.github.kaohe.model.Indicator;
import io.github.kaohe.model.MinMax;
import io.github.kaohe.model.MissingValueRule;
import io.github.kaohe.model.PlacePoints;
import io.github.kaohe.model.Policy;
import io.github.kaohe.model.ProportionalToBest;
import io.github.kaohe.model.RatioToBenchmark;
import io.github.kaohe.model.Scheme;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The policy says what the opinion says: every weight, unit, bonus and entity of both tables. */
class KaifengPolicyTest {
  private final Policy policy = KaifengSample.POLICY;

  private static Map<String, Integer> weights(Function<Scheme, java.util.List<?>> of, Scheme scheme) {
    Map<String, Integer> m = new LinkedHashMap<>();
    for (Object o : of.apply(scheme)) {
      if (o instanceof Category c) {
        m.put(c.id(), c.weight().intValueExact());
      } else if (o instanceof Indicator i) {
        m.put(i.id(), i.weight().intValueExact());
      }
    }
    return m;
  }

  @Test
  void whichZonesLieInTheNewDistrictComesFromTheDataNotThePolicy() {
    // §11.7: the text lists no zones of 开封新区, so no zone or project declares an area; the data's
    // column 'area' says it, in the text's words, and the land thresholds read it.
    Scheme zones = policy.scheme(INDUSTRIAL_CLUSTER_ZONES);
    assertThat(zones.attributes()).contains("area");
    assertThat(zones.entities()).allSatisfy(e -> assertThat(e.attributes()).doesNotContainKey("area"));
    assertThat(policy.scheme(INDUSTRIAL_PROJECTS).attributes()).contains("area");
    assertThat(policy.scheme(INDUSTRIAL_PROJECTS).rules().links()).isEmpty();
    assertThat(zones.rules().checks()).filteredOn(c -> c.appliesTo().isPresent() && c.appliesTo().get().attribute().equals("area"))
        .extracting(c -> c.appliesTo().orElseThrow().values())
        .allSatisfy(v -> assertThat(v).isSubsetOf(java.util.List.of("开封新区", "其他产业集聚区")));
    // 市区 and 县域 (三(三)4) likewise: the text lists neither, so the data's column 'locality' says it.
    assertThat(zones.attributes()).contains("locality");
    assertThat(zones.entities()).allSatisfy(e -> assertThat(e.attributes()).doesNotContainKey("locality"));
  }

  @Test
  void tableAHasTheSevenGroupsAndTheirWeights() {
    Scheme a = policy.scheme(INDUSTRIAL_CLUSTER_ZONES);
    assertThat(a.total()).isEqualByComparingTo("100");
    // 表一: 1 增加值 12, 2 税收收入 16, 3 工业用电量 15, 4 主导产业培育 14, 5 污水集中处理率 5,
    // 6 厂房建设 8, 7 全省产业集聚区考核排名 30.
    assertThat(weights(Scheme::categories, a))
        .containsExactly(
            entry("value-added", 12), entry("tax", 16), entry("electricity", 15),
            entry("leading-industry", 14), entry("sewage", 5), entry("factories", 8),
            entry("provincial-ranking", 30));
  }

  @Test
  void tableAHasEveryIndicatorWithItsWeightAndUnit() {
    Scheme a = policy.scheme(INDUSTRIAL_CLUSTER_ZONES);
    assertThat(weights(Scheme::indicators, a))
        .containsExactly(
            entry("value-added-total", 6), entry("value-added-growth", 6),
            entry("tax-total", 8), entry("tax-growth", 8),
            entry("electricity-total", 8), entry("electricity-growth", 7),
            entry("leading-industry-tax-share", 7), entry("flagship-projects", 7),
            entry("sewage-treatment-rate", 5),
            entry("new-factory-area", 5), entry("new-standard-factory-area", 3),
            entry("provincial-place", 30));
    Map<String, String> units =
        a.indicators().stream().collect(Collectors.toMap(Indicator::id, Indicator::unit, (x, y) -> x, LinkedHashMap::new));
    assertThat(units)
        .containsEntry("value-added-total", "万元")
        .containsEntry("tax-growth", "%")
        .containsEntry("electricity-total", "万千瓦时")
        .containsEntry("new-factory-area", "平方米")
        .containsEntry("flagship-projects", "个");
  }

  @Test
  void tableBHasFourteenItemsInFourCategoriesPlusTheProvincialPlace() {
    Scheme b = policy.scheme(SERVICE_ZONES);
    assertThat(b.total()).isEqualByComparingTo("100");
    assertThat(weights(Scheme::categories, b))
        .containsExactly(
            entry("economic-size", 20), entry("projects-investment", 20), entry("tax-contribution", 20),
            entry("land-efficiency", 10), entry("provincial-ranking", 30));
    assertThat(b.indicators()).hasSize(15); // 14 items + the provincial place
    assertThat(weights(Scheme::indicators, b))
        .containsExactly(
            entry("new-above-scale-firms", 5), entry("service-value-added", 4),
            entry("service-value-added-growth", 6), entry("new-brand-firms", 1),
            entry("characteristic-industry-share", 4),
            entry("new-service-floor-area", 3), entry("renovated-area-share", 3),
            entry("new-large-firms", 4), entry("fixed-asset-investment", 5),
            entry("fixed-asset-investment-growth", 5), // item 10: lost in the text, 5 closes category II
            entry("service-tax-total", 10), entry("service-tax-growth", 10),
            entry("input-output-intensity", 5), entry("sewage-refuse-treatment-rate", 5),
            entry("provincial-place", 30));
  }

  @Test
  void bonusItemsAreTheNotesOfBothTables() {
    Map<String, BigDecimal> a = perUnit(policy.scheme(INDUSTRIAL_CLUSTER_ZONES));
    assertThat(a).containsOnlyKeys(
        "provincial-demonstration-titles", "national-research-centres", "provincial-research-centres");
    assertThat(a.get("provincial-demonstration-titles")).isEqualByComparingTo("5");
    assertThat(a.get("national-research-centres")).isEqualByComparingTo("5");
    assertThat(a.get("provincial-research-centres")).isEqualByComparingTo("3");
    // "加5分或3分" once a year, the higher level only: the layer's cap is 5
    assertThat(policy.scheme(INDUSTRIAL_CLUSTER_ZONES).adjustments().get(1).cap()).contains(new BigDecimal("5"));

    Map<String, BigDecimal> b = perUnit(policy.scheme(SERVICE_ZONES));
    assertThat(b).containsOnlyKeys(
        "aaa-logistics-firms", "national-commercial-streets", "provincial-commercial-streets");
    assertThat(b.get("aaa-logistics-firms")).isEqualByComparingTo("5");
    assertThat(b.get("national-commercial-streets")).isEqualByComparingTo("5");
    assertThat(b.get("provincial-commercial-streets")).isEqualByComparingTo("3");
  }

  private static Map<String, BigDecimal> perUnit(Scheme s) {
    return s.adjustmentItems().stream()
        .collect(Collectors.toMap(AdjustmentItem::id, AdjustmentItem::pointsPerUnit));
  }

  @Test
  void namesTheSevenIndustrialZonesAndElevenServiceZones() {
    assertThat(policy.scheme(INDUSTRIAL_CLUSTER_ZONES).entities())
        .extracting(e -> e.name().zh())
        .containsExactly(
            "汴西产业集聚区", "尉氏县产业集聚区", "杞县产业集聚区", "通许县产业集聚区", "黄龙产业集聚区",
            "汴东产业集聚区", "精细化工产业集聚区");
    assertThat(policy.scheme(INDUSTRIAL_CLUSTER_ZONES).entities()).allMatch(EntityDefinition::ranked);
    assertThat(policy.scheme(SERVICE_ZONES).entities()).hasSize(11);
  }

  @Test
  void theTwoCbdsAreAssessedButTakeNoPlace() {
    assertThat(policy.scheme(SERVICE_ZONES).entities())
        .filteredOn(e -> !e.ranked())
        .extracting(EntityDefinition::id)
        .containsExactly("city-cbd", "lankao-cbd");
  }

  @Test
  void answersTheOpenQuestionsExplicitly() {
    for (Scheme s : policy.schemes()) {
      for (Indicator i : s.indicators()) {
        // §11.5: missing data scores 0, marked as missing
        assertThat(i.missing()).isEqualTo(MissingValueRule.zeroPoints());
        assertThat(i.source()).isPresent();
        if (i.unit().equals("%") && i.id().endsWith("growth")) {
          // §11.1: growth rates by the efficacy coefficient, 60 + 40 × position
          assertThat(i.method()).isEqualTo(MinMax.of(new BigDecimal("0.6"), BigDecimal.ONE, MinMax.WhenAllEqual.CEILING));
        } else if (i.id().endsWith("treatment-rate")) {
          assertThat(i.method()).isInstanceOf(RatioToBenchmark.class);
        } else if (i.id().equals("provincial-place")) {
          // §11.2: linear over a field of 180, lower is better
          assertThat(i.method()).isEqualTo(PlacePoints.linear(180));
          assertThat(i.direction()).isEqualTo(Direction.LOWER_IS_BETTER);
        } else {
          assertThat(i.method()).isEqualTo(ProportionalToBest.standard());
        }
      }
    }
  }

  @Test
  void isFoundThroughServiceLoader() {
    assertThat(Policies.ids()).contains(KaifengPolicy.ID);
    assertThat(Policies.load(KaifengPolicy.ID)).isEqualTo(policy);
    assertThat(Policies.find(KaifengPolicy.ID).orElseThrow().sampleData())
        .containsOnlyKeys(INDUSTRIAL_CLUSTER_ZONES, SERVICE_ZONES, INDUSTRIAL_PROJECTS, SERVICE_PROJECTS, CROSS_AREA_FIRMS);
  }

  @Test
  void writesBackToYamlThatLoadsEqual() {
    String yaml = PolicyWriter.toYaml(policy);
    assertThat(PolicyLoader.create().load(yaml, "written.yaml")).isEqualTo(policy);
  }
}
