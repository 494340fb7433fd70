package io.github.kaohe.model;

/**
 * Limits a rule table to the entities whose attribute has one of the listed values, e.g. the
 * characteristic commercial zones among the service zones.
 *
 * @param attribute one of the scheme's attributes
 * @param values the values that the table applies to
 */
public record AttributeFilter(String attribute, java.util.List<String> values) {
  public AttributeFilter {
    Checks.id(attribute, "attribute");
    values = Checks.list(values, "values");
    Checks.require(!values.isEmpty(), "appliesTo: list at least one value of '%s'", attribute);
  }
}
