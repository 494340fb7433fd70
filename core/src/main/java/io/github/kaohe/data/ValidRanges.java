package io.github.kaohe.data;

import io.github.kaohe.model.Fact;
import io.github.kaohe.model.FactType;
import io.github.kaohe.model.Indicator;
import io.github.kaohe.model.PlacePoints;
import io.github.kaohe.model.ValidRange;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.Optional;

/**
 * The values a column can plausibly hold: what its indicator or fact declares ({@code valid:}),
 * else a default by its unit, so that a share of 150 %, a negative area or place 500 of 180 is a
 * data problem at its cell rather than a result.
 *
 * <ul>
 *   <li>an indicator scored by place ({@code place-points}), or whose unit is 位 or 名: 1 or more,
 *       and at most the field's size where the method gives it;
 *   <li>unit %: 0 to 100, a share; but a growth rate (a name with 增速, 增长, 增幅 or growth, or an id
 *       with growth) −100 to 10,000, as a value may fall by all of it or grow a hundredfold;
 *   <li>amounts, areas, counts, people, energy and mass (元, 万元, 亿元, 平方米, 亩, 个, 家, 人, 千瓦时,
 *       吨, …, and such per such, 万元/亩): 0 or more;
 *   <li>adjustment items' counts, count facts: 0 or more; place facts: 1 or more;
 *   <li>anything else (no unit, a unit not listed, number facts): every value.
 * </ul>
 */
final class ValidRanges {
  static final ValidRange NOT_NEGATIVE = ValidRange.atLeast(BigDecimal.ZERO);
  static final ValidRange SHARE = ValidRange.of(BigDecimal.ZERO, BigDecimal.valueOf(100));
  static final ValidRange GROWTH = ValidRange.of(BigDecimal.valueOf(-100), BigDecimal.valueOf(10_000));
  static final ValidRange PLACE = ValidRange.atLeast(BigDecimal.ONE);

  private ValidRanges() {}

  /** A range and why it applies, for messages. */
  record Range(ValidRange valid, String why) {
    /** Whether the value (unscaled at a scale) is within the range. */
    boolean contains(long unscaled, int scale) {
      if (valid.min().isPresent()) {
        BigDecimal min = valid.min().get();
        if (min.signum() == 0 ? unscaled < 0 : BigDecimal.valueOf(unscaled, scale).compareTo(min) < 0) {
          return false;
        }
      }
      return valid.max().isEmpty() || BigDecimal.valueOf(unscaled, scale).compareTo(valid.max().get()) <= 0;
    }

    boolean contains(BigDecimal value) {
      return valid.contains(value);
    }

    boolean any() {
      return valid.min().isEmpty() && valid.max().isEmpty();
    }
  }

  /** The range of an indicator's values. */
  static Range of(Indicator i) {
    if (i.valid().isPresent()) {
      return new Range(i.valid().get(), "as the policy declares");
    }
    String unit = i.unit().strip();
    if (i.method() instanceof PlacePoints p) {
      Optional<Integer> field = p.fieldSize();
      return field.isPresent()
          ? new Range(ValidRange.of(BigDecimal.ONE, BigDecimal.valueOf(field.get())), "a place in a field of " + field.get())
          : new Range(PLACE, "a place");
    }
    if (Units.isPlace(unit)) {
      return new Range(PLACE, "a place (" + unit + ")");
    }
    if (unit.equals("%")) {
      return growth(i)
          ? new Range(GROWTH, "the default for a growth rate in %")
          : new Range(SHARE, "the default for a share in %");
    }
    if (Units.notNegative(unit)) {
      return new Range(NOT_NEGATIVE, "the default for " + unit);
    }
    return new Range(ValidRange.any(), "");
  }

  /** The range of a fact's values. */
  static Range of(Fact f) {
    if (f.valid().isPresent()) {
      return new Range(f.valid().get(), "as the policy declares");
    }
    return switch (f.type()) {
      case COUNT -> new Range(NOT_NEGATIVE, "a count");
      case PLACE -> new Range(PLACE, "a place");
      default -> new Range(ValidRange.any(), "");
    };
  }

  /** The range of an adjustment item's count. */
  static Range count() {
    return new Range(NOT_NEGATIVE, "a count");
  }

  /** Whether the indicator is a rate of growth, which may be negative. */
  private static boolean growth(Indicator i) {
    String zh = i.name().zh();
    String en = i.name().en().toLowerCase(Locale.ROOT);
    return zh.contains("增速") || zh.contains("增长") || zh.contains("增幅") || zh.contains("增减")
        || en.contains("growth") || en.contains("change") || i.id().contains("growth");
  }

  /** Whether facts of the type are numbers, which have a range. */
  static boolean numeric(FactType type) {
    return type == FactType.NUMBER || type == FactType.COUNT || type == FactType.PLACE;
  }
}
