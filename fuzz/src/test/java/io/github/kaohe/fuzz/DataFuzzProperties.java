package io.github.kaohe.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.kaohe.data.CsvDataReader;
import io.github.kaohe.data.Dataset;
import io.github.kaohe.data.Period;
import io.github.kaohe.eval.Evaluator;
import io.github.kaohe.eval.SchemeResult;
import io.github.kaohe.model.Policy;
import io.github.kaohe.policy.kaifeng.KaifengPolicy;
import io.github.kaohe.policy.permu.PerMuPolicy;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * The CSV reader and the evaluator on garbled data: the bundled samples mutated as text and as
 * bytes, and their cells replaced by odd values. Reading gives a dataset or a {@code DataException}
 * whose problems name the file, row and column; a dataset is evaluated for each of its periods into
 * results or an {@code EvaluationException}; nothing else is thrown and nothing hangs.
 */
class DataFuzzProperties {
  private static final Policy KAIFENG = KaifengPolicy.load();
  private static final Policy PER_MU = PerMuPolicy.load();
  private static Path folder;

  @BeforeContainer
  static void makeFolder() throws IOException {
    folder = Files.createTempDirectory("kaohe-fuzz-data");
  }

  @AfterContainer
  static void removeFolder() throws IOException {
    try (var files = Files.list(folder)) {
      for (Path f : files.toList()) {
        Files.delete(f);
      }
    }
    Files.delete(folder);
  }

  @Example
  void theSeedsThemselvesReadAndEvaluate() {
    assertThat(readAndEvaluate(KAIFENG, Seeds.ZONES_SCHEME, Seeds.ZONES_CSV)).isNotEmpty();
    assertThat(readAndEvaluate(PER_MU, Seeds.FIRMS_SCHEME, Seeds.FIRMS_CSV)).isNotEmpty();
  }

  @Property
  void aMutatedSampleIsReadAndEvaluatedOrItsProblemsNamed(@ForAll("mutatedZones") String csv) {
    readAndEvaluate(KAIFENG, Seeds.ZONES_SCHEME, csv);
  }

  @Property
  void aMutatedFirmsSampleIsReadAndEvaluatedOrItsProblemsNamed(@ForAll("mutatedFirms") String csv) {
    readAndEvaluate(PER_MU, Seeds.FIRMS_SCHEME, csv);
  }

  /** Odd values in the sample's cells: the evaluator meets huge, tiny, negative, empty and textual values. */
  @Property
  void oddCellValuesAreScoredOrRefused(@ForAll("oddCells") List<String> cells, @ForAll("rowsAndColumns") List<Integer> at) {
    List<String> lines = new ArrayList<>(Seeds.ZONES_CSV.lines().toList());
    for (int i = 0; i < cells.size() && 2 * i + 1 < at.size(); i++) {
      int row = 1 + Math.floorMod(at.get(2 * i), lines.size() - 1);
      List<String> parts = new ArrayList<>(List.of(lines.get(row).split(",", -1)));
      int column = 2 + Math.floorMod(at.get(2 * i + 1), parts.size() - 2);
      parts.set(column, cells.get(i));
      lines.set(row, String.join(",", parts));
    }
    readAndEvaluate(KAIFENG, Seeds.ZONES_SCHEME, String.join("\n", lines) + "\n");
  }

  /** The bytes of a file, garbled: encoding detection and decoding meet bytes that are no text. */
  @Property
  void aGarbledFileIsReadOrItsProblemsNamed(@ForAll("garbledBytes") byte[] bytes) throws IOException {
    Path file = Files.createTempFile(folder, "zones", ".csv");
    try {
      Files.write(file, bytes);
      CsvDataReader reader = CsvDataReader.forScheme(KAIFENG.scheme(Seeds.ZONES_SCHEME));
      Laws.Outcome<Dataset> read = Laws.bounded(() -> reader.read(file));
      Laws.dataError(read.thrown(), file.getFileName().toString());
      if (read.value() != null) {
        evaluate(KAIFENG, Seeds.ZONES_SCHEME, read.value());
      }
    } finally {
      Files.delete(file);
    }
  }

  static List<SchemeResult> readAndEvaluate(Policy policy, String scheme, String csv) {
    CsvDataReader reader = CsvDataReader.forScheme(policy.scheme(scheme)).ignoringColumnsOfOtherSchemes(policy);
    Laws.Outcome<Dataset> read = Laws.bounded(() -> reader.read(csv, "fuzzed.csv"));
    Laws.dataError(read.thrown(), "fuzzed.csv");
    return read.value() == null ? List.of() : evaluate(policy, scheme, read.value());
  }

  static List<SchemeResult> evaluate(Policy policy, String scheme, Dataset data) {
    List<SchemeResult> results = new ArrayList<>();
    for (Period period : data.periods()) {
      Laws.Outcome<SchemeResult> result = Laws.bounded(() -> Evaluator.of(policy).evaluate(scheme, data, period));
      Laws.evaluationError(result.thrown());
      if (result.value() != null) {
        results.add(result.value());
      }
    }
    return results;
  }

  @Provide
  Arbitrary<String> mutatedZones() {
    return Mutations.of(Seeds.ZONES_CSV);
  }

  @Provide
  Arbitrary<String> mutatedFirms() {
    return Mutations.of(Seeds.FIRMS_CSV);
  }

  @Provide
  Arbitrary<byte[]> garbledBytes() {
    byte[] utf8 = Seeds.ZONES_CSV.getBytes(StandardCharsets.UTF_8);
    byte[] gbk = Seeds.ZONES_CSV.getBytes(java.nio.charset.Charset.forName("GB18030"));
    byte[] utf16 = Seeds.ZONES_CSV.getBytes(StandardCharsets.UTF_16);
    return Arbitraries.oneOf(Mutations.ofBytes(utf8), Mutations.ofBytes(gbk), Mutations.ofBytes(utf16));
  }

  @Provide
  Arbitrary<List<String>> oddCells() {
    Arbitrary<String> odd = Arbitraries.oneOf(
        Arbitraries.of("", " ", "-", "0", "-0", "-1", "-999999", "1e400", "1E-400", "NaN", "Infinity", "∞", "１２３",
            "1,000", "\"1,000\"", "12.5%", "150", "-10", "100000000000000000", "999999999999999999",
            "9999999999999999999", "0.000000000000000000000000000000001", "true", "一百", "=1+1", "亿元", "#N/A", "null"),
        Arbitraries.bigDecimals().ofScale(6).map(java.math.BigDecimal::toPlainString),
        Arbitraries.strings().numeric().ofMinLength(1).ofMaxLength(70));
    return odd.list().ofMinSize(1).ofMaxSize(20);
  }

  @Provide
  Arbitrary<List<Integer>> rowsAndColumns() {
    return Arbitraries.integers().between(0, 10_000).list().ofSize(40);
  }
}
