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
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
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
   * and rows of its tables and checks (第 national 行, change (3)), its facts and measures, and the
   * attributes it names (a register's column headed area, county「x」内第 1 名).
   */
  private static Set<String> ids(Policy policy) {
    Set<String> ids = new TreeSet<>();
    for (Scheme s : policy.schemes()) {
      s.allAttributes().stream().filter(a -> !s.attributeName(a).zh().equals(a)).forEach(ids::add);
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

    // a table's title gives the scheme's English name beside its Chinese (· Industrial cluster zone assessment ·)
    String text = String.join("\n", outputs);
    for (Scheme s : policy.schemes()) {
      text = text.replace(" · " + s.name().en() + " · ", " · ");
    }
    assertThat(found(text, all(policy))).isEmpty();
  }

  /** The codes and the ids: neither belongs in Chinese text. */
  private static Set<String> all(Policy policy) {
    Set<String> all = new TreeSet<>(codes(policy));
    all.addAll(ids(policy));
    return all;
  }

  /** A file of the Kaifeng module's, copied out so the command line can be given it (and a change to it). */
  private Path kaifeng(String resource, String name, @Nullable UnaryOperator<String> change) throws Exception {
    try (var in = NoEnglishCodesTest.class.getResourceAsStream("/io/github/kaohe/policy/kaifeng/" + resource)) {
      String text = new String(Objects.requireNonNull(in, resource).readAllBytes(), StandardCharsets.UTF_8);
      String changed = change == null ? text : change.apply(text);
      assertThat(changed).as("the change to " + resource).isNotEqualTo(change == null ? "" : text);
      return Files.writeString(dir.resolve(name), changed);
    }
  }

  @Test
  void aMissingValueIsNamedAsThePolicyNamesIt() throws Exception {
    // 汴西's head without his years in post (2016), and a project without its land area (2015)
    Policy policy = Policies.find("kaifeng-2014").orElseThrow().load();
    Path zones = kaifeng("sample/industrial-cluster-zones.csv", "zones.csv",
        t -> t.replaceFirst("(\n汴西,2016,[^\n]*,deputy-county,)5,", "$1,"));
    Path projects = kaifeng("sample/industrial-projects.csv", "projects.csv",
        t -> t.replaceFirst("(\n黄龙小型零部件项目2015-A,2015,黄龙,符合主导产业,9000,true,)15.0,", "$1,"));

    String zone = Cli.run("explain", "汴西", "--policy", "kaifeng-2014", "--data", zones.toString(),
        "--scheme", "industrial-cluster-zones", "--periods", "2014..2016", "--lang", "zh").out();
    String project = Cli.run("explain", "黄龙小型零部件项目2015-A", "--policy", "kaifeng-2014", "--data",
        projects.toString(), "--scheme", "industrial-projects", "--period", "2015", "--lang", "zh").out();

    assertThat(found(zone + "\n" + project, all(policy))).isEmpty();
    assertThat(zone).contains("【无法判定】", "2016 年无主要负责人任职年限的数据");
    assertThat(project).contains("【无法判定】", "投资强度：2015 年无用地面积（亩）的数据");
  }

  @Test
  void aRowWithoutANameIsCalledByItsPlaceInTheTable() throws Exception {
    // Kaifeng names every row; the same policy with two of its reward rows unnamed
    Path yaml = kaifeng("kaifeng-2014.yaml", "unnamed.yaml",
        t -> t.replaceAll("(- \\{id: (?:first-place|star-3), )name: \\{zh: [^{}]*, en: [^{}]*\\}, ", "$1"));
    Policy policy = io.github.kaohe.load.PolicyLoader.create().load(yaml);
    Path zones = kaifeng("sample/industrial-cluster-zones.csv", "zones.csv", null);

    String zh = Cli.run("explain", "汴西", "--policy", yaml.toString(), "--data", zones.toString(),
        "--scheme", "industrial-cluster-zones", "--periods", "2014..2016", "--lang", "zh").out();
    String en = Cli.run("explain", "汴西", "--policy", yaml.toString(), "--data", zones.toString(),
        "--scheme", "industrial-cluster-zones", "--periods", "2014..2016", "--lang", "en").out();

    assertThat(found(zh, all(policy))).isEmpty();
    assertThat(zh).contains("符合第 1 行：", "第 1 行金额相同（300 万元）且在前");
    assertThat(en).contains("row 1): matched row 1: ").doesNotContain("row first-place", "row star-3");
  }

  @Test
  void aPlaceWithinAGroupIsCalledByTheAttributesName() {
    // the small policy names its attribute county 所在县
    Policy policy = io.github.kaohe.load.PolicyLoader.create().load(Path.of(Cli.file("small.yaml")));
    String out = Cli.run("explain", "甲", "--policy", Cli.file("small.yaml"), "--data", Cli.file("firms.csv"),
        "--lang", "zh").out();

    assertThat(found(out, all(policy))).isEmpty();
    assertThat(out).contains("所在县「x」内第 2 名");
  }

  // 2015 has failed checks (the values they read), 2016 has none
  @ParameterizedTest
  @ValueSource(strings = {"2015", "2016"})
  void theChineseReportsShowLabelsNotCodes(String period) throws Exception {
    Policy policy = Policies.find("kaifeng-2014").orElseThrow().load();
    Path md = dir.resolve("k.md");
    Cli.run("report", "--policy", "kaifeng-2014", "--format", "md", "--lang", "zh", "--period", period, "-o", md.toString());

    assertThat(found(Files.readString(md), all(policy))).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"2015", "2016"})
  void theHtmlReportsChineseTextShowsLabelsNotCodes(String period) throws Exception {
    // the page holds both languages: its Chinese is the page without the English spans and the markup
    Policy policy = Policies.find("kaifeng-2014").orElseThrow().load();
    Path html = dir.resolve("k.html");
    Cli.run("report", "--policy", "kaifeng-2014", "--format", "html", "--period", period, "-o", html.toString());
    String page = Files.readString(html);
    String zh = page.replaceAll("(?s)<style>.*?</style>", "").replaceAll("(?s)<svg.*?</svg>", "")
        .replaceAll("(?s)<(span|pre|div|p|td|th|li|h[1-6])( [^>]*)? class=\"en\"[^>]*>.*?</\\1>", "")
        .replaceAll("(?s)<(span|pre|div|p|td|th|li|h[1-6]) class=\"en\"[^>]*>.*?</\\1>", "").replaceAll("<[^>]*>", " ");

    assertThat(page).contains("<span class=\"en\">"); // the English is there, and left out of the scan
    assertThat(found(zh, all(policy))).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"2015", "2016"})
  void theChineseWorkbookShowsLabelsNotCodes(String period) throws Exception {
    Policy policy = Policies.find("kaifeng-2014").orElseThrow().load();
    Path xlsx = dir.resolve("k.xlsx");
    Cli.run("report", "--policy", "kaifeng-2014", "--format", "xlsx", "--lang", "zh", "--period", period, "-o", xlsx.toString());
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

    assertThat(found(text.toString(), all(policy))).isEmpty();
    assertThat(text).contains("名次", "所在区域", "是否符合主导产业"); // the registers' columns by the attributes' names
  }
}
