package io.github.kaohe.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Texts and decimals read back as written, at the edges of their forms. */
class SerialValuesTest {
  @Test
  void textsReadBackAsWrittenTheEmptyTextAndNullApart() throws IOException {
    List<String> texts = Arrays.asList("", null, "汴西产业集聚区", "a", "x".repeat(70_000));
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (DataOutputStream out = new DataOutputStream(bytes)) {
      for (String t : texts) {
        SerialValues.writeText(out, t);
      }
    }
    // an int of length each, then the UTF-8 bytes: 3 characters of 3 bytes each are 9
    assertThat(bytes.size()).isEqualTo(5 * 4 + 0 + 0 + 21 + 1 + 70_000);
    List<String> back = new ArrayList<>();
    try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      for (int i = 0; i < texts.size(); i++) {
        back.add(SerialValues.readText(in));
      }
    }
    assertThat(back).containsExactlyElementsOf(texts);
  }

  @Test
  void decimalsReadBackWithTheirScaleOnEitherSideOfSixtyFourBits() throws IOException {
    BigInteger twoTo63 = BigInteger.ONE.shiftLeft(63);
    List<BigDecimal> decimals = Arrays.asList(null, BigDecimal.ZERO, new BigDecimal("1.50"), new BigDecimal("-7E+3"),
        new BigDecimal(BigInteger.valueOf(Long.MAX_VALUE), 2), new BigDecimal(BigInteger.valueOf(Long.MIN_VALUE), 4),
        new BigDecimal(twoTo63, 2), new BigDecimal(twoTo63.negate().subtract(BigInteger.ONE), 0),
        new BigDecimal(BigInteger.TEN.pow(40), -3));
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (DataOutputStream out = new DataOutputStream(bytes)) {
      for (BigDecimal d : decimals) {
        SerialValues.writeDecimal(out, d);
      }
    }
    List<BigDecimal> back = new ArrayList<>();
    try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      for (int i = 0; i < decimals.size(); i++) {
        back.add(SerialValues.readDecimal(in));
      }
    }
    assertThat(back).containsExactlyElementsOf(decimals); // equals: the same scale too
  }

  @Test
  void aDecimalWithinSixtyFourBitsTakesAMarkAScaleAndALong() throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (DataOutputStream out = new DataOutputStream(bytes)) {
      SerialValues.writeDecimal(out, new BigDecimal(BigInteger.valueOf(Long.MIN_VALUE), 1));
      SerialValues.writeDecimal(out, null);
    }
    assertThat(bytes.size()).isEqualTo(1 + 4 + 8 + 1);
  }
}
