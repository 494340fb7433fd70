package io.github.kaohe.data;

import io.github.kaohe.internal.columns.ColumnStore;
import io.github.kaohe.internal.columns.DecimalColumn;
import io.github.kaohe.internal.columns.TextColumn;
import java.math.BigDecimal;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashSet;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * Values to assess: per entity, period and key (an indicator's, adjustment item's or fact's id),
 * exact decimals; and entity attributes (e.g. county). Immutable.
 *
 * <p>Stored by column: per period and key, unscaled {@code long}s at one scale with a bitmap of
 * missing values, so that a million entities cost arrays, not maps or objects. Build small data
 * value by value with {@link #builder()}; give large data a column at a time with
 * {@link #columnar(List)}.
 *
 * <pre>{@code
 * Dataset data = Dataset.builder()
 *     .value("bianxi", Period.year(2015), "tax-total", new BigDecimal("152300"))
 *     .build();
 * }</pre>
 */
public final class Dataset {
  static {
    ColumnStore.install(d -> ((Dataset) d).store);
  }

  private final ColumnStore<Period> store;
  private final List<String> entities;

  Dataset(ColumnStore<Period> store) {
    this.store = store;
    String[] ids = store.index().ids();
    this.entities = new AbstractList<>() {
      @Override
      public String get(int i) {
        return ids[i];
      }

      @Override
      public int size() {
        return ids.length;
      }
    };
  }

  /**
   * A copy of this dataset with one value set (given or replaced), the rest shared: what a
   * counterfactual ("what if our tax were 2,100 万元") evaluates.
   *
   * @throws IllegalArgumentException if the data has no such entity
   */
  public Dataset withValue(String entity, Period period, String key, BigDecimal value) {
    Objects.requireNonNull(value, "value");
    return with(entity, period, key, value);
  }

  /**
   * A copy of this dataset without one value (missing), the rest shared.
   *
   * @throws IllegalArgumentException if the data has no such entity
   */
  public Dataset withoutValue(String entity, Period period, String key) {
    return with(entity, period, key, null);
  }

  private Dataset with(String entity, Period period, String key, @Nullable BigDecimal value) {
    Objects.requireNonNull(period, "period");
    Objects.requireNonNull(key, "key");
    int row = store.index().find(Objects.requireNonNull(entity, "entity"));
    if (row < 0) {
      throw new IllegalArgumentException("the data have no entity '" + entity + "'");
    }
    DecimalColumn column = store.column(period, key).resized(store.size()).with(row, value);
    return new Dataset(store.withColumn(period, key, column, row));
  }

  /** A builder that takes one value at a time. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A builder that takes whole columns: the fastest way to give a large table.
   *
   * @param entities the entities' ids, in order; each column gives a value per entity in this order
   */
  public static ColumnarBuilder columnar(List<String> entities) {
    return new ColumnarBuilder(entities);
  }

  /** Entity ids, in the order they were first given. */
  public List<String> entities() {
    return entities;
  }

  /** The periods that have data. */
  public SortedSet<Period> periods() {
    return Collections.unmodifiableSortedSet(new TreeSet<>(store.periods().keySet()));
  }

  /** Whether the entity has a row (any data) in the period. */
  public boolean hasRow(String entity, Period period) {
    int row = store.index().find(entity);
    ColumnStore.PeriodColumns t = store.period(period);
    return row >= 0 && t != null && t.hasRow(row);
  }

  /** The entities with a row in the period, in order. */
  public List<String> entitiesIn(Period period) {
    ColumnStore.PeriodColumns t = store.period(period);
    if (t == null) {
      return List.of();
    }
    List<String> out = new ArrayList<>();
    for (int i = 0; i < entities.size(); i++) {
      if (t.hasRow(i)) {
        out.add(entities.get(i));
      }
    }
    return out;
  }

  /** The value, if given. */
  public Optional<BigDecimal> value(String entity, Period period, String key) {
    int row = store.index().find(entity);
    ColumnStore.PeriodColumns t = store.period(period);
    if (row < 0 || t == null) {
      return Optional.empty();
    }
    DecimalColumn column = t.columns().get(key);
    return column == null ? Optional.empty() : Optional.ofNullable(column.get(row));
  }

  /** How many entities have a value of the key in the period: 0 for a column with no values at all. */
  public int count(Period period, String key) {
    ColumnStore.PeriodColumns t = store.period(period);
    DecimalColumn column = t == null ? null : t.columns().get(key);
    return column == null ? 0 : column.count();
  }

  /** The entity's attributes given in the data, e.g. {@code county}. */
  public Map<String, String> attributes(String entity) {
    int row = store.index().find(entity);
    if (row < 0 || store.attributes().isEmpty()) {
      return Map.of();
    }
    Map<String, String> out = new LinkedHashMap<>();
    store.attributes().forEach((key, column) -> {
      String v = column.get(row);
      if (v != null) {
        out.put(key, v);
      }
    });
    return Collections.unmodifiableMap(out);
  }

  /** Builds a {@link Dataset} a value at a time. Giving the same cell twice is an error. */
  public static final class Builder {
    private final ColumnStore.Builder<Period> store = new ColumnStore.Builder<>(16);

    private Builder() {}

    /** Declares that the entity has a row in the period, even if every value is missing. */
    public Builder row(String entity, Period period) {
      store.row(store.entity(entity), period);
      return this;
    }

    /** Sets one value. */
    public Builder value(String entity, Period period, String key, BigDecimal value) {
      Objects.requireNonNull(key, "key");
      Objects.requireNonNull(value, "value");
      int row = store.entity(entity);
      store.row(row, period);
      DecimalColumn.Builder column = store.column(period, key);
      if (column.has(row)) {
        throw new IllegalArgumentException(
            "value of '" + key + "' for '" + entity + "' in " + period + " is given twice");
      }
      column.set(row, value);
      return this;
    }

    /** Sets an attribute of the entity, e.g. {@code county}. */
    public Builder attribute(String entity, String key, String value) {
      Objects.requireNonNull(value, "value");
      store.attribute(key).set(store.entity(entity), value);
      return this;
    }

    public Dataset build() {
      return new Dataset(store.build());
    }
  }

  /**
   * Builds a {@link Dataset} a column at a time, for a fixed list of entities: every entity has a
   * row in each period that a column is given for, unless {@link #rows} says otherwise.
   */
  public static final class ColumnarBuilder {
    private final ColumnStore.Builder<Period> store;
    private final int n;
    private final Map<Period, BitSet> rows = new LinkedHashMap<>();
    private final Set<String> given = new HashSet<>();

    private ColumnarBuilder(List<String> entities) {
      this.n = entities.size();
      this.store = new ColumnStore.Builder<>(n);
      for (String id : entities) {
        int before = store.size();
        store.entity(id);
        if (store.size() == before) {
          throw new IllegalArgumentException("entity '" + id + "' is listed twice");
        }
      }
    }

    private void checkLength(int length, String what) {
      if (length != n) {
        throw new IllegalArgumentException(what + " has " + length + " values, but there are " + n + " entities");
      }
    }

    /**
     * Gives the values of a key in a period: {@code unscaled[i] × 10^-scale} for entity {@code i}.
     *
     * @param missing the entities without a value (may be null: none)
     */
    public ColumnarBuilder column(Period period, String key, long[] unscaled, int scale, @Nullable BitSet missing) {
      checkLength(unscaled.length, "column '" + key + "'");
      DecimalColumn.Builder c = fresh(period, key);
      for (int i = 0; i < n; i++) {
        if (missing == null || !missing.get(i)) {
          c.set(i, unscaled[i], scale);
        }
      }
      return this;
    }

    /** Gives the values of a key in a period; a null element is a missing value. */
    public ColumnarBuilder column(Period period, String key, @Nullable BigDecimal[] values) {
      checkLength(values.length, "column '" + key + "'");
      DecimalColumn.Builder c = fresh(period, key);
      for (int i = 0; i < n; i++) {
        if (values[i] != null) {
          c.set(i, values[i]);
        }
      }
      return this;
    }

    private DecimalColumn.Builder fresh(Period period, String key) {
      Objects.requireNonNull(period, "period");
      Objects.requireNonNull(key, "key");
      rows.computeIfAbsent(period, p -> {
        BitSet all = new BitSet(n);
        all.set(0, n);
        return all;
      });
      if (!given.add(period + "\u0000" + key)) {
        throw new IllegalArgumentException("column '" + key + "' in " + period + " is given twice");
      }
      return store.column(period, key);
    }

    /** Says which entities have a row in the period (by default: all, once a column is given). */
    public ColumnarBuilder rows(Period period, BitSet entities) {
      rows.put(Objects.requireNonNull(period, "period"), (BitSet) entities.clone());
      return this;
    }

    /** Gives an attribute of every entity; a null element is no value. */
    public ColumnarBuilder attribute(String key, @Nullable String[] values) {
      checkLength(values.length, "attribute '" + key + "'");
      TextColumn.Builder c = store.attribute(key);
      for (int i = 0; i < n; i++) {
        c.set(i, values[i]);
      }
      return this;
    }

    public Dataset build() {
      rows.forEach((p, set) -> set.stream().filter(i -> i < n).forEach(i -> store.row(i, p)));
      return new Dataset(store.build());
    }
  }
}
