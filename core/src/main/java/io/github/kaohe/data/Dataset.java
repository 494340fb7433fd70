package io.github.kaohe.data;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Values to assess: per entity, period and key (an indicator's or adjustment item's id), exact
 * decimals; and entity attributes (e.g. county). Immutable; stored by column, so that a million
 * entities cost arrays, not maps.
 *
 * <pre>{@code
 * Dataset data = Dataset.builder()
 *     .value("bianxi", Period.year(2015), "tax-total", new BigDecimal("152300"))
 *     .build();
 * }</pre>
 */
public final class Dataset {
  private final List<String> entities;
  private final Map<String, Integer> index;
  private final Map<String, Map<String, String>> attributes;
  private final TreeMap<Period, Table> tables;

  /** One period: which entities have a row, and a column of values per key. */
  private record Table(boolean[] rows, Map<String, BigDecimal[]> columns) {}

  private Dataset(Builder b) {
    this.entities = List.copyOf(b.entities);
    this.index = Map.copyOf(b.index);
    Map<String, Map<String, String>> attrs = new HashMap<>();
    b.attributes.forEach((k, v) -> attrs.put(k, Collections.unmodifiableMap(new LinkedHashMap<>(v))));
    this.attributes = Map.copyOf(attrs);
    this.tables = new TreeMap<>();
    int n = entities.size();
    b.tables.forEach(
        (period, t) -> {
          Map<String, BigDecimal[]> columns = new HashMap<>();
          t.columns.forEach((key, col) -> columns.put(key, Arrays.copyOf(col, n)));
          tables.put(period, new Table(Arrays.copyOf(t.rows, n), columns));
        });
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Entity ids, in the order they were first given. */
  public List<String> entities() {
    return entities;
  }

  /** The periods that have data. */
  public SortedSet<Period> periods() {
    return Collections.unmodifiableSortedSet(new TreeSet<>(tables.keySet()));
  }

  /** Whether the entity has a row (any data) in the period. */
  public boolean hasRow(String entity, Period period) {
    Integer i = index.get(entity);
    Table t = tables.get(period);
    return i != null && t != null && t.rows()[i];
  }

  /** The entities with a row in the period, in order. */
  public List<String> entitiesIn(Period period) {
    Table t = tables.get(period);
    if (t == null) {
      return List.of();
    }
    List<String> out = new ArrayList<>();
    for (int i = 0; i < entities.size(); i++) {
      if (t.rows()[i]) {
        out.add(entities.get(i));
      }
    }
    return out;
  }

  /** The value, if given. */
  public Optional<BigDecimal> value(String entity, Period period, String key) {
    Integer i = index.get(entity);
    Table t = tables.get(period);
    if (i == null || t == null) {
      return Optional.empty();
    }
    BigDecimal[] column = t.columns().get(key);
    return column == null ? Optional.empty() : Optional.ofNullable(column[i]);
  }

  /** The entity's attributes given in the data, e.g. {@code county}. */
  public Map<String, String> attributes(String entity) {
    return attributes.getOrDefault(entity, Map.of());
  }

  /** Builds a {@link Dataset}. Giving the same cell twice is an error. */
  public static final class Builder {
    private final List<String> entities = new ArrayList<>();
    private final Map<String, Integer> index = new HashMap<>();
    private final Map<String, Map<String, String>> attributes = new HashMap<>();
    private final Map<Period, MutableTable> tables = new HashMap<>();

    private static final class MutableTable {
      boolean[] rows = new boolean[16];
      final Map<String, BigDecimal[]> columns = new HashMap<>();
    }

    private Builder() {}

    private int indexOf(String entity) {
      Objects.requireNonNull(entity, "entity");
      Integer i = index.get(entity);
      if (i == null) {
        i = entities.size();
        entities.add(entity);
        index.put(entity, i);
      }
      return i;
    }

    private MutableTable table(Period period, int row) {
      MutableTable t = tables.computeIfAbsent(Objects.requireNonNull(period, "period"), p -> new MutableTable());
      if (row >= t.rows.length) {
        t.rows = Arrays.copyOf(t.rows, Math.max(row + 1, t.rows.length * 2));
      }
      t.rows[row] = true;
      return t;
    }

    /** Declares that the entity has a row in the period, even if every value is missing. */
    public Builder row(String entity, Period period) {
      table(period, indexOf(entity));
      return this;
    }

    /** Sets one value. */
    public Builder value(String entity, Period period, String key, BigDecimal value) {
      Objects.requireNonNull(key, "key");
      Objects.requireNonNull(value, "value");
      int i = indexOf(entity);
      MutableTable t = table(period, i);
      BigDecimal[] column = t.columns.computeIfAbsent(key, k -> new BigDecimal[Math.max(16, i + 1)]);
      if (i >= column.length) {
        column = Arrays.copyOf(column, Math.max(i + 1, column.length * 2));
        t.columns.put(key, column);
      }
      if (column[i] != null) {
        throw new IllegalArgumentException(
            "value of '" + key + "' for '" + entity + "' in " + period + " is given twice");
      }
      column[i] = value;
      return this;
    }

    /** Sets an attribute of the entity, e.g. {@code county}. */
    public Builder attribute(String entity, String key, String value) {
      indexOf(entity);
      attributes.computeIfAbsent(entity, e -> new LinkedHashMap<>()).put(key, value);
      return this;
    }

    public Dataset build() {
      return new Dataset(this);
    }
  }
}
