package io.github.kaohe.data;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
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
 * Finds a text file's charset and reads it as text. Given no charset, it reads what Excel writes:
 * a byte-order mark names UTF-8 or UTF-16 (Excel's "Unicode text"); otherwise the bytes are UTF-8
 * if they decode as UTF-8 without a single error, and else GB18030, the superset of GBK that Excel
 * on Chinese Windows writes. Decoding is strict: a byte that does not decode is an error, never a
 * silent '?'. The bytes are read a buffer at a time, never held whole.
 */
final class TextDecoding {
  static final Charset GB18030 = Charset.forName("GB18030");
  private static final int BUFFER = 1 << 16;

  /** Opens the bytes again from the start. */
  @FunctionalInterface
  interface Bytes {
    InputStream open() throws IOException;
  }

  private TextDecoding() {}

  /** The text of the bytes (without a byte-order mark). */
  static String decode(byte[] bytes, @Nullable Charset charset, String name) {
    Bytes source = () -> new ByteArrayInputStream(bytes);
    Charset c = detect(source, charset, name);
    try (Reader r = reader(source, c)) {
      StringWriter out = new StringWriter(bytes.length);
      r.transferTo(out);
      String text = out.toString();
      return text.startsWith("\uFEFF") ? text.substring(1) : text;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A strict reader of the bytes in the charset. */
  static Reader reader(Bytes source, Charset charset) throws IOException {
    return new InputStreamReader(source.open(), strictDecoder(charset));
  }

  private static CharsetDecoder strictDecoder(Charset charset) {
    return charset.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
  }

  /**
   * The bytes' charset: the given one if they decode in it, else as detected.
   *
   * @throws DataException saying where the first byte that does not decode is, and what to do
   */
  static Charset detect(Bytes source, @Nullable Charset charset, String name) {
    if (charset != null) {
      long bad = firstBadByte(source, charset);
      if (bad >= 0) {
        throw problem(name, source, bad, "the file is not " + charset.displayName(Locale.ROOT) + " text",
            ": is the encoding given the file's? Leave it out to have it detected (UTF-8, UTF-16 or GBK/GB18030),"
                + " or save the file as \"CSV UTF-8\" (Excel: Save As → CSV UTF-8)");
      }
      return charset;
    }
    byte[] head = head(source);
    if (startsWith(head, 0xFF, 0xFE) || startsWith(head, 0xFE, 0xFF)) {
      if (firstBadByte(source, StandardCharsets.UTF_16) >= 0) {
        throw problem(name, source, -1, "the file starts as UTF-16 text but does not decode as UTF-16");
      }
      return StandardCharsets.UTF_16;
    }
    long bad = firstBadByte(source, StandardCharsets.UTF_8);
    if (bad < 0) {
      return StandardCharsets.UTF_8;
    }
    if (startsWith(head, 0xEF, 0xBB, 0xBF)) {
      throw problem(name, source, bad, "the file starts as UTF-8 text but is not UTF-8 throughout");
    }
    if (firstBadByte(source, GB18030) < 0) {
      return GB18030;
    }
    throw problem(name, source, bad, "the file is neither UTF-8 nor GBK/GB18030 text");
  }

  /** The offset of the first byte that does not decode, or −1 when all do. */
  private static long firstBadByte(Bytes source, Charset charset) {
    CharsetDecoder decoder = strictDecoder(charset);
    ByteBuffer in = ByteBuffer.allocate(BUFFER);
    CharBuffer out = CharBuffer.allocate(BUFFER * 2);
    long consumed = 0;
    try (InputStream s = source.open()) {
      boolean end = false;
      while (!end) {
        int n = s.read(in.array(), in.position(), in.remaining());
        end = n < 0;
        if (n > 0) {
          in.position(in.position() + n);
        }
        in.flip();
        int before = in.position();
        CoderResult r = decoder.decode(in, out, end);
        consumed += in.position() - before;
        if (r.isError()) {
          return consumed;
        }
        out.clear();
        in.compact();
      }
      CoderResult r = decoder.flush(out);
      return r.isError() ? consumed : -1;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static byte[] head(Bytes source) {
    try (InputStream s = source.open()) {
      return s.readNBytes(3);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static DataException problem(String name, Bytes source, long badByte, String what) {
    return problem(name, source, badByte, what,
        ": save it as \"CSV UTF-8\" (Excel: Save As → CSV UTF-8), or give its encoding (--encoding GBK)");
  }

  private static DataException problem(String name, Bytes source, long badByte, String what, String advice) {
    int row = 0;
    if (badByte >= 0) {
      row = 1;
      try (InputStream s = source.open()) {
        byte[] buffer = new byte[BUFFER];
        long seen = 0;
        int n;
        while (seen < badByte && (n = s.read(buffer)) > 0) {
          for (int i = 0; i < n && seen < badByte; i++, seen++) {
            if (buffer[i] == '\n') {
              row++;
            }
          }
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return new DataException(
        List.of(
            new DataProblem(
                name, row, 0, "",
                what + advice)));
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
}
