package io.github.kaohe.junit;

import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Test classes whose cases fail or cannot be read; run only by {@link KaoheTestsTest} through the
 * engine (their names keep the build from running them itself).
 */
class FailingPolicyCases {
  @TestFactory
  Stream<DynamicTest> failing() {
    return KaoheTests.from("failing.tests.yaml");
  }

  static class Coverage {
    @TestFactory
    Stream<DynamicTest> passingCasesThatLeaveAnIndicatorUnexercised() {
      return KaoheTests.withFullCoverage("/io/github/kaohe/junit/partial.tests.yaml");
    }
  }

  static class Broken {
    @TestFactory
    Stream<DynamicTest> broken() {
      return KaoheTests.from("broken.tests.yaml");
    }
  }

  static class Missing {
    @TestFactory
    Stream<DynamicTest> missing() {
      return KaoheTests.from("no-such.tests.yaml");
    }
  }
}
