package io.github.kaohe.data;

import io.github.kaohe.internal.columns.Bits;
import io.github.kaohe.internal.columns.ColumnStore;
import io.github.kaohe.internal.columns.DecimalColumn;
import io.github.kaohe.internal.columns.TextColumn;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The values read so far, straight into columns, before they become a {@link Dataset}. Each
 * entity's period that a row opens is an <em>entry</em>; an entry with a problem in any of its rows
 * is marked bad and left out when bad rows are skipped. Per entry it keeps only what problems
 * need: where its first row was, whether it came from a wide row, and (for long rows) where each
 * value was given.
 */
final class Staging {
  /** Where a row is: its sheet (empty for CSV) and number. */
  record Place(String sheet, int row) {
    /** {@code row 3}, or {@code sheet 2014, row 3} when it is in another sheet than {@code from}. */
    String shownFrom(String from) {
      return sheet.isEmpty() || sheet.equals(from) ? "row " + row : "sheet " + sheet + ", row " + row;
    }
  }

  /** What the entries of one period know. */
  private static final class PeriodState {
    long[] entered = Bits.of(64);
    long[] wide = Bits.of(64);
    long[] bad = Bits.of(64);
    long[] place = new long[64];
    int[] sequence = new int[64];
    /** Where each value of a long sheet was given, by key; wide rows need none. */
    final Map<String, long[]> valuePlaces = new HashMap<>();
    final Map<String, TextColumn.Builder> attributes = new HashMap<>();
    /** The store's column builders of the period, by key, found once. */
    final Map<String, DecimalColumn.Builder> columns = new HashMap<>();

    void ensure(int row) {
      if (row >= place.length) {
        int c = Math.max(row + 1, place.length * 2);
        place = Arrays.copyOf(place, c);
        sequence = Arrays.copyOf(sequence, c);
      }
      entered = Bits.ensure(entered, row + 1);
      wide = Bits.ensure(wide, row + 1);
      bad = Bits.ensure(bad, row + 1);
    }
  }

  private final ColumnStore.Builder<Period> store = new ColumnStore.Builder<>(1024);
  private final Map<Period, PeriodState> periods = new LinkedHashMap<>();
  private final List<String> sheets = new ArrayList<>();
  private final Map<String, Integer> sheetIndex = new HashMap<>();
  private final Set<String> attributeKeys = new LinkedHashSet<>();
  private int entries;
  private boolean anyBad;

  private @Nullable Period lastPeriod;
  private @Nullable PeriodState lastState;

  private PeriodState state(Period p) {
    if (p == lastPeriod) {
      return lastState;
    }
    PeriodState s = periods.computeIfAbsent(p, x -> new PeriodState());
    lastPeriod = p;
    lastState = s;
    return s;
  }

  private long encode(Place place) {
    int sheet = !sheets.isEmpty() && sheets.get(sheets.size() - 1).equals(place.sheet())
        ? sheets.size() - 1
        : sheetIndex.computeIfAbsent(place.sheet(), s -> {
          sheets.add(s);
          return sheets.size() - 1;
        });
    return ((long) sheet << 32) | (place.row() & 0xFFFFFFFFL);
  }

  private Place decode(long code) {
    return new Place(sheets.get((int) (code >>> 32)), (int) code);
  }

  /**
   * Opens the entity's entry in the period at this row and returns its row in the columns; or,
   * when an earlier row opened it, returns {@code −(row + 1)}.
   */
  int enter(String entity, Period period, String sheet, int rowNumber, boolean wide) {
    int row = store.entity(entity);
    PeriodState s = state(period);
    s.ensure(row);
    if (Bits.get(s.entered, row)) {
      return -row - 1;
    }
    Bits.set(s.entered, row);
    if (wide) {
      Bits.set(s.wide, row);
    }
    s.place[row] = encode(new Place(sheet, rowNumber));
    s.sequence[row] = entries++;
    store.row(row, period);
    return row;
  }

  /** Whether the entry was opened by a wide row. */
  boolean wide(int row, Period period) {
    return Bits.get(state(period).wide, row);
  }

  /** Where the entry's first row was. */
  Place place(int row, Period period) {
    return decode(state(period).place[row]);
  }

