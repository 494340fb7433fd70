package io.github.kaohe.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** The files the commands write; one that cannot be written is bad input (exit code 2), with the reason. */
final class OutputFiles {
  private OutputFiles() {}

  /** A report's file ({@code report}, the main job), in a folder made for it if need be. */
  static void writeReport(Path file, byte[] bytes) {
    try {
      Path parent = file.toAbsolutePath().getParent();
      if (parent != null) {
        Files.createDirectories(parent);
      }
      Files.write(file, bytes);
    } catch (IOException e) {
      throw cannotWrite(file, e);
    }
  }

  /** {@code score}'s output as UTF-8, in a folder that exists. */
  static void writeText(Path file, String text) {
    try {
      Files.writeString(file, text, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw cannotWrite(file, e);
    }
  }

  private static InputException cannotWrite(Path file, IOException e) {
    return new InputException("cannot write " + file + ": " + e.getMessage(), e);
  }
}
