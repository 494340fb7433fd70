package io.github.kaohe.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** {@link TextDecoding}: a charset found for short and long texts, and the row of the first byte that does not decode. */
class TextDecodingTest {
  private static DataProblem problem(byte[] bytes, java.nio.charset.Charset charset) {
    try {
      TextDecoding.decode(bytes, charset, "t.csv");
    } catch (DataException e) {
      assertThat(e.problems()).hasSize(1);
      return e.problems().get(0);
    }
    throw new AssertionError("the bytes decoded");
  }

  @Test
  void textIsDecodedWithoutItsByteOrderMark() {
    byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'a', ',', 'b'};

    assertThat(TextDecoding.decode("名称,税收".getBytes(StandardCharsets.UTF_8), null, "t.csv")).isEqualTo("名称,税收");
    assertThat(TextDecoding.decode(bom, null, "t.csv")).isEqualTo("a,b");
  }

  @Test
  void aFileOfOneByteOrNoneIsUtf8() {
    assertThat(TextDecoding.decode(new byte[] {'a'}, null, "t.csv")).isEqualTo("a");
    assertThat(TextDecoding.decode(new byte[0], null, "t.csv")).isEmpty();
  }

  @Test
  void aFirstByteThatDoesNotDecodeInTheGivenCharsetIsAProblemOfRowOne() {
    DataProblem p = problem(new byte[] {(byte) 0xFF, 'a', '\n'}, StandardCharsets.UTF_8);

    assertThat(p.row()).isEqualTo(1);
    assertThat(p.message()).startsWith("the file is not UTF-8 text: is the encoding given the file's?");
  }

  @Test
  void aFileThatStartsAsUtf8ButIsNotThroughoutSaysSo() {
    byte[] bytes = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'a', '\n', 'b', '\n', (byte) 0xFF, (byte) 0xFF};
    DataProblem p = problem(bytes, null);

    assertThat(p.row()).isEqualTo(3);
    assertThat(p.message()).isEqualTo("the file starts as UTF-8 text but is not UTF-8 throughout: save it as \"CSV UTF-8\""
        + " (Excel: Save As → CSV UTF-8), or give its encoding (--encoding GBK)");
  }

  @Test
  void aBadByteBeyondTheFirstBufferIsFoundAtItsRow() throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    String line = "a".repeat(99) + "\n";
    for (int i = 0; i < 1_000; i++) {
      bytes.write(line.getBytes(StandardCharsets.US_ASCII));
    }
    bytes.write(new byte[] {(byte) 0xFF, '\n'});
    DataProblem p = problem(bytes.toByteArray(), StandardCharsets.UTF_8);

    assertThat(p.row()).isEqualTo(1_001);
  }

  @Test
  void aUtf16FileThatDoesNotDecodeHasNoRow() {
    DataProblem p = problem(new byte[] {(byte) 0xFF, (byte) 0xFE, 'a'}, null);

    assertThat(p.row()).isZero();
    assertThat(p.message()).startsWith("the file starts as UTF-16 text but does not decode as UTF-16");
  }

  @Test
  void aGivenCharsetThatDecodesIsUsed() {
    assertThat(TextDecoding.decode("汴西".getBytes(TextDecoding.GB18030), TextDecoding.GB18030, "t.csv")).isEqualTo("汴西");
    assertThatThrownBy(() -> TextDecoding.decode("汴西".getBytes(TextDecoding.GB18030), StandardCharsets.UTF_8, "t.csv"))
        .isInstanceOf(DataException.class);
  }
}
