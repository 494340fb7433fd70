package io.github.kaohe.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A rule for sharing the taxes a firm pays between governments, e.g. 5 : 5 between the investing
 * government and the receiving zone. Each tax is split exactly: every party but the one that
 * takes the remainder gets its share rounded by {@code rounding} (in the taxes' unit); the
 * remainder party gets what is left, so the parts always add up to the whole.
 *
 * @param id unique within its scheme
 * @param name Chinese and English name
 * @param taxes the facts holding the taxes paid, e.g. VAT, business tax, corporate income tax
 * @param parties the parties and their shares, at least two
 * @param remainder the party that takes what rounding leaves
 * @param appliesWhen a boolean fact that says whether the split applies in a period (e.g. the firm
 *     is in production), if the split does not always apply
 * @param rounding how each share (but the remainder) is rounded, in the taxes' unit
 * @param source the section of the source document it comes from
 */
public record TaxSharing(
    String id,
    Label name,
    List<String> taxes,
    List<TaxParty> parties,
    String remainder,
    Optional<String> appliesWhen,
    Rounding rounding,
    Optional<String> source) {

  public TaxSharing {
    Checks.id(id, "tax sharing id");
    Objects.requireNonNull(name, "name");
    taxes = Checks.list(taxes, "taxes");
    parties = Checks.list(parties, "parties");
    Objects.requireNonNull(appliesWhen, "appliesWhen");
    Objects.requireNonNull(rounding, "rounding");
    Objects.requireNonNull(source, "source");
    Checks.require(!taxes.isEmpty(), "tax sharing '%s' names no taxes", id);
    Checks.require(parties.size() >= 2, "tax sharing '%s' needs at least two parties", id);
    Checks.unique(parties, TaxParty::id, "party of '" + id + "'");
    Checks.require(parties.stream().anyMatch(p -> p.id().equals(remainder)),
        "tax sharing '%s': the remainder goes to '%s', which is none of its parties", id, remainder);
  }
}
