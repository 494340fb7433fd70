package io.github.kaohe.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class PolicyTestExampleTest {
  @Test
  void theTownshipPolicyPassesItsOwnTestsAndEveryPartIsExercised() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    boolean passed = PolicyTestExample.run(new PrintStream(bytes, true, StandardCharsets.UTF_8));

    assertThat(passed).isTrue();
    assertThat(bytes.toString(StandardCharsets.UTF_8))
        .startsWith("township-2023.tests.yaml: 4 passed, 0 failed\n")
        .contains("indicators 6/6, adjustment items 2/2, table rows 4/4, classes 3/3", "Everything is exercised.");
  }
}
