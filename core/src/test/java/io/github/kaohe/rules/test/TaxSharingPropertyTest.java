package io.github.kaohe.rules.test;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.kaohe.eval.SchemeResult;
import io.github.kaohe.eval.TaxShareResult;
import io.github.kaohe.model.Policy;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * Laws of tax sharing over generated shares (2 to 4 parties), rounding rules and amounts
 * (negative ones too: refunds): the parts add up to the tax exactly, and every part but the
 * remainder is its share rounded, off by less than one unit of the rounding.
 */
class TaxSharingPropertyTest {
  private static final List<String> MODES = List.of("down", "up", "floor", "ceiling", "half-up", "half-down", "half-even");

  /** A split of {@code vat} between parties p0, p1, … each named by the attribute of its id. */
  private static Policy policy(List<BigDecimal> shares, int remainder, int scale, String mode) {
    StringBuilder s = new StringBuilder("attributes: [p0, p1, p2, p3]\n")
        .append("facts:\n  - {id: vat, name: {zh: 增值税, en: VAT}, type: number}\n")
        .append("taxSharing:\n  - id: split\n    name: {zh: 分成, en: Split}\n    taxes: [vat]\n    parties:\n");
    for (int i = 0; i < shares.size(); i++) {
      s.append("      - {id: p").append(i).append(", name: {zh: 方").append(i).append(", en: Party ").append(i)
          .append("}, share: ").append(shares.get(i).toPlainString()).append(", attribute: p").append(i).append("}\n");
    }
    s.append("    remainder: p").append(remainder % shares.size()).append('\n')
        .append("    rounding: {scale: ").append(scale).append(", rounding: ").append(mode).append("}\n");
    return RegisterFixture.load(s.toString());
  }

  private static String data(List<BigDecimal> amounts) {
    StringBuilder csv = new StringBuilder("entity,period,p0,p1,p2,p3,vat\n");
    for (int i = 0; i < amounts.size(); i++) {
      csv.append("f").append(i).append(",2015,r0,r1,r2,r").append(i % 3).append(',').append(amounts.get(i).toPlainString()).append('\n');
    }
    return csv.toString();
  }

  @Property(tries = 150)
  void thePartsAddUpToTheTaxAndEachIsItsShareRounded(
      @ForAll("shares") List<BigDecimal> shares,
      @ForAll @IntRange(min = 0, max = 3) int remainder,
      @ForAll @IntRange(min = 0, max = 2) int scale,
      @ForAll("modes") String mode,
      @ForAll("amounts") List<BigDecimal> amounts) {
    SchemeResult r = RegisterFixture.evaluate(policy(shares, remainder, scale, mode), data(amounts), 2015);
    BigDecimal all = shares.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    BigDecimal unit = BigDecimal.ONE.movePointLeft(scale);

    for (int i = 0; i < amounts.size(); i++) {
      TaxShareResult t = RegisterFixture.entity(r, "f" + i).taxShares().get(0);
      assertThat(t.amount()).isEqualByComparingTo(amounts.get(i));
      assertThat(t.shares().stream().map(TaxShareResult.Share::amount).reduce(BigDecimal.ZERO, BigDecimal::add))
          .isEqualByComparingTo(amounts.get(i));
      assertThat(t.shares()).filteredOn(TaxShareResult.Share::remainder).hasSize(1);
      for (int p = 0; p < shares.size(); p++) {
        TaxShareResult.Share share = t.shares().get(p);
        if (!share.remainder()) {
          BigDecimal exact = amounts.get(i).multiply(shares.get(p)).divide(all, MathContext.DECIMAL128);
          assertThat(share.amount().scale()).isLessThanOrEqualTo(scale);
          assertThat(share.amount().subtract(exact).abs()).isLessThan(unit);
        }
      }
    }
  }

  @Property(tries = 100)
  void theTotalsOfTheRecipientsAddUpToWhatTheFirmsPaid(
      @ForAll("shares") List<BigDecimal> shares,
      @ForAll("modes") String mode,
      @ForAll("amounts") List<BigDecimal> amounts) {
    SchemeResult r = RegisterFixture.evaluate(policy(shares, 0, 0, mode), data(amounts), 2015);
    Map<String, Map<String, BigDecimal>> totals = r.taxTotals();

    BigDecimal received = totals.values().stream().map(m -> m.get("vat")).reduce(BigDecimal.ZERO, BigDecimal::add);
    assertThat(received).isEqualByComparingTo(amounts.stream().reduce(BigDecimal.ZERO, BigDecimal::add));
  }

  @Provide
  Arbitrary<List<BigDecimal>> shares() {
    return Arbitraries.bigDecimals().between(new BigDecimal("0.01"), new BigDecimal("100")).ofScale(2)
        .list().ofMinSize(2).ofMaxSize(4);
  }

  @Provide
  Arbitrary<String> modes() {
    return Arbitraries.of(MODES);
  }

  @Provide
  Arbitrary<List<BigDecimal>> amounts() {
    Arbitrary<BigDecimal> amount = Arbitraries.oneOf(
        Arbitraries.bigDecimals().between(new BigDecimal("-1000"), new BigDecimal("100000000")).ofScale(4),
        Arbitraries.integers().between(0, 1000).map(BigDecimal::valueOf));
    return amount.list().ofMinSize(1).ofMaxSize(5);
  }
}
