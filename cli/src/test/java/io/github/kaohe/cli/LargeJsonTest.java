package io.github.kaohe.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LargeJsonTest {
  @Test
  void jsonOfAtMostTheDeclaredEntitiesIsWrittenWithoutAWarning() {
    assertThat(LargeJson.warning(0)).isEmpty();
    assertThat(LargeJson.warning(100_000)).isEmpty();
  }

  @Test
  void jsonOfMoreEntitiesSaysHowManyWhatItCostsAndTheWayOut() {
    assertThat(LargeJson.warning(100_001)).hasValue(
        "JSON of 100,001 entities, more than the 100,000 it is declared for: each carries its explanations (some"
            + " kilobytes), so this writes gigabytes and takes minutes. --format csv writes their places and points in"
            + " about 100 bytes an entity.");
    assertThat(LargeJson.warning(1_048_575)).hasValueSatisfying(w -> assertThat(w).startsWith("JSON of 1,048,575 entities"));
  }

  @Test
  void theEntitiesCountedAreThoseOfEverySchemeInEveryPeriod() {
    // Kaifeng's sample data, each scheme's entities in 2016: 7 cluster zones, 11 service zones,
    // 66 industrial projects, 40 service projects, 5 firms across areas; in all its periods, zones
    // 4 × (7 + 11) = 72, industrial projects 52 + 68 + 66 = 186, service projects 34 + 38 + 40 = 112,
    // firms 3 × 5 = 15
    Assessment latest = Assessment.of(new AssessmentRequest("kaifeng-2014", null, null, null));
    Assessment all = Assessment.of(new AssessmentRequest("kaifeng-2014", null, null, null).withHistory());

    assertThat(LargeJson.entities(latest.report())).isEqualTo(7 + 11 + 66 + 40 + 5);
    assertThat(LargeJson.entities(all.report())).isEqualTo(72 + 186 + 112 + 15);
    assertThat(LargeJson.warning(all.report())).isEmpty();
  }
}
