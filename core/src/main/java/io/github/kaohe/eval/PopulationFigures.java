package io.github.kaohe.eval;

import io.github.kaohe.data.Period;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The figures of a whole population that measures may be (a sum, count, mean, least or greatest
 * value over every entity in a period), for rules evaluated in parts ({@link
 * PartEvaluator#rule}). Each part {@linkplain PartEvaluator#summariseFigures summarises} what it
 * holds (count, sum, least, greatest: exact, so merging in any order gives the whole's); the
 * summaries are {@linkplain #merge merged} and {@linkplain PartEvaluator#resolve resolved} into
 * the figures. A figure of figures (the sum of a ratio to the mean) takes one more round: its
 * parts report it unresolved until the figures it reads are known. Immutable and serialisable.
 */
public final class PopulationFigures implements Serializable {
  private static final long serialVersionUID = 1L;
  private static final PopulationFigures NONE = new PopulationFigures(Map.of(), Map.of(), Set.of());

  /** Resolved figures by key: the number, or why there is none. */
  private final Map<String, Figure> known;
  /** What the parts summarised so far, by key, for figures not yet resolved. */
  private final Map<String, Partial> partial;
  /** Keys some part could not summarise yet: they read a figure not yet known. */
  private final Set<String> unresolved;

  PopulationFigures(Map<String, Figure> known, Map<String, Partial> partial, Set<String> unresolved) {
    this.known = Map.copyOf(known);
    this.partial = Map.copyOf(partial);
    this.unresolved = Set.copyOf(unresolved);
  }

  /** No figures known yet: where the first round starts. */
  public static PopulationFigures none() {
    return NONE;
  }

  /** The summaries of both parts together (the figures known to both stay known); neither is changed. */
  public PopulationFigures merge(PopulationFigures other) {
    Objects.requireNonNull(other, "other");
    Map<String, Figure> k = new HashMap<>(known);
    k.putAll(other.known);
    Map<String, Partial> p = new HashMap<>(partial);
    other.partial.forEach((key, v) -> p.merge(key, v, Partial::merge));
    Set<String> u = new HashSet<>(unresolved);
    u.addAll(other.unresolved);
    return new PopulationFigures(k, p, u);
  }

  /** How many figures some part could not summarise yet, as they read figures not yet known: 0 when all are known. */
  public int unresolved() {
    return unresolved.size();
  }

  /** How many figures are known. */
  public int known() {
    return known.size();
  }

  static String key(String measure, Period period) {
    return measure + '\u0000' + period;
  }

  /** The known figure, or null if it is not known yet. */
  @Nullable Value value(String measure, Period period) {
    Figure f = known.get(key(measure, period));
    return f == null ? null : f.value();
  }

  Map<String, Figure> knownFigures() {
    return known;
  }

  Map<String, Partial> partials() {
    return partial;
  }

  Set<String> unresolvedKeys() {
    return unresolved;
  }

  /** A figure: its number, or why there is none (in Chinese and English). */
  record Figure(@Nullable BigDecimal number, String zh, String en) implements Serializable {
    static Figure of(Value v) {
      return new Figure(v.number(), v.missing().zh(), v.missing().en());
    }

    Value value() {
      return number != null ? Value.of(number) : Value.missing(zh, en);
    }
  }

  /** The exact summary of some entities' values: how many, their sum, the least and the greatest. */
  record Partial(long count, BigDecimal sum, @Nullable BigDecimal min, @Nullable BigDecimal max) implements Serializable {
    static final Partial EMPTY = new Partial(0, BigDecimal.ZERO, null, null);

    static Partial of(Iterable<BigDecimal> values) {
      Partial p = EMPTY;
      for (BigDecimal v : values) {
        p = p.merge(new Partial(1, v, v, v));
      }
      return p;
    }

    Partial merge(Partial o) {
      return new Partial(count + o.count, sum.add(o.sum), least(min, o.min), greatest(max, o.max));
    }

    private static @Nullable BigDecimal least(@Nullable BigDecimal a, @Nullable BigDecimal b) {
      return a == null ? b : b == null ? a : a.compareTo(b) <= 0 ? a : b;
    }

    private static @Nullable BigDecimal greatest(@Nullable BigDecimal a, @Nullable BigDecimal b) {
      return a == null ? b : b == null ? a : a.compareTo(b) > 0 ? a : b; // the last of equals, as a sort would give it
    }
  }

  /** Thrown inside a part's summary when a value reads a figure not known yet: that figure waits a round. */
  static final class Unresolved extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Unresolved() {
      super(null, null, false, false);
    }
  }
}
