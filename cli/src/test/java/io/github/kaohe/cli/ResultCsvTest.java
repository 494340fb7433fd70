package io.github.kaohe.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ResultCsvTest {
  @Test
  void quotesOnlyCellsThatNeedIt() {
    assertThat(ResultCsv.quote("汴西产业集聚区")).isEqualTo("汴西产业集聚区");
    assertThat(ResultCsv.quote("12.50")).isEqualTo("12.50");
    assertThat(ResultCsv.quote("Zone A, east")).isEqualTo("\"Zone A, east\"");
    assertThat(ResultCsv.quote("the \"new\" zone")).isEqualTo("\"the \"\"new\"\" zone\"");
    assertThat(ResultCsv.quote("two\nlines")).isEqualTo("\"two\nlines\"");
  }
}
