package io.github.kaohe.testing;

import io.github.kaohe.data.Dataset;
import io.github.kaohe.data.Period;
import io.github.kaohe.eval.EntityResult;
import io.github.kaohe.eval.SchemeResult;
import io.github.kaohe.eval.TaxShareResult;
import io.github.kaohe.load.Spelling;
import io.github.kaohe.model.Fact;
import io.github.kaohe.model.FactValues;
import io.github.kaohe.model.Scheme;
import io.github.kaohe.model.TaxParty;
import io.github.kaohe.model.TaxSharing;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Checks what a case expects of tax sharing: each party's share of a tax an entity paid, a tax
 * not shared, and what a government or zone receives over all the scheme's entities.
 */
final class TaxShareChecks {
  private final Scheme scheme;
  private final Dataset data;
  private final Set<Coverage.Part> exercised;

  TaxShareChecks(Scheme scheme, Dataset data, Set<Coverage.Part> exercised) {
    this.scheme = scheme;
    this.data = data;
    this.exercised = exercised;
  }

  /** The failure, or null when the party's share is as expected. */
  @Nullable String share(Check.TaxShare expected, String who, EntityResult r, Period period) {
    TaxSharing rule = rule(expected.tax(), expected.where());
    List<String> parties = rule.parties().stream().map(TaxParty::id).toList();
    if (!parties.contains(expected.party())) {
      throw new CaseError(expected.where() + ": tax sharing '" + rule.id() + "' has no party '" + expected.party()
          + "'" + Spelling.didYouMean(expected.party(), parties) + " (parties: " + String.join(", ", parties) + ")");
    }
    String label = who + " share of " + expected.tax() + " for " + expected.party() + ": expected "
        + expected.amount().toPlainString()
        + (expected.tolerance().signum() == 0 ? "" : " ± " + expected.tolerance().toPlainString());
    Optional<TaxShareResult> shared = shared(rule, expected.tax(), r);
    if (shared.isEmpty()) {
      return label + ", but " + expected.tax() + " is not shared in " + period + ": " + whyNot(rule, expected.tax(),
          r.id(), period);
    }
    BigDecimal got = shared.get().shares().stream().filter(s -> s.party().equals(expected.party())).findFirst()
        .orElseThrow().amount();
    if (got.subtract(expected.amount()).abs().compareTo(expected.tolerance()) <= 0) {
      return null;
    }
    return label + ", got " + got.toPlainString() + " (" + split(shared.get()) + ")";
  }

  /** The failure, or null when the tax is not shared, as expected. */
  @Nullable String none(Check.NoTaxShare expected, String who, EntityResult r) {
    TaxSharing rule = rule(expected.tax(), expected.where());
    return shared(rule, expected.tax(), r)
        .map(s -> who + " share of " + expected.tax() + ": expected none, but it is shared (" + split(s) + ")")
        .orElse(null);
  }

  /** The failure, or null when the recipient receives the amount expected over all entities. */
  @Nullable String total(Check.TaxTotal expected, String who, SchemeResult result) {
    List<TaxSharing> rules = rules(expected.tax());
    if (rules.isEmpty()) {
      throw unknownTax(expected.tax(), expected.where());
    }
    rules.forEach(t -> exercised.add(Coverage.Part.of(Coverage.Kind.TAX_SHARING, scheme.id(), t.id())));
    String label = who + " " + expected.tax() + " received by " + expected.recipient() + ": expected "
        + expected.amount().toPlainString()
        + (expected.tolerance().signum() == 0 ? "" : " ± " + expected.tolerance().toPlainString());
    Map<String, Map<String, BigDecimal>> totals = result.taxTotals();
    Map<String, BigDecimal> received = totals.get(expected.recipient());
    if (received == null) {
      return label + ", got nothing in " + result.period() + Spelling.didYouMean(expected.recipient(), totals.keySet())
          + " (recipients: " + (totals.isEmpty() ? "none" : String.join(", ", totals.keySet())) + ")";
    }
    BigDecimal got = received.get(expected.tax());
    if (got == null) {
      return label + ", got none of it (it receives " + String.join(", ", received.keySet()) + ")";
    }
    if (got.subtract(expected.amount()).abs().compareTo(expected.tolerance()) <= 0) {
      return null;
    }
    return label + ", got " + got.toPlainString();
  }

  /** The rules that share the tax. */
  private List<TaxSharing> rules(String tax) {
    return scheme.rules().taxSharing().stream().filter(t -> t.taxes().contains(tax)).toList();
  }

  /** The one rule that shares the tax. */
  private TaxSharing rule(String tax, Where where) {
    List<TaxSharing> rules = rules(tax);
    if (rules.isEmpty()) {
      throw unknownTax(tax, where);
    }
    if (rules.size() > 1) {
      throw new CaseError(where + ": " + tax + " is shared by " + rules.size() + " rules ("
          + rules.stream().map(TaxSharing::id).collect(Collectors.joining(", ")) + "), so its shares are ambiguous");
    }
    exercised.add(Coverage.Part.of(Coverage.Kind.TAX_SHARING, scheme.id(), rules.get(0).id()));
    return rules.get(0);
  }

  private CaseError unknownTax(String tax, Where where) {
    List<String> taxes = scheme.rules().taxSharing().stream().flatMap(t -> t.taxes().stream()).distinct().toList();
    return CaseError.unknown(scheme, "tax sharing rule for the tax", tax, where, taxes);
  }

  private static Optional<TaxShareResult> shared(TaxSharing rule, String tax, EntityResult r) {
    return r.taxShares().stream().filter(t -> t.sharing().equals(rule.id()) && t.tax().equals(tax)).findFirst();
  }

  /** {@code of 100.01: investing 50.00 to 杞县, receiving 50.01 to 汴西}. */
  private static String split(TaxShareResult t) {
    return "of " + t.amount().toPlainString() + ": " + t.shares().stream()
        .map(s -> s.party() + " " + s.amount().toPlainString() + " to " + s.recipient())
        .collect(Collectors.joining(", "));
  }

  /** Why the entity's tax is not shared: the rule does not apply in the period, or no tax was paid. */
  private String whyNot(TaxSharing rule, String tax, String entity, Period period) {
    if (rule.appliesWhen().isPresent()) {
      String when = rule.appliesWhen().get();
      Optional<BigDecimal> v = data.value(entity, period, when).or(() -> fallback(when));
      if (v.isPresent() && v.get().signum() == 0) {
        return rule.id() + " applies only when " + when + ", which is false";
      }
    }
    return data.value(entity, period, tax).isEmpty() ? "no " + tax + " is reported" : "it has no share";
  }

  private Optional<BigDecimal> fallback(String fact) {
    Optional<Fact> f = scheme.rules().facts().stream().filter(x -> x.id().equals(fact)).findFirst();
    return f.flatMap(x -> x.fallback().map(text -> FactValues.parse(x.type(), x.values(), text)));
  }
}
