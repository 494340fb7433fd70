/**
 * Policy tests written in YAML, and a runner that needs no test framework.
 *
 * <p>A test file ({@code my-policy.tests.yaml}) names a policy and holds cases: data given (a CSV
 * file, inline CSV, or values by entity and period) and what to expect (places, totals, points,
 * classes, outcomes, money, the status of checks, where targets stand, tax shares and totals), or
 * the error a broken policy or data must give. {@link io.github.kaohe.testing.PolicyTestSuite}
 * reads the file as strictly as the policy loader reads policies, runs its cases, and says for each
 * failure what differs; its {@link io.github.kaohe.testing.Coverage} names the indicators,
 * adjustment items, table rows, classes, checks, targets and tax sharing rules that no case
 * exercises.
 *
 * <pre>{@code
 * PolicyTestResults results = PolicyTestSuite.load(Path.of("my-policy.tests.yaml")).run();
 * results.failures().forEach(f -> System.out.println(f.message()));
 * System.out.println(results.coverage().render(Language.EN));
 * }</pre>
 */
@NullMarked
package io.github.kaohe.testing;

import org.jspecify.annotations.NullMarked;
