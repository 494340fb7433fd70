package io.github.kaohe.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextWrapTest {
  @Test
  void wrapsChineseBetweenAnyTwoCharacters() {
    assertThat(TextWrap.lines("全省产业集聚区考核排名", 8)).containsExactly("全省产业", "集聚区考", "核排名");
  }

  @Test
  void wrapsOtherTextAtSpaces() {
    assertThat(TextWrap.lines("Place in the provincial ranking", 12))
        .containsExactly("Place in the", "provincial", "ranking");
  }

  @Test
  void wrapsMixedTextAtSpacesAndBetweenChineseCharacters() {
    assertThat(TextWrap.lines("AAA级物流企业", 8)).containsExactly("AAA级物", "流企业");
  }

  @Test
  void cutsAWordWiderThanALine() {
    assertThat(TextWrap.lines("contribution", 8)).containsExactly("contribu", "tion");
    assertThat(TextWrap.widestWord("Tax contribution")).isEqualTo(12);
    assertThat(TextWrap.widestWord("税收贡献")).isEqualTo(2);
  }

  @Test
  void leavesTextThatFitsOnOneLine() {
    assertThat(TextWrap.lines("总分", 8)).containsExactly("总分");
    assertThat(TextWrap.lines("", 8)).containsExactly("");
  }

  @Test
  void headingsWrapBetweenWordsNeverInsideAChineseWord() {
    assertThat(TextWrap.words("工业用电量 Electricity", 11)).containsExactly("工业用电量", "Electricity");
    assertThat(TextWrap.words("AAA级物流企业", 13)).containsExactly("AAA级物流企业");
    // a table makes a heading's column as wide as its widest word
    assertThat(TextWrap.widestChineseWord("工业用电量")).isEqualTo(10);
    assertThat(TextWrap.widestChineseWord("规模、增长")).isEqualTo(6);
  }

  @Test
  void headingsWrapAfterChinesePunctuationAndBeforeABracket() {
    assertThat(TextWrap.words("规模、增长", 6)).containsExactly("规模、", "增长");
    assertThat(TextWrap.words("税收收入（万元）", 8)).containsExactly("税收收入", "（万元）");
    assertThat(TextWrap.words("Tax contribution", 8)).containsExactly("Tax", "contribu", "tion");
  }
}
