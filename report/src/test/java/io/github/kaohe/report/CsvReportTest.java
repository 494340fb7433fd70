package io.github.kaohe.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CsvReportTest {
  @Test
  void quotesOnlyCellsThatNeedIt() {
    assertThat(CsvReport.quote("汴西产业集聚区")).isEqualTo("汴西产业集聚区");
    assertThat(CsvReport.quote("12.50")).isEqualTo("12.50");
    assertThat(CsvReport.quote("Zone A, east")).isEqualTo("\"Zone A, east\"");
    assertThat(CsvReport.quote("the \"new\" zone")).isEqualTo("\"the \"\"new\"\" zone\"");
    assertThat(CsvReport.quote("two\nlines")).isEqualTo("\"two\nlines\"");
  }
}
