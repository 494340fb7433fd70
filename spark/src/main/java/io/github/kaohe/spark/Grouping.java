package io.github.kaohe.spark;

import org.apache.spark.Partitioner;
import org.jspecify.annotations.Nullable;

/**
 * Spreads entities over partitions by their group (a county, say), so that each partition holds
 * whole groups: classes by shares within a group read the place of every entity of the group.
 * Keys are the group and the entity, so that each row still says whose it is.
 */
final class Grouping extends Partitioner {
  private static final long serialVersionUID = 1L;
  private static final char SEPARATOR = '\u0000';

  private final int partitions;

  Grouping(int partitions) {
    this.partitions = partitions;
  }

  /** The key of an entity's rows: its group, then the entity. */
  static String key(String group, String entity) {
    return group + SEPARATOR + entity;
  }

  /** The entity of a key, whether it names a group or not. */
  static String entity(String key) {
    int at = key.indexOf(SEPARATOR);
    return at < 0 ? key : key.substring(at + 1);
  }

  /** The group of a key; null when it names none (parts by entity). */
  static @Nullable String group(String key) {
    int at = key.indexOf(SEPARATOR);
    return at < 0 ? null : key.substring(0, at);
  }

  /** The column of the attribute the groups are of, by its id as the reader matches columns. */
  static int column(String[] header, String attribute, String scheme) {
    for (int i = 0; i < header.length; i++) {
      if (header[i].strip().equalsIgnoreCase(attribute)) {
        return i;
      }
    }
    throw new IllegalArgumentException("the classes of " + scheme + " are by shares within " + attribute
        + ", so the data needs a column " + attribute + " to keep each group in one part, but its columns are "
        + String.join(", ", header));
  }

  @Override
  public int numPartitions() {
    return partitions;
  }

  @Override
  public int getPartition(Object key) {
    String k = (String) key;
    int at = k.indexOf(SEPARATOR);
    return Math.floorMod((at < 0 ? k : k.substring(0, at)).hashCode(), partitions);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Grouping g && g.partitions == partitions;
  }

  @Override
  public int hashCode() {
    return partitions * 31 + 7;
  }
}
