package io.github.kaohe.model;

/**
 * A name or text in Chinese and English.
 *
 * @param zh the Chinese text, as in the source document
 * @param en the English text
 */
public record Label(String zh, String en) {
  public Label {
    Checks.text(zh, "zh");
    Checks.text(en, "en");
  }

  /** A label with its Chinese and English text. */
  public static Label of(String zh, String en) {
    return new Label(zh, en);
  }

  /** The text in the given language. */
  public String in(Language language) {
    return language == Language.ZH ? zh : en;
  }

  /** Both texts, Chinese first: {@code 税收收入 (tax revenue)}. */
  @Override
  public String toString() {
    return zh + " (" + en + ")";
  }
}
