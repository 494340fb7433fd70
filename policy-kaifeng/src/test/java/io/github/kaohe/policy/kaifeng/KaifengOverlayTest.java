package io.github.kaohe.policy.kaifeng;

import static io.github.kaohe.policy.kaifeng.KaifengPolicy.INDUSTRIAL_CLUSTER_ZONES;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.kaohe.data.Period;
import io.github.kaohe.diff.EntityChange;
import io.github.kaohe.diff.PolicyChange;
import io.github.kaohe.diff.PolicyDiff;
import io.github.kaohe.load.PolicyLoader;
import io.github.kaohe.model.Policy;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A county adopts the city's table with its own amounts and two weights: an overlay of kaifeng-2014. */
class KaifengOverlayTest {
  private static Policy county() throws URISyntaxException {
    return PolicyLoader.create().load(Path.of(KaifengOverlayTest.class.getResource("/overlays/county.yaml").toURI()));
  }

  @Test
  void theCountyPolicyIsTheCitysWithOnlyItsOwnChanges() throws URISyntaxException {
    assertThat(PolicyDiff.changes(KaifengSample.POLICY, county()))
        .extracting(PolicyChange::toString)
        .containsExactly(
            "id: kaifeng-2014 → weishi-county-2015",
            "name.zh: 开封市产业集聚区和服务业两区考核（2014） → 尉氏县产业集聚区考核（参照市方案）",
            "name.en: Kaifeng assessment of industrial cluster zones and service zones (2014) → Weishi County's assessment after the city's",
            "version: 1.0.0 → 2015.1",
            "schemes[industrial-cluster-zones].categories[tax].indicators[tax-total].weight: 8 → 9",
            "schemes[industrial-cluster-zones].categories[tax].indicators[tax-growth].weight: 8 → 7",
            "schemes[industrial-cluster-zones].tables[industrial-rewards].rows[first-place].then: [{money: 300}] → [{money: 150}]",
            "schemes[industrial-cluster-zones].tables[industrial-rewards].rows[second-place].then: [{money: 200}] → [{money: 100}]",
            "schemes[industrial-cluster-zones].tables[industrial-rewards].rows[third-place].then: [{money: 100}] → [{money: 50}]");
  }

  @Test
  void onTheSampleDataTheCountyPaysHalfForPlacesAndMovesNoPlace() throws URISyntaxException {
    List<EntityChange> impact = PolicyDiff.impact(KaifengSample.POLICY, county(), INDUSTRIAL_CLUSTER_ZONES,
        KaifengSample.data(INDUSTRIAL_CLUSTER_ZONES), List.of(Period.year(2014), Period.year(2015)));

    List<String> in2015 = impact.stream().filter(c -> c.period().equals(Period.year(2015))).map(EntityChange::toString).toList();
    // 汴西: tax 9 × 135000 / 135000 = 9.00 (was 8.00); tax growth 7 × (0.6 + 0.4 × 16.4 / 19.5) =
    // 7 × 0.936410 = 6.55 (was 8 × 0.936410 = 7.49): 104.46 + 1.00 − 0.94 = 104.52.
    assertThat(in2015).contains(
        "industrial-cluster-zones 2015 汴西产业集聚区 total: 104.46 → 104.52",
        "industrial-cluster-zones 2015 汴西产业集聚区 outcome industrial-rewards/first-place: 300 万元 → 150 万元",
        "industrial-cluster-zones 2015 汴西产业集聚区 money: 300 → 150",
        "industrial-cluster-zones 2015 黄龙产业集聚区 money: 100 → 50");
    assertThat(in2015).noneMatch(c -> c.contains(" place: "));
  }
}
