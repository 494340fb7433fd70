package io.github.kaohe.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LongSearchTest {
  @Test
  void aSearchOfAtMostTheDeclaredEntitiesStartsWithoutAWarning() {
    assertThat(LongSearch.warning(7)).isEmpty();
    assertThat(LongSearch.warning(100_000)).isEmpty();
  }

  @Test
  void aSearchOfMoreSaysHowManyAndWhatItCosts() {
    assertThat(LongSearch.warning(1_048_575)).hasValue(
        "whatif scores all 1,048,575 entities again for each value it tries: past the 100,000 it is declared for,"
            + " this takes minutes, and more memory than 512 MB (java -Xmx2g -jar kaohe.jar …).");
  }
}
