package io.github.kaohe.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;

/** The shared {@code --lang} option is described for each command that has it (Messages.properties). */
class LanguageOptionTest {
  @Test
  void everyCommandWithLangDescribesItInItsOwnWords() {
    CommandLine cli = KaoheCli.commandLine(StandardCharsets.UTF_8);
    int described = 0;
    for (CommandLine sub : cli.getSubcommands().values()) {
      OptionSpec lang = sub.getCommandSpec().findOption("--lang");
      if (lang != null) {
        assertThat(String.join(" ", lang.description())).as(sub.getCommandName()).startsWith("The language of ");
        described++;
      }
    }
    assertThat(described).isEqualTo(7);
  }
}
