package io.github.kaohe.data;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The units a long sheet's unit column may give, and how a value in one is written in another of
 * the same kind: money (元, 千元, 万元, 百万元, 亿元), areas (平方米, 万平方米, 公顷, 平方公里; 亩
 * apart, as it is no whole number of square metres), counts (个, 家, 项, 件, 座, 次), people (人,
 * 万人), energy (千瓦时, 万千瓦时, 亿千瓦时), mass (千克, 吨, 万吨) and shares (%, ‰). A unit made
 * of two ({@code 万元/亩}) converts part by part. Only exact conversions are made: every factor is
 * a power of ten.
 */
final class Units {
  /** A unit's kind and its size in the kind's base unit. */
  private record Unit(String kind, BigDecimal size) {}

  private static final Map<String, Unit> UNITS = Map.ofEntries(
      u("money", "元", "1"), u("money", "yuan", "1"), u("money", "千元", "1e3"), u("money", "万元", "1e4"),
      u("money", "百万元", "1e6"), u("money", "亿元", "1e8"),
      u("area", "平方米", "1"), u("area", "m2", "1"), u("area", "m²", "1"), u("area", "㎡", "1"),
      u("area", "万平方米", "1e4"), u("area", "公顷", "1e4"), u("area", "平方公里", "1e6"), u("area", "km2", "1e6"),
      u("area", "km²", "1e6"),
      u("mu", "亩", "1"), u("mu", "万亩", "1e4"),
      u("count", "个", "1"), u("count", "家", "1"), u("count", "项", "1"), u("count", "件", "1"),
      u("count", "座", "1"), u("count", "次", "1"),
      u("people", "人", "1"), u("people", "万人", "1e4"),
      u("energy", "千瓦时", "1"), u("energy", "kwh", "1"), u("energy", "万千瓦时", "1e4"), u("energy", "亿千瓦时", "1e8"),
      u("mass", "千克", "1"), u("mass", "kg", "1"), u("mass", "公斤", "1"), u("mass", "吨", "1e3"), u("mass", "t", "1e3"),
      u("mass", "万吨", "1e7"),
      u("share", "%", "1"), u("share", "‰", "0.1"),
      u("place", "位", "1"), u("place", "名", "1"));

  /** Kinds of units whose values are never negative. */
  private static final Set<String> NOT_NEGATIVE = Set.of("money", "area", "mu", "count", "people", "energy", "mass");

  private Units() {}

  private static Map.Entry<String, Unit> u(String kind, String name, String size) {
    return Map.entry(name, new Unit(kind, new BigDecimal(size)));
  }

  private static @Nullable Unit find(String name) {
    return UNITS.get(name.strip().toLowerCase(Locale.ROOT));
  }

  /**
   * The factor a value in unit {@code from} is multiplied by to be in unit {@code to}: 1 for the
   * same unit, 10000 from 亿元 to 万元; empty when the two are not of one kind or either is unknown.
   */
  static Optional<BigDecimal> factor(String from, String to) {
    String f = from.strip();
    String t = to.strip();
    if (f.equals(t)) {
      return Optional.of(BigDecimal.ONE);
    }
    int fs = f.indexOf('/');
    int ts = t.indexOf('/');
    if (fs >= 0 || ts >= 0) {
      if (fs < 0 || ts < 0) {
        return Optional.empty();
      }
      Optional<BigDecimal> top = factor(f.substring(0, fs), t.substring(0, ts));
      Optional<BigDecimal> bottom = factor(f.substring(fs + 1), t.substring(ts + 1));
      return top.isPresent() && bottom.isPresent()
          ? Optional.of(strip(top.get().divide(bottom.get())))
          : Optional.empty();
    }
    Unit a = find(f);
    Unit b = find(t);
    if (a == null || b == null || !a.kind().equals(b.kind())) {
      return Optional.empty();
    }
    return Optional.of(strip(a.size().divide(b.size())));
  }

  /** Whether a value in this unit is never negative: an amount, area, count or mass, or such per such. */
  static boolean notNegative(String unit) {
    String u = unit.strip();
    int slash = u.indexOf('/');
    if (slash >= 0) {
      return notNegative(u.substring(0, slash)) && notNegative(u.substring(slash + 1));
    }
    Unit found = find(u);
    return found != null && NOT_NEGATIVE.contains(found.kind());
  }

  /** Whether the unit is a place in a ranking (位, 名). */
  static boolean isPlace(String unit) {
    Unit found = find(unit);
    return found != null && found.kind().equals("place");
  }

  private static BigDecimal strip(BigDecimal d) {
    BigDecimal s = d.stripTrailingZeros();
    return s.scale() < 0 ? s.setScale(0) : s;
  }
}
