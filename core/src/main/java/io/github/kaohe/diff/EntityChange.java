package io.github.kaohe.diff;

import io.github.kaohe.data.Period;
import io.github.kaohe.model.Label;
import java.util.Objects;

/**
 * How one entity's result differs between two policies on the same data.
 *
 * @param scheme the scheme's id
 * @param period the period
 * @param entity the entity's id
 * @param name the entity's name
 * @param what what differs: {@code place}, {@code total}, {@code class grade}, {@code outcome
 *     TABLE/ROW}, {@code money}
 * @param before its value under the old policy ("—" for none)
 * @param after its value under the new policy ("—" for none)
 */
public record EntityChange(
    String scheme, Period period, String entity, Label name, String what, String before, String after) {
  public EntityChange {
    Objects.requireNonNull(scheme);
    Objects.requireNonNull(period);
    Objects.requireNonNull(entity);
    Objects.requireNonNull(name);
    Objects.requireNonNull(what);
    Objects.requireNonNull(before);
    Objects.requireNonNull(after);
  }

  @Override
  public String toString() {
    return scheme + " " + period + " " + name.zh() + " " + what + ": " + before + " → " + after;
  }
}
