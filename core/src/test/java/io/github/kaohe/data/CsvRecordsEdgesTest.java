package io.github.kaohe.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.NoSuchElementException;
import org.junit.jupiter.api.Test;

/** {@link CsvRecords} at its limits: a cell, a row and a first line exactly at them and just past them. */
class CsvRecordsEdgesTest {
  private static List<DataSheet.Row> rows(String text) {
    List<DataSheet.Row> out = new ArrayList<>();
    new CsvRecords(new StringReader(text)).forEachRemaining(out::add);
    return out;
  }

  private static List<DataSheet.Row> rows(String text, int buffer) {
    List<DataSheet.Row> out = new ArrayList<>();
    new CsvRecords(new StringReader(text), buffer).forEachRemaining(out::add);
    return out;
  }

  private static CsvRecords.Malformed malformed(String text) {
    try {
      new CsvRecords(new StringReader(text)).forEachRemaining(r -> { });
    } catch (CsvRecords.Malformed e) {
      return e;
    }
    throw new AssertionError("no problem in the text");
  }

  @Test
  void aPlainCellOfExactlyTheMostCharactersIsRead() {
    String cell = "x".repeat(CsvRecords.MAX_CELL);

    assertThat(rows("a,b\n1," + cell + "\n").get(1).cells()).containsExactly("1", cell);
    assertThat(rows("a,b\n1," + cell + "\n", 7).get(1).cells()).containsExactly("1", cell);
  }

  @Test
  void aPlainCellOfOneCharacterMoreIsAProblemAtItsRowAndColumn() {
    CsvRecords.Malformed e = malformed("a,b\n1," + "x".repeat(CsvRecords.MAX_CELL + 1) + "\n");

    assertThat(e.row).isEqualTo(2);
    assertThat(e.column).isEqualTo(2);
    assertThat(e).hasMessage("the cell has more than 32767 characters, the most a cell holds (Excel's limit)");
    assertThatThrownBy(() -> rows("a,b\n1," + "x".repeat(CsvRecords.MAX_CELL + 1) + "\n", 7))
        .isInstanceOf(CsvRecords.Malformed.class)
        .hasMessageStartingWith("the cell has more than 32767 characters");
  }

  @Test
  void aCellReadWholeFromTheBufferIsHeldToTheLimitToo() {
    // the buffer holds the whole cell, so it is read in one copy and not appended
    String text = "a\n" + "x".repeat(CsvRecords.MAX_CELL + 1) + "\nb\n";

    assertThatThrownBy(() -> new CsvRecords(new StringReader(text), 1 << 17).forEachRemaining(r -> { }))
        .isInstanceOf(CsvRecords.Malformed.class)
        .hasMessageStartingWith("the cell has more than 32767 characters");
  }

  @Test
  void aQuotedCellOfExactlyTheMostCharactersIsRead() {
    String cell = "y".repeat(CsvRecords.MAX_CELL);

    assertThat(rows("a,b\n1,\"" + cell + "\"\n").get(1).cells()).containsExactly("1", cell);
  }

  @Test
  void aQuotedCellOfOneCharacterMoreIsAProblemWhereItsQuoteStarts() {
    CsvRecords.Malformed e = malformed("a,b\n1,\"" + "y".repeat(CsvRecords.MAX_CELL + 1) + "\"\n");

    assertThat(e.row).isEqualTo(2);
    assertThat(e.column).isEqualTo(2);
    assertThat(e).hasMessage("an unterminated quote starting at row 2, column 2: no closing quote (\") within 32767"
        + " characters, the most a cell holds; close it, or remove the quote");
  }

  @Test
  void anUnterminatedQuoteSaysWhereItStarts() {
    CsvRecords.Malformed e = malformed("a,b,c\n1,2,\"x\ny\n");

    assertThat(e.row).isEqualTo(2);
    assertThat(e.column).isEqualTo(3);
    assertThat(e).hasMessage("an unterminated quote starting at row 2, column 3: the file ends before its closing"
        + " quote (\"); close it, or remove the quote");
  }

  @Test
  void aRowOfExactlyTheMostCellsIsRead() {
    String row = String.join(",", Collections.nCopies(CsvRecords.MAX_CELLS, "1"));

    assertThat(rows("a\n" + row + "\n").get(1).cells()).hasSize(CsvRecords.MAX_CELLS);
  }

