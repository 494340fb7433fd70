package io.github.kaohe.load;

import java.util.HashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** Where the parts that the static analysis names stand in the file. */
final class Locations {
  record Where(Mark mark, String path) {}

  private final Map<String, Where> byKey = new HashMap<>();

  void put(String scheme, String kind, String id, String row, Mark mark, String path) {
    byKey.putIfAbsent(key(scheme, kind, id, row), new Where(mark, path));
  }

  @Nullable Where find(String scheme, String kind, String id, String row) {
    Where w = byKey.get(key(scheme, kind, id, row));
    return w != null || row.isEmpty() ? w : byKey.get(key(scheme, kind, id, ""));
  }

  private static String key(String scheme, String kind, String id, String row) {
    return scheme + '\u0000' + kind + '\u0000' + id + '\u0000' + row;
  }
}
