package io.github.kaohe.report;

import com.google.common.collect.ImmutableSortedMultiset;
import io.github.kaohe.eval.SchemeResult;
import io.github.kaohe.eval.TargetResult;
import io.github.kaohe.model.DisplayUnit;
import io.github.kaohe.model.Fact;
import io.github.kaohe.model.FactValues;
import io.github.kaohe.model.Indicator;
import io.github.kaohe.model.Label;
import io.github.kaohe.model.Measure;
import io.github.kaohe.model.Scheme;
import io.github.kaohe.model.Target;
import io.github.kaohe.model.TargetKind;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A target's result as the reports show it: the value and the target in words (with the unit,
 * the deadline, a fact's value by its name), in every report format alike.
 *
 * @param result the target's result
 * @param value the value reached in the unit it is shown in, e.g. {@code 510.3 亿元}, {@code 32.19%}, a
 *     fact's value by its name ({@code 第二方阵} / {@code second tier}); {@code —} when there is none
 * @param goal what is asked, e.g. {@code ≥ 1200 亿元（2015 年）}
 * @param unit the unit the value is shown in ({@code 亿元} for 万元 data shown in 亿元), or empty
 * @param deadline the year the target must be met by
 * @param display how the data's unit becomes the unit shown, if it differs
 * @param asked the value asked alone, in the unit shown or by its name ({@code 三星级} / {@code three stars})
 */
record TargetView(
    TargetResult result, Label value, Label goal, String unit, int deadline, Optional<DisplayUnit> display, Label asked) {

  /** How many of the targets have each status, in the statuses' order. */
  static ImmutableSortedMultiset<TargetResult.Status> tally(List<TargetView> targets) {
    return ImmutableSortedMultiset.copyOf(targets.stream().map(t -> t.result().status()).iterator());
  }

  /** The period's targets: those of the scheme as a whole first, then those of each entity, each in the policy's order. */
  static List<TargetView> of(SchemeResult result) {
    List<TargetView> all = new ArrayList<>();
    for (boolean schemeWide : new boolean[] {true, false}) {
      for (TargetResult t : result.targets()) {
        if (t.entity().isEmpty() == schemeWide) {
          all.add(of(result.scheme(), t));
        }
      }
    }
    return all;
  }

  static TargetView of(Scheme scheme, TargetResult t) {
    Optional<Target> target = scheme.rules().targets().stream().filter(x -> x.id().equals(t.target())).findFirst();
    String of = target.map(Target::of).orElse("");
    Optional<Fact> fact = scheme.rules().facts().stream().filter(f -> f.id().equals(of)).findFirst();
    Optional<DisplayUnit> display = display(scheme, of);
    String unit = display.map(DisplayUnit::unit).orElse(unit(scheme, of));
    int from = target.map(Target::fromYear).orElse(t.period().year());
    int deadline = target.map(Target::deadlineYear).orElse(t.period().year());
    Label value = t.value().map(v -> switch (t.kind()) {
      case GROWTH, AVERAGE_GROWTH, SHARE -> same(shown(v) + "%");
      case REACH -> fact.map(f -> f.valueName(FactValues.format(f.type(), f.values(), v))).orElse(same(shown(v)));
      default -> same(withUnit(shown(display.map(d -> d.shown(v)).orElse(v)), unit));
    }).orElse(same("—"));
    String written = t.targetValue();
    // only an amount is shown in the display unit (亿元); a growth rate, share or place is not an amount
    boolean amount = t.kind() == TargetKind.LEVEL || t.kind() == TargetKind.RANGE;
    String goal = display.isPresent() && amount ? shown(display.get().shown(new BigDecimal(written))) : written;
    Label asked = switch (t.kind()) {
      case LEVEL -> byDeadline("≥ " + withUnit(goal, unit), deadline);
      case SHARE -> byDeadline("≥ " + goal + "%", deadline);
      case PLACE -> byDeadline("≤ " + goal, deadline);
      case REACH -> {
        Label named = fact.map(f -> f.valueName(written)).orElse(same(written));
        yield Label.of(named.zh() + "（" + deadline + " 年）", named.en() + " (by " + deadline + ")");
      }
      case GROWTH -> Label.of("每年 ≥ " + goal + "%（" + from + "–" + deadline + " 年）",
          "≥ " + goal + "% a year (" + from + "–" + deadline + ")");
      case AVERAGE_GROWTH -> Label.of("年均 ≥ " + goal + "%（" + (from - 1) + "–" + deadline + " 年）",
          "≥ " + goal + "% a year on average (" + (from - 1) + "–" + deadline + ")");
      case RANGE -> {
        String range = goal + target.flatMap(Target::upTo).map(u -> "–" + u.toPlainString()).orElse("");
        String r = withUnit(range, unit);
        yield Label.of("每年 " + r + "（" + from + "–" + deadline + " 年）", r + " a year (" + from + "–" + deadline + ")");
      }
    };
    Label alone = t.kind() == TargetKind.REACH ? fact.map(f -> f.valueName(written)).orElse(same(written)) : same(goal);
    return new TargetView(t, value, asked, unit, deadline, display, alone);
  }

  /** Whether the target concerns the scheme as a whole. */
  boolean schemeWide() {
    return result.entity().isEmpty();
  }

  /** The kinds whose value and target are numbers that a spreadsheet can hold as such. */
  boolean numeric() {
    return result.kind() != TargetKind.REACH;
  }

  /** A data value in the unit shown: {@code 5103000} 万元 is {@code 510.3} 亿元. */
  BigDecimal shownNumber(BigDecimal x) {
    return display.map(d -> d.shown(x)).orElse(x);
  }

  private static Label same(String text) {
    return Label.of(text, text);
  }

  /** How the data's unit of the measure or fact a target reads is shown, if it differs. */
  private static Optional<DisplayUnit> display(Scheme scheme, String of) {
    return scheme.rules().measures().stream().filter(m -> m.id().equals(of)).findFirst().flatMap(Measure::display)
        .or(() -> scheme.rules().facts().stream().filter(f -> f.id().equals(of)).findFirst().flatMap(Fact::display));
  }

  private static Label byDeadline(String goal, int deadline) {
    return Label.of(goal + "（" + deadline + " 年）", goal + " (by " + deadline + ")");
  }

  /** {@code 12 万元}, {@code 95%}. */
  private static String withUnit(String number, String unit) {
    return unit.isEmpty() ? number : unit.equals("%") ? number + unit : number + " " + unit;
  }

  /** The unit of the indicator or measure a target reads, or empty. */
  private static String unit(Scheme scheme, String of) {
    return scheme.findIndicator(of).map(Indicator::unit)
        .or(() -> scheme.rules().measures().stream().filter(m -> m.id().equals(of)).findFirst().map(Measure::unit))
        .orElse("");
  }

  /** A number as a person reads it: six decimals at most, no trailing zeros. */
  static String shown(BigDecimal x) {
    BigDecimal n = (x.scale() > 6 ? x.setScale(6, java.math.RoundingMode.HALF_EVEN) : x).stripTrailingZeros();
    return (n.scale() < 0 ? n.setScale(0) : n).toPlainString();
  }
}
