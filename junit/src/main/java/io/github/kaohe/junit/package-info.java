/**
 * Runs Kaohe policy tests written in YAML with JUnit 5: {@link io.github.kaohe.junit.KaoheTests}
 * turns a test file into one dynamic test per case.
 *
 * <pre>{@code
 * class MyPolicyTest {
 *   @TestFactory
 *   Stream<DynamicTest> policy() {
 *     return KaoheTests.from("my-policy.tests.yaml");
 *   }
 * }
 * }</pre>
 */
@NullMarked
package io.github.kaohe.junit;

import org.jspecify.annotations.NullMarked;
