package io.github.kaohe.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * Rows made on demand: the same table as rows held; a short table makes each row once to measure
 * and once to write, a long one makes each once and keeps it in a temporary file between.
 */
class TextTableRowsTest {
  private static final List<List<String>> ROWS =
      List.of(List.of("1", "开封经济技术开发区", "95.50"), List.of("2", "Beta", "8.25"), List.of("10", "尉氏县产业集聚区", "100.00"));

  private static TextTable columns() {
    return new TextTable()
        .column("名次", TextTable.Align.RIGHT)
        .column("名称", TextTable.Align.LEFT)
        .column("总分", TextTable.Align.RIGHT);
  }

  @Test
  void rowsMadeOnDemandRenderAsRowsHeld() throws IOException {
    TextTable held = columns();
    ROWS.forEach(held::row);
    AtomicInteger made = new AtomicInteger();
    TextTable onDemand = columns().rows(ROWS.size(), k -> {
      made.incrementAndGet();
      return ROWS.get(k);
    });
    StringBuilder out = new StringBuilder();
    onDemand.render(out);
    assertThat(out.toString()).isEqualTo(held.render());
    assertThat(made).hasValue(2 * ROWS.size());
  }

  @Test
  void aNarrowedTableMeasuresItsRowsOnceAndWritesThemOnce() {
    AtomicInteger made = new AtomicInteger();
    TextTable onDemand = columns().rows(ROWS.size(), k -> {
      made.incrementAndGet();
      return ROWS.get(k);
    });
    String narrow = onDemand.narrowedTo(30, 2).render();
    assertThat(narrow.lines().toList()).allSatisfy(line -> assertThat(DisplayWidth.of(line)).isLessThanOrEqualTo(30));
    assertThat(narrow).contains("开封经济技术开发区").doesNotContain("总分");
    assertThat(made).hasValue(2 * ROWS.size());
  }

  @Test
  void aLongTableMakesEachRowOnceAndLeavesNoFile() throws IOException {
    int n = TextTable.SPOOL_ROWS + 7;
    TextTable held = columns();
    for (int k = 0; k < n; k++) {
      held.row(row(k));
    }
    AtomicInteger made = new AtomicInteger();
    long filesBefore = spools();
    StringBuilder out = new StringBuilder();
    try (TextTable onDemand = columns().rows(n, k -> {
      made.incrementAndGet();
      return row(k);
    })) {
      onDemand.narrowedTo(200, 3).render(out);
    }
    assertThat(out.toString()).isEqualTo(held.render());
    assertThat(made).hasValue(n);
    assertThat(spools()).isEqualTo(filesBefore);
  }

  @Test
  void aLongTableClosedBeforeItIsWrittenDeletesItsFile() throws IOException {
    long filesBefore = spools();
    TextTable onDemand = columns().rows(TextTable.SPOOL_ROWS, TextTableRowsTest::row);
    onDemand.narrowedTo(200, 3); // measured: the rows are kept in a file
    assertThat(spools()).isEqualTo(filesBefore + 1);
    onDemand.close();
    assertThat(spools()).isEqualTo(filesBefore);
  }

  @Test
  void theSpoolKeepsCellsBeyondSixtyFourKilobytesAndRowsInOrderOnly() throws IOException {
    RowSpool spool = RowSpool.create();
    assertThat(spool).isNotNull();
    String name = "长".repeat(30_000); // 90,000 bytes of UTF-8: beyond DataOutput.writeUTF's 65,535
    spool.add(List.of("1", name, ""));
    spool.add(List.of("2", "乙", "3.50"));
    spool.finish();
    assertThat(spool.row(1)).as("out of order: made again by the caller").isNull();
    assertThat(spool.row(0)).containsExactly("1", name, "");
    assertThat(spool.row(1)).containsExactly("2", "乙", "3.50");
    assertThat(spool.row(2)).isNull();
    spool.close();
  }

  /** Row k, with Chinese names. */
  private static List<String> row(int k) {
    String name = k % 2 == 0 ? "开封经济技术开发区" + k : "Beta " + k;
    return List.of(Integer.toString(k + 1), name, k + ".25");
  }

  private static long spools() throws IOException {
    try (var files = java.nio.file.Files.list(java.nio.file.Path.of(System.getProperty("java.io.tmpdir")))) {
      return files.filter(f -> f.getFileName().toString().startsWith("kaohe-table-")).count();
    }
  }

  @Test
  void aRowMadeWithTheWrongNumberOfCellsIsRefused() {
    TextTable table = columns().rows(1, k -> List.of("1"));
    assertThatThrownBy(table::render).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("needs 3 cells");
  }

  @Test
  void rowsAreGivenOnce() {
    TextTable table = columns().rows(0, k -> List.of());
    assertThatThrownBy(() -> table.row(List.of("1", "甲", "2"))).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> table.rows(0, k -> List.of())).isInstanceOf(IllegalStateException.class);
  }
}
