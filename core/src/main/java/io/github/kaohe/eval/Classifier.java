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

  Classifier(Classification classification, Values values) {
    this.classification = classification;
    this.values = values;
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
        String a = classification.within().orElseThrow();
        out.put(scored.id(e), unclassed(Label.of("无 " + a + "，不分类", "has no " + a + ", so is not classified")));
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
        out.putAll(byShare(scored, group));
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
            Label.of(classification.of() + " = " + v + rule, classification.of() + " = " + v + rule));
      }
    }
    return unclassed(Label.of("低于所有分档", "below every cut-off"));
  }

  private Map<String, ClassResult> byShare(ScoredPeriod scored, List<Integer> group) {
    List<Integer> sorted = new ArrayList<>(group);
    sorted.sort(Comparator.comparingInt((Integer e) -> scored.places[e]));
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
    int p = 0;
    int previousPlace = 0;
    for (int k = 0; k < n; k++) {
      int e = sorted.get(k);
      // The place within the group, counted as competition ranking does (1, 2, 2, 4) whatever the
      // scheme's tie method and whether the ranking groups by this attribute: ties share a place.
      int place = scored.places[e];
      if (k == 0 || place != previousPlace) {
        p = k + 1;
        previousPlace = place;
      }
      for (int i = 0; i < classification.tiers().size(); i++) {
        if (p <= limits.get(i) || i == classification.tiers().size() - 1) {
          Tier t = classification.tiers().get(i);
          String why = "place " + p + " of " + n + (t.share().isPresent() ? ", share " + t.share().get().toPlainString() : "");
          out.put(scored.id(e), new ClassResult(classification.id(), t.id(), t.name(), true,
              Label.of("第 " + p + " 名（共 " + n + " 个）", why)));
          break;
        }
      }
    }
    return out;
  }
}
