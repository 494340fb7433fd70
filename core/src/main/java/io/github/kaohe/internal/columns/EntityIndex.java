package io.github.kaohe.internal.columns;

import java.util.Arrays;

/**
 * Entity ids and their row numbers: an open-addressing hash table of {@code long}s over the ids, a
 * few bytes per entity where a {@code HashMap<String, Integer>} takes some sixty. Each slot holds
 * the id's hash beside its row, so that a probe compares ids only when their hashes agree: reading
 * another id's characters is a miss in memory (a third of reading a million rows' ids).
 */
public final class EntityIndex {
  private String[] ids;
  private int size;
  /** Per slot, the id's hash in the high half and its row + 1 in the low; 0 is an empty slot. */
  private long[] slots;

  public EntityIndex(int capacity) {
    ids = new String[Math.max(capacity, 16)];
    slots = new long[tableSize(capacity)];
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
    int h = mix(id.hashCode());
    for (int s = h & mask; ; s = (s + 1) & mask) {
      long slot = slots[s];
      if (slot == 0) {
        return -1;
      }
      int r = (int) slot - 1;
      if ((int) (slot >>> 32) == h && ids[r].equals(id)) {
        return r;
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
    int h = mix(ids[row].hashCode());
    int s = h & mask;
    while (slots[s] != 0) {
      s = (s + 1) & mask;
    }
    slots[s] = (long) h << 32 | (row + 1);
  }

  private void rehash(int capacity) {
    slots = new long[capacity];
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
