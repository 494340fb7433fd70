package io.github.kaohe.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class TextTableTest {
  private static TextTable table() {
    return new TextTable()
        .column("名次", TextTable.Align.RIGHT)
        .column("名称", TextTable.Align.LEFT)
        .column("总分", TextTable.Align.RIGHT)
        .row(List.of("1", "开封经济技术开发区", "95.50"))
        .row(List.of("2", "Beta", "8.25"))
        .row(List.of("10", "尉氏县产业集聚区", "100.00"));
  }

  @Test
  void rendersHeaderRuleAndRows() {
    assertThat(table().render())
        .isEqualTo(
            """
            名次  名称                  总分
            ----  ------------------  ------
               1  开封经济技术开发区   95.50
               2  Beta                  8.25
              10  尉氏县产业集聚区    100.00
            """);
  }

  @Test
  void everyLineIsEquallyWideOnScreenWhenTheLastColumnIsRightAligned() {
    List<String> lines = table().render().lines().toList();
    assertThat(lines).extracting(DisplayWidth::of).containsOnly(DisplayWidth.of(lines.get(1)));
  }

  @Test
  void wrapsALongHeaderAboveAColumnOfShortNumbersBetweenWordsOnly() {
    String table =
        new TextTable()
            .column("名称", TextTable.Align.LEFT)
            .column("全省产业集聚区考核排名", TextTable.Align.RIGHT)
            .column("Place in the province", TextTable.Align.RIGHT)
            .row(List.of("甲", "28.16", "3"))
            .render();
    // a Chinese heading is not broken inside its words: a policy gives a short one for tables
    assertThat(table)
        .isEqualTo(
            """
                                          Place in
                                               the
            名称  全省产业集聚区考核排名  province
            ----  ----------------------  --------
            甲                     28.16         3
            """);
  }

  @Test
  void widensAColumnRatherThanWrapAHeaderOverMoreThanThreeLines() {
    String header = "Place in the provincial assessment of industrial cluster zones";
    String table = new TextTable().column(header, TextTable.Align.RIGHT).row(List.of("28.16")).render();
    assertThat(table.lines().toList()).hasSize(TextTable.HEADER_LINES + 2);
    assertThat(table).contains("Place in the provincial").doesNotContain("ind-");
  }

  @Test
  void leavesTheHeaderOfATextColumnOnOneLine() {
    String table = new TextTable().column("English name", TextTable.Align.LEFT).row(List.of("Firms")).render();
    assertThat(table).isEqualTo("English name\n------------\nFirms\n");
  }

  @Test
  void refusesARowWithTheWrongNumberOfCells() {
    assertThatThrownBy(() -> table().row(List.of("1")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("needs 3 cells");
  }
}
