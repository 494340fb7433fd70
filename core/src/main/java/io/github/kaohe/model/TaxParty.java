package io.github.kaohe.model;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One party to a tax split: who it is and its share.
 *
 * @param id e.g. {@code investing}
 * @param name e.g. 投资（招商引资）主体所在地政府 / the investing government
 * @param share its part, as a ratio term (5 of 5 : 5)
 * @param attribute the firm's attribute that names the government or zone receiving this part
 */
public record TaxParty(String id, Label name, BigDecimal share, String attribute) {
  public TaxParty {
    Checks.id(id, "party id");
    Objects.requireNonNull(name, "name");
    Checks.positive(share, "share");
    Checks.id(attribute, "attribute");
  }
}
