package io.github.kaohe.internal.columns;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Text values per row, dictionary-encoded: an attribute such as {@code county}, where a million
 * firms share a few dozen values. Immutable once built.
 */
public final class TextColumn {
  /** Code + 1 per row; 0 where the row has no value. */
  private final int[] codes;
  private final List<String> dictionary;

  private TextColumn(int[] codes, List<String> dictionary) {
    this.codes = codes;
    this.dictionary = dictionary;
  }

  /** Row {@code i}'s value, or null. */
  public @Nullable String get(int i) {
    int c = i < codes.length ? codes[i] : 0;
    return c == 0 ? null : dictionary.get(c - 1);
  }

  /** Row {@code i}'s value as a code from 0, or −1 when it has none: equal values, equal codes. */
  public int code(int i) {
    return (i < codes.length ? codes[i] : 0) - 1;
  }

  /** How many distinct values there are. */
  public int distinct() {
    return dictionary.size();
  }

  /** The value of a code. */
  public String value(int code) {
    return dictionary.get(code);
  }

  /** Gathers values row by row. */
  public static final class Builder {
    private int[] codes;
    private final List<String> dictionary = new ArrayList<>();
    private final Map<String, Integer> known = new HashMap<>();

    public Builder(int capacity) {
      codes = new int[Math.max(16, capacity)];
    }

    /** Sets row {@code i}; null removes its value. */
    public void set(int i, @Nullable String value) {
      if (i >= codes.length) {
        codes = Arrays.copyOf(codes, Math.max(i + 1, codes.length * 2));
      }
      if (value == null) {
        codes[i] = 0;
        return;
      }
      Integer c = known.get(value);
      if (c == null) {
        c = dictionary.size();
        dictionary.add(value);
        known.put(value, c);
      }
      codes[i] = c + 1;
    }

    public @Nullable String get(int i) {
      int c = i < codes.length ? codes[i] : 0;
      return c == 0 ? null : dictionary.get(c - 1);
    }

    public TextColumn build(int size) {
      return new TextColumn(Arrays.copyOf(codes, size), List.copyOf(dictionary));
    }
  }
}
