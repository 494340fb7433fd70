package io.github.kaohe.data;

import java.io.Closeable;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A CSV file as rows of text cells, not yet read by a scheme's rules: streamed from disk
 * ({@link #open}) or held as a {@link DataSheet}.
 *
 * <p>UTF-8 with or without a byte-order mark, UTF-16 with one (Excel's "Unicode text"), or GBK /
 * GB18030 (what Excel on Chinese Windows saves as "CSV"), detected or given. Comma- or
 * tab-separated: tab when the first line has tabs and no commas. Quoted cells may hold the
 * delimiter, doubled quotes and line breaks (RFC 4180).
 */
public final class CsvSheet {
  private CsvSheet() {}

  /**
   * Opens a CSV file to be read row by row, once: its encoding is checked (and detected, without
   * {@code encoding}) first, then its rows are decoded and split as they are read. Close it.
   *
   * @param encoding the file's charset, or null to detect UTF-8, UTF-16 or GB18030
   * @throws DataException if the file cannot be read or does not decode
   */
  public static Rows open(Path file, @Nullable Charset encoding) {
    String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
    TextDecoding.Bytes bytes = () -> Files.newInputStream(file);
    try {
      Charset charset = TextDecoding.detect(bytes, encoding, name);
      long size = Files.size(file);
      Counted counted = new Counted(Files.newInputStream(file));
      return new Rows(name, TextDecoding.reader(() -> counted, charset), counted, size);
    } catch (IOException | UncheckedIOException e) {
      IOException cause = e instanceof UncheckedIOException u ? u.getCause() : (IOException) e;
      throw new DataException(List.of(new DataProblem(name, 0, 0, "", "cannot read the file: " + reason(cause))));
    }
  }

  /**
   * Reads a whole CSV file into memory.
   *
   * @param encoding the file's charset, or null to detect UTF-8, UTF-16 or GB18030
   * @throws DataException if the file cannot be read or does not decode
   */
  public static DataSheet read(Path file, @Nullable Charset encoding) {
    try (Rows rows = open(file, encoding)) {
      return rows.toSheet();
    }
  }

  /**
   * Splits CSV text into cells.
   *
   * @param csv the text; a leading byte-order mark is dropped
   * @param name the file name shown in problems
   */
  public static DataSheet parse(String csv, String name) {
    return new Rows(name, new StringReader(csv), null, 0).toSheet();
  }

  /** A stream that counts the bytes read through it. */
  private static final class Counted extends FilterInputStream {
    volatile long count;

    Counted(InputStream in) {
      super(in);
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      if (b >= 0) {
        count++;
      }
      return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      int n = super.read(b, off, len);
      if (n > 0) {
        count += n;
      }
      return n;
    }
  }

  /** A CSV file's rows, read once as they are iterated. */
  public static final class Rows implements RowSource, Closeable {
    private final String name;
    private final Reader reader;
    private final @Nullable Counted counted;
    private final long size;
    private boolean iterated;

    private Rows(String name, Reader reader, @Nullable Counted counted, long size) {
      this.name = name;
      this.reader = reader;
      this.counted = counted;
      this.size = size;
    }

    /** How many bytes of the file have been read so far: for a progress bar, from any thread. */
    public long bytesRead() {
      return counted == null ? 0 : counted.count;
    }

    /** The file's size in bytes (0 for text not read from a file). */
    public long size() {
      return size;
    }

    @Override
    public String file() {
      return name;
    }

    @Override
    public String sheet() {
      return "";
    }

    @Override
    public Optional<Period> period() {
      return Optional.empty();
    }

    /** The rows; a CSV file is read once. */
    @Override
    public Iterator<DataSheet.Row> iterator() {
      if (iterated) {
        throw new IllegalStateException("the rows of " + name + " are read once");
      }
      iterated = true;
      Iterator<DataSheet.Row> records;
      try {
        records = new CsvRecords(reader); // reads the first buffer
      } catch (UncheckedIOException e) {
        throw new DataException(List.of(new DataProblem(name, 0, 0, "", "cannot read the file: " + reason(e.getCause()))));
      }
      return new Iterator<>() {
        @Override
        public boolean hasNext() {
          try {
            return records.hasNext();
          } catch (UncheckedIOException e) {
            throw new DataException(List.of(new DataProblem(name, 0, 0, "", "cannot read the file: " + reason(e.getCause()))));
          } catch (CsvRecords.Malformed e) {
            throw new DataException(List.of(new DataProblem(name, e.row, e.column, "", e.getMessage())));
          }
        }

        @Override
        public DataSheet.Row next() {
          hasNext();
          return records.next();
        }
      };
    }

    DataSheet toSheet() {
      List<DataSheet.Row> rows = new ArrayList<>();
      iterator().forEachRemaining(rows::add);
      return new DataSheet(name, "", Optional.empty(), rows);
    }

    @Override
    public void close() {
      try {
        reader.close();
      } catch (IOException e) {
        // nothing was written: a file that fails to close has been read already
      }
    }
  }

  /** Why a file could not be read, in words (not the exception's class), without repeating its path. */
  static String reason(IOException e) {
    if (e instanceof NoSuchFileException) {
      return "it does not exist";
    }
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    if (e instanceof FileSystemException f && f.getReason() != null) {
      return f.getReason();
    }
    String message = e.getMessage();
    return message == null || message.isBlank() ? "an input error" : message.toLowerCase(java.util.Locale.ROOT);
  }
}
