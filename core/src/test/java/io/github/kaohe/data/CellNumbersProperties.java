package io.github.kaohe.data;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.kaohe.internal.columns.DecimalColumn;
import java.math.BigDecimal;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The fast reading of number cells reads exactly what {@link CellText} reads, and rejects what it rejects. */
class CellNumbersProperties {
  @Property(tries = 5000)
  void readsWhatCellTextReads(@ForAll("cells") String text, @ForAll boolean percent) {
    DecimalColumn.Builder column = new DecimalColumn.Builder(1);
    boolean read = new CellNumbers().read(text, percent, column, 0);
    BigDecimal expected;
    try {
      expected = CellText.number(text, percent);
    } catch (IllegalArgumentException e) {
      assertThat(read).as("'%s' is not a number", text).isFalse();
      return;
    }
    assertThat(read).as("'%s'", text).isTrue();
    BigDecimal got = column.get(0);
    assertThat(got).as("'%s'", text).isEqualTo(expected); // value and scale
  }

  @Example
  void aProblemSaysWhatCellTextSays() {
    CellNumbers numbers = new CellNumbers();
    assertThat(numbers.read("九十", false, new DecimalColumn.Builder(1), 0)).isFalse();
    assertThat(numbers.problem()).isEqualTo("'九十' is not a number (write a plain number such as 1234.5)");
  }

  @Provide
  Arbitrary<String> cells() {
    Arbitrary<String> digits = Arbitraries.strings().withChars("0123456789").ofMinLength(1).ofMaxLength(22);
    Arbitrary<String> shaped = Arbitraries.strings().withChars("0123456789.,+-% eE").ofMinLength(0).ofMaxLength(12);
    Arbitrary<String> grouped = Arbitraries.integers().between(0, 999).list().ofMinSize(1).ofMaxSize(7)
        .map(parts -> {
          StringBuilder s = new StringBuilder(String.valueOf(parts.get(0)));
          for (int i = 1; i < parts.size(); i++) {
            s.append(',').append(String.format("%03d", parts.get(i)));
          }
          return s.toString();
        });
    Arbitrary<String> numbers = Arbitraries.oneOf(digits, grouped)
        .flatMap(n -> Arbitraries.of("", "-", "+").flatMap(sign -> digits.injectNull(0.5).flatMap(frac ->
            Arbitraries.of("", "%", " %").map(pct -> sign + n + (frac == null ? "" : "." + frac) + pct))));
    return Arbitraries.oneOf(numbers, shaped, Arbitraries.of(".5", "5.", ".", "-", "1,23", "1,234.", "0.000", "-0", "1e3",
        "0000000000000000000001", "1,234,567.891", "12,34,567"));
  }
}
