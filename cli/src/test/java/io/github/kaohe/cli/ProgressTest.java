package io.github.kaohe.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class ProgressTest {
  @Test
  void drawsABarInPlaceAndErasesItWhenDone() {
    StringWriter err = new StringWriter();
    try (Progress p = new Progress(new PrintWriter(err), false, Duration.ZERO)) {
      p.step("evaluating 2015", 1, 2);
      assertThat(p.line()).isEqualTo("evaluating 2015 (1/2) [##########          ]  50%");
      p.draw();
    }

    assertThat(err.toString()).isEqualTo("\r" + "evaluating 2015 (1/2) [##########          ]  50%" + "\u001B[K" + "\r\u001B[K");
  }

  @Test
  void drawsNothingForWorkThatEndsBeforeTheDelay() throws Exception {
    StringWriter err = new StringWriter();
    try (Progress p = new Progress(new PrintWriter(err), true, Duration.ofSeconds(30))) {
      p.step("reading", 0, 1);
      Thread.sleep(300);
    }

    assertThat(err.toString()).isEmpty();
  }

  @Test
  void drawsOnItsOwnOnceTheDelayHasPassed() throws Exception {
    StringWriter err = new StringWriter();
    try (Progress p = new Progress(new PrintWriter(err), true, Duration.ZERO)) {
      p.step("reading", 0, 1);
      Thread.sleep(500);
    }

    assertThat(err.toString()).startsWith("\rreading (0/1) [").endsWith("\r\u001B[K");
  }

  @Test
  void testsRunWithoutATerminal() {
    assertThat(Terminal.stderrIsTerminal()).isFalse();
    assertThat(Terminal.stdoutWidth()).isEmpty();
  }
}
