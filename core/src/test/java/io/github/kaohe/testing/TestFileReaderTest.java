package io.github.kaohe.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The test file is read as strictly as a policy: every problem at once, at its line and column. */
class TestFileReaderTest {
  private static PolicyTestException problems(String yaml) {
    try {
      PolicyTestSuite.parse(yaml, "my.tests.yaml", null);
    } catch (PolicyTestException e) {
      return e;
    }
    throw new AssertionError("expected problems");
  }

  @Test
  void unknownKeysAreReportedWithTheKeyMeant() {
    PolicyTestException e = problems("""
        kaohe-tests: 1
        policy: p.yaml
        cases:
          - name: one
            given: {csv: "entity,period\\na,2015"}
            expcet:
              - {entity: a, rnak: 1}
        """);

    assertThat(e.getMessage())
        .startsWith("my.tests.yaml has 2 problems:")
        .contains("my.tests.yaml:6:5: cases[0].expcet: unknown key 'expcet': did you mean 'expect'?")
        .contains("the case expects nothing");
  }

  @Test
  void everyProblemOfTheFileIsReportedTogether() {
    PolicyTestException e = problems("""
        kaohe-tests: 2
        cases:
          - name: one
            periods: [2015, 2014]
            given: {data: a.csv, csv: "x"}
            expect:
              - {entity: a, rank: first, given: [no-slash], tolerance: -1}
          - name: one
            expectError: ""
        """);

    assertThat(e.problems()).extracting(p -> p.line() + ":" + p.column() + " " + p.path() + ": " + p.message())
        .contains(
            "1:14 kaohe-tests: this is test format 2, but Kaohe reads format 1: write 'kaohe-tests: 1'",
            "4:21 cases[0].periods[1]: periods are evaluated in order: list 2014 before 2015",
            "5:12 cases[0].given: give the data either as a file ('data') or inline ('csv'), not both;"
                + " 'values' may be added to either",
            "7:27 cases[0].expect[0].rank: expected a place (1, 2, …) or 'none' for an entity that takes no"
                + " place, but found the text 'first'",
            "7:42 cases[0].expect[0].given[0]: expected a table and row as 'table/row', e.g."
                + " 'rewards/first-place', but found 'no-slash'",
            "7:64 cases[0].expect[0].tolerance: a tolerance cannot be negative",
            "9:18 cases[1].expectError: expectError is empty: give a part of the message expected")
        .anySatisfy(p -> assertThat(p).contains("the case has no policy"))
        .anySatisfy(p -> assertThat(p).contains("two cases are named 'one' (the first at line 3)"));
  }

  @Test
  void anEmptyFileSaysHowATestFileStarts() {
    assertThatThrownBy(() -> PolicyTestSuite.parse("  \n", "t.yaml", null))
        .isInstanceOf(PolicyTestException.class)
        .hasMessage("t.yaml has 1 problem:\n  t.yaml: the file is empty: a test file starts with 'kaohe-tests: 1',"
            + " 'policy: …' and 'cases:'");
  }

  @Test
  void badYamlIsAProblemAtItsLine() {
    assertThat(problems("kaohe-tests: 1\ncases: [\n").getMessage()).contains("this is not valid YAML");
  }

  @Test
  void aCaseNeedsDataAndSomethingToExpect() {
    PolicyTestException e = problems("""
        kaohe-tests: 1
        policy: p.yaml
        cases:
          - name: nothing
          - name: no data
            expect: [{entity: a, rank: 1}]
          - name: both
            given: {csv: "x"}
            expect: [{entity: a}]
            expectError: boom
        """);

    assertThat(e.problems()).extracting(p -> p.line() + " " + p.message())
        .contains(
            "4 the case expects nothing: add 'expect' (what the results show) or 'expectError'",
            "5 the case has no data: give 'data', 'csv' or 'values' under 'given'",
            "7 a case expects either results ('expect') or an error ('expectError'), not both");
    assertThat(e.getMessage()).contains("the expectation checks nothing: add rank, total, points");
  }

  @Test
  void valuesNeedAPeriodAndScalarValues() {
    PolicyTestException e = problems("""
        kaohe-tests: 1
        policy: p.yaml
        cases:
          - name: values
            given:
              values:
                a: {2015: {tax: [1]}, someday: {tax: 1}}
            expect: [{entity: a, total: 1}]
        """);

    assertThat(e.problems()).extracting(p -> p.line() + ":" + p.column() + " " + p.message())
        .containsExactly(
            "7:25 expected a value (a number, true/false or a fact's value), but found a list",
            "7:40 'someday' is not a period: write a year (2015) or a quarter (2015Q3)");
  }

  @Test
  void aWellFormedFileListsItsCases() {
    PolicyTestSuite suite = PolicyTestSuite.parse("""
        kaohe-tests: 1
        policy: kaifeng-2014
        cases:
          - name: first
            given: {values: {a: {2015: {tax: 1}}}}
            expect: [{entity: a, rank: 1}]
          - name: second
            policyYaml: "not: a policy"
            expectError: unknown key
        """, "t.tests.yaml", null);

    assertThat(suite.cases()).extracting(PolicyTestCase::name).containsExactly("first", "second");
    assertThat(suite.cases().get(1).line()).isEqualTo(7);
    assertThat(suite.cases().get(1).expectsError()).isTrue();
    assertThat(suite.policyReference()).hasValue("kaifeng-2014");
  }

