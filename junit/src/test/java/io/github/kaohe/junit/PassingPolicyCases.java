package io.github.kaohe.junit;

import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** A user's test class, as the README shows it; run by {@link KaoheTestsTest} through the engine. */
class PassingPolicyCases {
  @TestFactory
  Stream<DynamicTest> policy() {
    return KaoheTests.from("passing.tests.yaml");
  }
}
