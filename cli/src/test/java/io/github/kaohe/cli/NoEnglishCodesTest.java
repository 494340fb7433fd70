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
   * The ids of the policy's own parts that a reader must not meet in Chinese text either: the inputs
   * and rows of its tables and checks (第 national 行, change (3)), its facts and measures.
   */
  private static Set<String> ids(Policy policy) {
    Set<String> ids = new TreeSet<>();
    for (Scheme s : policy.schemes()) {
      s.rules().facts().forEach(f -> ids.add(f.id()));
      s.rules().measures().forEach(m -> ids.add(m.id()));
      for (var t : s.rules().tables()) {
        t.inputs().forEach(i -> ids.add(i.id()));
        t.rows().forEach(r -> ids.add(r.id()));
      }
      s.rules().checks().forEach(c -> c.inputs().forEach(i -> ids.add(i.id())));
    }
    return ids;
  }

  /** Each code found, with the line it stands in. */
  private static List<String> found(String text, Set<String> codes) {
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

    Set<String> all = new TreeSet<>(codes(policy));
    all.addAll(ids(policy));
    assertThat(found(String.join("\n", outputs), all)).isEmpty();
  }

  @Test
  void theChineseReportsShowLabelsNotCodes() throws Exception {
    Policy policy = Policies.find("kaifeng-2014").orElseThrow().load();
    Path md = dir.resolve("k.md");
    Cli.run("report", "--policy", "kaifeng-2014", "--format", "md", "--lang", "zh", "-o", md.toString());

    assertThat(found(Files.readString(md), codes(policy))).isEmpty();
  }

  @Test
  void theHtmlReportsChineseTextShowsLabelsNotCodes() throws Exception {
    // the page holds both languages: its Chinese is the page without the English spans and the markup
    Policy policy = Policies.find("kaifeng-2014").orElseThrow().load();
    Path html = dir.resolve("k.html");
    Cli.run("report", "--policy", "kaifeng-2014", "--format", "html", "-o", html.toString());
    String page = Files.readString(html);
    String zh = page.replaceAll("(?s)<style>.*?</style>", "").replaceAll("(?s)<svg.*?</svg>", "")
        .replaceAll("(?s)<(span|pre|div|p|td|th|li|h[1-6])( [^>]*)? class=\"en\"[^>]*>.*?</\\1>", "")
        .replaceAll("(?s)<(span|pre|div|p|td|th|li|h[1-6]) class=\"en\"[^>]*>.*?</\\1>", "").replaceAll("<[^>]*>", " ");

    assertThat(page).contains("<span class=\"en\">"); // the English is there, and left out of the scan
    assertThat(found(zh, codes(policy))).isEmpty();
  }

  @Test
  void theChineseWorkbookShowsLabelsNotCodes() throws Exception {
    Policy policy = Policies.find("kaifeng-2014").orElseThrow().load();
    Path xlsx = dir.resolve("k.xlsx");
    Cli.run("report", "--policy", "kaifeng-2014", "--format", "xlsx", "--lang", "zh", "-o", xlsx.toString());
    StringBuilder text = new StringBuilder();
    try (var in = Files.newInputStream(xlsx); var book = new org.dhatim.fastexcel.reader.ReadableWorkbook(in)) {
      for (var sheet : book.getSheets().toList()) {
        try (var rows = sheet.openStream()) {
          rows.forEach(r -> r.forEach(c -> {
            if (c != null && c.getType() == org.dhatim.fastexcel.reader.CellType.STRING) {
              text.append(c.asString()).append('\n');
            }
          }));
        }
      }
    }

    assertThat(text).contains("名次");
    assertThat(found(text.toString(), codes(policy))).isEmpty();
  }
}
