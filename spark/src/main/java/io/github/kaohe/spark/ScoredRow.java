package io.github.kaohe.spark;

import io.github.kaohe.eval.EvaluationProblem;
import io.github.kaohe.eval.Standing;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InvalidObjectException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * One entity in one period as a partition scored it (points and total final, place not yet), or
 * one problem the partition found while scoring.
 *
 * <p>What the passes after scoring read (period, entity, standing, groups) is kept as objects; the
 * rest ({@link Detail}: name, total, points, classes) as bytes, decoded only where a result row
 * is written. Sorting millions of rows then moves and sizes a few objects and an array each, not a
 * graph of decimals.
 */
final class ScoredRow implements Serializable {
  private static final long serialVersionUID = 1L;

  /**
   * @param points the points of the scheme's categories (parents first) and then its indicators
   * @param classes the class (tier id) of each of the scheme's classifications, in order
   */
  record Detail(
      String name,
      @Nullable BigDecimal total,
      @Nullable BigDecimal[] points,
      @Nullable String[] classes) {}

  private final String period;
  private final String entity;
  private final @Nullable Standing standing;
  private final @Nullable EvaluationProblem problem;
  /** The value of each of the scheme's group attributes (null where it has none), read to place within groups. */
  private final @Nullable String[] groups;
  private final byte[] detail;

  private ScoredRow(String period, String entity, @Nullable Standing standing, @Nullable EvaluationProblem problem,
      @Nullable String[] groups, byte[] detail) {
    this.period = period;
    this.entity = entity;
    this.standing = standing;
    this.problem = problem;
    this.groups = groups;
    this.detail = detail;
  }

  /** A scored entity; {@code standing} null for one that takes no place. */
  static ScoredRow of(String period, String entity, @Nullable Standing standing, @Nullable String[] groups,
      Detail detail) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(64 + 16 * detail.points().length);
    try (DataOutputStream out = new DataOutputStream(bytes)) {
      Wire.text(out, detail.name());
      Wire.decimal(out, detail.total());
      Wire.decimals(out, detail.points());
      Wire.texts(out, detail.classes());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new ScoredRow(period, entity, standing, null, groups, bytes.toByteArray());
  }

  static ScoredRow of(EvaluationProblem problem) {
    return new ScoredRow(problem.period(), problem.entity(), null, problem, new String[0], new byte[0]);
  }

  String period() {
    return period;
  }

  String entity() {
    return entity;
  }

  /** Where it stands, to be placed; null for an entity that takes no place (or a problem). */
  @Nullable Standing standing() {
    return standing;
  }

  /** The value of each of the scheme's group attributes, in order (null where it has none). */
  @Nullable String[] groups() {
    return groups;
  }

  @Nullable EvaluationProblem problem() {
    return problem;
  }

  boolean isProblem() {
    return problem != null;
  }

  /** Name, total, points and classes, decoded. */
  Detail detail() {
    if (problem != null) {
      throw new IllegalStateException("a problem has no scores: " + problem);
    }
    try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(detail))) {
      return new Detail(Wire.nonNullText(in), Wire.decimal(in), nonNull(Wire.decimals(in)), nonNull(Wire.texts(in)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static <T> T nonNull(@Nullable T value) throws InvalidObjectException {
    if (value == null) {
      throw new InvalidObjectException("a scored row lacks a part of its detail");
    }
    return value;
  }

  private Object writeReplace() {
    return new Form(this);
  }

  private void readObject(ObjectInputStream in) throws InvalidObjectException {
    throw new InvalidObjectException("a scored row is read through its serial form");
  }

  /** A scored row as Spark shuffles and caches it (see {@link Wire}). */
  private static final class Form implements Serializable {
    private static final long serialVersionUID = 1L;
    private transient ScoredRow row;

    Form(ScoredRow row) {
      this.row = row;
    }

    private void writeObject(ObjectOutputStream out) throws IOException {
      Wire.text(out, row.period);
      Wire.text(out, row.entity);
      out.writeObject(row.standing); // the same object as a sort's key: written once, then referred to
      out.writeObject(row.problem);
      Wire.texts(out, row.groups);
      out.writeInt(row.detail.length);
      out.write(row.detail);
    }

    private void readObject(ObjectInputStream in) throws IOException, ClassNotFoundException {
      String period = Wire.nonNullText(in);
      String entity = Wire.nonNullText(in);
      Standing standing = (Standing) in.readObject();
      EvaluationProblem problem = (EvaluationProblem) in.readObject();
      String[] groups = nonNull(Wire.texts(in));
      byte[] detail = new byte[in.readInt()];
      in.readFully(detail);
      row = new ScoredRow(period, entity, standing, problem, groups, detail);
    }

    private Object readResolve() {
      return row;
    }
  }
}
