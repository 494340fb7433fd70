package io.github.kaohe.cli;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.StandardCopyOption;
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

  /** Writes a file's content. */
  @FunctionalInterface
  interface Content {
    void writeTo(Writer out) throws IOException;
  }

  /**
   * Writes text as UTF-8 as it is made: into a temporary file beside {@code file}, moved into
   * place only once it is complete, so that a failure leaves no half-written file (and any file
   * that was there stays as it was).
   */
  static void writeText(Path file, Content content) {
    Path target = file.toAbsolutePath();
    Path parent = target.getParent();
    if (parent == null || !Files.isDirectory(parent)) {
      throw new InputException("cannot write " + file + ": the folder " + parent + " does not exist");
    }
    if (Files.isDirectory(target)) {
      throw new InputException("cannot write " + file + ": it is a folder; give a file's name");
    }
    Path temporary = null;
    try {
      temporary = Files.createTempFile(parent, "." + target.getFileName(), ".part");
      try (Writer out = Files.newBufferedWriter(temporary, StandardCharsets.UTF_8)) {
        content.writeTo(out);
      }
      try {
        Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
      }
      temporary = null;
    } catch (IOException e) {
      throw cannotWrite(file, e);
    } finally {
      if (temporary != null) {
        try {
          Files.deleteIfExists(temporary);
        } catch (IOException e) {
          // the failure that brought us here is what the user needs to hear about
        }
      }
    }
  }

  private static InputException cannotWrite(Path file, IOException e) {
    return new InputException("cannot write " + file + ": " + e.getMessage(), e);
  }
}
