package io.github.kaohe.eval;

import io.github.kaohe.model.Label;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A check of one entity in one period.
 *
 * @param check the check's id
 * @param name the check's name
 * @param status passed, failed, not applicable (its {@code when} does not hold, or not yet) or not
 *     evaluable (a value it needs is missing)
 * @param message for a failure, the check's message; otherwise why it has this status
 * @param inputs the check's inputs for this entity, as shown to a person
 * @param source the section of the source document it comes from
 */
public record CheckResult(
    String check, Label name, Status status, Label message, Map<String, String> inputs, Optional<String> source) {

  /** The outcome of a check. */
  public enum Status {
    PASSED,
    FAILED,
    NOT_APPLICABLE,
    NOT_EVALUABLE;

    /** The status in words: 符合 passed, 不符合 failed, 不适用 not applicable, 无法判定 not evaluable. */
    public Label label() {
      return switch (this) {
        case PASSED -> Label.of("符合", "passed");
        case FAILED -> Label.of("不符合", "failed");
        case NOT_APPLICABLE -> Label.of("不适用", "not applicable");
        case NOT_EVALUABLE -> Label.of("无法判定", "not evaluable");
      };
    }
  }

  public CheckResult {
    Objects.requireNonNull(check);
    Objects.requireNonNull(name);
    Objects.requireNonNull(status);
    Objects.requireNonNull(message);
    inputs = Collections.unmodifiableMap(new LinkedHashMap<>(inputs));
    Objects.requireNonNull(source);
  }

  public boolean failed() {
    return status == Status.FAILED;
  }
}
