package io.github.kaohe.eval;

import io.github.kaohe.model.Label;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * One tax a firm paid in a period, and how it is shared. The shares add up to the amount exactly.
 *
 * @param sharing the tax sharing rule's id
 * @param tax the tax's id (a fact), e.g. {@code vat}
 * @param taxName the tax's name
 * @param amount what the firm paid
 * @param shares each party's share
 */
public record TaxShareResult(String sharing, String tax, Label taxName, BigDecimal amount, List<Share> shares) {
  public TaxShareResult {
    Objects.requireNonNull(sharing);
    Objects.requireNonNull(tax);
    Objects.requireNonNull(taxName);
    Objects.requireNonNull(amount);
    shares = List.copyOf(shares);
  }

  /**
   * One party's share.
   *
   * @param party the party's id, e.g. {@code investing}
   * @param partyName the party's name
   * @param recipient the government or zone that receives it (the firm's attribute)
   * @param amount the share, in the tax's unit
   * @param remainder whether this party took what rounding left
   */
  public record Share(String party, Label partyName, String recipient, BigDecimal amount, boolean remainder) {
    public Share {
      Objects.requireNonNull(party);
      Objects.requireNonNull(partyName);
      Objects.requireNonNull(recipient);
      Objects.requireNonNull(amount);
    }
  }
}
