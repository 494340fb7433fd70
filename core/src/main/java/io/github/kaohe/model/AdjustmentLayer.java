package io.github.kaohe.model;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Adjustments applied after the base score, as one layer: all bonuses or all deductions, with an
 * optional cap on the layer's total (in absolute value). Two layers with a cap each express rules
 * such as "+5 for a national lab or +3 for a provincial one, at most 5".
 *
 * @param id unique within its scheme
 * @param name Chinese and English name
 * @param cap the most points (in absolute value) the layer can give, if limited
 * @param items the items, all bonuses or all deductions
 */
public record AdjustmentLayer(
    String id, Label name, Optional<BigDecimal> cap, List<AdjustmentItem> items) {

  public AdjustmentLayer {
    Checks.id(id, "adjustment layer id");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(cap, "cap");
    cap.ifPresent(c -> Checks.positive(c, "cap"));
    items = Checks.list(items, "items");
    Checks.require(!items.isEmpty(), "adjustment layer '%s' must list at least one item", id);
    boolean bonus = items.get(0).isBonus();
    Checks.require(
        items.stream().allMatch(i -> i.isBonus() == bonus),
        "adjustment layer '%s' mixes bonuses and deductions: put them in separate layers",
        id);
  }

  public static AdjustmentLayer of(String id, Label name, List<AdjustmentItem> items) {
    return new AdjustmentLayer(id, name, Optional.empty(), items);
  }

  /** Whether this layer adds points. */
  public boolean isBonus() {
    return items.get(0).isBonus();
  }
}
