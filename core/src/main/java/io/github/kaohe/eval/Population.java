package io.github.kaohe.eval;

import io.github.kaohe.data.Period;
import io.github.kaohe.internal.columns.Bits;
import io.github.kaohe.internal.columns.ColumnStore;
import io.github.kaohe.internal.columns.DecimalColumn;
import io.github.kaohe.internal.columns.IntSort;
import io.github.kaohe.internal.columns.TextColumn;
import io.github.kaohe.model.AttributeFilter;
import io.github.kaohe.model.EntityDefinition;
import io.github.kaohe.model.Label;
import io.github.kaohe.model.Policy;
import io.github.kaohe.model.Scheme;
import io.github.kaohe.model.Scope;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The entities a scheme assesses in a period, numbered 0 to n − 1 ("positions"): the scheme's
 * declared entities, or else every entity with a row in the period's data but the context
 * entities. Each position knows its row in the data (−1 when the data has none) and its place in
 * the order of ids, which ranking uses to list ties. A scheme with a {@link Scope} assesses only
 * the entities in it: the others are no position at all.
 */
final class Population {
  private final Policy policy;
  private final Scheme scheme;
  private final ColumnStore<Period> data;
  /** The data's attribute columns, for {@link #touch} (a view's iterator per entity cost 3 % of a listing). */
  private TextColumn @Nullable [] attributeColumns;
  private final int[] rows;
  private final List<EntityDefinition> declared;
  private int[] idRanks;
  private int[] positionsByIdRank;
  /** Whether position e is row e for every entity: the data's rows, all of them, in order. */
  private final boolean identity;

  private Population(Policy policy, Scheme scheme, ColumnStore<Period> data, int[] rows) {
    this(policy, scheme, data, rows, scheme.entities());
  }

  private Population(
      Policy policy, Scheme scheme, ColumnStore<Period> data, int[] rows, List<EntityDefinition> declared) {
    this.policy = policy;
    this.scheme = scheme;
    this.data = data;
    this.rows = rows;
    this.declared = declared;
    boolean same = rows.length == data.size();
    for (int e = 0; same && e < rows.length; e++) {
      same = rows[e] == e;
    }
    this.identity = same;
  }

  /** Whether every entity of the data is assessed, position e being row e. */
  boolean identity() {
    return identity;
  }

  /**
   * The position of the entity with this id, when the data's own index finds it (the entities come
   * from the data, position e being row e): −1 if it has none; −2 when the index cannot say.
   */
  int positionByData(String id) {
    return identity && declared.isEmpty() ? data.index().find(id) : -2;
  }

  static Population of(Policy policy, Scheme scheme, ColumnStore<Period> data, Period period) {
    Population all = everyone(policy, scheme, data, period);
    return scheme.scope().isAll() ? all : all.within(scheme.scope(), period);
  }

  /** The positions that meet every condition of the scope, in the same order. */
  private Population within(Scope scope, Period period) {
    List<DecimalColumn> floors = new ArrayList<>();
    for (Scope.FactFloor f : scope.floors()) {
      floors.add(data.column(period, f.fact()));
    }
    int[] kept = new int[rows.length];
    List<EntityDefinition> keptDeclared = new ArrayList<>();
    int k = 0;
    for (int e = 0; e < rows.length; e++) {
      if (inScope(e, scope, floors)) {
        kept[k++] = rows[e];
        if (!declared.isEmpty()) {
          keptDeclared.add(declared.get(e));
        }
      }
    }
    return new Population(policy, scheme, data, Arrays.copyOf(kept, k), keptDeclared);
  }

  private boolean inScope(int e, Scope scope, List<DecimalColumn> floors) {
    for (AttributeFilter a : scope.attributes()) {
      if (!LinkedAttributes.matches(a, attribute(e, a.attribute()))) {
        return false;
      }
    }
    int row = rows[e];
    for (int i = 0; i < floors.size(); i++) {
      BigDecimal v = row < 0 ? null : floors.get(i).get(row);
      if (v == null || v.compareTo(scope.floors().get(i).atLeast()) < 0) {
        return false;
      }
    }
    return true;
  }

