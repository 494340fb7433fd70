package io.github.kaohe.data;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.kaohe.load.PolicyLoader;
import io.github.kaohe.model.Scheme;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.StringLength;

/** Whatever text the CSV reader is given, it returns data or throws a {@link DataException}. */
class CsvReaderProperties {
  private static final Scheme ZONES =
      PolicyLoader.create().load(CsvReaderProperties.class.getResource("/policies/zones.yaml"), "zones.yaml").scheme("zones");

  private static final List<String> CELLS =
      List.of(
          "entity", "period", "tax", "growth", "税收", "名称", "title", "county", "bianxi", "汴西", "kaifeng", "2015",
          "2015Q3", "2015年第三季度", "1", "-2.5", "1,234", "12%", "1e999999999", "x", "", "\"", "\"a,b\"", "\"a\nb\"",
          "\"\"\"\"", "\uFEFF", "\t", " ");

  private static void readsOrFailsWithADataException(String csv) {
    try {
      CsvDataReader.forScheme(ZONES).withPeriod(Period.year(2015)).read(csv, "fuzz.csv");
    } catch (DataException e) {
      assertThat(e.problems()).isNotEmpty();
    }
  }

  @Property(tries = 500)
  void arbitraryTextReadsOrFailsWithADataException(@ForAll @StringLength(max = 200) String text) {
    readsOrFailsWithADataException(text);
  }

  @Provide
  Arbitrary<String> csvish() {
    Arbitrary<String> row = Arbitraries.of(CELLS).list().ofMaxSize(6).map(cells -> String.join(",", cells));
    return row.list().ofMaxSize(8).map(rows -> String.join("\n", rows));
  }

  @Property(tries = 1000)
  void cellsPutTogetherAtRandomReadOrFailWithADataException(@ForAll("csvish") String csv) {
    readsOrFailsWithADataException(csv);
  }

  @Property(tries = 500)
  void arbitraryBytesDecodeOrFailWithADataException(@ForAll byte[] bytes) {
    try {
      String text = TextDecoding.decode(bytes, null, "fuzz.csv");
      readsOrFailsWithADataException(text);
    } catch (DataException e) {
      assertThat(e.problems()).isNotEmpty();
    }
  }

  @Property(tries = 500)
  void arbitraryLongSheetsReadOrFailWithADataException(@ForAll("csvish") String rows) {
    readsOrFailsWithADataException("entity,period,indicator,value\n" + rows);
  }
}
