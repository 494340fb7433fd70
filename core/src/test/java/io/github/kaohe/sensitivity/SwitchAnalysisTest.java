package io.github.kaohe.sensitivity;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.kaohe.model.Label;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Analyses whose inputs are switches: how the inputs are named and declared, and the progress told. */
class SwitchAnalysisTest {
  @Test
  void switchesAreNamedByWhatTheyChooseAndDeclaredByTheirAlternatives() {
    Uncertainty u = SmallPolicy.uncertainty("""
        samples: 4
        weights: [{of: tax, plusMinus: 10%}]
        alternatives:
          - of: tax-growth
            method:
              - {use: {type: min-max, floor: 0.6}, probability: 0.5}
              - {use: proportional-to-best, probability: 0.5}
          - of: tax
            missing:
              - {use: zero-points, probability: 0.75}
              - {use: {substitute: 3}, probability: 0.25}
          - of: growth
            aggregation:
              - {use: weighted-sum, probability: 0.5}
              - {use: arithmetic-mean, probability: 0.5}
        """);
    List<int[]> told = new ArrayList<>();
    SensitivityResult r = SensitivityAnalysis.of(SmallPolicy.POLICY, u)
        .onProgress((done, total) -> {
          synchronized (told) {
            told.add(new int[] {done, total});
          }
        })
        .run(SmallPolicy.MIXED, SmallPolicy.YEAR);

    assertThat(r.inputs()).extracting(InputSensitivity::name).containsExactly(
        Label.of("「税收」的权重", "the weight of Tax"),
        Label.of("「税收增速」的计分方法", "the scoring method of Tax growth"),
        Label.of("「税收」的缺失值规则", "the missing-value rule of Tax"),
        Label.of("「增长」的汇总方式", "the aggregation of Growth"));
    assertThat(r.inputs()).extracting(InputSensitivity::declared).containsExactly(
        "±10%: 7.2 to 8.8 points",
        "min-max (floor 0.6) 0.5, proportional-to-best 0.5",
        "zero-points 0.75, substitute 3 0.25",
        "weighted-sum 0.5, arithmetic-mean 0.5");
    // N × (inputs + 2) = 4 × 6 = 24 evaluations, each told once, the last as 24 of 24
    assertThat(r.evaluations()).isEqualTo(24);
    assertThat(told).hasSize(24).allSatisfy(t -> assertThat(t[1]).isEqualTo(24));
    assertThat(told.stream().mapToInt(t -> t[0]).sorted().toArray())
        .containsExactly(java.util.stream.IntStream.rangeClosed(1, 24).toArray());
  }
}
