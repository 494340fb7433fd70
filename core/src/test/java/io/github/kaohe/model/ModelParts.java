package io.github.kaohe.model;

import java.math.BigDecimal;
import java.util.List;

/** Small parts of a model for the model's tests: decimals, labels, indicators and categories by their ids. */
final class ModelParts {
  private ModelParts() {}

  static BigDecimal d(String v) {
    return new BigDecimal(v);
  }

  static Label l(String s) {
    return Label.of(s, s);
  }

  static Indicator indicator(String id, String weight) {
    return Indicator.builder(id, l(id), d(weight)).build();
  }

  static Category category(String id, String weight, Indicator... indicators) {
    return Category.of(id, l(id), d(weight), List.of(indicators));
  }
}