  @Test
  void anExpectationWithoutAnEntityIsOfTheSchemeAndHasOnlyTargetsAndTaxTotals() {
    PolicyTestException e = problems("""
        kaohe-tests: 1
        policy: p.yaml
        cases:
          - name: scheme
            given: {csv: "x"}
            expect:
              - {targets: {tax-2016: behind}, rank: 1}
              - {entity: a, taxTotals: {甲县: {vat: 1}}}
              - {period: 2015}
        """);

    assertThat(e.problems()).extracting(p -> p.line() + ":" + p.column() + " " + p.message())
        .containsExactly(
            "7:45 'rank' is expected of an entity: add 'entity' (an expectation without one is of the scheme as a"
                + " whole: targets, targetValues, taxTotals, fundPaid, fundStatus)",
            "8:32 taxTotals are the scheme's, summed over its entities: put them in an expectation without 'entity'",
            "9:9 the expectation checks nothing: add rank, total, points, given, money or another check (rank, total,"
                + " base, adjustments, points, measures, money, class, given, notGiven, suppressed, withheld,"
                + " notEvaluable, actions, lostEligibility, excluded, checks, targets, targetValues, taxShares,"
                + " taxTotals, fundPaid, fundStatus)");
  }

  @Test
  void statusesOfChecksAndTargetsAreWordsWithTheOneMeant() {
    PolicyTestException e = problems("""
        kaohe-tests: 1
        policy: p.yaml
        cases:
          - name: words
            given: {csv: "x"}
            expect:
              - {entity: a, checks: {dense: faild}, targets: {growth-10: ontrack}}
              - {entity: a, targets: {growth-10: [behind]}, targetValues: {growth-10: {x: 1}}}
        """);

    assertThat(e.problems()).extracting(p -> p.line() + ":" + p.column() + " " + p.message())
        .containsExactly(
            "7:37 'faild' is not a status of a check (passed, failed, not-applicable, not-evaluable): did you mean"
                + " 'failed'?",
            "7:66 'ontrack' is not a status of a target (achieved, on-track, behind, missed, pending, not-evaluable):"
                + " did you mean 'on-track'?",
            "8:42 expected a status of a target (achieved, on-track, behind, missed, pending, not-evaluable), but"
                + " found a list",
            "8:79 expected the target's value (a number, or a value of the fact it reads, e.g. two-stars), but found"
                + " a map");
  }

  @Test
  void taxSharesArePartiesAndAmountsOrNone() {
    PolicyTestException e = problems("""
        kaohe-tests: 1
        policy: p.yaml
        cases:
          - name: shares
            given: {csv: "x"}
            expect:
              - {entity: f, taxShares: {vat: 50, business-tax: {}, corporate-income-tax: {investing: half}}}
              - {taxTotals: {甲县: 50}}
        """);

    assertThat(e.problems()).extracting(p -> p.line() + ":" + p.column() + " " + p.message())
        .containsExactly(
            "7:38 expected the parties' shares of vat (e.g. {investing: 50.00, receiving: 50.01}), or 'none' when it"
                + " is not shared, but found the number 50",
            "7:56 no party's share of business-tax is given: give at least one, or write 'none' when it is not shared",
            "7:94 expected a decimal number (e.g. 8 or 0.25), but found the text 'half'",
            "8:26 expected a map of keys to values, but found the number 50");
  }

  @Test
  void casesNamesPoliciesAndPeriodsThatSayNothing() {
    PolicyTestException e = problems("""
        kaohe-tests: 1
        policy: p.yaml
        cases:
          - name: "  "
            policy: p.yaml
            policyYaml: "kaohe: 1"
            periods: []
            given: {csv: "x"}
            expect: []
          - name: periods
            periods: [2015, 2015, someday]
            given: {csv: "x"}
            expect: [{entity: a, rank: 0}, {entity: a, given: [/first, rewards/]}]
        """);

    assertThat(e.problems()).extracting(p -> p.line() + ":" + p.column() + " " + p.message())
        .containsExactly(
            "4:11 the case's name is empty: say what the case shows",
            "4:5 a case has either 'policy' or 'policyYaml', not both",
            "7:14 'periods' is empty: list the periods to evaluate, or leave it out",
            "9:13 'expect' is empty: list at least one expectation",
            "11:21 the period 2015 is listed twice",
            "11:27 'someday' is not a period: write a year (2015) or a quarter (2015Q3)",
            "13:32 expected a place (1, 2, …) or 'none' for an entity that takes no place, but found the number 0",
            "13:56 expected a table and row as 'table/row', e.g. 'rewards/first-place', but found '/first'",
            "13:64 expected a table and row as 'table/row', e.g. 'rewards/first-place', but found 'rewards/'");
  }

  @Test
  void aFileWithoutCasesSaysSo() {
    assertThat(problems("kaohe-tests: 1\npolicy: p.yaml\ncases: []\n").problems())
        .extracting(p -> p.line() + ":" + p.column() + " " + p.message())
        .containsExactly("3:8 a test file needs at least one case");
  }

  @Test
  void theHighestPlaceIsTheLargestInt() {
    PolicyTestException e = problems("""
        kaohe-tests: 1
        policy: p.yaml
        cases:
          - name: places
            given: {csv: "x"}
            expect: [{entity: a, rank: 2147483647}, {entity: a, rank: 2147483648}]
        """);

    assertThat(e.problems()).extracting(p -> p.line() + ":" + p.column() + " " + p.message())
        .containsExactly(
            "6:63 expected a place (1, 2, …) or 'none' for an entity that takes no place, but found the number 2147483648");
  }
}
