package io.github.kaohe.cli;

/**
 * How many terminal columns text takes: East Asian Wide and Fullwidth characters (CJK
 * ideographs, kana, Hangul, CJK punctuation, fullwidth forms) take two, combining marks and
 * other zero-width characters none, everything else one. {@link String#length()} would count
 * 甲 as one column and misalign every table with Chinese names.
 */
final class DisplayWidth {
  /** Inclusive code point ranges that are East Asian Wide (W) or Fullwidth (F). */
  private static final int[][] WIDE = {
    {0x1100, 0x115F}, // Hangul Jamo initial consonants
    {0x231A, 0x231B}, // watch, hourglass
    {0x2329, 0x232A}, // angle brackets
    {0x2E80, 0x303E}, // CJK radicals, Kangxi radicals, ideographic description, CJK symbols and punctuation
    {0x3041, 0x33FF}, // hiragana, katakana, bopomofo, Hangul compatibility jamo, kanbun, CJK strokes, enclosed CJK
    {0x3400, 0x4DBF}, // CJK unified ideographs extension A
    {0x4E00, 0x9FFF}, // CJK unified ideographs
    {0xA000, 0xA4CF}, // Yi
    {0xA960, 0xA97F}, // Hangul Jamo extended A
    {0xAC00, 0xD7A3}, // Hangul syllables
    {0xF900, 0xFAFF}, // CJK compatibility ideographs
    {0xFE10, 0xFE19}, // vertical forms
    {0xFE30, 0xFE6F}, // CJK compatibility forms, small form variants
    {0xFF00, 0xFF60}, // fullwidth ASCII variants and punctuation
    {0xFFE0, 0xFFE6}, // fullwidth signs
    {0x1F300, 0x1F64F}, // pictographs, emoticons
    {0x1F900, 0x1F9FF}, // supplemental pictographs
    {0x20000, 0x2FFFD}, // CJK extensions B to F, compatibility supplement
    {0x30000, 0x3FFFD}, // CJK extensions G and beyond
  };

  private DisplayWidth() {}

  /** The columns the text takes in a monospaced terminal. */
  static int of(String text) {
    int width = 0;
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      width += of(cp);
      i += Character.charCount(cp);
    }
    return width;
  }

  /** The columns one code point takes: 0, 1 or 2. */
  static int of(int codePoint) {
    if (isZeroWidth(codePoint)) {
      return 0;
    }
    for (int[] range : WIDE) {
      if (codePoint < range[0]) {
        return 1; // the ranges are sorted
      }
      if (codePoint <= range[1]) {
        return 2;
      }
    }
    return 1;
  }

  private static boolean isZeroWidth(int codePoint) {
    if (codePoint == 0x200B) {
      return true; // zero width space
    }
    return switch (Character.getType(codePoint)) {
      case Character.NON_SPACING_MARK, Character.ENCLOSING_MARK, Character.FORMAT, Character.CONTROL -> true;
      default -> false;
    };
  }

  /** The text followed by spaces up to {@code width} columns (left-aligned). */
  static String padRight(String text, int width) {
    return text + " ".repeat(Math.max(0, width - of(text)));
  }

  /** Spaces and then the text, up to {@code width} columns (right-aligned). */
  static String padLeft(String text, int width) {
    return " ".repeat(Math.max(0, width - of(text))) + text;
  }
}
