package io.github.kaohe.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.jspecify.annotations.Nullable;

/**
 * The files the commands write. A file is written whole into a temporary file beside it and moved
 * into place only once complete, so that a failure leaves no half-written file and whatever was
 * there stays as it was. Before anything is read, an output is checked: its folder must exist, it
 * must not be a folder, and it must not be one of the command's inputs. A file that cannot be
 * written is bad input (exit code 2), with the reason.
 */
final class OutputFiles {
  private OutputFiles() {}

  /** Writes a file's content. */
  @FunctionalInterface
  interface Content {
    void writeTo(Writer out) throws IOException;
  }

  /** Writes a file's bytes. */
  @FunctionalInterface
  interface Bytes {
    void writeTo(OutputStream out) throws IOException;
  }

  /**
   * Checks that the file can be an output, before anything is read: its folder exists, it is not
   * a folder, and it is none of the inputs.
   *
   * @param inputs what the command reads, each with what it is ("the data file (--data)")
   * @throws InputException saying what is wrong
   */
  static void check(Path file, Map<String, @Nullable Path> inputs) {
    Path target = file.toAbsolutePath();
    if (Files.isDirectory(target)) {
      throw new InputException("cannot write " + file + ": it is a folder; give a file's name, e.g. "
          + file.resolve("report.html"));
    }
    Path parent = target.getParent();
    if (parent == null || !Files.exists(parent)) {
      throw new InputException("cannot write " + file + ": the folder " + parent + " does not exist; create it first");
    }
    if (!Files.isDirectory(parent)) {
      throw new InputException("cannot write " + file + ": " + parent + " is a file, not a folder");
    }
    inputs.forEach((what, input) -> {
      if (input != null && sameFile(target, input)) {
        throw new InputException("will not write " + file + ": it is " + what
            + ", which the output would overwrite; choose another file");
      }
    });
  }

  /** Whether the two paths name one file: the same path, or links to one file. */
  static boolean sameFile(Path a, Path b) {
    try {
      if (Files.exists(a) && Files.exists(b)) {
        return Files.isSameFile(a, b);
      }
      return a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize());
    } catch (IOException | InvalidPathException | SecurityException e) {
      return false;
    }
  }

  /** The output given as {@code -o/--output} or as its old name {@code --out}: once, not both. */
  static @Nullable Path either(@Nullable Path output, @Nullable Path out) {
    if (output != null && out != null && !output.equals(out)) {
      throw new InputException("give the output once: --out is another name of -o/--output");
    }
    return output != null ? output : out;
  }

  /** The input file a {@code --policy} value names, or null for a bundled policy's id. */
  static @Nullable Path policyFile(String idOrFile) {
    if (io.github.kaohe.Policies.find(idOrFile).isPresent()) {
      return null;
    }
    try {
      return Path.of(idOrFile);
    } catch (InvalidPathException e) {
      return null;
    }
  }

  /** Writes the bytes as they are made (see {@link OutputFiles}). */
  static void writeBytes(Path file, Bytes content) {
    Path target = file.toAbsolutePath();
    check(file, Map.of());
    if (Files.exists(target) && !Files.isRegularFile(target)) {
      // a device or pipe (/dev/stdout, /dev/full): written as it is, since it cannot be replaced
      try (OutputStream out = Files.newOutputStream(target)) {
        content.writeTo(out);
      } catch (IOException e) {
        throw cannotWrite(file, e);
      }
      return;
    }
    if (Files.isSymbolicLink(target)) {
      try {
        target = target.toRealPath(); // the file the link names is replaced, not the link
      } catch (IOException e) {
        throw cannotWrite(file, e);
      }
    }
    Path parent = target.getParent();
    Path temporary = null;
    try {
      temporary = temporaryBeside(target);
      try (OutputStream out = Files.newOutputStream(temporary)) {
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

  /**
   * A new empty file beside the target, with the permissions a new file gets (not the owner-only
   * ones of {@code Files.createTempFile}), or the target's own when it exists.
   */
  private static Path temporaryBeside(Path target) throws IOException {
    Path parent = target.getParent();
    for (int attempt = 0; ; attempt++) {
      Path candidate = parent.resolve("." + target.getFileName() + "." + ThreadLocalRandom.current().nextInt(1 << 30)
          + ".part");
      try {
        Path created = Files.createFile(candidate);
        if (Files.exists(target)) {
          try {
            Files.setPosixFilePermissions(created, Files.getPosixFilePermissions(target));
          } catch (UnsupportedOperationException e) {
            // not a POSIX file system: the new file's permissions stand
          }
        }
        return created;
      } catch (FileAlreadyExistsException e) {
        if (attempt > 100) {
          throw e;
        }
      }
    }
  }

  /** A report's bytes, written whole or not at all. */
  static void writeReport(Path file, byte[] bytes) {
    writeBytes(file, out -> out.write(bytes));
  }

  /** Writes text as UTF-8 as it is made, whole or not at all (see {@link OutputFiles}). */
  static void writeText(Path file, Content content) {
    writeBytes(file, out -> {
      Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
      content.writeTo(writer);
      writer.flush();
    });
  }

  private static InputException cannotWrite(Path file, IOException e) {
    return new InputException("cannot write " + file + ": " + reason(e), e);
  }

  /** Why an operation failed, in words: never only the path, which the message names already. */
  static String reason(IOException e) {
    if (e instanceof NoSuchFileException) {
      return "its folder does not exist";
    }
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    if (e instanceof FileSystemException f) {
      if (f.getReason() != null) {
        return f.getReason();
      }
      return e.getClass().getSimpleName().replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(java.util.Locale.ROOT)
          .replace(" exception", "");
    }
    String message = e.getMessage();
    return message == null || message.isBlank() ? e.getClass().getSimpleName() : message;
  }
}
