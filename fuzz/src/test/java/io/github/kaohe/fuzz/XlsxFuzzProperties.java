package io.github.kaohe.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.kaohe.data.DataReader;
import io.github.kaohe.data.Dataset;
import io.github.kaohe.model.Policy;
import io.github.kaohe.policy.kaifeng.KaifengPolicy;
import io.github.kaohe.xlsx.DataWorkbook;
import io.github.kaohe.xlsx.XlsxDataReader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * The XLSX reader on garbled workbooks: the Kaifeng zones sample written as a workbook, then its
 * zip's bytes garbled, or the XML of one of its parts (the sheet, the shared strings, the workbook,
 * the content types) mutated and zipped again, so that the XML parser and the cell reader meet the
 * damage. Reading gives sheets or a {@code DataException}; sheets read into a dataset or a
 * {@code DataException}; a dataset is evaluated or refused with an {@code EvaluationException}.
 */
class XlsxFuzzProperties {
  private static final Policy KAIFENG = KaifengPolicy.load();
  private static final byte[] WORKBOOK = workbook(Seeds.ZONES_CSV);
  private static final Map<String, String> PARTS = parts(WORKBOOK);

  @Example
  void theSeedWorkbookReadsAndEvaluates() {
    assertThat(read(WORKBOOK)).isTrue();
  }

  @Property
  void aWorkbookWithGarbledBytesIsReadOrItsProblemsNamed(@ForAll("garbledZips") byte[] bytes) {
    read(bytes);
  }

  @Property
  void aWorkbookWithAMutatedPartIsReadOrItsProblemsNamed(@ForAll("mutatedParts") byte[] bytes) {
    read(bytes);
  }

  /** Whether the workbook gave a dataset; the laws are checked on the way. */
  private static boolean read(byte[] bytes) {
    Laws.Outcome<DataWorkbook> book =
        Laws.bounded(() -> XlsxDataReader.read(new ByteArrayInputStream(bytes), "fuzzed.xlsx"));
    Laws.dataError(book.thrown(), "fuzzed.xlsx");
    if (book.value() == null) {
      return false;
    }
    DataWorkbook sheets = book.value();
    Laws.Outcome<Dataset> data = Laws.bounded(
        () -> DataReader.forScheme(KAIFENG.scheme(Seeds.ZONES_SCHEME)).read(sheets.sheets()));
    Laws.dataError(data.thrown(), "fuzzed.xlsx");
    if (data.value() == null) {
      return false;
    }
    DataFuzzProperties.evaluate(KAIFENG, Seeds.ZONES_SCHEME, data.value());
    return true;
  }

  @Provide
  Arbitrary<byte[]> garbledZips() {
    return Mutations.ofBytes(WORKBOOK);
  }

  @Provide
  Arbitrary<byte[]> mutatedParts() {
    List<String> names = PARTS.keySet().stream().filter(n -> n.endsWith(".xml") || n.endsWith(".rels")).toList();
    Arbitrary<String> sheetsMostly = Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(4, Arbitraries.of(names.stream().filter(n -> n.contains("sheet")).toList())),
        net.jqwik.api.Tuple.of(1, Arbitraries.of(names)));
    return sheetsMostly.flatMap(name -> Combinators.combine(Arbitraries.just(name), Mutations.of(PARTS.get(name)))
        .as((n, xml) -> {
          Map<String, String> changed = new LinkedHashMap<>(PARTS);
          changed.put(n, xml);
          return zip(changed);
        }));
  }

  /** The CSV's rows as a one-sheet workbook: numbers as numbers, the rest as text. */
  private static byte[] workbook(String csv) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      Workbook book = new Workbook(out, "kaohe-fuzz", "1.0");
      Worksheet sheet = book.newWorksheet("zones");
      List<String> lines = csv.lines().toList();
      for (int r = 0; r < lines.size(); r++) {
        String[] cells = lines.get(r).split(",", -1);
        for (int c = 0; c < cells.length; c++) {
          if (r > 0 && c > 1 && cells[c].matches("-?\\d+(\\.\\d+)?")) {
            sheet.value(r, c, new java.math.BigDecimal(cells[c]));
          } else if (!cells[c].isEmpty()) {
            sheet.value(r, c, cells[c]);
          }
        }
      }
      book.finish();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  private static Map<String, String> parts(byte[] zip) {
    Map<String, String> parts = new LinkedHashMap<>();
    try {
      java.nio.file.Path file = java.nio.file.Files.createTempFile("kaohe-fuzz", ".xlsx");
      try {
        java.nio.file.Files.write(file, zip);
        try (java.util.zip.ZipFile zipFile = new java.util.zip.ZipFile(file.toFile())) {
          for (ZipEntry e : java.util.Collections.list(zipFile.entries())) {
            try (var in = zipFile.getInputStream(e)) {
              parts.put(e.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
          }
        }
      } finally {
        java.nio.file.Files.delete(file);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return parts;
  }

  private static byte[] zip(Map<String, String> parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(out)) {
      for (Map.Entry<String, String> part : parts.entrySet()) {
        zip.putNextEntry(new ZipEntry(part.getKey()));
        zip.write(part.getValue().getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }
}
