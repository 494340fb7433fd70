package io.github.kaohe.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DeclaredSizesTest {
  @Test
  void jsonOfAtMostTheDeclaredEntitiesIsWrittenWithoutAWarning() {
    assertThat(DeclaredSizes.json(0)).isEmpty();
    assertThat(DeclaredSizes.json(100_000)).isEmpty();
  }

  @Test
  void jsonOfMoreEntitiesSaysHowManyWhatItCostsAndTheWayOut() {
    assertThat(DeclaredSizes.json(100_001)).hasValue(
        "JSON of 100,001 entities, more than the 100,000 it is declared for: each carries its explanations (some"
            + " kilobytes), so this writes gigabytes and takes minutes. --format csv writes their places and points in"
            + " about 100 bytes an entity.");
    assertThat(DeclaredSizes.json(1_048_575)).hasValueSatisfying(w -> assertThat(w).startsWith("JSON of 1,048,575 entities"));
  }

  @Test
  void theEntitiesCountedAreThoseOfEverySchemeInEveryPeriod() {
    // Kaifeng's sample data, each scheme's entities in 2016: 7 cluster zones, 11 service zones,
    // 66 industrial projects, 40 service projects, 5 firms across areas; in all its periods, zones
    // 4 × (7 + 11) = 72, industrial projects 52 + 68 + 66 = 186, service projects 34 + 38 + 40 = 112,
    // firms 3 × 5 = 15
    Assessment latest = Assessment.of(new AssessmentRequest("kaifeng-2014", null, null, null));
    Assessment all = Assessment.of(new AssessmentRequest("kaifeng-2014", null, null, null).withHistory());

    assertThat(DeclaredSizes.entities(latest.report())).isEqualTo(7 + 11 + 66 + 40 + 5);
    assertThat(DeclaredSizes.entities(all.report())).isEqualTo(72 + 186 + 112 + 15);
    assertThat(DeclaredSizes.json(all.report())).isEmpty();
  }

  @Test
  void anAnalysisOfAtMostTheDeclaredEntitiesStartsWithoutAWarning() {
    assertThat(DeclaredSizes.search(7)).isEmpty();
    assertThat(DeclaredSizes.search(100_000)).isEmpty();
    assertThat(DeclaredSizes.pending(100_000)).isEmpty();
  }

  @Test
  void aSearchOfMoreSaysHowManyAndWhatItCosts() {
    assertThat(DeclaredSizes.search(1_048_575)).hasValue(
        "whatif scores all 1,048,575 entities again for each value it tries: past the 100,000 it is declared for,"
            + " this takes minutes, and more memory than 512 MB (java -Xmx2g -jar kaohe.jar …).");
  }

  @Test
  void aProvisionalRankingOfMoreSaysHowManyAndWhatItCosts() {
    assertThat(DeclaredSizes.pending(100_001)).hasValue(
        "--pending works out the best and worst place of all 100,001 entities, scoring them again at the ends of each"
            + " pending range: past the 100,000 it is declared for, this takes minutes, and more memory than 512 MB"
            + " (java -Xmx2g -jar kaohe.jar …).");
  }

  @Test
  void aSensitivityAnalysisOfAtMostTheDeclaredEvaluationsStartsWithoutAWarning() {
    assertThat(DeclaredSizes.sensitivity(512 * 9, 7)).isEmpty(); // Kaifeng's 7 zones, 7 weights
    assertThat(DeclaredSizes.sensitivity(1_000, 100_000)).isEmpty(); // exactly the declared 10^8
    assertThat(DeclaredSizes.sensitivity(65_536L * 1_002, 1_048_575)).isPresent(); // no overflow at the most
  }

  @Test
  void aSensitivityAnalysisOfMoreSaysHowManyAndTheWayOut() {
    assertThat(DeclaredSizes.sensitivity(14_000, 100_000)).hasValue(
        "sensitivity evaluates 14,000 variants (samples × (inputs + 2)) of 100,000 entities: 1,400,000,000 entity"
            + " evaluations, past the 100,000,000 it is declared for; its time grows with them. Fewer samples"
            + " (--samples) take less: the bootstrap intervals of the indices say how sure they are.");
    assertThat(DeclaredSizes.sensitivity(1_001, 100_000)).isPresent();
  }
}
