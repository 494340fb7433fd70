package io.github.kaohe.model;

import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * A unit as a formula sees it: named base units with whole exponents, e.g. 万元/亩 is 万元¹·亩⁻¹.
 * Written as the policy writes units ({@code 万元/亩}, {@code 万元/人}, {@code 吨标准煤},
 * {@code 万元/(人·年)}); percent, per mille and the empty unit are dimensionless, since a share in
 * percent is a number of percentage points. Two units are the same when their exponents are.
 *
 * @param exponents base unit → exponent, none zero; empty for a dimensionless number
 */
public record Unit(Map<String, Integer> exponents) {
  private static final Unit NONE = new Unit(Map.of());

  public Unit {
    Objects.requireNonNull(exponents, "exponents");
    TreeMap<String, Integer> sorted = new TreeMap<>();
    exponents.forEach((k, v) -> {
      if (v != 0) {
        sorted.put(k, v);
      }
    });
    exponents = java.util.Collections.unmodifiableMap(sorted);
  }

  /** A dimensionless number. */
  public static Unit none() {
    return NONE;
  }

  /**
   * The unit a policy writes: factors joined by {@code ·}, {@code *} or {@code ×}, divided by
   * {@code /}; a divisor may be a group in brackets; {@code ^n} raises a factor.
   *
   * @throws IllegalArgumentException for brackets that do not close or an exponent that is no number
   */
  public static Unit parse(String text) {
    String t = text.strip();
    if (t.isEmpty() || t.equals("%") || t.equals("‰") || t.equals("1")) {
      return NONE;
    }
    Map<String, Integer> e = new TreeMap<>();
    String[] parts = t.split("/", -1);
    for (int i = 0; i < parts.length; i++) {
      String part = parts[i].strip();
      if (part.startsWith("(") || part.startsWith("（")) {
        if (!(part.endsWith(")") || part.endsWith("）"))) {
          throw new IllegalArgumentException("the unit '" + text + "' opens a bracket it does not close");
        }
        part = part.substring(1, part.length() - 1);
      }
      for (String factor : part.split("[·*×]")) {
        String f = factor.strip();
        if (f.isEmpty() || f.equals("%") || f.equals("‰") || f.equals("1")) {
          continue;
        }
        int power = 1;
        int caret = f.indexOf('^');
        if (caret > 0) {
          try {
            power = Integer.parseInt(f.substring(caret + 1).strip());
          } catch (NumberFormatException x) {
            throw new IllegalArgumentException("the unit '" + text + "' raises '" + f + "' to no whole number");
          }
          f = f.substring(0, caret).strip();
        }
        e.merge(f, i == 0 ? power : -power, Integer::sum);
      }
    }
    return new Unit(e);
  }

  public boolean isNone() {
    return exponents.isEmpty();
  }

  public Unit times(Unit other) {
    Map<String, Integer> e = new TreeMap<>(exponents);
    other.exponents.forEach((k, v) -> e.merge(k, v, Integer::sum));
    return new Unit(e);
  }

  public Unit dividedBy(Unit other) {
    Map<String, Integer> e = new TreeMap<>(exponents);
    other.exponents.forEach((k, v) -> e.merge(k, -v, Integer::sum));
    return new Unit(e);
  }

  /** The unit raised to a whole power. */
  public Unit power(int n) {
    Map<String, Integer> e = new TreeMap<>();
    exponents.forEach((k, v) -> e.put(k, v * n));
    return new Unit(e);
  }

  /** The square root, if every exponent is even; else null. */
  public @org.jspecify.annotations.Nullable Unit root() {
    Map<String, Integer> e = new TreeMap<>();
    for (Map.Entry<String, Integer> x : exponents.entrySet()) {
      if (x.getValue() % 2 != 0) {
        return null;
      }
      e.put(x.getKey(), x.getValue() / 2);
    }
    return new Unit(e);
  }

  /** As a policy would write it: {@code 万元/亩}, {@code 万元/(人·年)}; empty for none. */
  @Override
  public String toString() {
    StringBuilder up = new StringBuilder();
    StringBuilder down = new StringBuilder();
    int downs = 0;
    for (Map.Entry<String, Integer> x : exponents.entrySet()) {
      int v = x.getValue();
      StringBuilder s = v > 0 ? up : down;
      if (s.length() > 0) {
        s.append('·');
      }
      s.append(x.getKey());
      if (Math.abs(v) != 1) {
        s.append('^').append(Math.abs(v));
      }
      if (v < 0) {
        downs++;
      }
    }
    if (down.length() == 0) {
      return up.toString();
    }
    return (up.length() == 0 ? "1" : up) + "/" + (downs > 1 ? "(" + down + ")" : down);
  }
}