  /** Leaves the entity's period out when bad rows are skipped: one of its rows has a problem. */
  void markBad(String entity, Period period) {
    int row = store.entity(entity);
    PeriodState s = state(period);
    s.ensure(row);
    Bits.set(s.bad, row);
    anyBad = true;
  }

  /** The column a key's values go to. */
  DecimalColumn.Builder column(Period period, String key) {
    PeriodState s = state(period);
    DecimalColumn.Builder c = s.columns.get(key);
    if (c == null) {
      c = store.column(period, key);
      s.columns.put(key, c);
    }
    return c;
  }

  /** Notes where a long sheet gave the entry's value of a key. */
  void givenAt(int row, Period period, String key, Place place) {
    long[] places = state(period).valuePlaces.computeIfAbsent(key, k -> new long[Math.max(64, row + 1)]);
    if (row >= places.length) {
      places = Arrays.copyOf(places, Math.max(row + 1, places.length * 2));
      state(period).valuePlaces.put(key, places);
    }
    places[row] = encode(place) + 1; // 0: not given
  }

  /** Where a long sheet gave the entry's value of a key, or null if it has not. */
  @Nullable Place given(int row, Period period, String key) {
    long[] places = state(period).valuePlaces.get(key);
    return places == null || row >= places.length || places[row] == 0 ? null : decode(places[row] - 1);
  }

  /** Sets an attribute of the entity as the entry gives it. */
  void attribute(int row, Period period, String key, String value) {
    attributeKeys.add(key);
    state(period).attributes.computeIfAbsent(key, k -> new TextColumn.Builder(row + 1)).set(row, value);
  }

  private boolean good(PeriodState s, int row) {
    return Bits.get(s.entered, row) && !Bits.get(s.bad, row);
  }

  /** The data of every entry that is not bad. */
  Dataset build() {
    if (anyBad) {
      return withoutBad();
    }
    resolveAttributes(store);
    return new Dataset(store.build());
  }

  /**
   * Gives each entity its attributes from the last entry (in the order entries were opened) that
   * is not bad and has them: an entity's attributes are not per period.
   */
  private void resolveAttributes(ColumnStore.Builder<Period> into) {
    int n = store.size();
    for (String key : attributeKeys) {
      TextColumn.Builder column = into.attribute(key);
      for (int row = 0; row < n; row++) {
        int best = -1;
        String value = null;
        for (PeriodState s : periods.values()) {
          TextColumn.Builder c = s.attributes.get(key);
          String v = c == null || row >= s.place.length || !good(s, row) ? null : c.get(row);
          if (v != null && s.sequence[row] > best) {
            best = s.sequence[row];
            value = v;
          }
        }
        if (value != null) {
          column.set(into == store ? row : into.find(store.id(row)), value);
        }
      }
    }
  }

  /** The data again without the bad entries, the entities in the order their first good entry was opened. */
  private Dataset withoutBad() {
    int n = store.size();
    Integer[] order = new Integer[n];
    int[] first = new int[n];
    int kept = 0;
    for (int row = 0; row < n; row++) {
      first[row] = Integer.MAX_VALUE;
      for (PeriodState s : periods.values()) {
        if (row < s.place.length && good(s, row)) {
          first[row] = Math.min(first[row], s.sequence[row]);
        }
      }
      if (first[row] != Integer.MAX_VALUE) {
        order[kept++] = row;
      }
    }
    Integer[] rows = Arrays.copyOf(order, kept);
    Arrays.sort(rows, (a, b) -> Integer.compare(first[a], first[b]));
    ColumnStore.Builder<Period> out = new ColumnStore.Builder<>(kept);
    for (Integer row : rows) {
      out.entity(store.id(row));
    }
    ColumnStore<Period> built = store.build();
    periods.forEach((period, s) -> {
      ColumnStore.PeriodColumns columns = built.period(period);
      for (Integer row : rows) {
        if (row >= s.place.length || !good(s, row)) {
          continue;
        }
        int to = out.find(store.id(row));
        out.row(to, period);
        if (columns == null) {
          continue;
        }
        columns.columns().forEach((key, column) -> {
          BigDecimal v = column.get(row);
          if (v != null) {
            out.column(period, key).set(to, v);
          }
        });
      }
    });
    resolveAttributes(out);
    return new Dataset(out.build());
  }
}
