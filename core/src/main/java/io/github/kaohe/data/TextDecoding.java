package io.github.kaohe.data;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Turns a text file's bytes into text. Given no charset, it reads what Excel writes: a byte-order
 * mark names UTF-8 or UTF-16 (Excel's "Unicode text"); otherwise the bytes are UTF-8 if they decode
 * as UTF-8 without a single error, and else GB18030, the superset of GBK that Excel on Chinese
 * Windows writes. Decoding is strict: a byte that does not decode is an error, never a silent '?'.
 */
final class TextDecoding {
  static final Charset GB18030 = Charset.forName("GB18030");

  private TextDecoding() {}

  /**
   * The text of the bytes.
   *
   * @param charset the file's charset, or null to detect it
   * @throws DataException saying where the first byte that does not decode is, and what to do
   */
  static String decode(byte[] bytes, @Nullable Charset charset, String name) {
    if (charset != null) {
      Decoded d = strict(bytes, charset);
      if (d.text == null) {
        throw problem(name, bytes, d.badByte,
            "the file is not " + charset.displayName(Locale.ROOT) + " text");
      }
      return withoutBom(d.text);
    }
    if (startsWith(bytes, 0xFF, 0xFE) || startsWith(bytes, 0xFE, 0xFF)) {
      Decoded d = strict(bytes, StandardCharsets.UTF_16);
      if (d.text == null) {
        throw problem(name, bytes, -1, "the file starts as UTF-16 text but does not decode as UTF-16");
      }
      return withoutBom(d.text);
    }
    Decoded utf8 = strict(bytes, StandardCharsets.UTF_8);
    if (utf8.text != null) {
      return withoutBom(utf8.text);
    }
    if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
      throw problem(name, bytes, utf8.badByte, "the file starts as UTF-8 text but is not UTF-8 throughout");
    }
    Decoded gb = strict(bytes, GB18030);
    if (gb.text != null) {
      return gb.text;
    }
    throw problem(name, bytes, utf8.badByte, "the file is neither UTF-8 nor GBK/GB18030 text");
  }

  private record Decoded(@Nullable String text, int badByte) {}

  private static Decoded strict(byte[] bytes, Charset charset) {
    CharsetDecoder decoder =
        charset.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out =
        CharBuffer.allocate((int) Math.min(Integer.MAX_VALUE - 16L, (long) Math.ceil(bytes.length * (double) decoder.maxCharsPerByte()) + 16));
    CoderResult result = decoder.decode(in, out, true);
    if (!result.isError()) {
      result = decoder.flush(out);
    }
    if (result.isError()) {
      return new Decoded(null, in.position());
    }
    return new Decoded(out.flip().toString(), -1);
  }

  private static DataException problem(String name, byte[] bytes, int badByte, String what) {
    int row = 0;
    if (badByte >= 0) {
      row = 1;
      for (int i = 0; i < badByte && i < bytes.length; i++) {
        if (bytes[i] == '\n') {
          row++;
        }
      }
    }
    return new DataException(
        List.of(
            new DataProblem(
                name, row, 0, "",
                what + ": save it as \"CSV UTF-8\" (Excel: Save As → CSV UTF-8), or give its encoding"
                    + " (--encoding GBK)")));
  }

  private static boolean startsWith(byte[] bytes, int... prefix) {
    if (bytes.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if ((bytes[i] & 0xFF) != prefix[i]) {
        return false;
      }
    }
    return true;
  }

  private static String withoutBom(String text) {
    return text.startsWith("\uFEFF") ? text.substring(1) : text;
  }
}
