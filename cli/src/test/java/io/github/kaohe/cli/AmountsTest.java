package io.github.kaohe.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class AmountsTest {
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "300|300",
      "9999.5|9999.5",
      "10000|10,000",
      "1753505.02|1,753,505.02",
      "-12000000|-12,000,000",
      "92502.580|92,502.580"})
  void separatesThousandsFrom10000On(String amount, String shown) {
    assertThat(Amounts.format(new BigDecimal(amount))).isEqualTo(shown);
  }

  @ParameterizedTest
  @ValueSource(strings = {"12345678901234567890.123456789", "10000.00000000000000001", "1E+7"})
  void theAmountShownIsExactlyTheAmount(String amount) {
    BigDecimal value = new BigDecimal(amount);

    assertThat(new BigDecimal(Amounts.format(value).replace(",", ""))).isEqualByComparingTo(value);
  }
}
