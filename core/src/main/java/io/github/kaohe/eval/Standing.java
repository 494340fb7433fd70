package io.github.kaohe.eval;

import io.github.kaohe.internal.SerialValues;
import java.io.IOException;
import java.io.InvalidObjectException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Where an entity stands in its scheme's order, as a key to sort by on its own: the rounded total
 * (higher first), the scheme's tie-break chain (each key already turned so that smaller comes
 * first; a missing key last), then the entity id. Sorting standings gives the order in which
 * {@link Evaluator} lists the ranked entities; two standings are {@linkplain #tiedWith tied} when
 * only their ids tell them apart. This lets a cluster place a population by one global sort.
 * Immutable and serialisable.
 */
public final class Standing implements Comparable<Standing>, Serializable {
  private static final long serialVersionUID = 1L;

  private final String entity;
  private final BigDecimal total;
  private final @Nullable BigDecimal[] keys;

  Standing(String entity, BigDecimal total, @Nullable BigDecimal[] keys) {
    this.entity = Objects.requireNonNull(entity, "entity");
    this.total = Objects.requireNonNull(total, "total");
    this.keys = keys;
  }

  /** The entity's id. */
  public String entity() {
    return entity;
  }

  /** The entity's rounded total. */
  public BigDecimal total() {
    return total;
  }

  /** Before (negative) or after (positive) the other in the scheme's order; 0 only for the same entity. */
  @Override
  public int compareTo(Standing other) {
    int c = compareScores(other);
    return c != 0 ? c : entity.compareTo(other.entity);
  }

  /** Whether the two share a place: equal totals and equal tie-break keys. */
  public boolean tiedWith(Standing other) {
    return compareScores(other) == 0;
  }

  private int compareScores(Standing other) {
    int c = other.total.compareTo(total);
    for (int i = 0; c == 0 && i < keys.length; i++) {
      BigDecimal a = keys[i];
      BigDecimal b = other.keys[i];
      c = a == null || b == null ? (a == b ? 0 : a == null ? 1 : -1) : a.compareTo(b);
    }
    return c;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Standing s && entity.equals(s.entity) && compareScores(s) == 0;
  }

  @Override
  public int hashCode() {
    return entity.hashCode();
  }

  @Override
  public String toString() {
    return entity + " " + total.toPlainString() + (keys.length == 0 ? "" : " " + Arrays.toString(keys));
  }

  // ---- serialisation: a cluster sorts millions of standings, so each is written as its id and
  // decimals in SerialValues' compact form, not as String and BigDecimal objects.

  private Object writeReplace() {
    return new SerialForm(this);
  }

  private void readObject(ObjectInputStream in) throws InvalidObjectException {
    throw new InvalidObjectException("a standing is read through its serial form");
  }

  private static final class SerialForm implements Serializable {
    private static final long serialVersionUID = 1L;
    private transient Standing standing;

    SerialForm(Standing standing) {
      this.standing = standing;
    }

    private void writeObject(ObjectOutputStream out) throws IOException {
      SerialValues.writeText(out, standing.entity);
      SerialValues.writeDecimal(out, standing.total);
      out.writeInt(standing.keys.length);
      for (BigDecimal key : standing.keys) {
        SerialValues.writeDecimal(out, key);
      }
    }

    private void readObject(ObjectInputStream in) throws IOException {
      String entity = SerialValues.readText(in);
      BigDecimal total = SerialValues.readDecimal(in);
      if (entity == null || total == null) {
        throw new InvalidObjectException("a standing without its entity or total");
      }
      BigDecimal[] keys = new BigDecimal[in.readInt()];
      for (int i = 0; i < keys.length; i++) {
        keys[i] = SerialValues.readDecimal(in);
      }
      standing = new Standing(entity, total, keys);
    }

    private Object readResolve() {
      return standing;
    }

  }
}
