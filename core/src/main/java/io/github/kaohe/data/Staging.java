package io.github.kaohe.data;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The values read so far, per entity and period, before they become a {@link Dataset}: an entity's
 * period with a problem in any of its rows is marked bad and left out when bad rows are skipped.
 */
final class Staging {
  /** An entity in a period: what a wide sheet's row holds. */
  record Key(String entity, Period period) {}

  /** Where a row is: its sheet (empty for CSV) and number. */
  record Place(String sheet, int row) {
    /** {@code row 3}, or {@code sheet 2014, row 3} when it is in another sheet than {@code from}. */
    String shownFrom(String from) {
      return sheet.isEmpty() || sheet.equals(from) ? "row " + row : "sheet " + sheet + ", row " + row;
    }
  }

  /** What one entity's period has so far. */
  static final class Entry {
    final Place place;
    final boolean wide;
    final Map<String, BigDecimal> values = new LinkedHashMap<>();
    final Map<String, String> attributes = new LinkedHashMap<>();
    final Map<String, Place> valuePlaces = new HashMap<>();

    Entry(Place place, boolean wide) {
      this.place = place;
      this.wide = wide;
    }

    /** Where the value or attribute of this key was given, or null if it was not. */
    @Nullable Place given(String key) {
      return valuePlaces.get(key);
    }
  }

  private final Map<Key, Entry> entries = new LinkedHashMap<>();
  private final Set<Key> bad = new HashSet<>();

  @Nullable Entry get(Key key) {
    return entries.get(key);
  }

  Entry create(Key key, Place place, boolean wide) {
    Entry e = new Entry(place, wide);
    entries.put(key, e);
    return e;
  }

  /** Leaves the entity's period out when bad rows are skipped: one of its rows has a problem. */
  void markBad(Key key) {
    bad.add(key);
  }

  /** The data of every entry that is not bad. */
  Dataset build() {
    Dataset.Builder data = Dataset.builder();
    entries.forEach(
        (key, e) -> {
          if (bad.contains(key)) {
            return;
          }
          data.row(key.entity(), key.period());
          e.values.forEach((k, v) -> data.value(key.entity(), key.period(), k, v));
          e.attributes.forEach((k, v) -> data.attribute(key.entity(), k, v));
        });
    return data.build();
  }
}
