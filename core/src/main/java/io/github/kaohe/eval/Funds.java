package io.github.kaohe.eval;

import io.github.kaohe.data.Period;
import io.github.kaohe.model.Fund;
import io.github.kaohe.model.Label;
import io.github.kaohe.model.Policy;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Checks a policy's funds against results: for each fund and each year (from the fund's first) in
 * which some scheme it pays was evaluated, the money given that the fund pays, against what it
 * holds. Money a table pays to its payee counts only if the fund says so; money withheld or
 * suppressed is not given, so it does not count.
 *
 * <pre>{@code
 * List<FundResult> funds = Funds.check(policy, List.of(zones2016, serviceZones2016));
 * }</pre>
 */
public final class Funds {
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
  private static final BigDecimal STEP = new BigDecimal("0.01");

  private Funds() {}

  /**
   * Every fund of the policy in every year the results cover, fund by fund, year by year. Results
   * of other policies' schemes and of quarters are ignored.
   */
  public static List<FundResult> check(Policy policy, List<SchemeResult> results) {
    List<FundResult> out = new ArrayList<>();
    for (Fund fund : policy.funds()) {
      TreeSet<Period> years = new TreeSet<>();
      for (SchemeResult r : results) {
        if (fund.schemes().contains(r.scheme().id()) && r.period().isYear() && r.period().year() >= fund.from()) {
          years.add(r.period());
        }
      }
      for (Period year : years) {
        out.add(check(policy, fund, year, results));
      }
    }
    return out;
  }

  private static FundResult check(Policy policy, Fund fund, Period year, List<SchemeResult> results) {
    List<FundResult.Part> parts = new ArrayList<>();
    List<String> notEvaluated = new ArrayList<>();
    List<Label> payees = new ArrayList<>();
    BigDecimal notCounted = BigDecimal.ZERO;
    for (String scheme : fund.schemes()) {
      Optional<SchemeResult> found = results.stream()
          .filter(r -> r.scheme().id().equals(scheme) && r.period().equals(year)).findFirst();
      if (found.isEmpty()) {
        notEvaluated.add(scheme);
        continue;
      }
      SchemeResult r = found.get();
      for (EntityResult e : r.entities()) {
        for (OutcomeResult o : e.given()) {
          if (o.kind() != OutcomeResult.Kind.MONEY || !fund.pays(scheme, o.table())) {
            continue;
          }
          BigDecimal amount = o.amount().orElse(BigDecimal.ZERO);
          if (o.payee().isPresent() && !fund.countPayees()) {
            notCounted = notCounted.add(amount);
            payees.add(o.payee().get());
          } else {
            parts.add(new FundResult.Part(scheme, r.scheme().name(), e.id(), e.entity().name(), o.table(), o.row(),
                o.label(), amount, o.payee()));
          }
        }
      }
    }
    BigDecimal paid = parts.stream().map(FundResult.Part::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
    int years = year.year() - fund.from();
    boolean exact = !fund.grows() || years == 0;
    FundResult.Status status;
    Optional<BigDecimal> growth = Optional.empty();
    if (paid.compareTo(fund.amount()) <= 0) {
      status = notEvaluated.isEmpty() ? FundResult.Status.WITHIN : FundResult.Status.INCOMPLETE;
    } else if (exact) {
      status = FundResult.Status.OVER;
    } else {
      status = FundResult.Status.NEEDS_GROWTH;
      growth = Optional.of(requiredGrowth(fund.amount(), paid, years));
    }
    List<Label> missing = notEvaluated.stream().map(id -> policy.scheme(id).name()).toList();
    Label reason = FundReason.of(fund, year.year(), paid, status, exact, growth.orElse(BigDecimal.ZERO), notCounted,
        payees, missing);
    return new FundResult(fund.id(), fund.name(), year, fund.amount(), exact, fund.unit(), paid, status, growth,
        parts, notCounted, notEvaluated, reason);
  }

  /**
   * The least rate r (percent, a multiple of 0.01) with amount × (1 + r/100)^years ≥ paid: a
   * floating-point estimate, then settled exactly, so that a rate on the boundary is not missed.
   */
  static BigDecimal requiredGrowth(BigDecimal amount, BigDecimal paid, int years) {
    double estimate = (Math.pow(paid.doubleValue() / amount.doubleValue(), 1.0 / years) - 1) * 100;
    BigDecimal r = BigDecimal.valueOf(estimate).setScale(2, RoundingMode.CEILING);
    while (!enough(amount, paid, years, r)) {
      r = r.add(STEP);
    }
    while (r.signum() > 0 && enough(amount, paid, years, r.subtract(STEP))) {
      r = r.subtract(STEP);
    }
    return r;
  }

  private static boolean enough(BigDecimal amount, BigDecimal paid, int years, BigDecimal rate) {
    BigDecimal factor = BigDecimal.ONE.add(rate.divide(HUNDRED));
    return amount.multiply(factor.pow(years)).compareTo(paid) >= 0;
  }
}
