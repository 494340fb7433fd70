package io.github.kaohe.testing;

import static io.github.kaohe.testing.PolicyTestSuiteTest.resource;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A case that fails where it expects results says why: the policy does not load, the data cannot
 * be read or cannot be evaluated, or the policy has several schemes and the case names none; a case
 * that expects another error shows the one it got.
 */
class UnexpectedErrorsTest {
  private static List<String> failures(String cases) {
    return PolicyTestSuite.parse("kaohe-tests: 1\npolicy: ../policies/tracking.yaml\ncases:\n" + cases, "t.tests.yaml",
            resource("tracking.tests.yaml"))
        .withBaseDirectory(PolicyTestSuiteTest.ROOT).run().cases().get(0).failures();
  }

  @Test
  void aPolicyThatDoesNotLoad() {
    assertThat(failures("""
          - name: broken policy
            policyYaml: "kaohe: 1"
            given: {csv: "entity,period,tax\\na,2015,1"}
            expect: [{entity: a, rank: 1}]
        """)).containsExactly(
            "t.tests.yaml:4:5: the policy does not load:\nt.tests.yaml cases[0].policyYaml has 5 problems:\n  t.tests.yaml cases[0].policyYaml:1:1: id: missing required key 'id'\n  t.tests.yaml cases[0].policyYaml:1:1: name: missing required key 'name'\n  t.tests.yaml cases[0].policyYaml:1:1: version: missing required key 'version'\n  t.tests.yaml cases[0].policyYaml:1:1: source: missing required key 'source'\n  t.tests.yaml cases[0].policyYaml:1:1: schemes: missing required key 'schemes'");
  }

  @Test
  void dataThatCannotBeRead() {
    assertThat(failures("""
          - name: bad data
            scheme: zones
            given: {csv: "entity,period,tax\\na,2015,abc"}
            expect: [{entity: a, rank: 1}]
        """)).containsExactly(
            "t.tests.yaml:4:5: the data cannot be read:\nt.tests.yaml cases[0].given.csv has 1 problem:\n  t.tests.yaml cases[0].given.csv, row 2, column 3 (tax): 'abc' is not a number (write a plain number such as 1234.5)");
  }

  @Test
  void dataThatCannotBeEvaluated() {
    assertThat(failures("""
          - name: unevaluable
            policyYaml: |
              kaohe: 1
              id: strict
              name: {zh: 严格, en: Strict}
              version: "1"
              source: {title: {zh: 无, en: None}, issuer: 无, date: 2020-01-01}
              schemes:
                - id: s
                  name: {zh: 甲, en: S}
                  total: 10
                  defaults: {missing: error}
                  categories:
                    - id: c
                      name: {zh: 乙, en: C}
                      weight: 10
                      indicators:
                        - {id: x, name: {zh: 丙, en: X}, weight: 10, method: proportional-to-best}
            given: {csv: "entity,period,x\\na,2015,10\\nb,2015,"}
            expect: [{entity: a, rank: 1}]
        """)).containsExactly(
            "t.tests.yaml:4:5: the data cannot be evaluated:\nthe data cannot be evaluated: 1 problem\n  s 2015 b x: no value in 2015, and the indicator's missing rule is 'error': add the value to the data, or declare another rule (zero-points, exclude-entity, substitute)");
  }

  @Test
  void anErrorOtherThanTheOneExpected() {
    assertThat(failures("""
          - name: wrong error
            scheme: zones
            given: {csv: "entity,period,tax\\na,2015,abc"}
            expectError: something else
        """)).containsExactly(
            "t.tests.yaml:4:5: expected an error containing 'something else', but got:\nt.tests.yaml cases[0].given.csv has 1 problem:\n  t.tests.yaml cases[0].given.csv, row 2, column 3 (tax): 'abc' is not a number (write a plain number such as 1234.5)");
  }

  @Test
  void aPolicyWithSeveralSchemesNeedsTheCaseToNameOne() {
    assertThat(failures("""
          - name: two schemes
            given: {csv: "entity,period,tax\\na,2015,1"}
            expect: [{entity: a, rank: 1}]
        """)).containsExactly(
            "t.tests.yaml:4:5: policy 'tracking-test' has 2 schemes: name one with 'scheme' (zones, firms)");
  }
}
