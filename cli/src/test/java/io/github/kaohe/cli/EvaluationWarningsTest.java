package io.github.kaohe.cli;

import static io.github.kaohe.cli.Cli.run;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the evaluation did that the policy may not expect is said on stderr, and the scores still come out. */
class EvaluationWarningsTest {
  @TempDir Path dir;

  @Test
  void aGeometricMeanThatMeetsZeroIsWarnedOf() throws IOException {
    Path policy = dir.resolve("index.yaml");
    Files.writeString(policy, """
        kaohe: 1
        id: index
        name: {zh: 指数, en: Index}
        version: "1"
        source: {title: {zh: 测试, en: Test}, issuer: 测试, date: 2023-01-01}
        arithmetic: {points: {scale: 2, rounding: half-up}, totals: {scale: 2, rounding: half-up}}
        schemes:
          - id: firms
            name: {zh: 企业, en: Firms}
            total: 10
            defaults: {missing: zero-points}
            categories:
              - id: growth
                name: {zh: 发展, en: Growth}
                weight: 10
                aggregation: geometric-mean
                indicators:
                  - {id: output, name: {zh: 产出, en: Output}, weight: 5, method: {type: direct-points, outOfRange: clamp}}
                  - {id: green, name: {zh: 绿色, en: Green}, weight: 5, method: {type: direct-points, outOfRange: clamp}}
        """, StandardCharsets.UTF_8);
    Path data = dir.resolve("firms.csv");
    Files.writeString(data, "entity,period,output,green\na,2023,5,0\nb,2023,5,5\n", StandardCharsets.UTF_8);

    Cli.Run score = run("score", "--policy", policy.toString(), "--data", data.toString());

    assertThat(score.exitCode()).isZero();
    assertThat(score.err()).isEqualTo("Warning: firms 2023 a growth: the geometric mean of 'growth' (发展) meets a value"
        + " of 0 or less ('green' (绿色) has 0.00 points): it is taken as 0, so the category scores 0\n");
  }
}
