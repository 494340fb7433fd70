package io.github.kaohe.cli;

import static io.github.kaohe.cli.Cli.run;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PoliciesCommandTest {
  @Test
  void listsEveryBundledPolicyWithItsSchemes() {
    Cli.Run run = run("policies");

    assertThat(run.exitCode()).isZero();
    assertThat(run.err()).isEmpty();
    assertThat(run.out())
        .contains("small-test 1.0  小型测试考核 · Small test assessment\n")
        .contains("  firms   企业      Firms         yes\n")
        .contains("kaifeng-2014 ", "  industrial-cluster-zones  产业集聚区发展考核", "  service-zones ");
  }
}
