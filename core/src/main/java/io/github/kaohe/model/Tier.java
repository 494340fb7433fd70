package io.github.kaohe.model;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * One class of a {@link Classification}.
 *
 * @param id e.g. {@code A}
 * @param name Chinese and English name, e.g. 优秀 / excellent
 * @param from for cut-offs: the least value that earns this class (the last class may have none)
 * @param share for shares: the part of the ranked population, in (0, 1] (the last class may have
 *     none: the rest)
 * @param atLeast for shares: the least value (the total, or what is classified) the class also
 *     asks for; an entity in its share without it falls to the next class it qualifies for
 */
public record Tier(String id, Label name, Optional<BigDecimal> from, Optional<BigDecimal> share, Optional<BigDecimal> atLeast) {
  /** A class without a floor. */
  public Tier(String id, Label name, Optional<BigDecimal> from, Optional<BigDecimal> share) {
    this(id, name, from, share, Optional.empty());
  }

  public Tier {
    Objects.requireNonNull(atLeast, "atLeast");
    Checks.require(atLeast.isEmpty() || share.isPresent() || from.isEmpty(), "class '%s': atLeast goes with share", id);
    Checks.text(id, "class id");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(share, "share");
    share.ifPresent(
        s -> Checks.require(s.signum() > 0 && s.compareTo(BigDecimal.ONE) <= 0, "share must be in (0, 1], but was %s", s.toPlainString()));
    Checks.require(from.isEmpty() || share.isEmpty(), "class '%s' has both from and share: give one", id);
  }
}
