package io.github.kaohe.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Rows made on demand: the same table as rows held, each row made once to measure and once to write. */
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