  @Test
  void aRowOfOneCellMoreIsAProblemAtTheCellPastTheLimit() {
    String row = String.join(",", Collections.nCopies(CsvRecords.MAX_CELLS + 1, "1"));
    CsvRecords.Malformed e = malformed("a\n" + row + "\n");

    assertThat(e.row).isEqualTo(2);
    assertThat(e.column).isEqualTo(CsvRecords.MAX_CELLS + 1);
    assertThat(e).hasMessage("the row has more than 16384 cells, the most a sheet has (Excel's limit)");
  }

  @Test
  void aFileOfExactlyTheMostRowsIsRead() {
    String text = "1\n".repeat(CsvRecords.MAX_ROWS);
    CsvRecords records = new CsvRecords(new StringReader(text));
    int n = 0;
    DataSheet.Row last = null;
    while (records.hasNext()) {
      last = records.next();
      n++;
    }

    assertThat(n).isEqualTo(CsvRecords.MAX_ROWS);
    assertThat(last.number()).isEqualTo(CsvRecords.MAX_ROWS);
  }

  @Test
  void theDelimiterIsLookedForInTheWholeFirstLineBeyondTheBuffer() {
    List<DataSheet.Row> got = rows("a\tb\tc\td,e\nf,g\n", 2);

    assertThat(got.get(0).cells()).containsExactly("a\tb\tc\td", "e");
    assertThat(got.get(1).cells()).containsExactly("f", "g");
  }

  @Test
  void aTabSeparatedFirstLineLongerThanTheBufferMakesTabsTheDelimiter() {
    List<DataSheet.Row> got = rows("aa\tbb\tcc\tdd\n1\t2,5\n", 3);

    assertThat(got.get(0).cells()).containsExactly("aa", "bb", "cc", "dd");
    assertThat(got.get(1).cells()).containsExactly("1", "2,5");
  }

  @Test
  void theDelimiterIsLookedForInTheFirstTwoMillionCharactersOnly() {
    // tabs, then a comma past the first 2^21 characters: tab-separated, the comma a character of the last cell
    String cell = "z".repeat(200);
    int cells = (1 << 21) / 201 + 10;
    String first = String.join("\t", Collections.nCopies(cells, cell)) + ",end\n";
    List<DataSheet.Row> got = rows(first + "1\t2\n");

    assertThat(got.get(0).cells()).hasSize(cells).last().isEqualTo(cell + ",end");
    assertThat(got.get(1).cells()).containsExactly("1", "2");
  }

  @Test
  void aByteOrderMarkIsDroppedOnlyAtTheStart() {
    assertThat(rows("\uFEFFa,b\n\uFEFFc,d\n")).extracting(DataSheet.Row::cells)
        .containsExactly(List.of("a", "b"), List.of("\uFEFFc", "d"));
    assertThat(rows("\uFEFF")).isEmpty();
    assertThat(rows("")).isEmpty();
  }

  @Test
  void nextPastTheLastRowThrows() {
    CsvRecords records = new CsvRecords(new StringReader("a\n"));

    assertThat(records.next().cells()).containsExactly("a");
    assertThat(records.hasNext()).isFalse();
    assertThatThrownBy(records::next).isInstanceOf(NoSuchElementException.class);
  }

  @Test
  void hasNextDoesNotSkipARow() {
    CsvRecords records = new CsvRecords(new StringReader("a\nb\n"));

    assertThat(records.hasNext()).isTrue();
    assertThat(records.hasNext()).isTrue();
    assertThat(records.next().cells()).containsExactly("a");
    assertThat(records.next().cells()).containsExactly("b");
  }

  @Test
  void aRowIsNumberedByTheLineItStartsOnAfterBlankLinesAndQuotedBreaks() {
    assertThat(rows("a\r\n\r\n\"b\nc\",d\r\ne\n", 2)).extracting(DataSheet.Row::number).containsExactly(1, 3, 5);
  }

  @Test
  void aQuotedCellMayHoldANullCharacter() {
    assertThat(rows("a,\"b\u0000c\"\n").get(0).cells()).containsExactly("a", "b\u0000c");
  }
}
