package io.github.kaohe.eval;

import io.github.kaohe.model.Goalposts;
import io.github.kaohe.model.Parameter;
import io.github.kaohe.model.RatioToBenchmark;
import io.github.kaohe.model.ScoringMethod;
import io.github.kaohe.model.TargetSteps;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A method's parameters that depend on the entity (a benchmark per county, a target from the data,
 * the county's average), and the method with numbers in their place: the engine prepares one
 * scorer per distinct set of numbers.
 */
final class MethodParameters {
  private MethodParameters() {}

  /** The parameters that are not one number for everyone, by name; empty when there are none. */
  static Map<String, Parameter> varying(ScoringMethod m) {
    Map<String, Parameter> out = new LinkedHashMap<>();
    if (m instanceof RatioToBenchmark r) {
      put(out, "benchmark", r.benchmark());
    } else if (m instanceof Goalposts g) {
      put(out, "lower", g.lower());
      put(out, "upper", g.upper());
    } else if (m instanceof TargetSteps t) {
      put(out, "target", t.target());
    }
    return out;
  }

  private static void put(Map<String, Parameter> out, String name, Parameter p) {
    if (p.fixed().isEmpty()) {
      out.put(name, p);
    }
  }

  /** The method with these numbers for its varying parameters. */
  static ScoringMethod resolve(ScoringMethod m, Map<String, BigDecimal> values) {
    if (m instanceof RatioToBenchmark r) {
      return new RatioToBenchmark(fixed(r.benchmark(), values.get("benchmark")), r.cap());
    }
    if (m instanceof Goalposts g) {
      return new Goalposts(fixed(g.lower(), values.get("lower")), fixed(g.upper(), values.get("upper")));
    }
    TargetSteps t = (TargetSteps) m;
    return new TargetSteps(fixed(t.target(), values.get("target")), t.step(), t.penalty(), t.bonus(), t.floor(), t.cap(),
        t.counting());
  }

  private static Parameter fixed(Parameter p, BigDecimal value) {
    return p.fixed().isPresent() ? p : Parameter.of(value);
  }
}
