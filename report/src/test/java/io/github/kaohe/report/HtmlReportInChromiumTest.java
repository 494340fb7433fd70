package io.github.kaohe.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The HTML report in a real browser: headless Chromium renders it to a PNG screenshot and prints
 * it to PDF. Skipped only where no chromium is installed ({@code .ci/run} installs Debian's). The
 * screenshot is kept in {@code target/report-screenshots/} to be looked at.
 */
class HtmlReportInChromiumTest {
  private static final Path OUT = Path.of("target", "report-screenshots");
  private static Path page;

  @BeforeAll
  static void writePage() throws Exception {
    Files.createDirectories(OUT);
    page = OUT.resolve("kaifeng.html").toAbsolutePath();
    Files.writeString(page, HtmlReport.write(Fixtures.kaifeng()), StandardCharsets.UTF_8);
  }

  private static Optional<String> chromium() {
    for (String name : List.of("chromium", "chromium-browser", "google-chrome")) {
      for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
        if (Files.isExecutable(Path.of(dir, name))) {
          return Optional.of(Path.of(dir, name).toString());
        }
      }
    }
    return Optional.empty();
  }

  private static void runChromium(String... args) throws Exception {
    Optional<String> chromium = chromium();
    assumeTrue(chromium.isPresent(), "no chromium installed");
    Path profile = Files.createTempDirectory("kaohe-chromium");
    List<String> command = new ArrayList<>(List.of(chromium.get(), "--headless", "--no-sandbox", "--disable-gpu",
        "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
        "--hide-scrollbars", "--user-data-dir=" + profile));
    command.addAll(Arrays.asList(args));
    Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(OUT.resolve("chromium.log").toFile()).start();
    assertThat(p.waitFor(90, TimeUnit.SECONDS)).as("chromium finished within 90 s").isTrue();
    assertThat(p.exitValue()).as("chromium's exit code; see " + OUT.resolve("chromium.log")).isZero();
  }

  @Test
  void rendersToAScreenshot() throws Exception {
    Path png = OUT.resolve("kaifeng.png").toAbsolutePath();
    Files.deleteIfExists(png);

    runChromium("--screenshot=" + png, "--window-size=1100,2400", page.toUri().toString());

    byte[] bytes = Files.readAllBytes(png);
    assertThat(Arrays.copyOf(bytes, 8)).containsExactly(0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n');
    // A blank page compresses to a few kilobytes; tables, charts and text take far more.
    assertThat(bytes.length).isGreaterThan(100_000);
    int width = ((bytes[16] & 0xFF) << 24) | ((bytes[17] & 0xFF) << 16) | ((bytes[18] & 0xFF) << 8) | (bytes[19] & 0xFF);
    assertThat(width).isEqualTo(1100);
  }

  /**
   * The registers (no ranking: classes, targets, failed thresholds, entries, tax sharing) with the
   * English switch on, in {@code target/report-screenshots/kaifeng-registers-en.png}.
   */
  @Test
  void rendersTheRegistersInEnglish() throws Exception {
    Report all = Fixtures.kaifeng();
    Report registers = new Report(all.policy(),
        all.schemes().stream().filter(s -> !s.scheme().scored()).toList(), all.sampleData());
    String html = HtmlReport.write(registers);
    String english = html.replace("id=\"lang-zh\" checked", "id=\"lang-zh\"")
        .replace("id=\"lang-en\" aria-label", "id=\"lang-en\" checked aria-label");
    assertThat(english).as("the switch turned to English").isNotEqualTo(html);
    Path registersPage = OUT.resolve("kaifeng-registers-en.html").toAbsolutePath();
    Files.writeString(registersPage, english, StandardCharsets.UTF_8);
    Path png = OUT.resolve("kaifeng-registers-en.png").toAbsolutePath();
    Files.deleteIfExists(png);

    runChromium("--screenshot=" + png, "--window-size=1100,3000", registersPage.toUri().toString());

    byte[] bytes = Files.readAllBytes(png);
    assertThat(Arrays.copyOf(bytes, 8)).containsExactly(0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n');
    assertThat(bytes.length).isGreaterThan(100_000);
  }

  @Test
  void printsOnA4Pages() throws Exception {
    Path pdf = OUT.resolve("kaifeng.pdf").toAbsolutePath();
    Files.deleteIfExists(pdf);

    runChromium("--no-pdf-header-footer", "--print-to-pdf=" + pdf, page.toUri().toString());

    String text = new String(Files.readAllBytes(pdf), StandardCharsets.ISO_8859_1);
    assertThat(text).startsWith("%PDF-");
    // A4 is 595.28 × 841.89 points; each scheme starts a page, so there are several.
    assertThat(text).containsPattern("/MediaBox \\[0 0 59[45](\\.\\d+)? 84[12](\\.\\d+)?\\]");
    assertThat(text.split("/Type\\s*/Page[^s]", -1).length - 1).isGreaterThanOrEqualTo(2);
  }
}
