package io.github.kaohe.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LongAnalysisTest {
  @Test
  void anAnalysisOfAtMostTheDeclaredEntitiesStartsWithoutAWarning() {
    assertThat(LongAnalysis.search(7)).isEmpty();
    assertThat(LongAnalysis.search(100_000)).isEmpty();
    assertThat(LongAnalysis.pending(100_000)).isEmpty();
  }

  @Test
  void aSearchOfMoreSaysHowManyAndWhatItCosts() {
    assertThat(LongAnalysis.search(1_048_575)).hasValue(
        "whatif scores all 1,048,575 entities again for each value it tries: past the 100,000 it is declared for,"
            + " this takes minutes, and more memory than 512 MB (java -Xmx2g -jar kaohe.jar …).");
  }

  @Test
  void aProvisionalRankingOfMoreSaysHowManyAndWhatItCosts() {
    assertThat(LongAnalysis.pending(100_001)).hasValue(
        "--pending works out the best and worst place of all 100,001 entities, scoring them again at the ends of each"
            + " pending range: past the 100,000 it is declared for, this takes minutes, and more memory than 512 MB"
            + " (java -Xmx2g -jar kaohe.jar …).");
  }
}
