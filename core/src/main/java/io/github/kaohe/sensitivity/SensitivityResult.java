package io.github.kaohe.sensitivity;

import io.github.kaohe.data.Period;
import io.github.kaohe.model.Language;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The result of a sensitivity analysis of one scheme in one period: each entity's place
 * distribution and each uncertain input's Sobol indices. Written as JSON by
 * {@link SensitivityJson}.
 *
 * @param policy the policy's id
 * @param scheme the scheme's id
 * @param period the period assessed
 * @param samples the base sample size N; the place distributions are over 2N samples (Saltelli's A and B)
 * @param seed the seed
 * @param evaluations the evaluations run: N × (inputs + 2)
 * @param fieldSize the number of entities ranked under the nominal policy
 * @param placeBand the places per band of the place distributions: 1 (every place apart) unless
 *     the field is too large to keep every place of every entity, see {@link EntityUncertainty}
 * @param renormalise whether sampled weights were renormalised to the declared totals
 * @param inputs each uncertain input's indices, in the file's order
 * @param entities each entity's places, in nominal order
 */
public record SensitivityResult(
    String policy,
    String scheme,
    Period period,
    int samples,
    long seed,
    int evaluations,
    int fieldSize,
    int placeBand,
    boolean renormalise,
    List<InputSensitivity> inputs,
    List<EntityUncertainty> entities) {
  public SensitivityResult {
    Objects.requireNonNull(policy, "policy");
    Objects.requireNonNull(scheme, "scheme");
    Objects.requireNonNull(period, "period");
    if (placeBand < 1) {
      throw new IllegalArgumentException("placeBand must be 1 or more, not " + placeBand);
    }
    inputs = List.copyOf(inputs);
    entities = List.copyOf(entities);
  }

  /** The number of samples each place distribution is over: 2N. */
  public int placeSamples() {
    return 2 * samples;
  }

  /**
   * One sentence on the input that explains most of the variance of the places, e.g. "「亩均税收」的权重
   * 单独解释名次方差的 62 %" or "the weight of Tax per mu explains 62 % of the variance of the places
   * on its own (95 % interval 55–70 %)".
   */
  public String summary(Language language) {
    if (inputs.isEmpty()) {
      return language == Language.ZH ? "没有不确定的输入。" : "Nothing varies.";
    }
    InputSensitivity top = inputs.stream()
        .max(Comparator.comparingDouble((InputSensitivity i) -> i.onPlaces().first())
            .thenComparingDouble(i -> i.onPlaces().total()))
        .orElseThrow();
    SobolIndex s = top.onPlaces();
    if (s.total() == 0 && s.first() == 0) {
      return language == Language.ZH
          ? "在声明的不确定性下，没有一个名次发生变化。"
          : "No place changes under the declared uncertainties.";
    }
    String first = percent(s.first());
    String low = percent(s.firstLow());
    String high = percent(s.firstHigh());
    String total = percent(s.total());
    return language == Language.ZH
        ? top.name().zh() + "单独解释名次变动方差的 " + first + " %（95 % 区间 " + low + "–" + high + " %），连同交互作用共 "
            + total + " %。"
        : capital(top.name().en()) + " explains " + first + " % of the variance of the places on its own (95 % interval "
            + low + "–" + high + " %), " + total + " % with its interactions.";
  }

  private static String percent(double share) {
    return String.format(Locale.ROOT, "%.0f", share * 100);
  }

  private static String capital(String s) {
    return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }
}
