package io.github.kaohe.eval;

import io.github.kaohe.data.Period;
import io.github.kaohe.model.Classification;
import io.github.kaohe.model.Label;
import io.github.kaohe.model.TableInput;
import io.github.kaohe.model.Tier;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Assigns classes. By cut-offs: the first class whose {@code from} the value reaches. By shares:
 * the ranked entities of each group in place order, class i taking places up to
 * round-half-up(cumulative share × count), places counted within the group as competition ranking
 * counts them; entities sharing a place share the better class.
 */
final class Classifier {
  private final Classification classification;
  private final Values values;
  private final Label ofName;

  /** {@code ofName}: what the classification reads, by its name in the policy. */
  Classifier(Classification classification, Values values, Label ofName) {
    this.classification = classification;
    this.values = values;
    this.ofName = ofName;
  }

  Classifier(Classification classification, Values values) {
    this(classification, values, Label.of(classification.of(), classification.of()));
  }

  /** Each entity's class, by entity id. */
  Map<String, ClassResult> classify(ScoredPeriod scored, Period period) {
    Map<String, ClassResult> out = new LinkedHashMap<>();
    Map<String, List<Integer>> groups = new LinkedHashMap<>();
    for (int k = 0; k < scored.size(); k++) {
      int e = scored.position(k);
      // null when the entity lacks the attribute: it belongs to no group
      String group = classification.within().isPresent() ? scored.attribute(e, classification.within().get()) : "";
      if (scored.place(e).isEmpty() && classification.over() == io.github.kaohe.model.MeasureFormula.Over.RANKED) {
        out.put(scored.id(e), unclassed(Label.of("不参与排序，不分类", "takes no place, so is not classified")));
        continue;
      }
      if (group == null) {
        Label a = values.scheme().attributeName(classification.within().orElseThrow());
        out.put(scored.id(e), unclassed(Label.of("无" + spaced(a.zh()) + "，不分类", "has no " + a.en() + ", so is not classified")));
        continue;
      }
      groups.computeIfAbsent(group, g -> new ArrayList<>()).add(e);
    }
    for (List<Integer> group : groups.values()) {
      if (classification.basis() == Classification.Basis.CUTOFFS) {
        for (int e : group) {
          out.put(scored.id(e), byCutoff(scored.id(e), period));
        }
      } else {
        out.putAll(byShare(scored, group, period));
      }
    }
    return out;
  }

  private ClassResult unclassed(Label reason) {
    Tier u = classification.unclassed();
    return new ClassResult(classification.id(), u.id(), u.name(), false, reason);
  }

  private ClassResult byCutoff(String entity, Period period) {
    Value v = values.input(TableInput.of("value", classification.of()), entity, period);
    if (!v.present()) {
      return unclassed(Label.of("无法分类：" + v.missing().zh(), "not classified: " + v.missing().en()));
    }
    for (Tier t : classification.tiers()) {
      if (t.from().isEmpty() || v.number().compareTo(t.from().get()) >= 0) {
        String rule = t.from().map(f -> " ≥ " + f.toPlainString()).orElse("");
        return new ClassResult(classification.id(), t.id(), t.name(), true,
            Label.of(ofName.zh() + " = " + v + rule, ofName.en() + " = " + v + rule));
      }
    }
    return unclassed(Label.of("低于所有分档", "below every cut-off"));
  }

  private Map<String, ClassResult> byShare(ScoredPeriod scored, List<Integer> group, Period period) {
    List<Integer> sorted = new ArrayList<>(group);
    sorted.sort(Comparator.comparingInt((Integer e) -> scored.places[e]));
    int n = sorted.size();
    List<Tier> tiers = classification.tiers();
    // Each entity's place within the group, counted as competition ranking does (1, 2, 2, 4) whatever
    // the scheme's tie method: ties share a place; and how many score as well or better.
    int[] place = new int[n];
    int[] atOrAbove = new int[n];
    for (int k = 0; k < n; k++) {
      boolean tied = k > 0 && scored.places[sorted.get(k)] == scored.places[sorted.get(k - 1)];
      place[k] = tied ? place[k - 1] : k + 1;
    }
    for (int k = n - 1; k >= 0; k--) {
      boolean tied = k < n - 1 && place[k + 1] == place[k];
      atOrAbove[k] = tied ? atOrAbove[k + 1] : k + 1;
    }
    // per tier, the last place (or, by percentile, the most entities at or above) its cumulative
    // share admits, worked out once: share × n rounded as declared
    long[] bounds = new long[tiers.size()];
    BigDecimal cumulative = BigDecimal.ZERO;
    for (int i = 0; i < tiers.size(); i++) {
      Tier t = tiers.get(i);
      BigDecimal limit = BigDecimal.valueOf(n);
      if (t.share().isPresent()) {
        cumulative = cumulative.add(t.share().get());
        limit = cumulative.multiply(BigDecimal.valueOf(n));
      }
      bounds[i] = bound(classification.counting(), limit);
    }
    boolean percentile = classification.counting() == Classification.Counting.PERCENTILE;
    Map<String, ClassResult> out = new HashMap<>();
    for (int k = 0; k < n; k++) {
      int e = sorted.get(k);
      for (int i = 0; i < tiers.size(); i++) {
        Tier t = tiers.get(i);
        boolean last = i == tiers.size() - 1;
        boolean inShare = (percentile ? atOrAbove[k] : place[k]) <= bounds[i];
        if (!last && !(inShare && reaches(t, scored.id(e), period))) {
          continue;
        }
        String why = "place " + place[k] + " of " + n + (t.share().isPresent() ? ", share " + t.share().get().toPlainString() : "")
            + t.atLeast().map(a -> ", at least " + a.toPlainString()).orElse("");
        String whyZh = "第 " + place[k] + " 名（共 " + n + " 个）" + t.atLeast().map(a -> "，不低于 " + a.toPlainString()).orElse("");
        out.put(scored.id(e), new ClassResult(classification.id(), t.id(), t.name(), true, Label.of(whyZh, why)));
        break;
      }
    }
    return out;
  }

  /**
   * The largest place within a cumulative share of the group ({@code limit} = share × n): the limit
   * rounded half up, down or up; by percentile, the most entities at or above a place (that many ≤
   * the limit, so the limit rounded down).
   */
  private static long bound(Classification.Counting counting, BigDecimal limit) {
    RoundingMode mode = switch (counting) {
      case HALF_UP -> RoundingMode.HALF_UP;
      case CEILING -> RoundingMode.CEILING;
      case FLOOR, PERCENTILE -> RoundingMode.FLOOR;
    };
    return limit.setScale(0, mode).longValueExact();
  }

  /** Whether the entity reaches the class's floor, if it has one. */
  private boolean reaches(Tier t, String entity, Period period) {
    if (t.atLeast().isEmpty()) {
      return true;
    }
    Value v = values.input(TableInput.of("value", classification.of()), entity, period);
    return v.present() && v.number().compareTo(t.atLeast().get()) >= 0;
  }

  /** A Latin word (an attribute's id, where the policy names it not) set apart from the Chinese before it. */
  private static String spaced(String name) {
    return name.chars().allMatch(c -> c < 0x80) ? " " + name : name;
  }
}
