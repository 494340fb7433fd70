package io.github.kaohe.eval;

import java.util.AbstractList;
import java.util.Objects;
import java.util.RandomAccess;
import java.util.function.IntFunction;
import java.util.stream.IntStream;
import org.jspecify.annotations.Nullable;

/**
 * A result's entities as a list, each built when it is read. Listed by place, an entity's rows are
 * scattered over the columns, so for a caller going through the list the columns of the next
 * {@value #WARM} are read ahead side by side ({@link ScoredPeriod#warm}). A result scored in
 * parallel is also listed in parallel: a caller going through it gets {@value #BLOCK} entities at
 * a time, built on the common fork-join pool's threads as well as its own (a million results took
 * 2.4 s of one thread to build; a report writes them as they come). Any other read builds the one
 * entity asked for. Holds at most one block.
 */
final class EntityListing extends AbstractList<EntityResult> implements RandomAccess {
  /** Entities read ahead together: some 60 cache lines each, more no longer stay in a core's caches. */
  static final int WARM = 64;
  /** Entities built together when a result scored in parallel is gone through in order. */
  static final int BLOCK = 16 * WARM;
  /** What the reads ahead read, kept where the compiler cannot see it unused. */
  @SuppressWarnings("unused")
  private static volatile long warmed;

  private final ScoredPeriod scored;
  /** The entity's result by its position in the columns. */
  private final IntFunction<EntityResult> build;
  private volatile @Nullable Block last;

  private record Block(int from, EntityResult[] results) {
    boolean holds(int k) {
      return k >= from && k < from + results.length;
    }
  }

  EntityListing(ScoredPeriod scored, IntFunction<EntityResult> build) {
    this.scored = scored;
    this.build = build;
  }

  @Override
  public EntityResult get(int k) {
    Objects.checkIndex(k, scored.size());
    Block b = last;
    if (b != null && b.holds(k)) {
      return b.results[k - b.from];
    }
    if (scored.parallel && k % BLOCK == 0) {
      b = block(k);
      last = b;
      return b.results[0];
    }
    if (k % WARM == 0) {
      warmed = scored.warm(k, Math.min(scored.size(), k + WARM));
    }
    return build.apply(scored.position(k));
  }

  @Override
  public int size() {
    return scored.size();
  }

  /** The block from {@code from}, built in parts of {@value #WARM}, each read ahead, in parallel. */
  private Block block(int from) {
    int to = Math.min(scored.size(), from + BLOCK);
    EntityResult[] results = new EntityResult[to - from];
    IntStream.range(0, (to - from + WARM - 1) / WARM).parallel().forEach(part -> {
      int start = from + part * WARM;
      int end = Math.min(to, start + WARM);
      warmed = scored.warm(start, end);
      for (int k = start; k < end; k++) {
        results[k - from] = build.apply(scored.position(k));
      }
    });
    return new Block(from, results);
  }
}
