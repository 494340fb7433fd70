package io.github.kaohe.xlsx;

/**
 * What a workbook may hold, so that a hostile or broken file (a zip bomb, a sheet of six million
 * rows, a gigabyte of shared strings in a file of one megabyte) ends in a {@link
 * io.github.kaohe.data.DataException} that says which limit it passed, never in an
 * {@code OutOfMemoryError} or a run of minutes.
 *
 * @param maxUncompressedBytes the most bytes the workbook's XML parts may take once unzipped, in all
 * @param maxRows the most rows a sheet may have (Excel's own limit: 1,048,576)
 * @param maxColumns the most columns a sheet may have (Excel's own limit: 16,384)
 * @param maxCellChars the most characters a cell may hold (Excel's own limit: 32,767)
 * @param maxSharedStrings the most distinct texts (shared strings) a workbook may have
 * @param maxSharedStringBytes the most bytes its table of shared strings may take unzipped: the
 *     reader holds these texts in memory
 * @param maxEntries the most files the workbook's zip may hold
 */
public record XlsxLimits(
    long maxUncompressedBytes,
    int maxRows,
    int maxColumns,
    int maxCellChars,
    int maxSharedStrings,
    long maxSharedStringBytes,
    int maxEntries) {
  public XlsxLimits {
    if (maxUncompressedBytes < 1 || maxRows < 1 || maxColumns < 1 || maxCellChars < 1 || maxSharedStrings < 0
        || maxSharedStringBytes < 0 || maxEntries < 1) {
      throw new IllegalArgumentException("limits must be positive (maxSharedStrings may be 0)");
    }
  }

  /**
   * 256 MiB of XML (a sheet of about six million numbers, read in a few seconds), Excel's own
   * limits of rows, columns and characters per cell, a million shared strings in at most 32 MiB,
   * and 10,000 files.
   */
  public static XlsxLimits defaults() {
    return new XlsxLimits(256L << 20, 1_048_576, 16_384, 32_767, 1_000_000, 32L << 20, 10_000);
  }
}
