package io.github.kaohe.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The declared sizes of reports for people; the command's refusal runs in 512 MB in {@code DeclaredLimitsTest}. */
class ReportSizeTest {
  private static final long MB = 1024L * 1024;

  @Test
  void eachReportForPeopleIsDeclaredForSoManyEntitiesIn512Mb() {
    assertThat(ReportSize.limit(ReportFormat.HTML, 512 * MB)).isEqualTo(10_000);
    assertThat(ReportSize.limit(ReportFormat.MD, 512 * MB)).isEqualTo(10_000);
    assertThat(ReportSize.limit(ReportFormat.XLSX, 512 * MB)).isEqualTo(50_000);
  }

  @Test
  void anotherHeapTakesProportionallyMoreOrFewer() {
    assertThat(ReportSize.limit(ReportFormat.HTML, 2048 * MB)).isEqualTo(40_000);
    assertThat(ReportSize.limit(ReportFormat.XLSX, 768 * MB)).isEqualTo(75_000);
    assertThat(ReportSize.limit(ReportFormat.HTML, 256 * MB)).isEqualTo(5_000);
    assertThat(ReportSize.limit(ReportFormat.MD, 1)).isEqualTo(1);
  }

  @Test
  void csvAndJsonAreWrittenAnEntityAtATimeAndNotLimited() {
    assertThat(ReportSize.refusal(ReportFormat.CSV, 1_048_575, 512 * MB)).isEmpty();
    assertThat(ReportSize.refusal(ReportFormat.JSON, 1_048_575, 512 * MB)).isEmpty();
  }

  @Test
  void aReportOfAtMostItsLimitIsMade() {
    assertThat(ReportSize.refusal(ReportFormat.HTML, 10_000, 512 * MB)).isEmpty();
    assertThat(ReportSize.refusal(ReportFormat.XLSX, 50_000, 512 * MB)).isEmpty();
  }

  @Test
  void aLargerReportIsRefusedWithTheHeapItWouldNeedAndTheWaysOut() {
    // 30,000 entities at 10,000 per 512 MB need 1,536 MB: 2 GB, rounded up
    assertThat(ReportSize.refusal(ReportFormat.HTML, 30_000, 512 * MB)).hasValue(
        "an HTML report of 30,000 entities (every scheme and period it holds) is more than the 10,000 it takes in"
            + " Java's heap of 512 MB: it is made whole before it is written. Give Java more (java -Xmx2g -jar"
            + " kaohe.jar …), narrow it (--scheme, --period), or write --format csv or json, which are written an"
            + " entity at a time.");
    // 1,048,575 entities at 50,000 per 512 MB need 10,737 MB: 11 GB
    assertThat(ReportSize.refusal(ReportFormat.XLSX, 1_048_575, 512 * MB)).hasValueSatisfying(r -> assertThat(r)
        .startsWith("an Excel workbook of 1,048,575 entities").contains("more than the 50,000", "java -Xmx11g"));
  }
}
