package io.github.kaohe.model;

import com.google.common.collect.ImmutableMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A threshold an entity must meet: where {@code when} holds (or always), {@code require} must
 * hold; when it does not, the check fails with {@code message}. E.g. a project in 开封新区 must
 * invest at least 500 万元 per 亩.
 *
 * @param id unique within its scheme
 * @param name Chinese and English name
 * @param inputs the values the conditions read, as in a rule table
 * @param when the conditions under which the check applies (none: always)
 * @param require the conditions that must then hold (at least one)
 * @param message what a failure means, in Chinese and English
 * @param fromYear the first year the check applies in (e.g. 2017), if it starts later
 * @param appliesTo the entities it applies to, if not all
 * @param source the section of the source document it comes from
 */
public record Check(
    String id,
    Label name,
    List<TableInput> inputs,
    Map<String, Condition> when,
    Map<String, Condition> require,
    Label message,
    Optional<Integer> fromYear,
    Optional<AttributeFilter> appliesTo,
    Optional<String> source) {

  public Check {
    Checks.id(id, "check id");
    Objects.requireNonNull(name, "name");
    inputs = Checks.list(inputs, "inputs");
    when = ImmutableMap.copyOf(when);
    require = ImmutableMap.copyOf(require);
    Objects.requireNonNull(message, "message");
    Objects.requireNonNull(fromYear, "fromYear");
    Objects.requireNonNull(appliesTo, "appliesTo");
    Objects.requireNonNull(source, "source");
    Checks.unique(inputs, TableInput::id, "input of check '" + id + "'");
    Checks.require(!require.isEmpty(), "check '%s' requires nothing: list at least one condition under require", id);
    List<String> ids = inputs.stream().map(TableInput::id).toList();
    for (Map<String, Condition> conditions : List.of(when, require)) {
      for (Map.Entry<String, Condition> c : conditions.entrySet()) {
        Checks.require(ids.contains(c.getKey()),
            "check '%s' has a condition on '%s', which it does not declare as an input", id, c.getKey());
        for (String used : Conditions.inputsUsed(c.getValue())) {
          Checks.require(ids.contains(used), "check '%s' compares with input '%s', which it does not declare", id, used);
        }
      }
    }
  }
}
