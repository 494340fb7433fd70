package io.github.kaohe.cli;

import static io.github.kaohe.cli.Cli.run;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The per-mu policy by id: one table of firms, both schemes, from the sample or from a file. */
class PerMuCliTest {
  @TempDir Path dir;

  @Test
  void theBundledSampleIsScoredInBothSchemes() {
    Cli.Run run = run("score", "--policy", "per-mu-2022");
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(Cli.body(run.out()))
        .startsWith("规上工业企业 · Above-scale industrial firms · 2022\n")
        .contains("\n规下工业企业 · Below-scale industrial firms · 2022\n");
  }

  @Test
  void oneFileFeedsEverySchemeWithAScopeItHoldsTheColumnsOf() throws Exception {
    Path firms = dir.resolve("firms.csv");
    Files.writeString(firms, """
        entity,period,county,scale,tax,value-added,revenue,land,energy,emissions,rd,staff,electricity
        甲厂,2022,甲县,规上,300,1000,1000,10,400,0.2,30,50,1200
        乙厂,2022,甲县,规上,100,1000,1000,10,400,0.2,30,50,400
        丙厂,2022,甲县,规下,1000,,,10,,,,,2000
        丁厂,2022,甲县,规上,100,1000,1000,2.5,400,0.2,30,50,400
        """, StandardCharsets.UTF_8);
    Cli.Run run = run("score", "--policy", "per-mu-2022", "--data", firms.toString());
    assertThat(run.exitCode()).as(run.err()).isZero();
    String above = run.out().substring(0, run.out().indexOf("规下工业企业"));
    String below = run.out().substring(run.out().indexOf("规下工业企业"));
    // 丁厂 has 2.5 亩: assessed by neither scheme
    assertThat(above).contains("甲厂", "乙厂").doesNotContain("丙厂", "丁厂");
    assertThat(below).contains("丙厂").doesNotContain("甲厂", "乙厂", "丁厂");

    Cli.Run one = run("score", "--policy", "per-mu-2022", "--scheme", "below-scale", "--data", firms.toString());
    assertThat(one.out()).doesNotContain("规上工业企业").contains("丙厂");
  }
}
