package io.github.kaohe.testing;

import static io.github.kaohe.testing.PolicyTestSuiteTest.resource;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Expectations of a fund, of the scheme as a whole: what the fund pays of the scheme's rewards,
 * and the fund's check on this scheme's results alone. Zones pay 300 万元 a prize (and 50 a lab, to
 * the firm); the fund holds 1000 万元 from 2014 and grows.
 */
class FundExpectationsTest {
  private static final String ZONES = """
      kaohe-tests: 1
      policy: ../policies/funded.yaml
      scheme: zones
      cases:
        - name: zones
          periods: [2014, 2015]
          given:
            csv: |
              entity,period,prizes,labs
              a,2014,2,1
              b,2014,1,0
              a,2015,4,0
          expect:
      """;

  private static List<String> failures(String... expect) {
    StringBuilder yaml = new StringBuilder(ZONES);
    for (String e : expect) {
      yaml.append("      - ").append(e).append('\n');
    }
    return PolicyTestSuite.parse(yaml.toString(), "t.tests.yaml", resource("tracking.tests.yaml"))
        .withBaseDirectory(PolicyTestSuiteTest.ROOT).run()
        .cases().get(0).failures();
  }

  @Test
  void whatTheFundPaysOfTheSchemeAndItsStatusAsExpected() {
    // 2014: 2 × 300 + 300 = 900 (a's lab 50 goes to the firm), within 1000 but streets not evaluated;
    // 2015: 4 × 300 = 1200, more than the first year's 1000 already.
    assertThat(failures("{period: 2014, fundPaid: {fund: 900}, fundStatus: {fund: incomplete}}",
        "{fundPaid: {fund: 1200}, fundStatus: {fund: needs-growth}}")).isEmpty();
  }

  @Test
  void aFundNotAsExpectedSaysWhatItPaidAndWhy() {
    assertThat(failures("{period: 2014, fundPaid: {fund: 950}, fundStatus: {fund: within}}"))
        .containsExactly(
            "t.tests.yaml:14:41: zones 2014 paid from fund fund: expected 950, got 900 (a prize-money/each 600,"
                + " b prize-money/each 300)",
            "t.tests.yaml:14:66: zones 2014 fund fund: expected within, got incomplete — 2014: rewards of 900 万元;"
                + " the fund holds 1000 万元, 100 万元 left; 50 万元 more to the firm, not paid from the fund;"
                + " not evaluated: Streets");
  }

  @Test
  void anUnknownFundIsNamedWithTheFundsThatPayTheScheme() {
    assertThat(failures("{fundPaid: {fnd: 1}}"))
        .singleElement().asString().contains("no fund 'fnd' pays the rewards of zones").contains("did you mean 'fund'?");
  }

  @Test
  void aFundIsOneThatPaysTheSchemeAndIsCheckedOnItsOwn() throws java.io.IOException {
    // a fund for the streets alone, the file's fund, and a second, larger one for the zones
    String policy = java.nio.file.Files.readString(PolicyTestSuiteTest.file("../policies/funded.yaml")).replace(
        "  - {id: fund,",
        "  - {id: streets-only, name: {zh: 街区资金, en: Streets fund}, amount: 10, unit: 万元, from: 2014, pays: [streets]}\n"
            + "  - {id: fund,")
        + "  - {id: second, name: {zh: 第二资金, en: Second fund}, amount: 2000, unit: 万元, from: 2014, pays: [zones]}\n";
    String yaml = """
        kaohe-tests: 1
        cases:
          - name: funds
            scheme: zones
            periods: [2014]
            given:
              csv: |
                entity,period,prizes,labs
                a,2014,2,1
                b,2014,1,0
            expect:
              - {fundPaid: {streets-only: 1}}
              - {fundStatus: {second: incomplete, fund: within}}
            policyYaml: |
        """ + policy.lines().map(l -> "          " + l).collect(java.util.stream.Collectors.joining("\n")) + "\n";

    List<String> failures = PolicyTestSuite.parse(yaml, "t.tests.yaml", resource("tracking.tests.yaml")).run().cases().get(0).failures();

    assertThat(failures).containsExactly(
        "t.tests.yaml:12:35: no fund 'streets-only' pays the rewards of zones (funds: fund, second)",
        "t.tests.yaml:13:31: zones fund second: expected incomplete, got within — 2014: rewards of 900 万元; the fund holds 2000 万元, 1100 万元 left; 50 万元 more to the firm, not paid from the fund",
        "t.tests.yaml:13:49: zones fund fund: expected within, got incomplete — 2014: rewards of 900 万元; the fund holds 1000 万元, 100 万元 left; 50 万元 more to the firm, not paid from the fund; not evaluated: Streets");
  }
}
