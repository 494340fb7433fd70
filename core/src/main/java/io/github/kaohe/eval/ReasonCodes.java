package io.github.kaohe.eval;

import io.github.kaohe.model.Label;
import io.github.kaohe.model.Language;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Why an entity stands where it does: the categories and indicators where it lost the most points
 * against their full weight, and the points that separate it from the entity just above it,
 * category by category and indicator by indicator, like a credit scorecard's reason codes but
 * against a moving neighbour.
 *
 * <p>Points are in the policy's points (分, points); every figure is exact. The gap to the entity
 * above is split two ways, each adding up: by top-level category, {@code gap = Σ category
 * differences + adjustments difference + categoryRest}, where the rest is what the rounding of
 * totals adds or takes; and by indicator, {@code gap = Σ indicator differences + adjustments
 * difference + rest}, where the rest is what the categories' aggregation and the rounding of
 * category points and totals add or take (both 0 for a plain sum whose points and totals share a
 * scale).
 *
 * <pre>{@code
 * ReasonCodes why = ReasonCodes.of(result, result.entity("bianxi").orElseThrow());
 * why.behind().ifPresent(gap -> System.out.println(gap.gap()));
 * }</pre>
 *
 * @param entity the entity's id
 * @param lost the indicators whose points fall short of their weight, the largest shortfall first
 *     (ties by table order); each reason's points are {@code weight − points}, positive
 * @param lostCategories the same for the top-level categories
 * @param behind the gap to the entity just above, empty for the first place and for an entity
 *     that takes no place
 */
public record ReasonCodes(String entity, List<Reason> lost, List<CategoryReason> lostCategories, Optional<Gap> behind) {
  public ReasonCodes {
    Objects.requireNonNull(entity, "entity");
    lost = List.copyOf(lost);
    lostCategories = List.copyOf(lostCategories);
    Objects.requireNonNull(behind, "behind");
  }

  /**
   * One top-level category's share of an explanation.
   *
   * @param category the category's id
   * @param name its name
   * @param points points (分): lost against the weight, or the entity above's points minus the
   *     entity's (negative where the entity is ahead)
   */
  public record CategoryReason(String category, Label name, BigDecimal points) {
    public CategoryReason {
      Objects.requireNonNull(category, "category");
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(points, "points");
    }
  }

  /**
   * One indicator's share of an explanation.
   *
   * @param indicator the indicator's id
   * @param name its name
   * @param points points (分): lost against the weight, or the entity above's points minus the
   *     entity's (negative where the entity is ahead)
   */
  public record Reason(String indicator, Label name, BigDecimal points) {
    public Reason {
      Objects.requireNonNull(indicator, "indicator");
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(points, "points");
    }
  }

  /**
   * The points that separate an entity from the one just above it.
   *
   * @param above the id of the entity just above (the nearest better place)
   * @param aboveName its name
   * @param abovePlace its place
   * @param gap its total minus the entity's (分), 0 or more
   * @param categories each top-level category's difference, the largest first; categories on
   *     which both score the same are left out
   * @param indicators each indicator's difference, the largest first; indicators on which both
   *     score the same are left out
   * @param adjustments the adjustments' difference (分)
   * @param adjustmentsName what the scheme calls its adjustments: 加分 / Bonus, 减分 / Deductions,
   *     or 加减分 / Adjustments
   * @param categoryRest what the rounding of totals adds: {@code gap} minus the categories' and the
   *     adjustments' differences (分)
   * @param rest what aggregation and rounding add: {@code gap} minus the indicators' and the
   *     adjustments' differences (分)
   */
  public record Gap(
      String above,
      Label aboveName,
      int abovePlace,
      BigDecimal gap,
      List<CategoryReason> categories,
      List<Reason> indicators,
      BigDecimal adjustments,
      Label adjustmentsName,
      BigDecimal categoryRest,
      BigDecimal rest) {
    public Gap {
      Objects.requireNonNull(above, "above");
      Objects.requireNonNull(aboveName, "aboveName");
      Objects.requireNonNull(gap, "gap");
      categories = List.copyOf(categories);
      indicators = List.copyOf(indicators);
      Objects.requireNonNull(adjustments, "adjustments");
      Objects.requireNonNull(adjustmentsName, "adjustmentsName");
      Objects.requireNonNull(categoryRest, "categoryRest");
      Objects.requireNonNull(rest, "rest");
    }
  }

