package io.github.kaohe.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** Units as a policy writes them, and their arithmetic (mutation testing found these unchecked). */
class UnitTest {
  @Test
  void aQuotientIsReadAsPositiveAndNegativeExponentsAndWrittenBack() {
    Unit u = Unit.parse("万元/亩");
    assertThat(u.exponents()).isEqualTo(Map.of("万元", 1, "亩", -1));
    assertThat(u).hasToString("万元/亩");
    assertThat(u.isNone()).isFalse();
    assertThat(Unit.parse(" 万元 / 亩 ")).isEqualTo(u);
  }

  @Test
  void aBracketedDivisorDividesByEachOfItsFactors() {
    Unit u = Unit.parse("万元/(人·年)");
    assertThat(u.exponents()).isEqualTo(Map.of("万元", 1, "人", -1, "年", -1));
    assertThat(u).hasToString("万元/(人·年)");
    assertThat(Unit.parse("万元/（人×年）")).isEqualTo(u);
    assertThat(Unit.parse("万元/人/年")).isEqualTo(u);
  }

  @Test
  void percentPerMilleOneAndNothingAreDimensionless() {
    for (String text : new String[] {"", " ", "%", "‰", "1"}) {
      assertThat(Unit.parse(text).isNone()).as(text).isTrue();
      assertThat(Unit.parse(text)).as(text).isEqualTo(Unit.none()).hasToString("");
    }
    assertThat(Unit.parse("%/%").isNone()).isTrue();
    assertThat(Unit.parse("万元*%")).isEqualTo(Unit.parse("万元"));
  }

  @Test
  void aUnitWithOnlyDivisorsIsWrittenOverOne() {
    Unit u = Unit.parse("1/亩");
    assertThat(u.exponents()).isEqualTo(Map.of("亩", -1));
    assertThat(u).hasToString("1/亩");
  }

  @Test
  void aCaretRaisesAFactorToAWholePower() {
    Unit area = Unit.parse("m^2");
    assertThat(area.exponents()).isEqualTo(Map.of("m", 2));
    assertThat(area).hasToString("m^2");
    assertThat(Unit.parse("kg/m ^ 3").exponents()).isEqualTo(Map.of("kg", 1, "m", -3));
    assertThat(Unit.parse("kg/m^3")).hasToString("kg/m^3");
    assertThat(Unit.parse("m^-2")).hasToString("1/m^2");
    // a caret that begins the factor is part of its name
    assertThat(Unit.parse("^2").exponents()).isEqualTo(Map.of("^2", 1));
  }

  @Test
  void theSameFactorTwiceAddsItsExponents() {
    assertThat(Unit.parse("m·m·m").exponents()).isEqualTo(Map.of("m", 3));
    assertThat(Unit.parse("m*s/m").exponents()).isEqualTo(Map.of("s", 1));
    assertThat(Unit.parse("kg·m")).hasToString("kg·m");
  }

  @Test
  void anUnclosedBracketOrAPowerThatIsNoNumberIsRefused() {
    assertThatThrownBy(() -> Unit.parse("万元/(人·年"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("the unit '万元/(人·年' opens a bracket it does not close");
    assertThatThrownBy(() -> Unit.parse("万元/（人·年"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("does not close");
    assertThatThrownBy(() -> Unit.parse("m^x"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("the unit 'm^x' raises 'm^x' to no whole number");
  }

  @Test
  void zeroExponentsAreDropped() {
    assertThat(new Unit(Map.of("a", 0, "b", 1)).exponents()).isEqualTo(Map.of("b", 1));
    assertThat(new Unit(Map.of("a", 0)).isNone()).isTrue();
  }

  @Test
  void productsQuotientsPowersAndRootsCombineExponents() {
    Unit perMu = Unit.parse("万元/亩");
    Unit mu = Unit.parse("亩");
    assertThat(perMu.times(mu)).isEqualTo(Unit.parse("万元"));
    assertThat(perMu.dividedBy(perMu).isNone()).isTrue();
    assertThat(Unit.parse("万元").dividedBy(mu)).isEqualTo(perMu);
    assertThat(mu.dividedBy(perMu)).isEqualTo(Unit.parse("亩^2/万元"));
    Unit squared = perMu.power(2);
    assertThat(squared.exponents()).isEqualTo(Map.of("万元", 2, "亩", -2));
    assertThat(squared).hasToString("万元^2/亩^2");
    assertThat(perMu.power(-1)).isEqualTo(Unit.parse("亩/万元"));
    assertThat(perMu.power(0).isNone()).isTrue();
    assertThat(squared.root()).isEqualTo(perMu);
    assertThat(perMu.root()).isNull();
    assertThat(Unit.parse("m^2/s").root()).isNull();
    assertThat(Unit.none().root()).isEqualTo(Unit.none());
  }
}
