package io.github.kaohe.model;

import com.google.common.collect.ImmutableMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One row of a rule table: a condition per input (inputs not named match anything) and the
 * outcomes it gives.
 *
 * @param id the row's name, unique within its table (defaults to its number in the YAML)
 * @param name what the row gives, in words (e.g. 全市第一名 / first place in the city), if named
 * @param when the condition on each named input
 * @param then the outcomes, at least one
 * @param priority for the {@code priority} hit policy: higher wins
 * @param source the section of the source document it comes from
 */
public record Rule(
    String id,
    Optional<Label> name,
    Map<String, Condition> when,
    List<Outcome> then,
    int priority,
    Optional<String> source) {
  public Rule {
    Checks.id(id, "row id");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(when, "when");
    when = ImmutableMap.copyOf(when);
    then = Checks.list(then, "then");
    Checks.require(!then.isEmpty(), "row '%s' gives nothing: list at least one outcome under then", id);
    Objects.requireNonNull(source, "source");
  }

  /** The condition on an input; any value when the row does not name it. */
  public Condition condition(String input) {
    return when.getOrDefault(input, new Condition.Any());
  }
}
