package io.github.kaohe.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What a target (目标任务) accepts of its years, entities, number and range (mutation testing found these unchecked). */
class TargetChecksTest {
  private static final Label NAME = Label.of("税收目标", "Tax target");

  private static Target target(TargetKind kind, String target, Optional<BigDecimal> upTo, int from, int deadline,
      List<String> entities, boolean each, boolean accumulate) {
    return new Target("tax-target", NAME, kind, "tax", target, upTo, from, deadline, entities, each, accumulate,
        Optional.empty());
  }

  @Test
  void theFirstYearMayBeTheDeadlineButNotAfterIt() {
    assertThat(target(TargetKind.LEVEL, "100", Optional.empty(), 2025, 2025, List.of(), false, false).number())
        .isEqualByComparingTo("100");
    assertThatThrownBy(() -> target(TargetKind.LEVEL, "100", Optional.empty(), 2026, 2025, List.of(), false, false))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("target 'tax-target': the first year (2026) must not come after the deadline (2025)");
  }

  @Test
  void aTargetIsForNamedEntitiesForEachOrForTheirSum() {
    assertThat(target(TargetKind.LEVEL, "100", Optional.empty(), 2025, 2026, List.of(), false, false).aggregate()).isTrue();
    assertThat(target(TargetKind.LEVEL, "100", Optional.empty(), 2025, 2026, List.of(), true, false).aggregate()).isFalse();
    assertThat(target(TargetKind.LEVEL, "100", Optional.empty(), 2025, 2026, List.of("a"), false, false).aggregate())
        .isFalse();
    assertThatThrownBy(() -> target(TargetKind.LEVEL, "100", Optional.empty(), 2025, 2026, List.of("a"), true, false))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("target 'tax-target': give entities or each, not both");
  }

  @Test
  void onlyATargetToReachTakesAnythingButANumber() {
    assertThat(target(TargetKind.REACH, "top-ten", Optional.empty(), 2025, 2026, List.of(), true, false).target())
        .isEqualTo("top-ten");
    assertThatThrownBy(() -> target(TargetKind.SHARE, "half", Optional.empty(), 2025, 2026, List.of(), true, false))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("target 'tax-target': target must be a number, but was half");
  }

  @Test
  void onlyARangeTakesUpToAndItRunsForwards() {
    assertThat(target(TargetKind.RANGE, "5", Optional.of(new BigDecimal("5")), 2025, 2026, List.of(), true, false).upTo())
        .contains(new BigDecimal("5"));
    assertThatThrownBy(() -> target(TargetKind.RANGE, "5", Optional.of(new BigDecimal("4.9")), 2025, 2026, List.of(),
            true, false))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("target 'tax-target': the range 5–4.9 runs backwards: upTo must be at least the target");
    assertThatThrownBy(() -> target(TargetKind.LEVEL, "5", Optional.of(new BigDecimal("6")), 2025, 2026, List.of(),
            true, false))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("target 'tax-target': only a range target takes upTo");
  }

  @Test
  void aGrowthTargetCannotAccumulate() {
    assertThat(target(TargetKind.LEVEL, "5", Optional.empty(), 2025, 2026, List.of(), true, true).accumulate()).isTrue();
    for (TargetKind growth : List.of(TargetKind.GROWTH, TargetKind.AVERAGE_GROWTH)) {
      assertThatThrownBy(() -> target(growth, "5", Optional.empty(), 2025, 2026, List.of(), true, true))
          .as(growth.name())
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("target 'tax-target': a growth target cannot accumulate (growth compares each year with the one before)");
    }
  }
}
