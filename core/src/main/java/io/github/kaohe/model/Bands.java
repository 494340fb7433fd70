package io.github.kaohe.model;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Value intervals mapped to points. Bands are listed in ascending order and must not overlap; a
 * value in no band scores {@code otherwise}, or is an error when {@code otherwise} is empty.
 */
public record Bands(List<Band> bands, Optional<BigDecimal> otherwise) implements ScoringMethod {
  public Bands {
    bands = Checks.list(bands, "bands");
    Objects.requireNonNull(otherwise, "otherwise");
    Checks.require(!bands.isEmpty(), "bands must list at least one band");
    otherwise.ifPresent(o -> Checks.nonNegative(o, "otherwise"));
    for (int i = 1; i < bands.size(); i++) {
      Band previous = bands.get(i - 1);
      Band band = bands.get(i);
      Checks.require(
          previous.to().isPresent() && band.from().isPresent(),
          "bands[%d] and bands[%d] overlap: only the first band may be open below and only the last open above",
          i - 1,
          i);
      Checks.require(
          previous.to().get().compareTo(band.from().get()) <= 0,
          "bands[%d] and bands[%d] overlap or are out of order: %s > %s",
          i - 1,
          i,
          previous.to().get().toPlainString(),
          band.from().get().toPlainString());
    }
  }

  public static Bands of(List<Band> bands) {
    return new Bands(bands, Optional.empty());
  }

  /** The most points any band gives. */
  public BigDecimal maxPoints() {
    BigDecimal max = otherwise.orElse(BigDecimal.ZERO);
    for (Band band : bands) {
      max = max.max(band.points());
    }
    return max;
  }

  @Override
  public String type() {
    return "bands";
  }
}
