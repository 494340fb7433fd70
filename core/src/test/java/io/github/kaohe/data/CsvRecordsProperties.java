package io.github.kaohe.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** The streaming CSV splitter splits as the plain one does, whatever its buffer's size. */
class CsvRecordsProperties {
  @Property(tries = 2000)
  void splitsAsThePlainParserDoes(@ForAll("csv") String text, @ForAll @IntRange(min = 1, max = 40) int buffer) {
    String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
    List<DataSheet.Row> expected = new ArrayList<>();
    List<PlainCsv.Record> records;
    try {
      records = PlainCsv.parse(body, PlainCsv.detectDelimiter(body));
    } catch (IllegalArgumentException unterminated) {
      assertThatThrownBy(() -> new CsvRecords(new StringReader(text), buffer).forEachRemaining(r -> { }))
          .isInstanceOf(CsvRecords.Malformed.class)
          .hasMessageStartingWith("an unterminated quote starting at row ");
      return;
    }
    for (PlainCsv.Record r : records) {
      expected.add(new DataSheet.Row(r.line(), r.fields()));
    }
    List<DataSheet.Row> got = new ArrayList<>();
    new CsvRecords(new StringReader(text), buffer).forEachRemaining(got::add);
    assertThat(got).isEqualTo(expected);
  }

  @Provide
  Arbitrary<String> csv() {
    return Arbitraries.strings().withChars("ab,\t\"\r\n 1.中").ofMaxLength(60)
        .flatMap(s -> Arbitraries.of("", "\uFEFF").map(bom -> bom + s));
  }
}
