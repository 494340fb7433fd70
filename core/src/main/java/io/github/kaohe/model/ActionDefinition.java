package io.github.kaohe.model;

import java.util.Objects;
import java.util.Optional;

/**
 * A non-monetary outcome a rule can give: 通报表彰 (public commendation), 诫勉谈话 (admonishment
 * talk), and the like.
 *
 * @param id unique within its policy
 * @param name Chinese and English label
 * @param kind whether it rewards, sanctions or neither
 * @param listedAs the word the text uses for what it is, when the kind's word (表彰, 惩戒, 处理) would
 *     misname it: a body set at county level is a 规格晋升 (upgrade), not a 表彰; a probation is a
 *     试用期, not a 处理; empty: the kind's word
 */
public record ActionDefinition(String id, Label name, Kind kind, Optional<Label> listedAs) {

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
    Objects.requireNonNull(listedAs, "listedAs");
  }

  /** An action listed by its kind's word. */
  public ActionDefinition(String id, Label name, Kind kind) {
    this(id, name, kind, Optional.empty());
  }
}
