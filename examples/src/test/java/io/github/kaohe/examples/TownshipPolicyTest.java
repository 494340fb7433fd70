package io.github.kaohe.examples;

import io.github.kaohe.junit.KaoheTests;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * A policy's YAML tests as JUnit 5 tests, the way a project that writes its own policy keeps them:
 * one test per case, failing with what differs at the line of the expectation, and one more that
 * fails unless the cases exercise every part of the policy.
 */
class TownshipPolicyTest {
  @TestFactory
  Stream<DynamicTest> townshipPolicy() {
    return KaoheTests.withFullCoverage("township/township-2023.tests.yaml");
  }
}
