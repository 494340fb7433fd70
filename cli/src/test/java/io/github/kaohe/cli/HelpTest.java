package io.github.kaohe.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * Every command's help is whole: descriptions are sentences that end with a full stop, the first
 * fits on one line of {@code kaohe --help}'s list of commands, no line of help is wider than 80
 * columns, and an option means the same, under the same names, in every command.
 */
class HelpTest {
  /** The width picocli writes help in, and the widest line it may hold. */
  private static final int WIDTH = 80;
  /** The column where {@code kaohe --help} starts a command's summary: two spaces, the longest name, two spaces. */
  private static final int SUMMARY_COLUMN = 12;

  /** The root command and every command below it. */
  static Stream<CommandLine> commands() {
    List<CommandLine> all = new ArrayList<>();
    collect(new CommandLine(new KaoheCli()), all);
    return all.stream();
  }

  private static void collect(CommandLine cli, List<CommandLine> all) {
    all.add(cli);
    cli.getSubcommands().values().forEach(sub -> collect(sub, all));
  }

  private static String name(CommandLine cli) {
    return cli.getCommandSpec().qualifiedName();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("commands")
  void everyLineOfTheDescriptionIsASentence(CommandLine cli) {
    String[] description = cli.getCommandSpec().usageMessage().description();

    assertThat(description).as(name(cli)).isNotEmpty();
    for (String line : description) {
      String text = line.replace("%n", "").strip();
      if (!text.isEmpty()) { // picocli's help command starts with an empty line
        assertThat(text).as(name(cli) + ": " + line).endsWith(".");
      }
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("commands")
  void theSummaryFitsOnOneLineOfTheListOfCommands(CommandLine cli) {
    if (cli.getCommandSpec().parent() == null) {
      return; // the root command is in no list
    }
    // The list shows a command's header, or else the first line of its description.
    String[] header = cli.getCommandSpec().usageMessage().header();
    String summary = header.length > 0 ? header[0] : cli.getCommandSpec().usageMessage().description()[0];

    assertThat(DisplayWidth.of(summary)).as(name(cli) + ": " + summary).isLessThanOrEqualTo(WIDTH - SUMMARY_COLUMN);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("commands")
  void everyOptionAndParameterIsDescribedInSentences(CommandLine cli) {
    CommandSpec spec = cli.getCommandSpec();
    for (OptionSpec option : spec.options()) {
      if (option.hidden()) {
        continue;
      }
      assertThat(option.description()).as(name(cli) + " " + option.longestName()).isNotEmpty();
      String last = option.description()[option.description().length - 1].strip();
      assertThat(last).as(name(cli) + " " + option.longestName()).endsWith(".");
    }
    spec.positionalParameters().forEach(p -> assertThat(String.join(" ", p.description()).strip())
        .as(name(cli) + " " + p.paramLabel()).endsWith("."));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("commands")
  void noLineOfHelpIsWiderThanTheTerminal(CommandLine cli) {
    String help = cli.getUsageMessage(CommandLine.Help.Ansi.OFF);

    help.lines().forEach(line ->
        assertThat(DisplayWidth.of(line)).as(name(cli) + ": " + line).isLessThanOrEqualTo(WIDTH));
  }

  @Test
  void anOptionHasTheSameNamesAndValueInEveryCommand() {
    Map<String, String> seen = new HashMap<>();
    Map<String, String> where = new HashMap<>();
    commands().forEach(cli -> {
      for (OptionSpec option : cli.getCommandSpec().options()) {
        String signature = String.join("/", option.names()) + " " + option.paramLabel();
        for (String n : option.names()) {
          String before = seen.putIfAbsent(n, signature);
          String first = where.putIfAbsent(n, name(cli));
          assertThat(signature).as(n + " in " + name(cli) + " and in " + first).isEqualTo(before == null ? signature : before);
        }
      }
    });
    assertThat(seen.get("--output")).isEqualTo("-o/--output FILE");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("commands")
  void aCommandThatWritesAFileNamesItWithOutput(CommandLine cli) {
    CommandSpec spec = cli.getCommandSpec();
    if (spec.findOption("--out") != null) {
      assertThat(spec.findOption("-o")).as(name(cli)).isSameAs(spec.findOption("--output")).isNotNull();
    }
  }

  @Test
  void theCommandsThatWriteFilesAreTheMainJobScoreAndReport() {
    List<String> writers = commands()
        .filter(cli -> cli.getCommandSpec().findOption("--output") != null)
        .map(HelpTest::name)
        .toList();

    assertThat(writers).contains("kaohe", "kaohe score", "kaohe report");
  }

  /** A lone {@code %} in a description is a format error to picocli: it warns, and prints the text raw. */
  @ParameterizedTest(name = "{0}")
  @MethodSource("commands")
  void theHelpIsFormattedWithoutAWarning(CommandLine cli) {
    java.io.PrintStream stderr = System.err;
    java.io.ByteArrayOutputStream warned = new java.io.ByteArrayOutputStream();
    String help;
    System.setErr(new java.io.PrintStream(warned, true, java.nio.charset.StandardCharsets.UTF_8));
    try {
      help = cli.getUsageMessage(CommandLine.Help.Ansi.OFF);
    } finally {
      System.setErr(stderr);
    }

    assertThat(warned.toString(java.nio.charset.StandardCharsets.UTF_8)).as(name(cli)).isEmpty();
    assertThat(help).as(name(cli)).doesNotContain("%n");
  }
}
