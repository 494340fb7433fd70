package io.github.kaohe.eval;

import io.github.kaohe.data.Period;
import io.github.kaohe.model.Label;
import io.github.kaohe.model.TargetKind;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * Where a target stands in a period, for the scheme as a whole or for one entity.
 *
 * @param target the target's id
 * @param name the target's name
 * @param kind the target's kind
 * @param entity the entity's id, or empty for the scheme as a whole
 * @param entityName the entity's name, or empty
 * @param period the period
 * @param value the measure's value (summed from the first year, when the target accumulates)
 * @param targetValue the value to reach, as the policy writes it
 * @param status achieved, on track, behind, missed, pending or not evaluable
 * @param attainment the value as a percentage of the target (for places: target / value), if any
 * @param requiredGrowth for a level not yet reached before its deadline: the growth in percent a
 *     year still needed to reach it
 * @param reason how the status came about, in words
 * @param source the section of the source document it comes from
 */
public record TargetResult(
    String target,
    Label name,
    TargetKind kind,
    Optional<String> entity,
    Optional<Label> entityName,
    Period period,
    Optional<BigDecimal> value,
    String targetValue,
    Status status,
    Optional<BigDecimal> attainment,
    Optional<BigDecimal> requiredGrowth,
    Label reason,
    Optional<String> source) {

  /** Where a target stands. */
  public enum Status {
    /** Met. */
    ACHIEVED,
    /** Not met yet, but at or ahead of the steady path from the first year to the deadline. */
    ON_TRACK,
    /** Not met, and behind the steady path (or, for a yearly target, missed this year). */
    BEHIND,
    /** Not met in its deadline year (after it, a target has no result). */
    MISSED,
    /** Not met yet; the deadline is ahead and no path can be measured (e.g. a star level). */
    PENDING,
    /** A value it needs is missing. */
    NOT_EVALUABLE;

    /** The status in words: 已实现 achieved, 进度正常 on track, 落后 behind, 未实现 missed, 待实现 pending, 无法判定 not evaluable. */
    public Label label() {
      return switch (this) {
        case ACHIEVED -> Label.of("已实现", "achieved");
        case ON_TRACK -> Label.of("进度正常", "on track");
        case BEHIND -> Label.of("落后", "behind");
        case MISSED -> Label.of("未实现", "missed");
        case PENDING -> Label.of("待实现", "pending");
        case NOT_EVALUABLE -> Label.of("无法判定", "not evaluable");
      };
    }
  }

  public TargetResult {
    Objects.requireNonNull(target);
    Objects.requireNonNull(name);
    Objects.requireNonNull(kind);
    Objects.requireNonNull(entity);
    Objects.requireNonNull(entityName);
    Objects.requireNonNull(period);
    Objects.requireNonNull(value);
    Objects.requireNonNull(targetValue);
    Objects.requireNonNull(status);
    Objects.requireNonNull(attainment);
    Objects.requireNonNull(requiredGrowth);
    Objects.requireNonNull(reason);
    Objects.requireNonNull(source);
  }
}