  /** The reason codes of one entity of the result. */
  public static ReasonCodes of(SchemeResult result, EntityResult entity) {
    Objects.requireNonNull(result, "result");
    Objects.requireNonNull(entity, "entity");
    return of(entity, above(result, entity.place()));
  }

  /**
   * The reason codes of an entity given the entity listed just above it, if any: for an entity
   * evaluated in parts ({@link PartEvaluator}), where no one result holds both.
   */
  public static ReasonCodes of(EntityResult entity, Optional<EntityResult> above) {
    Objects.requireNonNull(entity, "entity");
    List<Reason> lost = new ArrayList<>();
    for (IndicatorResult i : entity.indicators()) {
      BigDecimal shortfall = i.indicator().weight().subtract(i.points());
      if (shortfall.signum() > 0) {
        lost.add(new Reason(i.id(), i.indicator().name(), shortfall));
      }
    }
    lost.sort(Comparator.comparing(Reason::points).reversed());
    List<CategoryReason> lostCategories = new ArrayList<>();
    for (CategoryResult c : entity.categories()) {
      BigDecimal shortfall = c.category().weight().subtract(c.points());
      if (shortfall.signum() > 0) {
        lostCategories.add(new CategoryReason(c.id(), c.category().name(), shortfall));
      }
    }
    lostCategories.sort(Comparator.comparing(CategoryReason::points).reversed());
    Label adjustmentsName = adjustmentsName(entity.layers().stream().map(AdjustmentResult::layer).toList());
    return new ReasonCodes(entity.id(), lost, lostCategories, above.map(a -> gap(a, entity, adjustmentsName)));
  }

  /** 加分 when every layer is a bonus, 减分 when every layer is a deduction, else 加减分. */
  private static Label adjustmentsName(List<io.github.kaohe.model.AdjustmentLayer> layers) {
    if (layers.stream().allMatch(io.github.kaohe.model.AdjustmentLayer::isBonus)) {
      return Label.of("加分", "Bonus");
    }
    return layers.stream().noneMatch(io.github.kaohe.model.AdjustmentLayer::isBonus)
        ? Label.of("减分", "Deductions") : Label.of("加减分", "Adjustments");
  }

  /** The entity listed just before the first entity at {@code place} or worse, if ranked and not first. */
  private static Optional<EntityResult> above(SchemeResult result, OptionalInt place) {
    if (place.isEmpty() || place.getAsInt() <= 1) {
      return Optional.empty();
    }
    ScoredPeriod s = result.scored();
    int p = place.getAsInt();
    int lo = 0;
    int hi = s.size(); // the first k whose place is p or worse, or unranked
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      int q = s.places[s.position(mid)];
      if (q != 0 && q < p) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo == 0 ? Optional.empty() : Optional.of(result.entityAt(s.position(lo - 1)));
  }

  private static Gap gap(EntityResult above, EntityResult entity, Label adjustmentsName) {
    List<CategoryReason> categories = new ArrayList<>();
    BigDecimal categorySum = BigDecimal.ZERO;
    for (CategoryResult a : above.categories()) {
      BigDecimal mine = entity.categories().stream().filter(c -> c.id().equals(a.id())).findFirst()
          .map(CategoryResult::points).orElse(BigDecimal.ZERO);
      BigDecimal d = a.points().subtract(mine);
      categorySum = categorySum.add(d);
      if (d.signum() != 0) {
        categories.add(new CategoryReason(a.id(), a.category().name(), d));
      }
    }
    categories.sort(Comparator.comparing(CategoryReason::points).reversed());
    List<Reason> parts = new ArrayList<>();
    BigDecimal sum = BigDecimal.ZERO;
    for (IndicatorResult a : above.indicators()) {
      BigDecimal mine = entity.indicator(a.id()).map(IndicatorResult::points).orElse(BigDecimal.ZERO);
      BigDecimal d = a.points().subtract(mine);
      sum = sum.add(d);
      if (d.signum() != 0) {
        parts.add(new Reason(a.id(), a.indicator().name(), d));
      }
    }
    parts.sort(Comparator.comparing(Reason::points).reversed());
    BigDecimal gap = above.total().subtract(entity.total());
    BigDecimal adjustments = above.adjustments().subtract(entity.adjustments());
    BigDecimal rest = gap.subtract(sum).subtract(adjustments);
    BigDecimal categoryRest = gap.subtract(categorySum).subtract(adjustments);
    return new Gap(above.id(), above.entity().name(), above.place().orElse(0), gap, categories, parts, adjustments, adjustmentsName,
        categoryRest, rest);
  }

