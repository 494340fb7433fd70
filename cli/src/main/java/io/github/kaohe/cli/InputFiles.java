package io.github.kaohe.cli;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import org.jspecify.annotations.Nullable;

/** The files the commands read: one that is missing, a folder or unreadable is bad input, said as such. */
final class InputFiles {
  private InputFiles() {}

  /**
   * Checks that the path is a file that can be read.
   *
   * @param what what the file is, for the message: "the data file"
   * @throws InputException saying what is wrong: it does not exist, is a folder, or cannot be read
   */
  static void requireFile(Path file, String what) {
    String problem = problem(file);
    if (problem != null) {
      throw new InputException(what + " " + file + " " + problem);
    }
  }

  /** What is wrong with reading the path as a file: "does not exist", "is a folder, not a file"; null if nothing. */
  static @Nullable String problem(Path file) {
    try {
      if (Files.isDirectory(file)) {
        return "is a folder, not a file: name a file in it";
      }
      if (!Files.exists(file)) {
        return "does not exist";
      }
      if (!Files.isRegularFile(file)) {
        return "is not a regular file";
      }
      if (!Files.isReadable(file)) {
        return "cannot be read: permission denied";
      }
      return null;
    } catch (InvalidPathException | SecurityException e) {
      return "cannot be read: " + e.getMessage();
    }
  }
}
