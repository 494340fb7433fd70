package io.github.kaohe.whatif;

import io.github.kaohe.model.Label;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * The smallest change of one of an entity's values that reaches a goal, all its other values and
 * every other entity's fixed; or why no value within the data's range reaches it.
 *
 * @param key the value's key in the data (an indicator's or a fact's id)
 * @param name its name
 * @param unit its unit, e.g. 万元; empty for none
 * @param status whether, and how, the goal is reached
 * @param from the value now; empty when the entity has none
 * @param to the value that reaches the goal, the nearest to {@code from} at the value's scale;
 *     empty unless {@link Status#REACHED}
 * @param standing what the entity would have in the goal's terms at {@code to}, or at the far end
 *     of the range tried when the goal is out of reach (e.g. place 3)
 * @param reason the answer in words, with its numbers and units
 */
public record Counterfactual(
    String key, Label name, String unit, Status status, Optional<BigDecimal> from, Optional<BigDecimal> to, Label standing,
    Label reason) {

  /** Whether, and how, a goal is reached by changing one value. */
  public enum Status {
    /** The entity meets the goal already. */
    ALREADY,
    /** A value within the data's range reaches it; {@code to} is the nearest. */
    REACHED,
    /** No value within the data's range reaches it. */
    UNREACHABLE,
    /** The entity has no value to change. */
    NO_VALUE
  }

  public Counterfactual {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(unit, "unit");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    Objects.requireNonNull(standing, "standing");
    Objects.requireNonNull(reason, "reason");
  }

  /** {@code to − from}, when the goal is reached by a change. */
  public Optional<BigDecimal> change() {
    return to.flatMap(t -> from.map(t::subtract));
  }
}