  /**
   * The reasons in a line, e.g. {@code 落后上一名 乙（第 1 名） 2.86 分，按类：加分 (−3.00)、增长 (−1.60)、规模
   * (+1.74)；主要在 税收增速 (−1.60)；失分最多：增长 (−1.60)、规模 (−1.33)；其中 税收增速 (−1.60)、税收 (−1.33)}.
   * The split by category, which adds up to the gap, is said where there is more than one part
   * (several top-level categories, or adjustments); so are the categories that lost the most.
   *
   * @param most how many indicators each part names
   */
  public String describe(Language lang, int most) {
    boolean zh = lang == Language.ZH;
    StringBuilder s = new StringBuilder();
    behind.ifPresent(g -> {
      s.append(zh ? "落后上一名 " : "Behind the place above (").append(g.aboveName().in(lang))
          .append(zh ? "（第 " + g.abovePlace() + " 名）" : ", place " + g.abovePlace() + ")")
          .append(zh ? " " : " by ").append(g.gap().toPlainString()).append(zh ? " 分" : " points");
      List<Part> split = new ArrayList<>();
      g.categories().forEach(c -> split.add(new Part(c.name(), c.points())));
      if (g.adjustments().signum() != 0) {
        split.add(new Part(g.adjustmentsName(), g.adjustments()));
      }
      if (g.categoryRest().signum() != 0) {
        split.add(new Part(Label.of("取整", "Rounding"), g.categoryRest()));
      }
      split.sort(Comparator.comparing(Part::points).reversed());
      if (split.size() > 1) {
        s.append(zh ? "，按类：" : ", by category: ");
        list(s, split, lang);
      }
      List<Part> worse = g.indicators().stream().filter(r -> r.points().signum() > 0).limit(most)
          .map(r -> new Part(r.name(), r.points())).toList();
      if (!worse.isEmpty()) {
        s.append(split.size() > 1 ? (zh ? "；主要在 " : "; mostly in ") : (zh ? "，主要在 " : ", mostly in "));
        list(s, worse, lang);
      }
    });
    if (!lost.isEmpty() || !lostCategories.isEmpty()) {
      s.append(s.length() == 0 ? "" : zh ? "；" : "; ").append(zh ? "失分最多：" : "most points lost: ");
      if (lostCategories.size() > 1 || lost.isEmpty()) {
        list(s, lostCategories.stream().limit(most).map(c -> new Part(c.name(), c.points())).toList(), lang);
        s.append(lost.isEmpty() ? "" : zh ? "；其中 " : "; of which ");
      }
      list(s, lost.stream().limit(most).map(r -> new Part(r.name(), r.points())).toList(), lang);
    }
    if (s.length() == 0) {
      s.append(zh ? "各项均得满分" : "full points on every indicator");
    }
    return s.toString();
  }

  /** A named number of points in a line of reasons. */
  private record Part(Label name, BigDecimal points) {}

  /** The parts, each as a name and its points against the entity: −1.60 where it is behind. */
  private static void list(StringBuilder s, List<Part> parts, Language lang) {
    for (int i = 0; i < parts.size(); i++) {
      Part r = parts.get(i);
      BigDecimal shown = r.points().negate();
      s.append(i == 0 ? "" : lang == Language.ZH ? "、" : ", ").append(r.name().in(lang)).append(" (")
          .append(shown.signum() < 0 ? "−" + shown.negate().toPlainString() : "+" + shown.toPlainString()).append(')');
    }
  }
}
