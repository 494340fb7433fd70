package io.github.kaohe.cli;

import java.util.ArrayList;
import java.util.List;

/**
 * Wraps text into lines of a given display width ({@link DisplayWidth}): Chinese may break
 * between any two characters, as Chinese typesetting does, other text only at spaces. Headings
 * wrap {@linkplain #words between words} only: a run of Chinese is one word, broken only after
 * its punctuation (、，；：）) or before （, so that 工业用电量 never becomes 工业用电 / 量.
 */
final class TextWrap {
  private TextWrap() {}

  /**
   * The text in lines of at most {@code width} columns: Chinese may break between any two
   * characters, other text at spaces; a word wider than a line is cut.
   */
  static List<String> lines(String text, int width) {
    return wrap(text, width, true);
  }

  /**
   * The text in lines of at most {@code width} columns, broken between words only: at spaces, and
   * in Chinese after punctuation (、，；：）) or before （; a word wider than a line is cut.
   */
  static List<String> words(String text, int width) {
    return wrap(text, width, false);
  }

  private static List<String> wrap(String text, int width, boolean breakChinese) {
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    int lineWidth = 0;
    for (String token : tokens(text.strip(), breakChinese)) {
      boolean space = token.startsWith(" ");
      String word = space ? token.substring(1) : token;
      int needed = (space && lineWidth > 0 ? 1 : 0) + DisplayWidth.of(word);
      if (lineWidth > 0 && lineWidth + needed > width) {
        lines.add(line.toString());
        line.setLength(0);
        lineWidth = 0;
      }
      if (space && lineWidth > 0) {
        line.append(' ');
      }
      for (int i = 0; i < word.length(); ) {
        int cp = word.codePointAt(i);
        if (lineWidth > 0 && lineWidth + DisplayWidth.of(cp) > width) {
          lines.add(line.toString()); // the word alone is wider than a line
          line.setLength(0);
          lineWidth = 0;
        }
        line.appendCodePoint(cp);
        lineWidth += DisplayWidth.of(cp);
        i += Character.charCount(cp);
      }
    }
    if (lineWidth > 0 || lines.isEmpty()) {
      lines.add(line.toString());
    }
    return lines;
  }

  /** The width of the widest part of the text that {@link #lines} does not break: a word, or one wide character. */
  static int widestWord(String text) {
    return widest(text, true);
  }

  /** The width of the widest word of the text, as {@link #words} keeps words whole. */
  static int widestChineseWord(String text) {
    return widest(text, false);
  }

  private static int widest(String text, boolean breakChinese) {
    int widest = 0;
    for (String token : tokens(text.strip(), breakChinese)) {
      widest = Math.max(widest, DisplayWidth.of(token.strip()));
    }
    return widest;
  }

  /**
   * Splits text where a line may break: each wide character is a token, and so is each run of
   * other characters between spaces; a token after a space starts with one space.
   */
  private static List<String> tokens(String text, boolean breakChinese) {
    List<String> tokens = new ArrayList<>();
    StringBuilder word = new StringBuilder();
    boolean afterSpace = false;
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      i += Character.charCount(cp);
      if (cp == ' ') {
        if (word.length() > 0) {
          tokens.add(word.toString());
          word.setLength(0);
        }
        afterSpace = true;
        continue;
      }
      if (DisplayWidth.of(cp) == 2 && !breakChinese) {
        if (cp == '（' && word.length() > 0 && !word.toString().isBlank()) {
          tokens.add(word.toString()); // a line may break before an opening bracket
          word.setLength(0);
        }
        if (word.length() == 0 && afterSpace) {
          word.append(' ');
        }
        word.appendCodePoint(cp);
        if ("、，；：）。".indexOf(cp) >= 0) {
          tokens.add(word.toString()); // and after punctuation
          word.setLength(0);
        }
      } else if (DisplayWidth.of(cp) == 2) {
        if (word.length() > 0) {
          tokens.add(word.toString());
          word.setLength(0);
        }
        tokens.add((afterSpace ? " " : "") + new String(Character.toChars(cp)));
      } else {
        if (word.length() == 0 && afterSpace) {
          word.append(' ');
        }
        word.appendCodePoint(cp);
      }
      afterSpace = false;
    }
    if (word.length() > 0) {
      tokens.add(word.toString());
    }
    return tokens;
  }
}
