package io.github.kaohe.cli;

import static io.github.kaohe.cli.Cli.file;
import static io.github.kaohe.cli.Cli.run;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The console output as a person sees it, compared with files in {@code src/test/resources/golden}
 * that were read and checked by hand: the main job, {@code score} (also provisional),
 * {@code explain}, {@code whatif} (with costs), {@code validate} and {@code test}, in Chinese and
 * English, at 80 and 120 columns.
 *
 * <p>After a deliberate change of the output, run with {@code -Dkaohe.golden.update=true} to
 * rewrite the files, and review their diff before committing it.
 */
class GoldenOutputTest {
  private static final Path GOLDEN = Path.of("src/test/resources/golden");
  private static final boolean UPDATE = Boolean.getBoolean("kaohe.golden.update");

  @TempDir static Path dir;

  static Stream<Arguments> cases() {
    List<Arguments> cases = new ArrayList<>();
    for (String width : List.of("80", "120")) {
      for (String lang : List.of("zh", "en")) {
        cases.add(Arguments.of("main-job-" + lang + "-" + width,
            List.of("--lang", lang, "--width", width, "-o", "MAIN_HTML")));
        cases.add(Arguments.of("score-kaifeng-" + lang + "-" + width,
            List.of("score", "--policy", "kaifeng-2014", "--lang", lang, "--width", width)));
        cases.add(Arguments.of("score-service-zones-2015-" + lang + "-" + width,
            List.of("score", "--policy", "kaifeng-2014", "--scheme", "service-zones", "--period", "2015",
                "--lang", lang, "--width", width)));
      }
    }
    for (String lang : List.of("zh", "en")) {
      cases.add(Arguments.of("score-small-" + lang,
          List.of("score", "--policy", file("small.yaml"), "--data", file("firms.csv"), "--lang", lang)));
      cases.add(Arguments.of("explain-bianxi-" + lang, List.of("explain", "汴西", "--policy", "kaifeng-2014",
          "--scheme", "industrial-cluster-zones", "--lang", lang)));
      cases.add(Arguments.of("explain-small-" + lang,
          List.of("explain", "甲", "--policy", file("small.yaml"), "--data", file("firms.csv"), "--lang", lang)));
      cases.add(Arguments.of("test-kaifeng-" + lang, List.of("test", "kaifeng-2014", "--lang", lang)));
      cases.add(Arguments.of("score-small-provisional-" + lang, List.of("score", "--policy", file("small.yaml"), "--data",
          file("firms.csv"), "--pending", "b:tax=0..80", "--lang", lang)));
      cases.add(Arguments.of("whatif-small-cheapest-" + lang, List.of("whatif", "甲", "--policy", file("small.yaml"), "--data",
          file("firms.csv"), "--to-place", "1", "--cost", "tax=1", "--cost", "tax-growth=2", "--cost-unit", "万元", "--lang", lang)));
    }
    cases.add(Arguments.of("validate-valid", List.of("validate", file("small.yaml"), file("two-schemes.yaml"))));
    cases.add(Arguments.of("validate-invalid", List.of("validate", file("invalid.yaml"))));
    cases.add(Arguments.of("main-job-2015", List.of("--period", "2015", "--width", "100", "-o", "MAIN_HTML")));
    cases.add(Arguments.of("policies", List.of("policies")));
    return cases.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void theOutputIsAsReadByHand(String name, List<String> args) throws IOException {
    String html = dir.resolve(name + ".html").toString();
    Cli.Run run = run(args.stream().map(a -> a.equals("MAIN_HTML") ? html : a).toArray(String[]::new));
    String shown = "$ kaohe " + String.join(" ", args) + "\n" + "exit code " + run.exitCode() + "\n"
        + run.out() + (run.err().isEmpty() ? "" : "--- stderr ---\n" + run.err());
    String actual = anonymous(shown, html);

    Path golden = GOLDEN.resolve(name + ".txt");
    if (UPDATE || !Files.exists(golden)) {
      Files.createDirectories(GOLDEN);
      Files.writeString(golden, actual, StandardCharsets.UTF_8);
    }
    assertThat(actual).as("%s (rewrite with -Dkaohe.golden.update=true and review the diff)", golden)
        .isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
  }

  /** The output without what differs between machines: the folders of test files and outputs. */
  private static String anonymous(String text, String html) {
    String resources = Path.of(file("small.yaml")).getParent().toString();
    return text.replace(Path.of(html).toAbsolutePath().normalize().toString(), "<out>/main-job.html")
        .replace(html, "<out>/main-job.html")
        .replace(resources, "<test-resources>");
  }
}
