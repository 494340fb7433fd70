package io.github.kaohe.analysis;

import com.google.common.collect.ImmutableRangeSet;
import com.google.common.collect.ImmutableSortedSet;
import com.google.common.collect.Range;
import com.google.common.collect.RangeSet;
import io.github.kaohe.model.Condition;
import io.github.kaohe.model.FactType;
import io.github.kaohe.model.FactValues;
import io.github.kaohe.model.Operand;
import io.github.kaohe.model.Rule;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableSet;
import org.jspecify.annotations.Nullable;

/**
 * A row's conditions as sets of numbers, one per input ({@link RangeSet}s: a boolean is 0 or 1,
 * an enumeration's value its index), and what comparing the rows' sets tells: whether two rows
 * can both match, whether one takes every case of another, whether a row can match at all. Each
 * question is answered by testing the sets on the points of {@link InputTypes#domain}.
 */
final class ConditionSets {
  /** The condition {@code any}. */
  static final RangeSet<BigDecimal> ANY = ImmutableRangeSet.of(Range.all());

  private ConditionSets() {}

  /** Each input's condition as a set of numbers; null for rows with conditions that cannot be analysed. */
  static @Nullable Map<String, RangeSet<BigDecimal>> of(Rule row, InputTypes inputs) {
    Map<String, RangeSet<BigDecimal>> sets = new HashMap<>();
    for (String input : inputs.inputs()) {
      RangeSet<BigDecimal> s = set(row.condition(input), inputs.type(input), inputs.values(input));
      if (s == null) {
        return null;
      }
      sets.put(input, s);
    }
    return sets;
  }

  private static @Nullable RangeSet<BigDecimal> set(Condition c, FactType type, List<String> values) {
    if (c instanceof Condition.Any) {
      return ANY;
    }
    if (c instanceof Condition.Compare cmp) {
      BigDecimal v = number(cmp.operand(), type, values);
      if (v == null) {
        return null;
      }
      return switch (cmp.op()) {
        case EQ -> ImmutableRangeSet.of(Range.singleton(v));
        case NE -> ImmutableRangeSet.<BigDecimal>builder().add(Range.lessThan(v)).add(Range.greaterThan(v)).build();
        case LT -> ImmutableRangeSet.of(Range.lessThan(v));
        case LE -> ImmutableRangeSet.of(Range.atMost(v));
        case GT -> ImmutableRangeSet.of(Range.greaterThan(v));
        case GE -> ImmutableRangeSet.of(Range.atLeast(v));
      };
    }
    if (c instanceof Condition.Between b) {
      BigDecimal lo = number(b.low(), type, values);
      BigDecimal hi = number(b.high(), type, values);
      if (lo == null || hi == null) {
        return null;
      }
      // Between two words of an enumeration written high to low: no value.
      return lo.compareTo(hi) <= 0 ? ImmutableRangeSet.of(Range.closed(lo, hi)) : ImmutableRangeSet.of();
    }
    if (c instanceof Condition.In in) {
      List<Range<BigDecimal>> points = new ArrayList<>();
      for (Operand o : in.operands()) {
        BigDecimal v = number(o, type, values);
        if (v == null) {
          return null;
        }
        points.add(Range.singleton(v));
      }
      return ImmutableRangeSet.unionOf(points);
    }
    return null; // eachOfLast: depends on history
  }

  private static @Nullable BigDecimal number(Operand o, FactType type, List<String> values) {
    if (o instanceof Operand.Number n) {
      return n.value();
    }
    if (o instanceof Operand.Word w) {
      try {
        return FactValues.parse(type, values, w.text());
      } catch (IllegalArgumentException e) {
        return null;
      }
    }
    return null;
  }

  /** Every finite end of the input's sets in the rows (null rows left out), in order. */
  static NavigableSet<BigDecimal> bounds(String input, List<@Nullable Map<String, RangeSet<BigDecimal>>> rows) {
    ImmutableSortedSet.Builder<BigDecimal> bounds = ImmutableSortedSet.naturalOrder();
    for (Map<String, RangeSet<BigDecimal>> row : rows) {
      if (row != null) {
        for (Range<BigDecimal> r : row.get(input).asRanges()) {
          if (r.hasLowerBound()) {
            bounds.add(r.lowerEndpoint());
          }
          if (r.hasUpperBound()) {
            bounds.add(r.upperEndpoint());
          }
        }
      }
    }
    return bounds.build();
  }

  /** A point where both rows match, one value per input in the inputs' order; or null. */
  static BigDecimal @Nullable [] overlap(
      @Nullable Map<String, RangeSet<BigDecimal>> a, @Nullable Map<String, RangeSet<BigDecimal>> b, InputTypes inputs) {
    if (a == null || b == null) {
      return null;
    }
    List<String> ids = new ArrayList<>(inputs.inputs());
    BigDecimal[] witness = new BigDecimal[ids.size()];
    for (int k = 0; k < ids.size(); k++) {
      String input = ids.get(k);
      BigDecimal found = null;
      for (BigDecimal p : inputs.domain(input, bounds(input, List.of(a, b)))) {
        if (a.get(input).contains(p) && b.get(input).contains(p)) {
          found = p;
          break;
        }
      }
      if (found == null) {
        return null;
      }
      witness[k] = found;
    }
    return witness;
  }

  /** Whether row {@code a} matches everywhere row {@code b} does. */
  static boolean covers(Map<String, RangeSet<BigDecimal>> a, Map<String, RangeSet<BigDecimal>> b, InputTypes inputs) {
    for (String input : inputs.inputs()) {
      for (BigDecimal p : inputs.domain(input, bounds(input, List.of(a, b)))) {
        if (b.get(input).contains(p) && !a.get(input).contains(p)) {
          return false;
        }
      }
    }
    return true;
  }

  /** Whether no value satisfies the row's conditions. */
  static boolean empty(Map<String, RangeSet<BigDecimal>> row, InputTypes inputs) {
    for (String input : inputs.inputs()) {
      boolean any = false;
      for (BigDecimal p : inputs.domain(input, bounds(input, List.of(row)))) {
        any |= row.get(input).contains(p);
      }
      if (!any) {
        return true;
      }
    }
    return false;
  }

  /** Whether some row's condition on the input is not "any". */
  static boolean constrained(String input, List<@Nullable Map<String, RangeSet<BigDecimal>>> rows) {
    for (Map<String, RangeSet<BigDecimal>> row : rows) {
      if (row != null && !row.get(input).equals(ANY)) {
        return true;
      }
    }
    return false;
  }
}
