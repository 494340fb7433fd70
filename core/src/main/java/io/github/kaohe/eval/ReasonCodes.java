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
 * Why an entity stands where it does: the indicators where it lost the most points against their
 * full weight, and the points that separate it from the entity just above it, indicator by
 * indicator, like a credit scorecard's reason codes but against a moving neighbour.
 *
 * <p>Points are in the policy's points (分, points); every figure is exact. The gap to the entity
 * above is split so that it adds up: {@code gap = Σ indicator differences + adjustments difference
 * + rest}, where the rest is what the categories' aggregation and the rounding of category points
 * and totals add or take (0 for a plain sum whose points and totals share a scale).
 *
 * <pre>{@code
 * ReasonCodes why = ReasonCodes.of(result, result.entity("bianxi").orElseThrow());
 * why.behind().ifPresent(gap -> System.out.println(gap.gap()));
 * }</pre>
 *
 * @param entity the entity's id
 * @param lost the indicators whose points fall short of their weight, the largest shortfall first
 *     (ties by table order); each reason's points are {@code weight − points}, positive
 * @param behind the gap to the entity just above, empty for the first place and for an entity
 *     that takes no place
 */
public record ReasonCodes(String entity, List<Reason> lost, Optional<Gap> behind) {
  public ReasonCodes {
    Objects.requireNonNull(entity, "entity");
    lost = List.copyOf(lost);
    Objects.requireNonNull(behind, "behind");
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
   * @param indicators each indicator's difference, the largest first; indicators on which both
   *     score the same are left out
   * @param adjustments the adjustments' difference (分)
   * @param rest what aggregation and rounding add: {@code gap} minus the other parts (分)
   */
  public record Gap(
      String above,
      Label aboveName,
      int abovePlace,
      BigDecimal gap,
      List<Reason> indicators,
      BigDecimal adjustments,
      BigDecimal rest) {
    public Gap {
      Objects.requireNonNull(above, "above");
      Objects.requireNonNull(aboveName, "aboveName");
      Objects.requireNonNull(gap, "gap");
      indicators = List.copyOf(indicators);
      Objects.requireNonNull(adjustments, "adjustments");
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
    return new ReasonCodes(entity.id(), lost, above.map(a -> gap(a, entity)));
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

  private static Gap gap(EntityResult above, EntityResult entity) {
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
    return new Gap(above.id(), above.entity().name(), above.place().orElse(0), gap, parts, adjustments, rest);
  }

  /**
   * The reasons in a line, e.g. {@code 落后上一名 乙 1.37 分，主要在 亩均税收 (−0.92)、…；失分最多：…}.
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
      List<Reason> worse = g.indicators().stream().filter(r -> r.points().signum() > 0).limit(most).toList();
      if (!worse.isEmpty()) {
        s.append(zh ? "，主要在 " : ", mostly in ");
        list(s, worse, lang, true);
      }
    });
    if (!lost.isEmpty()) {
      s.append(s.length() == 0 ? "" : zh ? "；" : "; ").append(zh ? "失分最多：" : "most points lost: ");
      list(s, lost.stream().limit(most).toList(), lang, true);
    }
    if (s.length() == 0) {
      s.append(zh ? "各项均得满分" : "full points on every indicator");
    }
    return s.toString();
  }

  private static void list(StringBuilder s, List<Reason> reasons, Language lang, boolean negate) {
    for (int i = 0; i < reasons.size(); i++) {
      Reason r = reasons.get(i);
      BigDecimal shown = negate ? r.points().negate() : r.points();
      s.append(i == 0 ? "" : lang == Language.ZH ? "、" : ", ").append(r.name().in(lang)).append(" (")
          .append(shown.signum() < 0 ? "−" + shown.negate().toPlainString() : "+" + shown.toPlainString()).append(')');
    }
  }
}
