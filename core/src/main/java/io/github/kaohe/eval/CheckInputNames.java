package io.github.kaohe.eval;

import io.github.kaohe.model.Check;
import io.github.kaohe.model.Fact;
import io.github.kaohe.model.Indicator;
import io.github.kaohe.model.Label;
import io.github.kaohe.model.Language;
import io.github.kaohe.model.Measure;
import io.github.kaohe.model.Scheme;
import io.github.kaohe.model.TableInput;
import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The values a check read, for {@code explain}: named as the policy names what they read, with
 * their unit, booleans as 是/否: {@code 工业用地建筑密度（%） = 68}, not {@code density = 68}. The
 * console's threshold list writes them the same way.
 */
final class CheckInputNames {
  private CheckInputNames() {}

  static String render(Scheme scheme, CheckResult check, Language lang) {
    Optional<Check> definition =
        scheme.rules().checks().stream().filter(c -> c.id().equals(check.check())).findFirst();
    return check.inputs().entrySet().stream()
        .map(input -> named(scheme, definition, input, lang))
        .collect(Collectors.joining(lang == Language.ZH ? "，" : ", "));
  }

  private static String named(Scheme scheme, Optional<Check> check, Map.Entry<String, String> input, Language lang) {
    String of = check.flatMap(c -> c.inputs().stream().filter(i -> i.id().equals(input.getKey())).findFirst())
        .map(TableInput::of).orElse(input.getKey());
    Label name = Label.of(input.getKey(), input.getKey());
    String unit = "";
    Optional<Fact> fact = scheme.rules().facts().stream().filter(f -> f.id().equals(of)).findFirst();
    Optional<Measure> measure = scheme.rules().measures().stream().filter(m -> m.id().equals(of)).findFirst();
    Optional<Indicator> indicator = scheme.findIndicator(of);
    if (measure.isPresent()) {
      name = measure.get().name();
      unit = measure.get().unit();
    } else if (fact.isPresent()) {
      name = fact.get().name();
      unit = fact.get().unit();
    } else if (indicator.isPresent()) {
      name = indicator.get().name();
      unit = indicator.get().unit();
    }
    String shown = name.in(lang);
    String value = switch (input.getValue()) {
      case "true" -> lang == Language.ZH ? "是" : "yes";
      case "false" -> lang == Language.ZH ? "否" : "no";
      default -> number(input.getValue());
    };
    boolean unitShown = unit.isEmpty() || shown.contains(unit);
    return shown + " = " + value + (unitShown ? "" : unit.equals("%") ? "%" : " " + unit);
  }

  private static String number(String value) {
    try {
      return new BigDecimal(value).toPlainString();
    } catch (NumberFormatException e) {
      return value;
    }
  }
}
