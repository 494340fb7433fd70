package io.github.kaohe.internal.columns;

import java.util.Arrays;

/**
 * Entity ids and their row numbers: an open-addressing hash table of {@code int}s over the ids, a
 * few bytes per entity where a {@code HashMap<String, Integer>} takes some sixty.
 */
public final class EntityIndex {
  private String[] ids;
  private int size;
  /** Row + 1 per slot; 0 is an empty slot. */
  private int[] slots;

  public EntityIndex(int capacity) {
    ids = new String[Math.max(capacity, 16)];
    slots = new int[tableSize(capacity)];
  }

  private static int tableSize(int n) {
    int t = Integer.highestOneBit(Math.max(16, n * 2 - 1)) << 1;
    return t < 0 ? 1 << 30 : t;
  }

  private static int mix(int h) {
    int x = h * 0x9E3779B9;
    return x ^ (x >>> 16);
  }

  public int size() {
    return size;
  }

  /** The id of a row. */
  public String id(int row) {
    return ids[row];
  }

  /** The row of the id, or −1. */
  public int find(String id) {
    int mask = slots.length - 1;
    for (int s = mix(id.hashCode()) & mask; ; s = (s + 1) & mask) {
      int r = slots[s];
      if (r == 0) {
        return -1;
      }
      if (ids[r - 1].equals(id)) {
        return r - 1;
      }
    }
  }

  /** The row of the id, added at the end when new. */
  public int add(String id) {
    int found = find(id);
    if (found >= 0) {
      return found;
    }
    if (size == ids.length) {
      ids = Arrays.copyOf(ids, size * 2);
    }
    ids[size] = id;
    size++;
    if (size * 2 > slots.length) {
      rehash(slots.length * 2);
    } else {
      put(size - 1);
    }
    return size - 1;
  }

  private void put(int row) {
    int mask = slots.length - 1;
    int s = mix(ids[row].hashCode()) & mask;
    while (slots[s] != 0) {
      s = (s + 1) & mask;
    }
    slots[s] = row + 1;
  }

  private void rehash(int capacity) {
    slots = new int[capacity];
    for (int r = 0; r < size; r++) {
      put(r);
    }
  }

  /** The ids in row order, as an array of exactly {@link #size()}. */
  public String[] ids() {
    return Arrays.copyOf(ids, size);
  }

  /** The index trimmed to its entities, to keep. */
  public EntityIndex trimmed() {
    EntityIndex t = new EntityIndex(size);
    t.ids = ids();
    t.size = size;
    t.rehash(tableSize(size));
    return t;
  }
}
