package io.github.kaohe.cli;

import java.nio.file.Path;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Option;

/**
 * {@code -o/--output FILE}, the file a command writes, declared once for every command that writes
 * one; {@code --out}, its old name, is still understood (hidden). What the file holds differs by
 * command, so each command's description of it is in {@code Messages.properties} under the
 * command's name ({@code kaohe.score.output}).
 */
final class OutputOption {
  @Option(names = {"-o", "--output"}, paramLabel = "FILE", descriptionKey = "output")
  @Nullable Path output;

  /** {@code --out}, as the main job and {@code report} once called the output. */
  @Option(names = "--out", hidden = true, paramLabel = "FILE")
  @Nullable Path outAlias;

  /** The file given, under either name (once), or null for none. */
  @Nullable Path get() {
    return OutputFiles.either(output, outAlias);
  }
}
