package io.github.kaohe.cli;

import io.github.kaohe.whatif.Costs;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@code --cost KEY=COST} (repeated) and {@code --cost-unit}: the costs of the cheapest combination, checked all at once. */
final class CostOption {
  private CostOption() {}

  /**
   * The costs, every problem with them in one message: a spec not {@code KEY=COST}, a key given
   * twice, a key the scheme does not read, a negative cost, more than {@value Costs#MOST_VALUES} keys.
   *
   * @param keys the values the scheme reads, which may have a cost
   */
  static Costs parse(List<String> specs, String unit, List<String> keys) {
    Map<String, BigDecimal> perUnit = new LinkedHashMap<>();
    List<String> problems = new ArrayList<>();
    for (String spec : specs) {
      int eq = spec.indexOf('=');
      String key = eq <= 0 ? "" : spec.substring(0, eq).strip();
      BigDecimal cost = eq <= 0 ? null : number(spec.substring(eq + 1).strip());
      if (key.isEmpty() || cost == null) {
        problems.add("--cost " + spec + ": expected KEY=COST, a value's key and what one unit of its change costs, e.g. tax=1.5");
      } else if (!keys.contains(key)) {
        problems.add("--cost " + spec + ": '" + key + "' is not a value the scheme reads; it reads " + keys);
      } else if (cost.signum() < 0) {
        problems.add("--cost " + spec + ": a cost is 0 or more");
      } else if (perUnit.put(key, cost) != null) {
        problems.add("--cost " + spec + ": '" + key + "' has a cost already");
      }
    }
    if (perUnit.size() > Costs.MOST_VALUES) {
      problems.add("--cost: at most " + Costs.MOST_VALUES + " values may be changed together, not " + perUnit.size());
    }
    if (!problems.isEmpty()) {
      throw new InputException(String.join("\n", problems));
    }
    return new Costs(perUnit, unit.strip());
  }

  private static @org.jspecify.annotations.Nullable BigDecimal number(String text) {
    try {
      return new BigDecimal(text);
    } catch (NumberFormatException e) {
      return null;
    }
  }
}
