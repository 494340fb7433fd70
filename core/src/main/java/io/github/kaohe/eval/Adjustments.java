package io.github.kaohe.eval;

import io.github.kaohe.internal.columns.DecimalColumn;
import io.github.kaohe.model.AdjustmentItem;
import io.github.kaohe.model.AdjustmentLayer;
import io.github.kaohe.model.Rounding;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * A scheme's adjustment layers over one period's counts: per item count × points per unit, capped
 * and rounded; per layer the sum, capped and rounded. Most entities count nothing, and cost
 * nothing here.
 */
final class Adjustments {
  private final List<AdjustmentLayer> layers;
  private final Rounding rounding;
  /** The count column of each item, in layer order then item order. */
  private final DecimalColumn[] counts;

  Adjustments(List<AdjustmentLayer> layers, Rounding rounding, DecimalColumn[] counts) {
    this.layers = layers;
    this.rounding = rounding;
    this.counts = counts;
  }

  boolean isEmpty() {
    return layers.isEmpty();
  }

  /** How many items there are. */
  int items() {
    return counts.length;
  }

  /** Whether the row counts nothing at all, so that every layer gives 0. */
  boolean none(int row) {
    for (DecimalColumn c : counts) {
      if (row >= 0 && c.has(row) && (!c.fits(row) || c.unscaled(row) != 0)) {
        return false;
      }
    }
    return true;
  }

  /**
   * The sum of the layers' points for a row ({@code BigDecimal.ZERO} without layers), reporting
   * bad counts to the log.
   */
  BigDecimal sum(int row, ProblemLog log, int position, int firstSlot, String entity) {
    BigDecimal sum = BigDecimal.ZERO;
    for (AdjustmentResult layer : layers(row, log, position, firstSlot, entity)) {
      sum = sum.add(layer.points());
    }
    return sum;
  }

  /** Each layer's result for a row. */
  List<AdjustmentResult> results(int row) {
    return layers(row, null, 0, 0, "");
  }

  private List<AdjustmentResult> layers(int row, ProblemLog log, int position, int firstSlot, String entity) {
    List<AdjustmentResult> out = new ArrayList<>(layers.size());
    int k = 0;
    for (AdjustmentLayer layer : layers) {
      List<AdjustmentResult.Item> items = new ArrayList<>();
      BigDecimal sum = BigDecimal.ZERO;
      for (AdjustmentItem item : layer.items()) {
        DecimalColumn column = counts[k];
        BigDecimal count = row < 0 || !column.has(row) ? BigDecimal.ZERO : column.get(row);
        if (count.signum() < 0 || count.stripTrailingZeros().scale() > 0) {
          if (log != null) {
            log.scoring(position, firstSlot + k, entity, item.id(),
                "a count must be a whole number of at least 0, but was " + count.toPlainString());
          }
          count = BigDecimal.ZERO;
        }
        k++;
        BigDecimal points = count.multiply(item.pointsPerUnit());
        boolean capped = false;
        if (item.cap().isPresent() && points.abs().compareTo(item.cap().get()) > 0) {
          points = item.cap().get().multiply(BigDecimal.valueOf(points.signum()));
          capped = true;
        }
        points = rounding.apply(points);
        items.add(new AdjustmentResult.Item(item, count, points, capped));
        sum = sum.add(points);
      }
      boolean capped = false;
      if (layer.cap().isPresent() && sum.abs().compareTo(layer.cap().get()) > 0) {
        sum = layer.cap().get().multiply(BigDecimal.valueOf(sum.signum()));
        capped = true;
      }
      out.add(new AdjustmentResult(layer, rounding.apply(sum), capped, items));
    }
    return out;
  }
}
