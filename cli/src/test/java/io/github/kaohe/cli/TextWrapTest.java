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
}
