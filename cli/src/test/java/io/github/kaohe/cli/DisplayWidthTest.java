package io.github.kaohe.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DisplayWidthTest {
  @Test
  void asciiTakesOneColumnPerCharacter() {
    assertThat(DisplayWidth.of("Total 12.50")).isEqualTo(11);
    assertThat(DisplayWidth.of("")).isZero();
  }

  @Test
  void chineseIdeographsTakeTwoColumns() {
    assertThat(DisplayWidth.of("甲")).isEqualTo(2);
    assertThat(DisplayWidth.of("开封经济技术开发区")).isEqualTo(18);
    assertThat(DisplayWidth.of("A区3")).isEqualTo(4);
  }

  @Test
  void cjkPunctuationAndFullwidthFormsTakeTwoColumns() {
    assertThat(DisplayWidth.of("，。、")).isEqualTo(6); // FF0C fullwidth comma, 3002, 3001
    assertThat(DisplayWidth.of("（）")).isEqualTo(4); // fullwidth parentheses
    assertThat(DisplayWidth.of("Ａ１")).isEqualTo(4); // fullwidth Latin letter and digit
    assertThat(DisplayWidth.of("「」")).isEqualTo(4);
    assertThat(DisplayWidth.of("\u3000")).isEqualTo(2); // ideographic space
  }

  @Test
  void kanaAndHangulTakeTwoColumns() {
    assertThat(DisplayWidth.of("カナ")).isEqualTo(4);
    assertThat(DisplayWidth.of("한국")).isEqualTo(4);
  }

  @Test
  void ideographsBeyondTheBasicPlaneTakeTwoColumnsNotFour() {
    String extensionB = new String(Character.toChars(0x20000));
    assertThat(extensionB).hasSize(2); // a surrogate pair
    assertThat(DisplayWidth.of(extensionB)).isEqualTo(2);
  }

  @Test
  void combiningMarksAndFormatCharactersTakeNoColumn() {
    assertThat(DisplayWidth.of("e\u0301")).isEqualTo(1); // e + combining acute accent
    assertThat(DisplayWidth.of("a\u200Bb")).isEqualTo(2); // zero width space
    assertThat(DisplayWidth.of("\uFEFF")).isZero(); // byte-order mark
  }

  @Test
  void narrowSymbolsTakeOneColumn() {
    assertThat(DisplayWidth.of("-·%×")).isEqualTo(4);
    assertThat(DisplayWidth.of("ｱ")).isEqualTo(1); // halfwidth katakana
  }

  @Test
  void padsToColumnsNotCharacters() {
    assertThat(DisplayWidth.padRight("甲", 4)).isEqualTo("甲  ");
    assertThat(DisplayWidth.padLeft("甲", 4)).isEqualTo("  甲");
    assertThat(DisplayWidth.padLeft("12.5", 6)).isEqualTo("  12.5");
    assertThat(DisplayWidth.padRight("太长的名字", 4)).isEqualTo("太长的名字");
  }
}
