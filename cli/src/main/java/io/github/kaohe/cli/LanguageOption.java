package io.github.kaohe.cli;

import io.github.kaohe.model.Language;
import picocli.CommandLine.Option;

/**
 * {@code --lang zh|en}, for the commands that write names or text. What the language applies to
 * differs by command, so each command's description of it is in {@code Messages.properties}
 * under the command's name ({@code kaohe.score.lang}).
 */
final class LanguageOption {
  @Option(
      names = "--lang",
      paramLabel = "LANG",
      converter = LowerCaseEnumConverter.LanguageConverter.class,
      descriptionKey = "lang")
  private Language lang;

  /** Chinese unless {@code --lang} says otherwise. */
  LanguageOption() {
    this(Language.ZH);
  }

  /** {@code usual} unless {@code --lang} says otherwise. */
  LanguageOption(Language usual) {
    this.lang = usual;
  }

  Language get() {
    return lang;
  }
}
