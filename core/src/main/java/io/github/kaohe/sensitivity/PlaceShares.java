package io.github.kaohe.sensitivity;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.SortedMap;
import org.jspecify.annotations.Nullable;

/**
 * An entity's shares of the samples by place, as an immutable sorted map held in two arrays: a
 * {@code TreeMap} costs some 80 bytes an entry, and 10^5 entities of some fifty places each made
 * 440 MB, more than the whole analysis needs otherwise. Twelve bytes an entry here.
 */
final class PlaceShares extends AbstractMap<Integer, Double> implements SortedMap<Integer, Double> {
  private static final PlaceShares EMPTY = new PlaceShares(new int[0], new double[0], 0, 0);

  private final int[] places;
  private final double[] shares;
  private final int from;
  private final int to;

  private PlaceShares(int[] places, double[] shares, int from, int to) {
    this.places = places;
    this.shares = shares;
    this.from = from;
    this.to = to;
  }

  /** The shares in place order: itself if it is one already. */
  static SortedMap<Integer, Double> copyOf(Map<Integer, Double> shares) {
    if (shares instanceof PlaceShares p) {
      return p;
    }
    int[] places = new int[shares.size()];
    int k = 0;
    for (Integer place : shares.keySet()) {
      places[k++] = place; // null keys and values fail here, as a TreeMap's would
    }
    Arrays.sort(places);
    double[] values = new double[places.length];
    for (int i = 0; i < places.length; i++) {
      if (i > 0 && places[i] == places[i - 1]) {
        throw new IllegalArgumentException("place " + places[i] + " given twice");
      }
      values[i] = shares.get(places[i]);
    }
    return places.length == 0 ? EMPTY : new PlaceShares(places, values, 0, places.length);
  }

  /** Shares kept as they are given: places ascending, as many as shares. */
  static PlaceShares of(int[] places, double[] shares) {
    return places.length == 0 ? EMPTY : new PlaceShares(places, shares, 0, places.length);
  }

  @Override
  public int size() {
    return to - from;
  }

  private int index(@Nullable Object key) {
    if (!(key instanceof Integer place)) {
      return -1;
    }
    int i = Arrays.binarySearch(places, from, to, place);
    return i >= 0 ? i : -1;
  }

  @Override
  public boolean containsKey(@Nullable Object key) {
    return index(key) >= 0;
  }

  @Override
  public @Nullable Double get(@Nullable Object key) {
    int i = index(key);
    return i < 0 ? null : shares[i];
  }

  @Override
  public @Nullable Comparator<? super Integer> comparator() {
    return null; // places in their natural order
  }

  /** The first index at or above the place. */
  private int ceiling(int place) {
    int i = Arrays.binarySearch(places, from, to, place);
    return i >= 0 ? i : -i - 1;
  }

  @Override
  public SortedMap<Integer, Double> subMap(Integer fromKey, Integer toKey) {
    if (fromKey > toKey) {
      throw new IllegalArgumentException("fromKey > toKey");
    }
    return new PlaceShares(places, shares, ceiling(fromKey), ceiling(toKey));
  }

  @Override
  public SortedMap<Integer, Double> headMap(Integer toKey) {
    return new PlaceShares(places, shares, from, ceiling(toKey));
  }

  @Override
  public SortedMap<Integer, Double> tailMap(Integer fromKey) {
    return new PlaceShares(places, shares, ceiling(fromKey), to);
  }

  @Override
  public Integer firstKey() {
    if (from == to) {
      throw new NoSuchElementException();
    }
    return places[from];
  }

  @Override
  public Integer lastKey() {
    if (from == to) {
      throw new NoSuchElementException();
    }
    return places[to - 1];
  }

  @Override
  public Set<Map.Entry<Integer, Double>> entrySet() {
    return new AbstractSet<>() {
      @Override
      public Iterator<Map.Entry<Integer, Double>> iterator() {
        return new Iterator<>() {
          private int i = from;

          @Override
          public boolean hasNext() {
            return i < to;
          }

          @Override
          public Map.Entry<Integer, Double> next() {
            if (i >= to) {
              throw new NoSuchElementException();
            }
            Map.Entry<Integer, Double> e = new AbstractMap.SimpleImmutableEntry<>(places[i], shares[i]);
            i++;
            return e;
          }
        };
      }

      @Override
      public int size() {
        return to - from;
      }
    };
  }
}
