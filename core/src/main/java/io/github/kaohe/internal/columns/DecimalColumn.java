package io.github.kaohe.internal.columns;

import java.math.BigDecimal;
import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * Exact decimals, one per row, most of them unscaled {@code long}s at one scale: the column of one
 * key (an indicator, fact, count) in one period, or an indicator's points. A value that does not
 * fit in a {@code long} at the column's scale is kept as a {@link BigDecimal} in a side table.
 * Each value remembers the scale it was given at ({@code 12.50} stays {@code 12.50} in a column
 * of scale 4), so that results show the data as written. Immutable.
 */
public final class DecimalColumn {
  private static final byte[] NONE = new byte[0];

  private final int size;
  private final int scale;
  private final long[] unscaled;
  private final long[] present;
  private final @Nullable BigDecimal @Nullable [] wide;
  /** Each value's own scale, where some differ from the column's; empty when none does. */
  private final byte[] given;

  private DecimalColumn(
      int size, int scale, long[] unscaled, long[] present, @Nullable BigDecimal @Nullable [] wide, byte[] given) {
    this.size = size;
    this.scale = scale;
    this.unscaled = unscaled;
    this.present = present;
    this.wide = wide;
    this.given = given;
  }

  /** A column of {@code size} rows without any value. */
  public static DecimalColumn empty(int size) {
    return new DecimalColumn(size, 0, new long[0], Bits.of(0), null, NONE);
  }

  /**
   * A column from its parts, taken as they are (not copied).
   *
   * @param unscaled the values at {@code scale}; ignored where absent or wide
   * @param present which rows have a value
   * @param wide the values that do not fit, or null when none does not
   */
  public static DecimalColumn of(
      int size, int scale, long[] unscaled, long[] present, @Nullable BigDecimal @Nullable [] wide) {
    return new DecimalColumn(size, scale, unscaled, present, wide, NONE);
  }

  /** A column of arbitrary decimals (logarithms, say), none of them in a {@code long}. */
  public static DecimalColumn ofDecimals(@Nullable BigDecimal[] values) {
    long[] present = Bits.of(values.length);
    for (int i = 0; i < values.length; i++) {
      if (values[i] != null) {
        Bits.set(present, i);
      }
    }
    return new DecimalColumn(values.length, 0, new long[0], present, values.clone(), NONE);
  }

  public int size() {
    return size;
  }

  /** The scale of the unscaled values. */
  public int scale() {
    return scale;
  }

  /**
   * Reads what {@link #get} would read for the row and returns a mix of it: called for many rows in
   * a tight loop before their values are read one entity at a time, so that the memory loads run
   * side by side instead of one after another (rows in ranking order are scattered).
   */
  public long touch(int i) {
    int w = i >>> 6;
    long mix = w < present.length ? present[w] : 0;
    if (i < unscaled.length) {
      mix ^= unscaled[i];
    }
    if (wide != null && i < wide.length && wide[i] != null) {
      mix ^= wide[i].scale();
    }
    return i < given.length ? mix ^ given[i] : mix;
  }

  public boolean has(int i) {
    return Bits.get(present, i);
  }

  /** Whether the row has a value that is an unscaled {@code long} at {@link #scale()}. */
  public boolean fits(int i) {
    return has(i) && (wide == null || wide[i] == null);
  }

  /** The unscaled value; meaningful only where {@link #fits} holds. */
  public long unscaled(int i) {
    return i < unscaled.length ? unscaled[i] : 0;
  }

  /** Whether some value is kept as a {@link BigDecimal}. */
  public boolean hasWide() {
    return wide != null;
  }

  /** The value as it was given, or null when the row has none. */
  public @Nullable BigDecimal get(int i) {
    if (!has(i)) {
      return null;
    }
    if (wide != null && wide[i] != null) {
      return wide[i];
    }
    int own = given.length == 0 ? scale : given[i];
    return BigDecimal.valueOf(unscaled[i] / LongDecimals.pow10(scale - own), own);
  }

  /** How many rows have a value. */
  public int count() {
    return Math.min(Bits.count(present), size);
  }

  /** The presence bitmap; read only. */
  public long[] presentBits() {
    return present;
  }

  /** The unscaled values; read only. */
  public long[] unscaledValues() {
    return unscaled;
  }

  /** The same values, read as a column of {@code newSize} rows (rows beyond this column's have none). */
  public DecimalColumn resized(int newSize) {
    if (newSize == size) {
      return this;
    }
    int keep = Math.min(size, newSize);
    long[] p = Bits.resize(present, keep);
    return new DecimalColumn(newSize, scale, Arrays.copyOf(unscaled, Math.min(unscaled.length, keep)),
        Bits.resize(p, newSize), wide == null ? null : Arrays.copyOf(wide, keep),
        given.length == 0 ? NONE : Arrays.copyOf(given, keep));
  }

