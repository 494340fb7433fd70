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
 * the ranked entities in place order, class i taking places up to round-half-up(cumulative share
 * × count); entities sharing a place share the better class.
 */
final class Classifier {
  private final Classification classification;
  private final Values values;

  Classifier(Classification classification, Values values) {
    this.classification = classification;
    this.values = values;
  }

  /** Each entity's class. */
  Map<String, ClassResult> classify(SchemeResult scored, Period period) {
    Map<String, ClassResult> out = new LinkedHashMap<>();
    Map<String, List<EntityResult>> groups = new LinkedHashMap<>();
    for (EntityResult e : scored.entities()) {
      String group = classification.within().map(a -> e.attributes().get(a)).orElse("");
      if (!e.ranked() || group == null) {
        out.put(e.id(), unclassed(Label.of("不参与排序，不分类", "takes no place, so is not classified")));
        continue;
      }
      groups.computeIfAbsent(group, g -> new ArrayList<>()).add(e);
    }
    for (List<EntityResult> group : groups.values()) {
      if (classification.basis() == Classification.Basis.CUTOFFS) {
        for (EntityResult e : group) {
          out.put(e.id(), byCutoff(e, period));
        }
      } else {
        out.putAll(byShare(group));
      }
    }
    return out;
  }

  private ClassResult unclassed(Label reason) {
    Tier u = classification.unclassed();
    return new ClassResult(classification.id(), u.id(), u.name(), false, reason);
  }

  private ClassResult byCutoff(EntityResult e, Period period) {
    Value v = values.input(TableInput.of("value", classification.of()), e.id(), period);
    if (!v.present()) {
      return unclassed(Label.of("无法分类：" + v.missing().zh(), "not classified: " + v.missing().en()));
    }
    for (Tier t : classification.tiers()) {
      if (t.from().isEmpty() || v.number().compareTo(t.from().get()) >= 0) {
        String rule = t.from().map(f -> " ≥ " + f.toPlainString()).orElse("");
        return new ClassResult(classification.id(), t.id(), t.name(), true,
            Label.of(classification.of() + " = " + v + rule, classification.of() + " = " + v + rule));
      }
    }
    return unclassed(Label.of("低于所有分档", "below every cut-off"));
  }

  private Map<String, ClassResult> byShare(List<EntityResult> group) {
    List<EntityResult> sorted = new ArrayList<>(group);
    sorted.sort(Comparator.comparingInt((EntityResult e) -> place(e, group)));
    int n = sorted.size();
    List<Integer> limits = new ArrayList<>();
    BigDecimal cumulative = BigDecimal.ZERO;
    for (Tier t : classification.tiers()) {
      if (t.share().isPresent()) {
        cumulative = cumulative.add(t.share().get());
        limits.add(cumulative.multiply(BigDecimal.valueOf(n)).setScale(0, RoundingMode.HALF_UP).intValue());
      } else {
        limits.add(n);
      }
    }
    Map<String, ClassResult> out = new HashMap<>();
    for (EntityResult e : sorted) {
      int p = place(e, group);
      for (int i = 0; i < classification.tiers().size(); i++) {
        if (p <= limits.get(i) || i == classification.tiers().size() - 1) {
          Tier t = classification.tiers().get(i);
          String why = "place " + p + " of " + n + (t.share().isPresent() ? ", share " + t.share().get().toPlainString() : "");
          out.put(e.id(), new ClassResult(classification.id(), t.id(), t.name(), true,
              Label.of("第 " + p + " 名（共 " + n + " 个）", why)));
          break;
        }
      }
    }
    return out;
  }

  /** The place within the classification's group (the overall place when not grouped). */
  private int place(EntityResult e, List<EntityResult> group) {
    if (classification.within().isPresent()) {
      Integer p = e.groupPlaces().get(classification.within().get());
      if (p != null) {
        return p;
      }
    }
    return e.place().orElse(group.size());
  }
}
