package io.github.kaohe.sensitivity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** How many places a band of the place histograms holds, by the size of the field. */
class OutcomesTest {
  @Test
  void everyPlaceIsKeptApartWhileTheHistogramsFitAndInBandsBeyond() {
    // 8,000 entities × 8,001 places = 64,008,000 counters ≤ 2^26 = 67,108,864: one place a band
    assertThat(Outcomes.band(8_000)).isEqualTo(1);
    // 8,200 × 8,201 = 67,248,200 > 2^26: 2^26 / 8,200 = 8,184 bands, so ⌈8,201 / 8,184⌉ = 2 places a band
    assertThat(Outcomes.band(8_200)).isEqualTo(2);
    // 10^5 entities: 2^26 / 10^5 = 671 bands, ⌈100,001 / 671⌉ = 150 places a band (2 bytes × 67,100,000 = 134 MB)
    assertThat(Outcomes.band(100_000)).isEqualTo(150);
  }

  @Test
  void aBandIsTheCeilingOfPlacesOverBands() {
    // 8,192 × 8,193 = 67,117,056 > 2^26: 2^26 / 8,192 = 8,192 bands, ⌈8,193 / 8,192⌉ = 2 places a band
    assertThat(Outcomes.band(8_192)).isEqualTo(2);
    // 65,535 entities, 65,536 places: 2^26 / 65,535 = 1,024 bands, 65,536 / 1,024 = 64 exactly
    assertThat(Outcomes.band(65_535)).isEqualTo(64);
    // 2^21 entities: 2^26 / 2^21 = 32 bands, fewer than 64, so 64: ⌈2,097,153 / 64⌉ = 32,769
    assertThat(Outcomes.band(1 << 21)).isEqualTo(32_769);
  }
}
