package io.github.kaohe.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class EmbeddingExampleTest {
  @Test
  void printsTheRankingAndExplainsTheWinner() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    EmbeddingExample.run(new PrintStream(bytes, true, StandardCharsets.UTF_8));
    String out = bytes.toString(StandardCharsets.UTF_8);

    assertThat(out)
        .startsWith(
            """
            1. 华鑫机械 (Huaxin Machinery) 94.14
            2. 金禾食品 (Jinhe Foods) 89.04
            3. 兰亭纺织 (Lanting Textiles) 54.72
            """)
        .contains("Huaxin Machinery · Key firms · 2015", "Place: 1 of 3", "60 × 1250 / 1250 = 60.00");
  }
}
