package io.github.kaohe.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.kaohe.load.PolicyLoader;
import io.github.kaohe.model.Scheme;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The bytes Excel writes when it saves a CSV file, on Chinese Windows and elsewhere. */
class CsvEncodingTest {
  private static final Scheme ZONES =
      PolicyLoader.create().load(CsvEncodingTest.class.getResource("/policies/zones.yaml"), "zones.yaml").scheme("zones");
  private static final Period YEAR = Period.year(2015);
  private static final String TEXT = "名称,税收,增速\r\n汴西新区,\"1,234.5\",12.5%\r\n开封经开区,800,-3\r\n";

  @TempDir Path dir;

  private Path file(String name, byte[] bytes) throws Exception {
    Path file = dir.resolve(name);
    Files.write(file, bytes);
    return file;
  }

  private static CsvDataReader reader() {
    return CsvDataReader.forScheme(ZONES).withPeriod(YEAR);
  }

  private static void assertZones(Dataset data) {
    assertThat(data.entities()).containsExactly("bianxi", "kaifeng");
    assertThat(data.value("bianxi", YEAR, "tax")).contains(new BigDecimal("1234.5"));
    assertThat(data.value("bianxi", YEAR, "growth")).contains(new BigDecimal("12.5"));
  }

  @Test
  void gbkFileAsExcelOnChineseWindowsSavesItIsDetected() throws Exception {
    assertZones(reader().read(file("gbk.csv", TEXT.getBytes(Charset.forName("GBK")))));
  }

  @Test
  void gb18030FileIsDetected() throws Exception {
    assertZones(reader().read(file("gb18030.csv", TEXT.getBytes(TextDecoding.GB18030))));
  }

  @Test
  void utf8FileWithByteOrderMarkIsRead() throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    bytes.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
    bytes.write(TEXT.getBytes(StandardCharsets.UTF_8));

    assertZones(reader().read(file("bom.csv", bytes.toByteArray())));
  }

  @Test
  void utf16TabSeparatedFileAsExcelSavesUnicodeTextIsRead() throws Exception {
    String tabs = "名称\t税收\t增速\r\n汴西新区\t1234.5\t12.5%\r\n开封经开区\t800\t-3\r\n";
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    bytes.write(new byte[] {(byte) 0xFF, (byte) 0xFE});
    bytes.write(tabs.getBytes(StandardCharsets.UTF_16LE));

    assertZones(reader().read(file("unicode.txt", bytes.toByteArray())));
  }

  @Test
  void givenEncodingIsUsed() throws Exception {
    Path gbk = file("gbk.csv", TEXT.getBytes(Charset.forName("GBK")));

    assertZones(reader().withEncoding(Charset.forName("GBK")).read(gbk));
  }

  @Test
  void fileNotInTheGivenEncodingIsAnErrorAtTheRowOfItsFirstBadByte() throws Exception {
    Path gbk = file("gbk.csv", ("entity,tax\nkaifeng,1\n" + "汴西新区,2\n").getBytes(Charset.forName("GBK")));

    assertThatThrownBy(() -> reader().withEncoding(StandardCharsets.UTF_8).read(gbk))
        .isInstanceOfSatisfying(
            DataException.class,
            e -> assertThat(e.problems()).singleElement().satisfies(p -> {
              assertThat(p.file()).isEqualTo("gbk.csv");
              assertThat(p.row()).isEqualTo(3);
              // the encoding was given: no advice to give it
              assertThat(p.message()).startsWith("the file is not UTF-8 text: is the encoding given the file's?"
                  + " Leave it out to have it detected");
              assertThat(p.message()).doesNotContain("--encoding");
            }));
  }

  @Test
  void bytesThatAreNeitherUtf8NorGb18030AreAnError() throws Exception {
    byte[] bytes = {'e', 'n', 't', 'i', 't', 'y', '\n', (byte) 0xFF, (byte) 0x80, (byte) 0xFF, '\n'};

    assertThatThrownBy(() -> reader().read(file("binary.csv", bytes)))
        .isInstanceOfSatisfying(
            DataException.class,
            e -> assertThat(e.problems()).singleElement().satisfies(p -> {
              assertThat(p.row()).isEqualTo(2);
              assertThat(p.message()).startsWith("the file is neither UTF-8 nor GBK/GB18030 text");
            }));
  }

  @Test
  void sheetOfACsvFileKeepsItsLineNumbers() {
    DataSheet sheet = CsvSheet.parse("\uFEFFentity\ttax\n\nbianxi\t1\n", "a.csv");

    assertThat(sheet.rows()).extracting(DataSheet.Row::number).containsExactly(1, 3);
    assertThat(sheet.rows().get(1).cells()).containsExactly("bianxi", "1");
  }
}
