package io.github.kaohe.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.kaohe.data.Dataset;
import io.github.kaohe.data.Period;
import io.github.kaohe.load.PolicyLoader;
import io.github.kaohe.model.Policy;
import java.math.BigDecimal;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Scoring in parallel gives the very results, and with bad data the very problems in the same
 * order, as scoring on the calling thread. 6,000 entities × 10 indicators is above the size from
 * which the work is shared out.
 */
class ParallelEvaluationTest {
  private static final Period YEAR = Period.year(2015);
  private static final int ENTITIES = 6_000;
  private static final int INDICATORS = 10;

  private static Policy policy(String missing) {
    StringBuilder y = new StringBuilder("""
        kaohe: 1
        id: wide
        name: {zh: 宽, en: Wide}
        version: "1"
        source: {title: {zh: 测试, en: Test}, issuer: 测试, date: 2020-01-01}
        arithmetic:
          points: {scale: 2, rounding: half-up}
          totals: {scale: 2, rounding: half-up}
        schemes:
          - id: s
            name: {zh: 甲, en: S}
            total: 100
            defaults: {missing: %s}
            categories:
              - id: c
                name: {zh: 类, en: C}
                weight: 100
                indicators:
        """.formatted(missing));
    for (int i = 0; i < INDICATORS; i++) {
      String method = i % 2 == 0 ? "proportional-to-best" : "{type: min-max, floor: 0.6, ceiling: 1}";
      y.append("          - {id: i%d, name: {zh: 指%d, en: I%d}, unit: x, weight: 10, method: %s}\n".formatted(i, i, i, method));
    }
    return PolicyLoader.create().load(y.toString(), "wide.yaml");
  }

  /** Values 0–99.99 with many ties; every 997th entity lacks indicator i3. */
  private static Dataset data() {
    SplittableRandom random = new SplittableRandom(7);
    Dataset.Builder b = Dataset.builder();
    for (int e = 0; e < ENTITIES; e++) {
      b.row("e" + e, YEAR);
      for (int i = 0; i < INDICATORS; i++) {
        if (i == 3 && e % 997 == 0) {
          continue;
        }
        b.value("e" + e, YEAR, "i" + i, BigDecimal.valueOf(random.nextInt(100), 0));
      }
    }
    return b.build();
  }

  @Test
  void givesTheSameResults() {
    Policy policy = policy("zero-points");
    Dataset data = data();

    SchemeResult alone = Evaluator.of(policy).evaluate("s", data, YEAR);
    SchemeResult shared = Evaluator.of(policy).parallel().evaluate("s", data, YEAR);

    assertThat(shared.entities()).hasSize(ENTITIES);
    // Compared as written out (every place, total, point and formula): results hold their scorers,
    // which are prepared afresh by each evaluation and compare by identity.
    assertThat(ResultJson.write(shared)).isEqualTo(ResultJson.write(alone));
  }

  @Test
  void listsTheSameProblemsInTheSameOrder() {
    Policy policy = policy("error");
    Dataset data = data();

    EvaluationException alone =
        catchThrowableOfType(EvaluationException.class, () -> Evaluator.of(policy).evaluate("s", data, YEAR));
    EvaluationException shared =
        catchThrowableOfType(EvaluationException.class, () -> Evaluator.of(policy).parallel().evaluate("s", data, YEAR));

    // e0, e997, … e5982: seven entities lack i3
    assertThat(alone.problems()).hasSize(7);
    assertThat(shared.problems()).isEqualTo(alone.problems());
  }
}
