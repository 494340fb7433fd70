package io.github.kaohe.analysis;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedSet;
import io.github.kaohe.model.FactType;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NavigableSet;
import java.util.Set;

/**
 * The inputs of a table that the analysis can reason about: each input's type and, for an
 * enumeration, its values in order (a value is analysed as its index).
 *
 * @param types each input's type, in the table's order of inputs
 * @param enumValues the values of the inputs that read an enumeration fact
 */
record InputTypes(Map<String, FactType> types, Map<String, List<String>> enumValues) {
  Set<String> inputs() {
    return types.keySet();
  }

  FactType type(String input) {
    return types.get(input);
  }

  /** The values of an enumeration input; empty for others. */
  List<String> values(String input) {
    return enumValues.getOrDefault(input, List.of());
  }

  /**
   * The points of an input's domain to test conditions on, given the bounds of those conditions:
   * both truth values, every value of an enumeration, the whole numbers of a count or place
   * around the bounds, or a point in each region of the number line.
   */
  List<BigDecimal> domain(String input, NavigableSet<BigDecimal> bounds) {
    FactType type = type(input);
    switch (type) {
      case BOOLEAN:
        return List.of(BigDecimal.ZERO, BigDecimal.ONE);
      case ENUMERATION: {
        List<BigDecimal> all = new ArrayList<>();
        for (int i = 0; i < Math.max(values(input).size(), 1); i++) {
          all.add(BigDecimal.valueOf(i));
        }
        return all;
      }
      case COUNT:
      case PLACE: {
        BigDecimal least = type == FactType.COUNT ? BigDecimal.ZERO : BigDecimal.ONE;
        NavigableSet<BigDecimal> withLeast =
            ImmutableSortedSet.<BigDecimal>naturalOrder().addAll(bounds).add(least).build();
        List<BigDecimal> out = new ArrayList<>();
        for (BigDecimal p : NumberLine.representatives(withLeast)) {
          BigDecimal whole = p.setScale(0, RoundingMode.CEILING);
          if (whole.compareTo(least) >= 0 && !out.contains(whole)) {
            out.add(whole);
          }
        }
        return ImmutableList.copyOf(out);
      }
      default:
        return NumberLine.representatives(bounds);
    }
  }
}
