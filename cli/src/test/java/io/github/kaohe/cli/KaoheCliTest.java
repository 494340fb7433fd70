package io.github.kaohe.cli;

import static io.github.kaohe.cli.Cli.run;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;

class KaoheCliTest {
  @TempDir static Path dir;

  /** The main job, writing its HTML report into the test's folder. */
  private static Cli.Run mainJob() {
    return run("--out", dir.resolve("main.html").toString());
  }

  @Test
  void withoutArgumentsPrintsBothKaifengRankingsOfTheSampleData() {
    Cli.Run run = mainJob();

    assertThat(run.exitCode()).isZero();
    assertThat(run.err()).isEmpty();
    assertThat(run.out())
        .startsWith("期间 Period：2016（数据中最新的一期；选其他期间：--period 2015）\n"
            + "产业集聚区发展考核 · Industrial cluster zone assessment · 2016\n")
        .contains("\n服务业两区考核 · Service zone assessment · 2016\n")
        .contains("名次  名称", "总分", "税收收入", "加分")
        .contains("汴西产业集聚区", "龙亭区特色商业区")
        .contains(OutputFormat.SAMPLE_NOTE + "\n\n报告 Report (HTML): ");
  }

  @Test
  void theMainJobWritesTheHtmlReportAndSaysWhere() throws Exception {
    Path html = dir.resolve("report/kaifeng.html");
    Cli.Run missing = run("-o", html.toString());

    // no folder is made: a mistyped folder would take the report where no one looks
    assertThat(missing.exitCode()).isEqualTo(2);
    assertThat(missing.err()).isEqualTo("cannot write " + html + ": the folder " + html.getParent()
        + " does not exist; create it first\n");
    assertThat(missing.out()).isEmpty();

    Files.createDirectories(html.getParent());
    Cli.Run run = run("--output", html.toString());

    assertThat(run.out()).endsWith("\n报告 Report (HTML): " + html.toAbsolutePath().normalize() + "\n");
    assertThat(Files.readString(html)).startsWith("<!DOCTYPE html>").contains("汴西产业集聚区", "2013", "2014", "2015", "2016");
  }

  @Test
  void theMainJobPrintsRewardsAndSanctionsBesideEachRanking() {
    String out = mainJob().out();

    assertThat(out)
        .contains("奖惩 · Rewards and sanctions · 2016\n汴西产业集聚区　奖励合计 300 万元　另奖所在企业等 80 万元\n")
        .contains("  奖励 全市年度综合考评第一名 300 万元\n")
        .contains("  不重复奖励（已取最高一项） 省级专业示范产业集聚区称号（每项） 30 万元（奖励取最高限")
        .contains("黄龙产业集聚区\n  资格 取消评先资格\n  惩戒 通报批评\n")
        // 通许县's composite growth (18.24 %) is above the zones' average (15.44 %): it keeps its star
        .contains("通许县产业集聚区　奖励合计 100 万元\n")
        .contains("市商务中心区　奖励合计 350 万元\n");
    // The industrial rewards follow the industrial table, before the service table.
    assertThat(out.indexOf("奖惩 · Rewards and sanctions · 2016"))
        .isLessThan(out.indexOf("服务业两区考核 · Service zone assessment"));
  }

  @Test
  void theMainJobIsScoreOfKaifengInTheLatestPeriodAsEveryCommandDefaultsTo() {
    String out = mainJob().out();
    String tables = out.substring(0, out.lastIndexOf("\n\n报告 Report (HTML): ") + 1);

    assertThat(tables).isEqualTo(run("score", "--policy", "kaifeng-2014").out());
  }

  @Test
  void helpListsTheCommandsAndTheExitCodes() {
    Cli.Run run = run("--help");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out())
        .contains("score", "explain", "report", "validate", "policies")
        .contains("Exit codes:", "0   ok", "1   invalid policy or failed evaluation", "2   bad usage or bad input data");
  }

  @ParameterizedTest
  @ValueSource(strings = {"score", "explain", "whatif", "report", "validate", "policies"})
  void everyCommandHasHelpWithItsExitCodes(String command) {
    Cli.Run run = run(command, "--help");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).startsWith("Usage: kaohe " + command).contains("Exit codes:", "0   ok");
  }

  @Test
  void printsTheVersion() {
    Cli.Run run = run("--version");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).startsWith("kaohe ").doesNotContain("unknown", "${");
  }

  @Test
  void anUnknownCommandIsExitCode2() {
    assertThat(run("rank").exitCode()).isEqualTo(2);
  }

  @Test
  void theCommandLineOfMainReportsAUsageErrorInOneMessage() {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cli = KaoheCli.commandLine(StandardCharsets.UTF_8);
    cli.setOut(new PrintWriter(out));
    cli.setErr(new PrintWriter(err));

    int exitCode = cli.execute("score", "--policy", "kaifeng-2014", "--fromat=json");

    assertThat(exitCode).isEqualTo(2);
    assertThat(out.toString()).isEmpty();
    assertThat(err.toString())
        .startsWith("Unknown option: '--fromat=json'")
        .endsWith("Try 'kaohe score --help' for more information.\n")
        .doesNotContain("Usage:");
  }
}
