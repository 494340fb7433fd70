package io.github.kaohe.cli;

import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Option;

/** {@code --width COLUMNS}, for the commands that print tables: how wide they may be. */
final class WidthOption {
  @Option(
      names = "--width",
      paramLabel = "COLUMNS",
      description = "Leave out the last columns of a table wider than this. Default: the terminal's width;"
          + " no limit when the output is not a terminal.")
  @Nullable Integer width;

  /** The width asked for, else the terminal's when printing to one, else no limit. */
  int columns(boolean toTerminal) {
    if (width != null) {
      return width;
    }
    return toTerminal ? Terminal.stdoutWidth().orElse(Integer.MAX_VALUE) : Integer.MAX_VALUE;
  }
}
