package io.github.kaohe.cli;

import java.util.Locale;
import java.util.Optional;

/**
 * The reports for people, HTML, Markdown and Excel, are each made whole before they are written:
 * every entity with its points (and, in HTML, its explanation), so a report needs memory in
 * proportion to its entities. Each is declared for so many entities in 512 MB of heap, and for
 * proportionally more, or fewer, in another heap. A report past that is refused before it is
 * made, with the way out, rather than running out of memory after a long wait. CSV and JSON are
 * written an entity at a time, and are not limited here (JSON warns, {@link DeclaredSizes}).
 */
final class ReportSize {
  /** The heap the limits are declared for: the 512 MB. */
  static final long DECLARED_HEAP = 512L * 1024 * 1024;

  private ReportSize() {}

  /** The most entities the format is declared for in 512 MB, or 0 for no limit. */
  static long declared(ReportFormat format) {
    return switch (format) {
      case HTML, MD -> 10_000;
      case XLSX -> 50_000;
      case CSV, JSON -> 0;
    };
  }

  /** The most entities the format takes in this heap: its declared number, scaled by the heap (at least 1). */
  static long limit(ReportFormat format, long heap) {
    long declared = declared(format);
    return declared == 0 ? 0 : Math.max(1, declared * heap / DECLARED_HEAP);
  }

  /** Why a report of this many entities is refused in this heap, if it is. */
  static Optional<String> refusal(ReportFormat format, long entities, long heap) {
    long limit = limit(format, heap);
    if (limit == 0 || entities <= limit) {
      return Optional.empty();
    }
    String name = switch (format) {
      case HTML -> "an HTML report";
      case MD -> "a Markdown report";
      default -> "an Excel workbook";
    };
    long needed = (entities * DECLARED_HEAP / declared(format) + (1L << 30) - 1) >> 30; // GiB, rounded up
    return Optional.of(String.format(Locale.ROOT,
        "%s of %,d entities (every scheme and period it holds) is more than the %,d it takes in Java's heap of"
            + " %d MB: it is made whole before it is written. Give Java more (java -Xmx%dg -jar kaohe.jar …), narrow it"
            + " (--scheme, --period), or write --format csv or json, which are written an entity at a time.",
        name, entities, limit, heap >> 20, needed));
  }
}
