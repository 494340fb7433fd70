package io.github.kaohe.eval;

import io.github.kaohe.model.DisplayUnit;
import io.github.kaohe.model.Fact;
import io.github.kaohe.model.FactType;
import io.github.kaohe.model.Indicator;
import io.github.kaohe.model.Label;
import io.github.kaohe.model.Language;
import io.github.kaohe.model.Measure;
import io.github.kaohe.model.Scheme;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;

/**
 * A value of an indicator, fact or measure in words, as the source text writes it: with its unit
 * (510.3亿元, 56%, 48个), in the unit it is shown in ({@link DisplayUnit}: 万元 data as 亿元), an
 * enumeration by the name of its value (二星级 / two stars), a boolean as 是/否 (yes/no).
 */
final class ShownValues {
  private final Scheme scheme;

  ShownValues(Scheme scheme) {
    this.scheme = scheme;
  }

  /** {@code x}, a value of {@code of}, in words in both languages. */
  Label show(String of, BigDecimal x) {
    return Label.of(show(of, x, Language.ZH), show(of, x, Language.EN));
  }

  /** A fact's value written as in the data (a target's goal: {@code two-stars}) in words. */
  Label showWritten(String of, String written) {
    Optional<Fact> f = fact(of);
    if (f.isPresent() && f.get().type() == FactType.ENUMERATION) {
      return f.get().valueName(written);
    }
    if (f.isPresent() && f.get().type() == FactType.BOOLEAN) {
      return show(of, Boolean.parseBoolean(written) ? BigDecimal.ONE : BigDecimal.ZERO);
    }
    try {
      return show(of, new BigDecimal(written));
    } catch (NumberFormatException e) {
      return Label.of(written, written);
    }
  }

  private String show(String of, BigDecimal x, Language lang) {
    Optional<Fact> fact = fact(of);
    if (fact.isPresent()) {
      Fact f = fact.get();
      switch (f.type()) {
        case ENUMERATION: {
          int i = x.intValue();
          return i >= 0 && i < f.values().size() && x.compareTo(BigDecimal.valueOf(i)) == 0
              ? f.valueName(f.values().get(i)).in(lang) : plain(x);
        }
        case BOOLEAN:
          return x.signum() == 0 ? (lang == Language.ZH ? "否" : "no") : (lang == Language.ZH ? "是" : "yes");
        default:
          return withUnit(x, f.unit(), f.display());
      }
    }
    Optional<Measure> m = scheme.rules().measures().stream().filter(ms -> ms.id().equals(of)).findFirst();
    if (m.isPresent()) {
      return withUnit(x, m.get().unit(), m.get().display());
    }
    return withUnit(x, scheme.findIndicator(of).map(Indicator::unit).orElse(""), Optional.empty());
  }

  private Optional<Fact> fact(String of) {
    return scheme.rules().facts().stream().filter(f -> f.id().equals(of)).findFirst();
  }

  /** 510.3亿元 (to four decimals of the unit shown), 56%, 48个, or the plain number without a unit. */
  static String withUnit(BigDecimal x, String unit, Optional<DisplayUnit> display) {
    if (display.isPresent()) {
      BigDecimal v = display.get().shown(x);
      return plain(v.scale() > 4 ? v.setScale(4, RoundingMode.HALF_UP) : v) + display.get().unit();
    }
    return plain(x) + unit;
  }

  private static String plain(BigDecimal x) {
    return Value.of(x).toString();
  }
}