  private static Population everyone(Policy policy, Scheme scheme, ColumnStore<Period> data, Period period) {
    if (!scheme.entities().isEmpty()) {
      int[] rows = new int[scheme.entities().size()];
      for (int e = 0; e < rows.length; e++) {
        rows[e] = data.index().find(scheme.entities().get(e).id());
      }
      return new Population(policy, scheme, data, rows);
    }
    ColumnStore.PeriodColumns t = data.period(period);
    if (t == null) {
      return new Population(policy, scheme, data, new int[0]);
    }
    Set<String> context = new HashSet<>();
    scheme.rules().context().forEach(c -> context.addAll(c.allNames()));
    int n = data.size();
    int[] rows = new int[Math.min(n, Bits.count(t.rows()))];
    int k = 0;
    for (int r = 0; r < n; r++) {
      // context entities hold scheme-wide figures, read by measures but not assessed
      if (t.hasRow(r) && (context.isEmpty() || !context.contains(data.index().id(r)))) {
        rows[k++] = r;
      }
    }
    return new Population(policy, scheme, data, k == rows.length ? rows : Arrays.copyOf(rows, k));
  }

  int size() {
    return rows.length;
  }

  /** The data row of a position, or −1. */
  int row(int e) {
    return rows[e];
  }

  String id(int e) {
    return declared.isEmpty() ? data.index().id(rows[e]) : declared.get(e).id();
  }

  /** The entity's definition: declared, or made from its id for an entity the data brings. */
  EntityDefinition definition(int e) {
    if (!declared.isEmpty()) {
      return declared.get(e);
    }
    String id = id(e);
    return new EntityDefinition(id, Label.of(id, id), List.of(), true, Map.of());
  }

  /** Whether every entity takes a place, when the scheme ranks. */
  boolean everyoneRanked() {
    for (EntityDefinition d : declared) {
      if (!d.ranked()) {
        return false;
      }
    }
    return true;
  }

  /** Whether the entity takes a place, when the scheme ranks. */
  boolean ranked(int e) {
    return declared.isEmpty() || declared.get(e).ranked();
  }

  /** The declared attributes of an entity (none for an entity the data brings). */
  Map<String, String> declaredAttributes(int e) {
    return declared.isEmpty() ? Map.of() : declared.get(e).attributes();
  }

  /** The entity's attributes: declared, then from the data, then linked from other schemes. */
  Map<String, String> attributes(int e) {
    Map<String, String> own = new LinkedHashMap<>(declaredAttributes(e));
    int row = rows[e];
    if (row >= 0) {
      data.attributes().forEach((key, column) -> {
        String v = column.get(row);
        if (v != null) {
          own.put(key, v);
        }
      });
    }
    return LinkedAttributes.with(policy, scheme, own);
  }

  /** Reads the entity's row, id and attributes ahead of building its result: see {@link ScoredPeriod#warm}. */
  long touch(int e) {
    int row = rows[e];
    long mix = row ^ id(e).length(); // the length is in the text's array
    if (row >= 0) {
      TextColumn[] columns = attributeColumns;
      if (columns == null) { // racy but idempotent: the same columns whichever thread makes them
        columns = data.attributes().values().toArray(TextColumn[]::new);
        attributeColumns = columns;
      }
      for (TextColumn column : columns) {
        String v = column.get(row);
        mix ^= v == null ? 0 : v.length();
      }
    }
    return mix;
  }

  /** One attribute of the entity, as {@link #attributes} has it, without building the others. */
  @Nullable String attribute(int e, String key) {
    if (!scheme.rules().links().isEmpty()) {
      return attributes(e).get(key);
    }
    int row = rows[e];
    TextColumn column = data.attributes().get(key);
    String v = row >= 0 && column != null ? column.get(row) : null;
    return v != null ? v : declaredAttributes(e).get(key);
  }

  boolean fromData() {
    return declared.isEmpty();
  }

  /** Each position's place among the ids in {@link String#compareTo} order (worked out once). */
  int[] idRanks() {
    if (idRanks == null) {
      int n = rows.length;
      int[] ranks = new int[n];
      if (declared.isEmpty()) {
        int[] byRow = data.idRanks();
        for (int e = 0; e < n; e++) {
          ranks[e] = byRow[rows[e]];
        }
      } else {
        int[] order = IntSort.identity(n);
        IntSort.sort(order, 0, n, (a, b) -> id(a).compareTo(id(b)));
        for (int k = 0; k < n; k++) {
          ranks[order[k]] = k;
        }
      }
      int greatest = -1;
      for (int r : ranks) {
        greatest = Math.max(greatest, r);
      }
      int[] byRank = new int[greatest + 1];
      for (int e = 0; e < n; e++) {
        byRank[ranks[e]] = e;
      }
      positionsByIdRank = byRank;
      idRanks = ranks; // last: a thread that sees it sees both
    }
    return idRanks;
  }

  /** The inverse of {@link #idRanks}: the position of the entity with each id rank (ranks may skip). */
  int[] positionsByIdRank() {
    idRanks();
    return positionsByIdRank;
  }

  Scheme scheme() {
    return scheme;
  }

  ColumnStore<Period> data() {
    return data;
  }
}
