package io.github.kaohe.spark;

import io.github.kaohe.eval.PlaceCounter;
import io.github.kaohe.eval.Standing;
import io.github.kaohe.model.TieMethod;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.apache.spark.HashPartitioner;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import scala.Tuple2;

/**
 * Places one period's ranked entities by a global sort. The standings are range-partitioned and
 * sorted; each partition is summarised as a {@link PlaceCounter.Segment}; the driver works out the
 * counter's state where each partition starts; each partition then counts its places from there,
 * so ties that straddle a partition border share their place. Places within groups sort each
 * group inside one partition (a group, such as a county, fits one machine).
 */
final class Placing {
  private Placing() {}

  /** Each ranked entity with its place overall, in the order of the standings. */
  static JavaPairRDD<String, Long> places(JavaRDD<ScoredRow> ranked, TieMethod ties, int partitions) {
    JavaPairRDD<Standing, String> sorted = ranked
        .mapToPair(r -> new Tuple2<>(Objects.requireNonNull(r.standing()), r.entity()))
        .sortByKey(new NaturalOrder(), true, partitions); // read twice from the shuffle's files, never cached:
    List<PlaceCounter> starts = starts(sorted.keys(), ties); // nothing is left to release
    JavaPairRDD<String, Long> places = sorted.mapPartitionsWithIndex((index, it) -> {
      PlaceCounter local = starts.get(index).copy();
      List<Tuple2<String, Long>> out = new ArrayList<>();
      it.forEachRemaining(t -> out.add(new Tuple2<>(t._2(), local.next(t._1()))));
      return out.iterator();
    }, true).mapToPair(t -> t);
    return places;
  }

  /**
   * Each ranked row with its place overall, in the order of the standings. The rows themselves
   * are sorted, so that they travel through one shuffle (not a sort of standings and then a join
   * of the rows with their places); the sorted partitions are read twice, once to summarise them
   * as segments and once to place them, and their places come lazily, a row at a time.
   */
  static JavaRDD<Tuple2<ScoredRow, Long>> placeRows(JavaRDD<ScoredRow> ranked, TieMethod ties, int partitions) {
    JavaPairRDD<Standing, ScoredRow> sorted = ranked
        .mapToPair(r -> new Tuple2<>(Objects.requireNonNull(r.standing()), r))
        .sortByKey(new NaturalOrder(), true, partitions);
    List<PlaceCounter> starts = starts(sorted.keys(), ties);
    return sorted.mapPartitionsWithIndex((index, it) -> {
      PlaceCounter local = starts.get(index).copy();
      return new java.util.Iterator<Tuple2<ScoredRow, Long>>() {
        @Override
        public boolean hasNext() {
          return it.hasNext();
        }

        @Override
        public Tuple2<ScoredRow, Long> next() {
          Tuple2<Standing, ScoredRow> t = it.next();
          return new Tuple2<>(t._2(), local.next(t._1()));
        }
      };
    }, true);
  }

  /** The counter's state where each sorted partition starts. */
  private static List<PlaceCounter> starts(JavaRDD<Standing> sorted, TieMethod ties) {
    List<PlaceCounter.Segment> segments = sorted
        .mapPartitions(it -> {
          PlaceCounter.Segment segment = new PlaceCounter.Segment();
          it.forEachRemaining(segment::add);
          return List.of(segment).iterator();
        })
        .collect();
    List<PlaceCounter> starts = new ArrayList<>();
    PlaceCounter counter = PlaceCounter.of(ties);
    for (PlaceCounter.Segment s : segments) {
      starts.add(counter.copy());
      counter.skip(s);
    }
    return starts;
  }

  /** Each ranked entity that has a value of group attribute {@code g} with its place within that group. */
  static JavaPairRDD<String, Long> groupPlaces(JavaRDD<ScoredRow> ranked, int g, TieMethod ties, int partitions) {
    return ranked
        .filter(r -> r.groups()[g] != null)
        .mapToPair(r -> new Tuple2<>(new GroupKey(r.groups()[g], Objects.requireNonNull(r.standing())), r.entity()))
        .repartitionAndSortWithinPartitions(new GroupPartitioner(partitions), new GroupOrder())
        .mapPartitions(it -> {
          List<Tuple2<String, Long>> out = new ArrayList<>();
          String group = null;
          PlaceCounter counter = null;
          while (it.hasNext()) {
            Tuple2<GroupKey, String> t = it.next();
            if (!t._1().group().equals(group)) {
              group = t._1().group();
              counter = PlaceCounter.of(ties);
            }
            out.add(new Tuple2<>(t._2(), counter.next(t._1().standing())));
          }
          return out.iterator();
        })
        .mapToPair(t -> t);
  }

  record GroupKey(String group, Standing standing) implements Serializable {}

  /** An entity's place in a period: overall (slot 0) or within the scheme's {@code slot}-th group attribute. */
  record Place(String period, int slot, int place) implements Serializable {
    private Object writeReplace() {
      return new PlaceForm(this);
    }
  }

  /** A place as Spark shuffles it (see {@link Wire}). */
  private static final class PlaceForm implements Serializable {
    private static final long serialVersionUID = 1L;
    private transient Place place;

    PlaceForm(Place place) {
      this.place = place;
    }

    private void writeObject(java.io.ObjectOutputStream out) throws java.io.IOException {
      Wire.text(out, place.period());
      out.writeInt(place.slot());
      out.writeInt(place.place());
    }

    private void readObject(java.io.ObjectInputStream in) throws java.io.IOException {
      place = new Place(Wire.nonNullText(in), in.readInt(), in.readInt());
    }

    private Object readResolve() {
      return place;
    }
  }

  /** The scheme's order of standings, for the range partitioner and the sort. */
  static final class NaturalOrder implements Comparator<Standing>, Serializable {
    private static final long serialVersionUID = 1L;

    @Override
    public int compare(Standing a, Standing b) {
      return a.compareTo(b);
    }
  }

  /** Groups together, each group in the scheme's order. */
  static final class GroupOrder implements Comparator<GroupKey>, Serializable {
    private static final long serialVersionUID = 1L;

    @Override
    public int compare(GroupKey a, GroupKey b) {
      int c = a.group().compareTo(b.group());
      return c != 0 ? c : a.standing().compareTo(b.standing());
    }
  }

  /** Every key of one group to one partition. */
  static final class GroupPartitioner extends org.apache.spark.Partitioner {
    private static final long serialVersionUID = 1L;
    private final HashPartitioner hash;

    GroupPartitioner(int partitions) {
      this.hash = new HashPartitioner(partitions);
    }

    @Override
    public int numPartitions() {
      return hash.numPartitions();
    }

    @Override
    public int getPartition(Object key) {
      return hash.getPartition(((GroupKey) key).group());
    }
  }
}
