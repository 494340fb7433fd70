package io.github.kaohe.cli;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The rows of a long table kept as UTF-8 in a temporary file between the pass that measures the
 * columns and the pass that writes them: a million rows of text do not fit in a small heap, and
 * making each row twice (a million entities' results built twice) cost a quarter of the run.
 * Written once, read back once in order, and deleted when read or closed. Any failure of the
 * file (no temporary folder, a full disk) leaves the caller to make the rows again.
 */
final class RowSpool implements Closeable {
  private static final int BUFFER = 1 << 16;

  private final Path file;
  private @Nullable DataOutputStream out;
  private @Nullable DataInputStream in;
  private int written;
  private int read;

  private RowSpool(Path file, DataOutputStream out) {
    this.file = file;
    this.out = out;
  }

  /** A new spool, or null where no temporary file can be made. */
  static @Nullable RowSpool create() {
    try {
      Path file = Files.createTempFile("kaohe-table-", ".rows");
      file.toFile().deleteOnExit(); // also when the run is interrupted (Ctrl-C runs the exit hooks)
      try {
        return new RowSpool(file, new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(file), BUFFER)));
      } catch (IOException | RuntimeException e) {
        Files.deleteIfExists(file);
        return null;
      }
    } catch (IOException | RuntimeException e) {
      return null;
    }
  }

  /** Keeps the next row. */
  void add(List<String> cells) throws IOException {
    DataOutputStream o = out;
    if (o == null) {
      throw new IllegalStateException("the spool is read already");
    }
    o.writeInt(cells.size());
    for (String cell : cells) {
      byte[] bytes = cell.getBytes(StandardCharsets.UTF_8);
      o.writeInt(bytes.length);
      o.write(bytes);
    }
    written++;
  }

  /** Ends writing; the rows are then read back in order. */
  void finish() throws IOException {
    DataOutputStream o = out;
    if (o != null) {
      out = null;
      o.close();
      in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file), BUFFER));
    }
  }

  /**
   * Row {@code k}, if it is the next one kept; null if it is not (asked out of order) or the file
   * failed, and the caller makes it itself. The file is deleted after the last row.
   */
  @Nullable List<String> row(int k) {
    DataInputStream i = in;
    if (i == null || k != read) {
      return null;
    }
    try {
      int n = i.readInt();
      List<String> cells = new ArrayList<>(n);
      for (int c = 0; c < n; c++) {
        byte[] bytes = new byte[i.readInt()];
        i.readFully(bytes);
        cells.add(new String(bytes, StandardCharsets.UTF_8));
      }
      read++;
      if (read == written) {
        close();
      }
      return cells;
    } catch (IOException e) {
      close();
      return null;
    }
  }

  /** Deletes the file; rows not read are then made again by the caller. */
  @Override
  public void close() {
    try {
      if (out != null) {
        out.close();
      }
      if (in != null) {
        in.close();
      }
    } catch (IOException e) {
      // closing a temporary file: nothing to save
    } finally {
      out = null;
      in = null;
      try {
        Files.deleteIfExists(file);
      } catch (IOException e) {
        file.toFile().deleteOnExit();
      }
    }
  }
}
