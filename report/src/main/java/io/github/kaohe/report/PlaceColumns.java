package io.github.kaohe.report;

import io.github.kaohe.eval.EntityResult;
import io.github.kaohe.eval.IndicatorResult;
import io.github.kaohe.model.Category;
import io.github.kaohe.model.Indicator;
import io.github.kaohe.model.Label;
import io.github.kaohe.model.PlacePoints;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * The indicators whose raw value is a place (scored by {@code place-points}, such as 全省产业集聚区考核位次).
 * A ranking table shows the place itself (第50位) in a column of its own, before the column of the
 * points it earns, so that a column headed with a place never shows only points (issue 12). The
 * console table and the HTML, Markdown and xlsx reports use it.
 */
public final class PlaceColumns {
  private PlaceColumns() {}

  /** The indicators of the category, at any depth, whose raw value is a place, in their order. */
  public static List<Indicator> in(Category category) {
    return category.allIndicators().stream().filter(i -> i.method() instanceof PlacePoints).toList();
  }

  /** The entity's raw value on the indicator; empty when it has none. */
  public static Optional<BigDecimal> place(EntityResult entity, Indicator indicator) {
    return entity.indicators().stream().filter(r -> r.id().equals(indicator.id())).findFirst()
        .flatMap(IndicatorResult::value);
  }

  /** The place as the text writes it: 第50位 / 50; a dash when the entity has none. */
  public static Label cell(EntityResult entity, Indicator indicator) {
    return cell(place(entity, indicator));
  }

  /** A place as the text writes it (第50位 / 50), a dash for none: a cell of a {@code ScoreTable}'s value. */
  public static Label cell(Optional<BigDecimal> place) {
    return place
        .map(v -> {
          String n = v.stripTrailingZeros().toPlainString();
          return Label.of("第" + n + "位", n);
        })
        .orElse(Label.of("—", "—"));
  }
}
