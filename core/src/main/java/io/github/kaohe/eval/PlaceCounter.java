package io.github.kaohe.eval;

import io.github.kaohe.model.Scheme;
import io.github.kaohe.model.TieMethod;
import java.io.Serializable;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Gives places to standings met in sorted order, by the scheme's tie method (competition
 * {@code 1, 2, 2, 4}, dense {@code 1, 2, 2, 3}, ordinal {@code 1, 2, 3, 4}), as {@link Evaluator}
 * does. A population sorted across machines is placed in segments: each segment is first
 * {@linkplain Segment summarised} on its own, the counter {@linkplain #skip skips} the segments
 * before a given one, and that segment's places follow from there, ties across the borders
 * included. Mutable; copy it to branch.
 */
public final class PlaceCounter implements Serializable {
  private static final long serialVersionUID = 1L;

  private final TieMethod ties;
  private long count;
  private long distinct;
  private long place;
  private @Nullable Standing last;

  private PlaceCounter(TieMethod ties) {
    this.ties = ties;
  }

  /** A counter at the start of the scheme's order. */
  public static PlaceCounter of(Scheme scheme) {
    return new PlaceCounter(scheme.ranking().ties());
  }

  /** A counter at the start of an order placed by this tie method. */
  public static PlaceCounter of(TieMethod ties) {
    return new PlaceCounter(Objects.requireNonNull(ties, "ties"));
  }

  /** A counter in the same state. */
  public PlaceCounter copy() {
    PlaceCounter c = new PlaceCounter(ties);
    c.count = count;
    c.distinct = distinct;
    c.place = place;
    c.last = last;
    return c;
  }

  /** The place of the next standing; it must not come before the last one. */
  public long next(Standing s) {
    boolean same = last != null && s.tiedWith(last);
    count++;
    if (!same) {
      distinct++;
    }
    place = switch (ties) {
      case COMPETITION -> same ? place : count;
      case DENSE -> distinct;
      case ORDINAL -> count;
    };
    last = s;
    return place;
  }

  /** Moves past a segment as if each of its standings had been met with {@link #next}. */
  public void skip(Segment segment) {
    if (segment.size == 0) {
      return;
    }
    boolean continues = last != null && segment.first.tiedWith(last);
    long before = count;
    count += segment.size;
    distinct += segment.distinct - (continues ? 1 : 0);
    place = switch (ties) {
      case COMPETITION -> segment.lastRunStart == 0 && continues ? place : before + segment.lastRunStart + 1;
      case DENSE -> distinct;
      case ORDINAL -> count;
    };
    last = segment.last;
  }

  /** How many standings have been met. */
  public long count() {
    return count;
  }

  /**
   * What a sorted segment of standings tells the segments after it: its size, first and last
   * standing, how many distinct standings it holds, and where its last run of ties starts.
   */
  public static final class Segment implements Serializable {
    private static final long serialVersionUID = 1L;

    private long size;
    private long distinct;
    private long lastRunStart;
    private @Nullable Standing first;
    private @Nullable Standing last;

    /** An empty segment; {@link #add} its standings in order. */
    public Segment() {}

    /** Adds the next standing of the segment. */
    public void add(Standing s) {
      if (last == null || !s.tiedWith(last)) {
        distinct++;
        lastRunStart = size;
      }
      if (first == null) {
        first = s;
      }
      last = s;
      size++;
    }

    public long size() {
      return size;
    }
  }
}
