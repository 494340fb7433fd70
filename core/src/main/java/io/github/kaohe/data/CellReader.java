package io.github.kaohe.data;

import io.github.kaohe.internal.columns.DecimalColumn;
import io.github.kaohe.model.Fact;
import io.github.kaohe.model.FactType;
import io.github.kaohe.model.FactValues;
import io.github.kaohe.model.Indicator;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Reads a cell into its column: a number or count (converted from a long sheet's unit to the
 * indicator's), or a fact by its type; and checks it against the column's valid range
 * ({@link ValidRanges}). Says what is wrong in words, quoting at most 40 characters of a cell.
 */
final class CellReader {
  /** The longest text a fact may have (an enumeration's value, a word for true or false). */
  private static final int MAX_FACT_TEXT = 256;

  private final CellNumbers numbers = new CellNumbers();
  private final Map<String, ValidRanges.Range> ranges = new HashMap<>();

  /**
   * The factor a value written in {@code unit} is multiplied by to be in the column's unit; null
   * when it cannot be (see {@link #unitProblem}).
   */
  @Nullable BigDecimal factor(Column column, String unit) {
    if (unit.isEmpty()) {
      return BigDecimal.ONE;
    }
    Indicator indicator = column.indicator();
    if (indicator != null && !indicator.unit().isBlank()) {
      return Units.factor(unit, indicator.unit()).orElse(null);
    }
    boolean counted = column.kind() == Column.Kind.COUNT
        || (column.fact() != null && column.fact().type() == FactType.COUNT);
    if (counted && Units.factor(unit, "个").isPresent()) {
      return BigDecimal.ONE;
    }
    boolean placed = column.fact() != null && column.fact().type() == FactType.PLACE;
    return placed && Units.isPlace(unit) ? BigDecimal.ONE : null;
  }

  /** Why a value written in {@code unit} cannot be read into the column. */
  String unitProblem(Column column, String unit) {
    Indicator indicator = column.indicator();
    String shown = CellText.shown(unit);
    if (indicator != null && !indicator.unit().isBlank()) {
      return "the unit '" + shown + "' is not the unit of '" + column.key() + "' (" + indicator.unit()
          + ") and does not convert to it: write the value in " + indicator.unit();
    }
    return "'" + column.key() + "' has no unit in the policy, so the unit '" + shown
        + "' cannot be checked: leave the unit cell empty, or write the value as the policy expects it";
  }

  /**
   * Reads the text into the entry's row of the column, multiplied by {@code factor}.
   *
   * @return null, or what is wrong with the cell
   */
  @Nullable String store(Column column, String text, Staging staging, Period period, int entry, BigDecimal factor) {
    switch (column.kind()) {
      case VALUE, COUNT -> {
        DecimalColumn.Builder target = staging.column(period, column.key());
        if (!numbers.read(text, column.percentUnit(), target, entry)) {
          return numbers.problem();
        }
        ValidRanges.Range range = range(column);
        if (factor.compareTo(BigDecimal.ONE) != 0) {
          BigDecimal converted = numbers.value().multiply(factor).stripTrailingZeros();
          converted = converted.scale() < 0 ? converted.setScale(0) : converted;
          target.set(entry, converted);
          return range.contains(converted) ? null : outside(column, converted, range);
        }
        return numbers.within(range) ? null : outside(column, numbers.value(), range);
      }
      case FACT -> {
        Fact f = Objects.requireNonNull(column.fact());
        int most = ValidRanges.numeric(f.type()) ? CellText.MAX_LENGTH : MAX_FACT_TEXT;
        if (text.length() > most) {
          return "'" + CellText.shown(text) + "' is too long for fact '" + f.id() + "' (" + text.length()
              + " characters)";
        }
        BigDecimal value;
        try {
          value = FactValues.parse(f.type(), f.values(), text);
        } catch (IllegalArgumentException e) {
          return e.getMessage();
        }
        ValidRanges.Range range = range(column);
        if (!range.contains(value)) {
          return outside(column, value, range);
        }
        staging.column(period, column.key()).set(entry, value);
        return null;
      }
      default -> {
        return null;
      }
    }
  }

  private ValidRanges.Range range(Column column) {
    return ranges.computeIfAbsent(column.key(), k -> {
      if (column.indicator() != null) {
        return ValidRanges.of(column.indicator());
      }
      if (column.fact() != null) {
        return ValidRanges.of(column.fact());
      }
      return column.kind() == Column.Kind.COUNT ? ValidRanges.count() : new ValidRanges.Range(
          io.github.kaohe.model.ValidRange.any(), "");
    });
  }

  private static String outside(Column column, BigDecimal value, ValidRanges.Range range) {
    String unit = Optional.ofNullable(column.indicator()).map(Indicator::unit).filter(u -> !u.isBlank())
        .map(u -> " " + u).orElse("");
    return value.toPlainString() + unit + " is not a plausible value of '" + column.key() + "': it must be "
        + range.valid() + unit + " (" + range.why() + "); correct the value, or declare another range"
        + " in the policy (valid: {min: …, max: …})";
  }
}
