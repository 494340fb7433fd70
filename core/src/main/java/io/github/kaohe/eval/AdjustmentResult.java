package io.github.kaohe.eval;

import io.github.kaohe.model.AdjustmentItem;
import io.github.kaohe.model.AdjustmentLayer;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * An adjustment layer's result for one entity.
 *
 * @param layer the layer
 * @param points the layer's points after its cap, rounded (negative for deductions)
 * @param capped whether the layer's cap reduced them
 * @param items each item's result
 */
public record AdjustmentResult(
    AdjustmentLayer layer, BigDecimal points, boolean capped, List<Item> items) {
  public AdjustmentResult {
    Objects.requireNonNull(layer, "layer");
    Objects.requireNonNull(points, "points");
    items = List.copyOf(items);
  }

  /**
   * One item's result.
   *
   * @param item the item
   * @param count the units counted
   * @param points count × points per unit, after the item's cap
   * @param capped whether the item's cap reduced them
   */
  public record Item(AdjustmentItem item, BigDecimal count, BigDecimal points, boolean capped) {
    public Item {
      Objects.requireNonNull(item, "item");
      Objects.requireNonNull(count, "count");
      Objects.requireNonNull(points, "points");
    }
  }
}
