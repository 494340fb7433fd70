package io.github.kaohe.eval;

import io.github.kaohe.data.Period;
import io.github.kaohe.model.Fact;
import io.github.kaohe.model.Label;
import io.github.kaohe.model.TaxParty;
import io.github.kaohe.model.TaxSharing;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Splits the taxes one firm paid in one period between the parties of a tax sharing rule. Every
 * party but the remainder party gets amount × its share / all shares, rounded by the rule; the
 * remainder party gets what is left, so nothing is lost to rounding.
 */
final class TaxSharingEvaluation {
  private final TaxSharing sharing;
  private final Values values;
  private final Map<String, Fact> facts;

  TaxSharingEvaluation(TaxSharing sharing, Values values, Map<String, Fact> facts) {
    this.sharing = sharing;
    this.values = values;
    this.facts = facts;
  }

  List<TaxShareResult> evaluate(
      String schemeId, String entity, Period period, Map<String, String> attributes, List<EvaluationProblem> problems) {
    if (sharing.taxes().stream().noneMatch(tax -> values.read(tax, entity, period).present())) {
      return List.of(); // paid none of the taxes: nothing to share, whatever the condition
    }
    if (sharing.appliesWhen().isPresent()) {
      Value applies = values.read(sharing.appliesWhen().get(), entity, period);
      if (!applies.present()) {
        problems.add(new EvaluationProblem(schemeId, period.toString(), entity, sharing.appliesWhen().get(),
            "the tax sharing '" + sharing.id() + "' applies only when " + sharing.appliesWhen().get()
                + ", which has no value: give it (true or false) for every firm that paid tax"));
        return List.of();
      }
      if (applies.number().signum() == 0) {
        return List.of();
      }
    }
    for (TaxParty p : sharing.parties()) {
      if (attributes.get(p.attribute()) == null) {
        problems.add(new EvaluationProblem(schemeId, period.toString(), entity, p.attribute(),
            "the firm has no " + p.attribute() + ": say which government or zone receives the "
                + p.id() + " share"));
        return List.of();
      }
    }
    BigDecimal total = sharing.parties().stream().map(TaxParty::share).reduce(BigDecimal.ZERO, BigDecimal::add);
    List<TaxShareResult> out = new ArrayList<>();
    for (String tax : sharing.taxes()) {
      Value paid = values.read(tax, entity, period);
      if (!paid.present()) {
        continue; // nothing reported for this tax in this period
      }
      out.add(split(tax, paid.number(), total, attributes));
    }
    return out;
  }

  /** Every party but the remainder party: its share, rounded; the remainder party: the rest. */
  private TaxShareResult split(String tax, BigDecimal amount, BigDecimal total, Map<String, String> attributes) {
    BigDecimal[] parts = new BigDecimal[sharing.parties().size()];
    BigDecimal given = BigDecimal.ZERO;
    for (int i = 0; i < parts.length; i++) {
      TaxParty p = sharing.parties().get(i);
      if (!p.id().equals(sharing.remainder())) {
        parts[i] = share(amount, p, total);
        given = given.add(parts[i]);
      }
    }
    List<TaxShareResult.Share> shares = new ArrayList<>();
    for (int i = 0; i < parts.length; i++) {
      TaxParty p = sharing.parties().get(i);
      boolean rest = parts[i] == null;
      shares.add(new TaxShareResult.Share(p.id(), p.name(), attributes.get(p.attribute()),
          rest ? amount.subtract(given) : parts[i], rest));
    }
    Fact f = facts.get(tax);
    return new TaxShareResult(sharing.id(), tax, f == null ? Label.of(tax, tax) : f.name(), amount, shares);
  }

  private BigDecimal share(BigDecimal amount, TaxParty party, BigDecimal total) {
    return sharing.rounding().apply(amount.multiply(party.share()).divide(total, MathContext.DECIMAL128));
  }
}
