package io.github.kaohe.testing;

import static io.github.kaohe.testing.PolicyTestSuiteTest.resource;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A case's data: values written over the CSV keep its rows and attributes, give a row even when
 * missing, and may be adjustment items, facts, attributes or the context entity's; a name the
 * scheme does not have is reported with the name meant.
 */
class CaseDataTest {
  private static List<String> failures(String yaml) {
    return PolicyTestSuite.parse(yaml, "t.tests.yaml", resource("tracking.tests.yaml"))
        .withBaseDirectory(PolicyTestSuiteTest.ROOT).run().cases().get(0).failures();
  }

  @Test
  void aValueMissingStillGivesTheEntityARow() {
    // d has no value at all, but a row: zero points (missing: zero-points), and no place (ranked: false)
    assertThat(failures("""
        kaohe-tests: 1
        policy: ../policies/small.yaml
        cases:
          - name: d missing everything
            periods: [2015]
            given:
              values:
                a: {2015: {tax: 100, place: 1, tax-growth: 10}}
                d: {2015: {tax: ~}}
            expect:
              - {entity: d, total: 1}
        """)).containsExactly(
            "t.tests.yaml:11:28: 丁 total: expected 1, got 0.00");
  }

  @Test
  void adjustmentItemsAndAttributesAreValuesToo() {
    // c with a title: 9.20 + 5 = 14.20; moved to county x, it ranks against a and b
    assertThat(failures("""
        kaohe-tests: 1
        policy: ../policies/small.yaml
        cases:
          - name: c with a title, in county x
            periods: [2015]
            given:
              data: firms-2015.csv
              values:
                c: {2015: {title: 1, county: x}}
            expect:
              - {entity: c, total: 1, rank: 9}
        """)).containsExactly(
            "t.tests.yaml:11:37: 丙 rank: expected 9, got 2 — no entity has place 9 (3 ranked)",
            "t.tests.yaml:11:28: 丙 total: expected 1, got 14.20");
  }

  @Test
  void valuesWrittenOverTheCsvKeepItsAttributes() {
    // the firms' home and host are attributes of the data, not of the policy
    assertThat(failures("""
        kaohe-tests: 1
        policy: ../policies/tracking.yaml
        scheme: firms
        cases:
          - name: overlay
            periods: [2015]
            given:
              csv: |
                entity,period,home,host,vat,producing
                f1,2015,甲县,乙区,100,true
              values:
                f1: {2015: {vat: 200}}
                f2: {2015: {home: 丁县, host: 戊区, vat: 10, producing: true}}
            expect:
              - {taxTotals: {甲县: {vat: 1}, 丁县: {vat: 1}}}
        """)).containsExactly(
            "t.tests.yaml:15:32: firms vat received by 甲县: expected 1, got 100.00",
            "t.tests.yaml:15:46: firms vat received by 丁县: expected 1, got 5.00");
  }

  @Test
  void keysAndEntitiesTheSchemeDoesNotHaveAreReportedWithTheNameMeant() {
    assertThat(failures("""
        kaohe-tests: 1
        policy: ../policies/tracking.yaml
        scheme: zones
        cases:
          - name: typos
            periods: [2015]
            given:
              values:
                a: {2015: {tax: 1, sta: one-star, star: five-stars, densty: 1}}
                citty: {2015: {tax: 1}}
            expect: [{entity: a, rank: 1}]
        """)).containsExactly(
            "t.tests.yaml:9:33: scheme 'zones' has no indicator, adjustment item, fact or attribute 'sta': did you mean 'star'?\nt.tests.yaml:9:49: fact 'star': 'five-stars' is not one of [none, one-star, two-stars]\nt.tests.yaml:9:69: scheme 'zones' has no indicator, adjustment item, fact or attribute 'densty': did you mean 'density'?\nt.tests.yaml:10:29: scheme 'zones' has no entity 'citty': did you mean 'city'?");
    assertThat(failures("""
        kaohe-tests: 1
        policy: ../policies/small.yaml
        cases:
          - name: typos
            periods: [2015]
            given:
              values:
                a: {2015: {titel: 1, tax: 1}}
            expect: [{entity: a, rank: 1}]
        """)).containsExactly(
            "t.tests.yaml:8:27: scheme 'firms' has no indicator, adjustment item, fact or attribute 'titel': did you mean 'title'?");
  }

  @Test
  void anEntityOfNoListWithOnlyAMissingValueIsInTheResults() {
    // firms lists no entities: f2 is one because the values give it a row, though a missing value
    assertThat(failures("""
        kaohe-tests: 1
        policy: ../policies/tracking.yaml
        scheme: firms
        cases:
          - name: a row of nothing
            periods: [2015]
            given:
              values:
                f1: {2015: {home: 甲县, host: 乙区, vat: 10, producing: true}}
                f2: {2015: {vat: ~}}
            expect:
              - {entity: f2, taxShares: {vat: {home: 1}}}
        """)).containsExactly(
            "t.tests.yaml:12:46: f2 share of vat for home: expected 1, but vat is not shared in 2015: half-half applies"
                + " only when producing, which is false");
  }
}
