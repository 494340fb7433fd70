package io.github.kaohe.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.kaohe.Policies;
import io.github.kaohe.eval.CheckResult;
import io.github.kaohe.eval.FundResult;
import io.github.kaohe.eval.OutcomeResult;
import io.github.kaohe.eval.TargetResult;
import io.github.kaohe.model.Classification;
import io.github.kaohe.model.Fact;
import io.github.kaohe.model.Policy;
import io.github.kaohe.model.Scheme;
import io.github.kaohe.model.Tier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Chinese console and reports of the Kaifeng policy hold no English status code: no value of an
 * enumeration (two-stars, second-tier), class id, status word (on-track, not-evaluable, within) or
 * boolean (true, false) where a Chinese reader expects the Chinese label.
 */
class NoEnglishCodesTest {
  @TempDir Path dir;

  /** The words that must not appear in Chinese output, as whole words. */
  private static Set<String> codes(Policy policy) {
    Set<String> codes = new TreeSet<>(List.of("true", "false"));
    for (Scheme s : policy.schemes()) {
      for (Fact f : s.rules().facts()) {
        codes.addAll(f.values());
      }
      for (Classification c : s.rules().classifications()) {
        c.tiers().stream().map(Tier::id).forEach(codes::add);
        codes.add(c.unclassed().id());
      }
    }
    for (Class<? extends Enum<?>> statuses : List.of(TargetResult.Status.class, CheckResult.Status.class,
        OutcomeResult.Status.class, FundResult.Status.class)) {
      for (Enum<?> e : statuses.getEnumConstants()) {
        codes.add(e.name().toLowerCase(Locale.ROOT).replace('_', '-'));
      }
    }
    return codes;
  }

  /**
   * Each code found, with the line it stands in. A row named by its id for the reader to find it in
   * the policy file (第 provincial 行) and an input named by its id before its value (provincial (1))
   * are the policy's names of its own parts, not statuses, so they are left out of the scan.
   */
  private static List<String> found(String text, Set<String> codes) {
    text = text.replaceAll("第 [a-z0-9._-]+ 行", "第 … 行").replaceAll("(?<![A-Za-z0-9_./-])[a-z0-9._-]+ \\(", "… (");
    List<String> hits = new ArrayList<>();
    for (String code : codes) {
      Matcher m = Pattern.compile("(?<![A-Za-z0-9_./-])" + Pattern.quote(code) + "(?![A-Za-z0-9_-])").matcher(text);
      while (m.find()) {
        int from = text.lastIndexOf('\n', m.start()) + 1;
        int to = text.indexOf('\n', m.end());
        hits.add(code + " in: " + text.substring(from, to < 0 ? text.length() : to).strip());
      }
    }
    return hits;
  }

  @Test
  void theChineseConsoleShowsLabelsNotCodes() {
    Policy policy = Policies.find("kaifeng-2014").orElseThrow().load();
    List<String> outputs = new ArrayList<>();
    outputs.add(Cli.run("score", "--policy", "kaifeng-2014", "--periods", "2014..2016", "--lang", "zh").out());
    for (String zone : List.of("汴西", "通许县", "汴东", "鼓楼区", "市商务中心区")) {
      outputs.add(Cli.run("explain", zone, "--policy", "kaifeng-2014", "--lang", "zh").out());
    }

    assertThat(found(String.join("\n", outputs), codes(policy))).isEmpty();
  }

  @Test
  void theChineseReportsShowLabelsNotCodes() throws Exception {
    Policy policy = Policies.find("kaifeng-2014").orElseThrow().load();
    Path md = dir.resolve("k.md");
    Cli.run("report", "--policy", "kaifeng-2014", "--format", "md", "--lang", "zh", "-o", md.toString());

    assertThat(found(Files.readString(md), codes(policy))).isEmpty();
  }
}
