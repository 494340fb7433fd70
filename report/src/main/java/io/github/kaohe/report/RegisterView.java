package io.github.kaohe.report;

import com.google.common.collect.HashMultiset;
import com.google.common.collect.Multiset;
import io.github.kaohe.eval.ClassResult;
import io.github.kaohe.eval.EntityResult;
import io.github.kaohe.eval.SchemeResult;
import io.github.kaohe.eval.TaxShareResult;
import io.github.kaohe.model.Classification;
import io.github.kaohe.model.Label;
import io.github.kaohe.model.Tier;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A register (projects, firms: a scheme that scores and ranks nobody) in one period as the reports
 * show it: how many entries fall in each class of each classification, and the taxes shared.
 */
public final class RegisterView {
  private RegisterView() {}

  /** How many entries fall in one class. */
  public record ClassCount(Tier tier, int count) {}

  /**
   * The count of each class of the classification, best first; the unclassed class last, and only
   * when some entry is in it.
   */
  public static List<ClassCount> counts(SchemeResult result, Classification c) {
    Multiset<String> counts = HashMultiset.create();
    for (EntityResult e : result.entities()) {
      ClassResult r = e.classes().get(c.id());
      if (r != null) {
        counts.add(r.tier());
      }
    }
    List<ClassCount> all = new ArrayList<>();
    c.tiers().forEach(t -> all.add(new ClassCount(t, counts.count(t.id()))));
    int unclassed = counts.count(c.unclassed().id());
    if (unclassed > 0) {
      all.add(new ClassCount(c.unclassed(), unclassed));
    }
    return all;
  }

  /** Every tax shared in the period, by id, with its name, in the order they first appear. */
  public static Map<String, Label> taxes(SchemeResult result) {
    Map<String, Label> taxes = new LinkedHashMap<>();
    result.entities().forEach(e -> e.taxShares().forEach(t -> taxes.putIfAbsent(t.tax(), t.taxName())));
    return taxes;
  }

  /** What each government or zone receives in all, over every tax. */
  public static BigDecimal total(Map<String, BigDecimal> byTax) {
    return byTax.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  /** The entries that paid taxes but shared none in the period (e.g. not yet in production). */
  static List<EntityResult> unshared(SchemeResult result) {
    return result.entities().stream().filter(e -> e.taxShares().isEmpty()).toList();
  }

  /** The shares of one tax sharing rule, per firm and tax. */
  static List<Row> shares(SchemeResult result, String sharing) {
    List<Row> rows = new ArrayList<>();
    for (EntityResult e : result.entities()) {
      for (TaxShareResult t : e.taxShares()) {
        if (t.sharing().equals(sharing)) {
          rows.add(new Row(e, t));
        }
      }
    }
    return rows;
  }

  /** One firm's one tax, and its shares. */
  record Row(EntityResult entity, TaxShareResult tax) {}
}
