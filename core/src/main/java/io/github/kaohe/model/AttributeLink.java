package io.github.kaohe.model;

/**
 * An attribute an entity takes from another scheme's entity that it names: a project's
 * {@code new-district} is the {@code new-district} of the zone in its {@code zone} attribute.
 * So the list of zones in a district is declared once, on the zones, and an overlay can change it.
 *
 * @param id the attribute it defines
 * @param via the attribute that holds the other entity's id (or name)
 * @param scheme the other scheme
 * @param attribute the other entity's attribute it takes
 */
public record AttributeLink(String id, String via, String scheme, String attribute) {
  public AttributeLink {
    Checks.id(id, "linked attribute id");
    Checks.id(via, "via");
    Checks.id(scheme, "scheme");
    Checks.id(attribute, "attribute");
  }
}
