package io.github.kaohe.eval;

import io.github.kaohe.model.Category;
import io.github.kaohe.model.EntityDefinition;
import io.github.kaohe.model.Indicator;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import org.jspecify.annotations.Nullable;

/**
 * A result as a table: one row per entity, in the order of {@link SchemeResult#entities()}, with
 * its place, total and the points of each category and indicator, read straight from the result's
 * columns. Where {@link EntityResult} builds an entity's whole tree (every indicator's value,
 * formula and status), a row here costs only the cells read: for writing a million entities' scores
 * as CSV or a spreadsheet. Every cell equals the one the entity's {@link EntityResult} gives.
 * Immutable and thread-safe.
 *
 * <pre>{@code
 * ScoreTable table = result.table();
 * ScoreTable.Column output = table.column("output");
 * for (int row = 0; row < table.size(); row++) {
 *   System.out.println(table.id(row) + " " + table.total(row) + " " + output.points(row));
 * }
 * }</pre>
 */
public final class ScoreTable {
  private final ScoredPeriod scored;

  ScoreTable(ScoredPeriod scored) {
    this.scored = scored;
  }

  /** How many rows: every assessed entity. */
  public int size() {
    return scored.size();
  }

  /** The id of the entity in a row. */
  public String id(int row) {
    return scored.id(position(row));
  }

  /** The entity in a row: its names, declared by the policy or made from the id the data gives. */
  public EntityDefinition entity(int row) {
    return scored.population.definition(position(row));
  }

  /** The entity's place, as {@link EntityResult#place()}; empty for an entity that takes none. */
  public OptionalInt place(int row) {
    return scored.place(position(row));
  }

  /** The entity's total, as {@link EntityResult#total()}. */
  public BigDecimal total(int row) {
    return scored.total(position(row));
  }

  /** The sum of the entity's adjustment layers' points, as {@link EntityResult#adjustments()}. */
  public BigDecimal adjustments(int row) {
    return scored.adjustmentPoints(position(row));
  }

  /**
   * The column of a category (at any depth) or an indicator of the scheme.
   *
   * @throws IllegalArgumentException if the scheme has no category or indicator with this id
   */
  public Column column(String id) {
    Objects.requireNonNull(id, "id");
    Category category = scored.category(id);
    if (category != null) {
      return new Column(category, null);
    }
    if (scored.hasIndicator(id)) {
      return new Column(null, scored.inputs[scored.indexOf(id)].indicator);
    }
    throw new IllegalArgumentException("scheme " + scored.scheme.id() + " has no category or indicator " + id);
  }

  private int position(int row) {
    Objects.checkIndex(row, scored.size());
    return scored.position(row);
  }

  @Override
  public String toString() {
    return "ScoreTable[" + scored.scheme.id() + " " + scored.period + ": " + size() + " rows]";
  }

  /** The points of one category or indicator, row by row. */
  public final class Column {
    private final @Nullable Category category;
    private final @Nullable Indicator indicator;
    /** The indicator's column, or for a category the columns of its indicators at every depth. */
    private final int[] indicators;

    private Column(@Nullable Category category, @Nullable Indicator indicator) {
      this.category = category;
      this.indicator = indicator;
      this.indicators = (category != null ? category.allIndicators() : List.of(Objects.requireNonNull(indicator))).stream()
          .mapToInt(i -> scored.indexOf(i.id()))
          .toArray();
    }

    /** The category's or indicator's id. */
    public String id() {
      return category != null ? category.id() : Objects.requireNonNull(indicator).id();
    }

    /** Whether this is a category's column (else an indicator's). */
    public boolean isCategory() {
      return category != null;
    }

    /** The points in a row, as the entity's {@link EntityResult#points(String)} gives them. */
    public BigDecimal points(int row) {
      int e = position(row);
      return category == null ? scored.points(indicators[0], e) : scored.categoryPoints(category, e);
    }

    /**
     * Whether the points in a row stand on a missing value: the indicator's, or for a category any
     * of its indicators', scored by the missing-value rule rather than from the data.
     */
    public boolean missing(int row) {
      int e = position(row);
      for (int j : indicators) {
        if (scored.status(j, e) != IndicatorStatus.SCORED) {
          return true;
        }
      }
      return false;
    }

    /**
     * An indicator's value in a row, as its {@link IndicatorResult#value()} shows it; empty for a
     * category and where the entity has none.
     */
    public Optional<BigDecimal> value(int row) {
      int e = position(row);
      return category != null ? Optional.empty() : scored.indicator(indicators[0], e).value();
    }
  }
}
