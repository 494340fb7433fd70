package io.github.kaohe.xlsx;

import io.github.kaohe.data.DataException;
import io.github.kaohe.data.DataProblem;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * Checks a workbook's zip against the {@link XlsxLimits} before the reader parses any of it: the
 * number of files in it, and each XML part unzipped as a stream of bytes, never held, counted
 * against the limit of bytes (whatever sizes the zip declares), its longest text or tag against
 * the limit of a cell, and the shared strings' count. A pass over the bytes alone, so that a zip
 * bomb or a gigabyte of shared strings stops here within a second.
 */
final class ZipGuard {
  private static final int BUFFER = 1 << 16;
  /** Bytes per character a text may take in XML at most: an escaped quote, {@code &quot;}, is six. */
  private static final int BYTES_PER_CHAR = 6;

  private final XlsxLimits limits;
  private final String name;
  private long total;

  private ZipGuard(XlsxLimits limits, String name) {
    this.limits = limits;
    this.name = name;
  }

  /**
   * Checks the workbook.
   *
   * @throws DataException saying which limit the file passes, or that it is no workbook
   */
  static void check(Path file, String name, XlsxLimits limits) {
    ZipGuard guard = new ZipGuard(limits, name);
    try (ZipFile zip = new ZipFile(file.toFile())) {
      if (zip.size() > limits.maxEntries()) {
        throw guard.problem("the workbook holds " + zip.size() + " files, more than the limit of " + limits.maxEntries());
      }
      List<ZipEntry> parts = new ArrayList<>();
      for (Enumeration<? extends ZipEntry> e = zip.entries(); e.hasMoreElements(); ) {
        ZipEntry entry = e.nextElement();
        String n = entry.getName().toLowerCase(Locale.ROOT);
        if (!entry.isDirectory() && (n.endsWith(".xml") || n.endsWith(".rels"))) {
          parts.add(entry);
        }
      }
      for (ZipEntry part : parts) {
        try (InputStream in = zip.getInputStream(part)) {
          guard.scan(in, part.getName());
        }
      }
    } catch (ZipException e) {
      throw guard.problem("cannot read the workbook (an .xlsx file is a zip file, and this is none: " + e.getMessage()
          + "): save it in Excel as \"Excel Workbook (*.xlsx)\"");
    } catch (IOException e) {
      throw guard.problem("cannot read the file: " + e.getMessage());
    }
  }

  /** Reads the part's bytes once, counting them, its longest run of text, and its shared strings. */
  private void scan(InputStream in, String part) throws IOException {
    boolean sharedStrings = part.toLowerCase(Locale.ROOT).endsWith("sharedstrings.xml");
    long longest = (long) limits.maxCellChars() * BYTES_PER_CHAR;
    byte[] buffer = new byte[BUFFER];
    long run = 0;
    long strings = 0;
    // the start of a tag's name read so far: "<si>" or "<si " opens a shared string
    int tagState = 0;
    long bytes = 0;
    int n;
    while ((n = in.read(buffer)) > 0) {
      total += n;
      bytes += n;
      if (sharedStrings && bytes > limits.maxSharedStringBytes()) {
        throw problem("the workbook's shared strings (its distinct texts) unzip to more than "
            + mib(limits.maxSharedStringBytes()) + ", the limit");
      }
      if (total > limits.maxUncompressedBytes()) {
        throw problem("the workbook unzips to more than " + mib(limits.maxUncompressedBytes())
            + " of XML, the limit (is it a zip bomb? or save the data as CSV, which is read as it streams)");
      }
      for (int i = 0; i < n; i++) {
        byte b = buffer[i];
        if (b == '<' || b == '>') {
          run = 0;
        } else if (++run > longest) {
          throw problem("a cell (or XML tag) in " + part + " is longer than " + limits.maxCellChars()
              + " characters, the most a cell holds");
        }
        if (sharedStrings) {
          if (b == '<') {
            tagState = 1;
          } else if (tagState == 1) {
            tagState = b == 's' ? 2 : 0;
          } else if (tagState == 2) {
            tagState = b == 'i' ? 3 : 0;
          } else if (tagState == 3) {
            if (b == '>' || b == ' ' || b == '/' || b == '\t' || b == '\n' || b == '\r') {
              if (++strings > limits.maxSharedStrings()) {
                throw problem("the workbook has more than " + limits.maxSharedStrings()
                    + " shared strings (distinct texts), the limit");
              }
            }
            tagState = 0;
          }
        }
      }
    }
  }

  private static String mib(long bytes) {
    return (bytes >> 20) + " MiB";
  }

  private DataException problem(String message) {
    return new DataException(List.of(new DataProblem(name, 0, 0, "", message)));
  }
}
