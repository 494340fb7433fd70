package io.github.kaohe.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A label gives its text in the language asked for, and both, Chinese first, as a string. */
class LabelTest {
  private static final Label TAX = Label.of("税收收入", "tax revenue");

  @Test
  void aLabelGivesTheTextOfTheLanguageAskedFor() {
    assertThat(TAX.in(Language.ZH)).isEqualTo("税收收入");
    assertThat(TAX.in(Language.EN)).isEqualTo("tax revenue");
  }

  @Test
  void aLabelIsWrittenChineseFirstWithTheEnglishInBrackets() {
    assertThat(TAX).hasToString("税收收入 (tax revenue)");
  }
}
