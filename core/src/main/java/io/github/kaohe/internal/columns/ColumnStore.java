package io.github.kaohe.internal.columns;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * What a dataset holds, by column: the entities (rows), their attributes, and per period which
 * rows have data and a {@link DecimalColumn} per key. Immutable once built.
 *
 * @param <P> the periods' type (the data package's {@code Period}, which this package does not
 *     import: the data package builds on this one, not the other way round)
 */
public final class ColumnStore<P extends Comparable<P>> {
  private static volatile @Nullable Function<Object, ColumnStore<?>> access;

  private final EntityIndex index;
  private final Map<String, TextColumn> attributes;
  private final TreeMap<P, PeriodColumns> periods;
  private volatile int @Nullable [] ranks;

  /** One period: the rows with data, and a column per key. */
  public record PeriodColumns(long[] rows, Map<String, DecimalColumn> columns) {
    public boolean hasRow(int row) {
      return Bits.get(rows, row);
    }
  }

  private ColumnStore(EntityIndex index, Map<String, TextColumn> attributes, TreeMap<P, PeriodColumns> periods) {
    this.index = index;
    this.attributes = attributes;
    this.periods = periods;
  }

  /** Called once by the dataset class, so that the engine reads its columns without a public accessor. */
  public static void install(Function<Object, ColumnStore<?>> reader) {
    access = reader;
  }

  /** The columns of a dataset, whose periods are of type {@code P}. */
  @SuppressWarnings("unchecked")
  public static <P extends Comparable<P>> ColumnStore<P> of(Object dataset) {
    Function<Object, ColumnStore<?>> a = Objects.requireNonNull(access, "the dataset class is not initialised");
    return (ColumnStore<P>) a.apply(dataset);
  }

  public EntityIndex index() {
    return index;
  }

  /** How many entities (rows) there are. */
  public int size() {
    return index.size();
  }

  /** The attribute columns, in the order their keys were first given. */
  public Map<String, TextColumn> attributes() {
    return attributes;
  }

  public Map<P, PeriodColumns> periods() {
    return periods;
  }

  /** The period's columns, or null when the data has none of it. */
  public @Nullable PeriodColumns period(P p) {
    return periods.get(p);
  }

  /** The column of a key in a period, or an empty one. */
  public DecimalColumn column(P p, String key) {
    PeriodColumns t = periods.get(p);
    DecimalColumn c = t == null ? null : t.columns().get(key);
    return c == null ? DecimalColumn.empty(size()) : c;
  }

  /**
   * Each row's place among the ids in {@link String#compareTo} order, worked out once per dataset:
   * ranking lists tied entities by id, and a million evaluations of the same data need not sort
   * the ids a million times.
   */
  public int[] idRanks() {
    int[] r = ranks;
    if (r == null) {
      String[] ids = index.ids();
      int[] rows = IntSort.identity(ids.length);
      IntSort.sort(rows, 0, rows.length, (a, b) -> ids[a].compareTo(ids[b]));
      r = new int[ids.length];
      for (int k = 0; k < rows.length; k++) {
        r[rows[k]] = k;
      }
      ranks = r;
    }
    return r;
  }

  /**
   * A copy of this store with the column of a key in a period replaced (the others shared), and
   * the row marked as having data in that period.
   */
  public ColumnStore<P> withColumn(P p, String key, DecimalColumn column, int row) {
    TreeMap<P, PeriodColumns> tables = new TreeMap<>(periods);
    PeriodColumns t = periods.get(p);
    Map<String, DecimalColumn> columns = new LinkedHashMap<>(t == null ? Map.of() : t.columns());
    columns.put(key, column);
    long[] rows = t == null ? Bits.of(size()) : t.rows().clone();
    Bits.set(rows, row);
    tables.put(p, new PeriodColumns(rows, Collections.unmodifiableMap(columns)));
    ColumnStore<P> copy = new ColumnStore<>(index, attributes, tables);
    copy.ranks = ranks;
    return copy;
  }

  /** Gathers a dataset's columns as values are given. */
  public static final class Builder<P extends Comparable<P>> {
    private final EntityIndex index;
    private final Map<String, TextColumn.Builder> attributes = new LinkedHashMap<>();
    private final Map<P, MutablePeriod> periods = new LinkedHashMap<>();

    private static final class MutablePeriod {
      long[] rows = Bits.of(16);
      final Map<String, DecimalColumn.Builder> columns = new LinkedHashMap<>();
    }

    public Builder(int capacity) {
      index = new EntityIndex(capacity);
    }

    /** The row of an entity, added when new. */
    public int entity(String id) {
      return index.add(Objects.requireNonNull(id, "entity"));
    }

    /** The row of an entity, or −1. */
    public int find(String id) {
      return index.find(id);
    }

    public int size() {
      return index.size();
    }

    public String id(int row) {
      return index.id(row);
    }

    private MutablePeriod table(P p) {
      return periods.computeIfAbsent(Objects.requireNonNull(p, "period"), x -> new MutablePeriod());
    }

    /** Marks that the row has data in the period. */
    public void row(int row, P p) {
      MutablePeriod t = table(p);
      t.rows = Bits.ensure(t.rows, row + 1);
      Bits.set(t.rows, row);
    }

    /** Whether the row has data in the period. */
    public boolean hasRow(int row, P p) {
      MutablePeriod t = periods.get(p);
      return t != null && Bits.get(t.rows, row);
    }

    /** Removes the row's data of the period: its mark and its values. */
    public void removeRow(int row, P p) {
      MutablePeriod t = periods.get(p);
      if (t != null) {
        Bits.clear(t.rows, row);
        t.columns.values().forEach(c -> c.clear(row));
      }
    }

    /** The column of a key in a period, created when new. */
    public DecimalColumn.Builder column(P p, String key) {
      return table(p).columns.computeIfAbsent(Objects.requireNonNull(key, "key"), k -> new DecimalColumn.Builder(index.size()));
    }

    /** The column of an attribute, created when new. */
    public TextColumn.Builder attribute(String key) {
      return attributes.computeIfAbsent(Objects.requireNonNull(key, "key"), k -> new TextColumn.Builder(index.size()));
    }

    public ColumnStore<P> build() {
      int n = index.size();
      Map<String, TextColumn> attrs = new LinkedHashMap<>();
      attributes.forEach((k, b) -> attrs.put(k, b.build(n)));
      TreeMap<P, PeriodColumns> tables = new TreeMap<>();
      periods.forEach((p, t) -> {
        Map<String, DecimalColumn> columns = new LinkedHashMap<>();
        t.columns.forEach((k, b) -> columns.put(k, b.build(n)));
        tables.put(p, new PeriodColumns(Bits.resize(t.rows, n), Collections.unmodifiableMap(columns)));
      });
      return new ColumnStore<>(index.trimmed(), Collections.unmodifiableMap(attrs), tables);
    }
  }
}
