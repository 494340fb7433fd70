package io.github.kaohe.fuzz;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/**
 * Edits of a seed text as a careless hand, a broken transfer or an attacker makes them: a range
 * deleted, doubled or moved, a character replaced, and tokens inserted that parsers find hard
 * (YAML anchors, aliases, tags and flow brackets, CSV quotes and separators, huge and odd numbers,
 * control characters, text in other scripts).
 */
final class Mutations {
  /** Tokens worth inserting: the grammar's own characters and values that parsers get wrong. */
  static final List<String> TOKENS = List.of(
      ":", ": ", "- ", "-", "[", "]", "{", "}", ",", "\"", "'", "#", "&a ", "*a", "<<: *a", "? ", "|", ">",
      "!include x.yaml", "!!java.net.URL [\"http://x\"]", "!!binary", "!!float", "!!str", "%YAML 1.1\n", "---\n",
      "...\n", "\t", "\r", "\n", "\r\n", "\u0000", "\u00a0", "\ufeff", "\u202e", "  ", "        ", "~", "null",
      "true", "no", "NaN", ".nan", ".inf", "-.inf", "0x1F", "0o17", "1e999999999", "-1e-999999999",
      "99999999999999999999999999999999999999", "-0", "0.0000000000000000000000000000000000001",
      "1_000", "12:30:00", "2015-01-01", "１２３", "一百", "亿元", "万元", "%", "=HYPERLINK(\"http://x\")", "@SUM(A1)",
      "weight: ", "method: ", "id: ", "extends: ../../etc/passwd", "extends: /etc/passwd", "indicators:",
      "schemes:", "points: ", "\"\"", "\"\"\"", ",,,,,,,,", "\"a,b\"", "\"unterminated");

  private Mutations() {}

  /** One edit, with positions as fractions of the text's length so that they fit any seed. */
  sealed interface Edit permits Delete, Insert, Duplicate, Replace, Swap {
    String apply(String s);

    static int at(String s, double fraction) {
      return (int) Math.min(s.length(), Math.floor(fraction * (s.length() + 1)));
    }
  }

  record Delete(double from, int length) implements Edit {
    @Override
    public String apply(String s) {
      int a = Edit.at(s, from);
      return s.substring(0, a) + s.substring(Math.min(s.length(), a + length));
    }
  }

  record Insert(double at, String token, int times) implements Edit {
    @Override
    public String apply(String s) {
      int a = Edit.at(s, at);
      return s.substring(0, a) + token.repeat(times) + s.substring(a);
    }
  }

  record Duplicate(double from, int length, int times) implements Edit {
    @Override
    public String apply(String s) {
      int a = Edit.at(s, from);
      int b = Math.min(s.length(), a + length);
      return s.substring(0, b) + s.substring(a, b).repeat(times) + s.substring(b);
    }
  }

  record Replace(double at, char with) implements Edit {
    @Override
    public String apply(String s) {
      int a = Edit.at(s, at);
      return a >= s.length() ? s + with : s.substring(0, a) + with + s.substring(a + 1);
    }
  }

  /** Two ranges of lines exchanged: fields moved to the wrong parent, rows out of order. */
  record Swap(double first, double second) implements Edit {
    @Override
    public String apply(String s) {
      String[] lines = s.split("\n", -1);
      int i = (int) (first * (lines.length - 1));
      int j = (int) (second * (lines.length - 1));
      String t = lines[i];
      lines[i] = lines[j];
      lines[j] = t;
      return String.join("\n", lines);
    }
  }

  static Arbitrary<Edit> edits() {
    Arbitrary<Double> where = Arbitraries.doubles().between(0, 1);
    Arbitrary<Character> odd = Arbitraries.oneOf(
        Arbitraries.chars().all(), Arbitraries.of(':', '-', ' ', '\n', '"', '\'', ',', '.', '0', '9', '#', '&', '*'));
    return Arbitraries.oneOf(
        Combinators.combine(where, Arbitraries.integers().between(1, 400)).as(Delete::new),
        Combinators.combine(where, Arbitraries.oneOf(Arbitraries.of(TOKENS), Arbitraries.strings().ofMaxLength(8)),
            Arbitraries.frequencyOf(Tuple.of(9, Arbitraries.integers().between(1, 3)), Tuple.of(1, Arbitraries.just(1000)))).as(Insert::new),
        Combinators.combine(where, Arbitraries.integers().between(1, 300), Arbitraries.integers().between(1, 4))
            .as(Duplicate::new),
        Combinators.combine(where, odd).as(Replace::new),
        Combinators.combine(where, where).as(Swap::new));
  }

  /** The seed after one to eight edits. */
  static Arbitrary<String> of(String seed) {
    return edits().list().ofMinSize(1).ofMaxSize(8).map(list -> {
      String s = seed;
      for (Edit e : list) {
        s = e.apply(s);
      }
      return s;
    });
  }

  /** The bytes after one to eight edits: flips, cuts, and bytes that are no UTF-8. */
  static Arbitrary<byte[]> ofBytes(byte[] seed) {
    Arbitrary<Double> where = Arbitraries.doubles().between(0, 1);
    Arbitrary<ByteEdit> edit = Arbitraries.oneOf(
        Combinators.combine(where, Arbitraries.bytes()).as((w, b) -> (ByteEdit) bytes -> {
          if (bytes.length == 0) {
            return new byte[] {b};
          }
          byte[] copy = bytes.clone();
          copy[Math.min(bytes.length - 1, (int) (w * bytes.length))] = b;
          return copy;
        }),
        where.map(w -> (ByteEdit) bytes -> java.util.Arrays.copyOf(bytes, (int) (w * bytes.length))),
        Combinators.combine(where, Arbitraries.of((byte) 0xFF, (byte) 0xFE, (byte) 0xC3, (byte) 0x80, (byte) 0xE4,
            (byte) 0x00, (byte) 0x1A)).as((w, b) -> (ByteEdit) bytes -> {
              int a = (int) (w * bytes.length);
              byte[] copy = new byte[bytes.length + 1];
              System.arraycopy(bytes, 0, copy, 0, a);
              copy[a] = b;
              System.arraycopy(bytes, a, copy, a + 1, bytes.length - a);
              return copy;
            }));
    return edit.list().ofMinSize(1).ofMaxSize(8).map(list -> {
      byte[] b = seed;
      for (ByteEdit e : list) {
        b = e.apply(b);
      }
      return b;
    });
  }

  @FunctionalInterface
  interface ByteEdit {
    byte[] apply(byte[] bytes);
  }
}
