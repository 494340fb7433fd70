package io.github.kaohe.sensitivity;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** How a total is shared among parts in proportion, at 4 places (the scale of small.yaml's variants). */
class SchemeVariantTest {
  private static final SchemeVariant VARIANT =
      new SchemeVariant(SmallPolicy.POLICY, SmallPolicy.uncertainty("weights: [{of: size, plusMinus: 20%}]\n"));

  private static List<BigDecimal> distribute(String total, String... raw) {
    return VARIANT.distribute(new BigDecimal(total), java.util.Arrays.stream(raw).map(BigDecimal::new).toList());
  }

  @Test
  void theUnitLeftOverGoesToTheLargestRemainderAndAmongEqualOnesToTheFirst() {
    // 1 in thirds: 0.3333 each rounded down, 0.0001 left over; equal remainders: the first takes it
    assertThat(distribute("1", "1", "1", "1")).containsExactly(
        new BigDecimal("0.3334"), new BigDecimal("0.3333"), new BigDecimal("0.3333"));
    // 1 as 1 : 2: 0.3333 (remainder 0.0000333…) and 0.6666 (0.0000666…): the larger remainder takes it
    assertThat(distribute("1", "1", "2")).containsExactly(new BigDecimal("0.3333"), new BigDecimal("0.6667"));
    // 20 as 2 : 1 : 3: 6.6666…, 3.3333…, 10 → 6.6666, 3.3333, 10.0000, 0.0001 left to the largest remainder, the first
    assertThat(distribute("20", "2", "1", "3")).containsExactly(
        new BigDecimal("6.6667"), new BigDecimal("3.3333"), new BigDecimal("10.0000"));
  }

  @Test
  void partsThatAlreadyAddUpOrAreAllZeroAreKept() {
    assertThat(distribute("10", "8", "2")).containsExactly(new BigDecimal("8"), new BigDecimal("2"));
    assertThat(distribute("10", "0", "0")).containsExactly(BigDecimal.ZERO, BigDecimal.ZERO);
  }
}
