package io.github.kaohe.eval;

import io.github.kaohe.model.Band;
import io.github.kaohe.model.Bands;
import io.github.kaohe.model.Label;
import io.github.kaohe.model.Rounding;
import java.math.BigDecimal;

/** Value intervals → points. */
final class BandsScorer implements Scorer {
  private final Bands method;
  private final Rounding rounding;

  BandsScorer(Bands method, Rounding rounding) {
    this.method = method;
    this.rounding = rounding;
  }

  private @org.jspecify.annotations.Nullable Band band(BigDecimal value) {
    for (Band b : method.bands()) {
      if (b.contains(value)) {
        return b;
      }
    }
    return null;
  }

  @Override
  public BigDecimal points(BigDecimal value) {
    Band b = band(value);
    if (b != null) {
      return rounding.apply(b.points());
    }
    return rounding.apply(
        method
            .otherwise()
            .orElseThrow(
                () ->
                    new Failure(
                        "the value " + value.toPlainString()
                            + " lies in no band, and the method declares no 'otherwise'")));
  }

  @Override
  public String formula(BigDecimal value, BigDecimal points) {
    Band b = band(value);
    if (b == null) {
      return Numbers.show(value) + " in no band → " + points.toPlainString();
    }
    String from = b.from().map(Numbers::show).orElse("-∞");
    String to = b.to().map(Numbers::show).orElse("+∞");
    return Numbers.show(value) + " ∈ [" + from + ", " + to + ") → " + points.toPlainString();
  }

  @Override
  public Label rule() {
    return Label.of("分档计分", "points by band");
  }
}
