package io.github.kaohe.model;

import java.util.Objects;

/**
 * A non-monetary outcome a rule can give: 通报表彰 (public commendation), 诫勉谈话 (admonishment
 * talk), and the like.
 *
 * @param id unique within its policy
 * @param name Chinese and English label
 * @param kind whether it rewards, sanctions or neither
 */
public record ActionDefinition(String id, Label name, Kind kind) {

  /** Whether an action rewards or sanctions. */
  public enum Kind {
    REWARD,
    SANCTION,
    OTHER
  }

  public ActionDefinition {
    Checks.id(id, "action id");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(kind, "kind");
  }
}