  /** A copy of this column with row {@code row} set to {@code value}, or cleared when it is null. */
  public DecimalColumn with(int row, @Nullable BigDecimal value) {
    Builder b = new Builder(size);
    for (int i = 0; i < size; i++) {
      if (i == row) {
        if (value != null) {
          b.set(i, value);
        }
      } else if (has(i)) {
        if (wide != null && wide[i] != null) {
          b.set(i, wide[i]);
        } else {
          int own = given.length == 0 ? scale : given[i];
          b.set(i, unscaled[i] / LongDecimals.pow10(scale - own), own);
        }
      }
    }
    return b.build(size);
  }

  /** Gathers values row by row as they are read, each at its own scale, then chooses one scale. */
  public static final class Builder {
    private long[] raw;
    private byte[] own;
    private long[] present;
    private @Nullable BigDecimal @Nullable [] wide;
    private int rows;

    public Builder(int capacity) {
      int c = Math.max(capacity, 16);
      raw = new long[c];
      own = new byte[c];
      present = Bits.of(c);
    }

    private void ensure(int i) {
      if (i >= raw.length) {
        int c = Math.max(i + 1, raw.length * 2);
        raw = Arrays.copyOf(raw, c);
        own = Arrays.copyOf(own, c);
        if (wide != null) {
          wide = Arrays.copyOf(wide, c);
        }
      }
      present = Bits.ensure(present, i + 1);
      rows = Math.max(rows, i + 1);
    }

    public boolean has(int i) {
      return Bits.get(present, i);
    }

    /** Sets row {@code i} to {@code unscaled × 10^-scale}. */
    public void set(int i, long unscaled, int scale) {
      ensure(i);
      if (scale < Byte.MIN_VALUE || scale > Byte.MAX_VALUE || unscaled == LongDecimals.OVERFLOW) {
        setWide(i, BigDecimal.valueOf(unscaled, scale));
        return;
      }
      raw[i] = unscaled;
      own[i] = (byte) scale;
      if (wide != null) {
        wide[i] = null;
      }
      Bits.set(present, i);
    }

    /** Sets row {@code i}. */
    public void set(int i, BigDecimal value) {
      if (value.precision() <= 18 && value.scale() >= Byte.MIN_VALUE && value.scale() <= Byte.MAX_VALUE) {
        set(i, value.unscaledValue().longValue(), value.scale());
      } else {
        ensure(i);
        setWide(i, value);
      }
    }

    private void setWide(int i, BigDecimal value) {
      if (wide == null) {
        wide = new BigDecimal[raw.length];
      }
      wide[i] = value;
      Bits.set(present, i);
    }

    /** Removes row {@code i}'s value. */
    public void clear(int i) {
      Bits.clear(present, i);
      if (wide != null && i < wide.length) {
        wide[i] = null;
      }
    }

    /** Row {@code i}'s value as given, or null. */
    public @Nullable BigDecimal get(int i) {
      if (!has(i)) {
        return null;
      }
      return wide != null && wide[i] != null ? wide[i] : BigDecimal.valueOf(raw[i], own[i]);
    }

    /**
     * The column of {@code size} rows, at the largest scale a value was given at; values that do
     * not fit in a {@code long} at that scale go to the side table.
     */
    public DecimalColumn build(int size) {
      int n = Math.min(size, rows);
      long[] bits = Bits.resize(present, n);
      int scale = 0;
      boolean mixed = false;
      for (int i = 0; i < n; i++) {
        if (Bits.get(bits, i) && (wide == null || wide[i] == null)) {
          scale = Math.max(scale, own[i]);
        }
      }
      long[] values = new long[n];
      BigDecimal[] big = null;
      for (int i = 0; i < n; i++) {
        if (!Bits.get(bits, i)) {
          continue;
        }
        if (wide != null && wide[i] != null) {
          big = big == null ? new BigDecimal[n] : big;
          big[i] = wide[i];
          continue;
        }
        mixed |= own[i] != scale;
        long v = LongDecimals.scaleUp(raw[i], scale - own[i]);
        if (v == LongDecimals.OVERFLOW) {
          big = big == null ? new BigDecimal[n] : big;
          big[i] = BigDecimal.valueOf(raw[i], own[i]);
        } else {
          values[i] = v;
        }
      }
      byte[] scales = mixed ? Arrays.copyOf(own, n) : NONE;
      return new DecimalColumn(size, scale, values, Bits.resize(bits, size), big, scales);
    }
  }
}
