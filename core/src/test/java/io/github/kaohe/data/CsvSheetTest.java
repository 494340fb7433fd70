package io.github.kaohe.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.kaohe.load.PolicyLoader;
import io.github.kaohe.model.Scheme;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link CsvSheet}: a file's rows streamed once, how much of it has been read, and its problems named by the file. */
class CsvSheetTest {
  private static final Scheme ZONES =
      PolicyLoader.create().load(CsvSheetTest.class.getResource("/policies/zones.yaml"), "zones.yaml").scheme("zones");

  @TempDir Path dir;

  @Test
  void aFilesRowsCountTheBytesReadUpToItsSize() throws Exception {
    Path file = dir.resolve("zones.csv");
    Files.writeString(file, "名称,税收\n汴西新区,1\n", StandardCharsets.UTF_8);
    long size = Files.size(file);

    try (CsvSheet.Rows rows = CsvSheet.open(file, null)) {
      assertThat(rows.file()).isEqualTo("zones.csv");
      assertThat(rows.sheet()).isEmpty();
      assertThat(rows.period()).isEmpty();
      assertThat(rows.size()).isEqualTo(size);
      assertThat(rows.bytesRead()).isZero();
      List<DataSheet.Row> all = new ArrayList<>();
      rows.forEach(all::add);
      assertThat(all).extracting(DataSheet.Row::cells).containsExactly(List.of("名称", "税收"), List.of("汴西新区", "1"));
      assertThat(rows.bytesRead()).isEqualTo(size);
    }
  }

  @Test
  void textNotReadFromAFileHasNoSizeNorBytesRead() {
    DataSheet sheet = CsvSheet.parse("a,b\n", "t.csv");

    assertThat(sheet.file()).isEqualTo("t.csv");
    assertThat(sheet.rows()).singleElement().extracting(DataSheet.Row::cells).isEqualTo(List.of("a", "b"));
  }

  @Test
  void aFilesRowsAreReadOnce() throws Exception {
    Path file = dir.resolve("once.csv");
    Files.writeString(file, "a\n");

    try (CsvSheet.Rows rows = CsvSheet.open(file, null)) {
      rows.iterator();
      assertThatThrownBy(rows::iterator).isInstanceOf(IllegalStateException.class).hasMessage("the rows of once.csv are read once");
    }
  }

  @Test
  void aClosedFileCannotBeReadFurther() throws Exception {
    Path file = dir.resolve("closed.csv");
    Files.writeString(file, "entity,tax\n" + "bianxi,1\n".repeat(100_000));
    CsvSheet.Rows rows = CsvSheet.open(file, null);
    rows.close();

    assertThatThrownBy(rows::iterator)
        .isInstanceOfSatisfying(DataException.class, e -> assertThat(e.problems()).singleElement().satisfies(p -> {
          assertThat(p.file()).isEqualTo("closed.csv");
          assertThat(p.message()).isEqualTo("cannot read the file: stream closed");
        }));
  }

  @Test
  void aProblemOfAFilesRowIsNamedByTheFile() throws Exception {
    Path file = dir.resolve("bad.csv");
    Files.writeString(file, "entity,tax\nbianxi,x\n");

    assertThatThrownBy(() -> CsvDataReader.forScheme(ZONES).withPeriod(Period.year(2015)).read(file))
        .isInstanceOf(DataException.class)
        .hasMessage("bad.csv has 1 problem:\n  bad.csv, row 2, column 2 (tax): 'x' is not a number (write a plain number"
            + " such as 1234.5)");
  }

  @Test
  void skippingBadRowsOfAFileReturnsTheGoodOnes() throws Exception {
    Path file = dir.resolve("some.csv");
    Files.writeString(file, "entity,tax\nbianxi,x\nkaifeng,2\n");

    DataRead read = CsvDataReader.forScheme(ZONES).withPeriod(Period.year(2015)).readSkippingBadRows(file);
    assertThat(read.dataset().entities()).containsExactly("kaifeng");
    assertThat(read.skipped()).extracting(DataProblem::toString)
        .containsExactly("some.csv, row 2, column 2 (tax): 'x' is not a number (write a plain number such as 1234.5)");
  }

  @Test
  void aPathWithoutAFileNameIsNamedWhole() {
    Path root = dir.getRoot();

    assertThatThrownBy(() -> CsvSheet.open(root, null))
        .isInstanceOfSatisfying(DataException.class, e -> assertThat(e.problems()).singleElement().satisfies(p -> {
          assertThat(p.file()).isEqualTo(root.toString());
          assertThat(p.message()).startsWith("cannot read the file: ");
        }));
  }

  @Test
  void aMissingFileIsAProblemOfTheFile() {
    Path missing = dir.resolve("missing.csv");

    assertThatThrownBy(() -> CsvSheet.read(missing, null))
        .isInstanceOfSatisfying(DataException.class, e -> assertThat(e.problems()).singleElement().satisfies(p -> {
          assertThat(p.file()).isEqualTo("missing.csv");
          assertThat(p.row()).isZero();
          assertThat(p.message()).isEqualTo("cannot read the file: it does not exist");
        }));
  }

  @Test
  void dataSheetOfNumbersItsRowsFromOne() {
    DataSheet sheet = DataSheet.of("f.csv", List.of(List.of("entity"), List.of("a"), List.of("b")));

    assertThat(sheet.rows()).extracting(DataSheet.Row::number).containsExactly(1, 2, 3);
    assertThat(sheet.rows()).extracting(DataSheet.Row::cells).containsExactly(List.of("entity"), List.of("a"), List.of("b"));
    assertThat(sheet.sheet()).isEmpty();
    assertThat(sheet.period()).isEqualTo(Optional.empty());
    assertThat(DataSheet.of("e.csv", List.of()).rows()).isEmpty();
  }
}
