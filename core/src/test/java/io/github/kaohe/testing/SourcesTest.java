package io.github.kaohe.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Where a test file's references may lead: into its folder or below, by path for files (links
 * followed), by address for other URLs, such as a file in a jar.
 */
class SourcesTest {
  @TempDir Path dir;

  private static URL url(String s) throws IOException {
    return new URL(s);
  }

  @Test
  void aFileIsWithinAFolderWhenItsPathIsBelowIt() throws IOException {
    URL folder = dir.toUri().toURL();

    assertThat(Sources.within(dir.resolve("a.csv").toUri().toURL(), folder)).isTrue();
    assertThat(Sources.within(dir.resolve("sub/a.csv").toUri().toURL(), folder)).isTrue();
    assertThat(Sources.within(dir.getParent().resolve("a.csv").toUri().toURL(), folder)).isFalse();
    assertThat(Sources.within(new URL(folder, "../a.csv"), folder)).isFalse();
  }

  @Test
  void aLinkInTheFolderToAFileOutsideItIsOutside() throws IOException {
    Path outside = Files.writeString(Files.createTempFile("outside", ".csv"), "secret");
    Path folder = Files.createDirectories(dir.resolve("suite"));
    Path link = Files.createSymbolicLink(folder.resolve("link.csv"), outside);
    try {
      assertThat(Sources.within(link.toUri().toURL(), folder.toUri().toURL())).isFalse();
      assertThat(Sources.within(folder.resolve("plain.csv").toUri().toURL(), folder.toUri().toURL())).isTrue();
    } finally {
      Files.delete(outside);
    }
  }

  @Test
  void anotherUrlIsWithinAFolderWhenItsAddressStartsWithTheFolders() throws IOException {
    assertThat(Sources.within(url("http://example.invalid/suite/a.csv"), url("http://example.invalid/suite/"))).isTrue();
    assertThat(Sources.within(url("http://example.invalid/suite/a.csv"), url("http://example.invalid/suite"))).isTrue();
    assertThat(Sources.within(url("http://example.invalid/suite-2/a.csv"), url("http://example.invalid/suite"))).isFalse();
    assertThat(Sources.within(url("http://example.invalid/a.csv"), url("http://example.invalid/suite/"))).isFalse();
    assertThat(Sources.within(url("file:/tmp/suite/a.csv"), url("http://example.invalid/tmp/suite/"))).isFalse();
  }

  @Test
  void aSourceKeepsTheUrlItResolvesAgainst() throws IOException {
    URL base = url("http://example.invalid/suite/t.tests.yaml");

    assertThat(new Sources(Optional.of(base)).base()).hasValue(base);
    assertThat(new Sources(Optional.empty()).base()).isEmpty();
  }

  @Test
  void aSuiteInAJarReadsThePolicyAndDataBesideIt() throws IOException {
    Path jar = dir.resolve("suite.jar");
    try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
      put(out, "suite/small.yaml", resource("/policies/small.yaml"));
      put(out, "suite/data/firms-2015.csv", resource("/testing/firms-2015.csv"));
      put(out, "suite/t.tests.yaml", """
          kaohe-tests: 1
          policy: small.yaml
          cases:
            - name: beside
              given: {data: data/firms-2015.csv}
              expect: [{entity: a, rank: 1, total: 19.00}]
            - name: elsewhere
              given: {data: "http://example.invalid/firms-2015.csv"}
              expect: [{entity: a, rank: 1}]
          """.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    PolicyTestResults results = PolicyTestSuite.load(new URL("jar:" + jar.toUri() + "!/suite/t.tests.yaml")).run();

    assertThat(results.cases().get(0).failures()).isEmpty();
    assertThat(results.cases().get(1).message()).endsWith(": 'http://example.invalid/firms-2015.csv' is outside the test"
        + " file's folder: a test file refers only to files beside it or in folders below it (a runner may allow a wider"
        + " folder: PolicyTestSuite.withBaseDirectory)");
  }

  private static byte[] resource(String name) throws IOException {
    try (InputStream in = SourcesTest.class.getResourceAsStream(name)) {
      return in.readAllBytes();
    }
  }

  private static void put(JarOutputStream out, String name, byte[] bytes) throws IOException {
    out.putNextEntry(new JarEntry(name));
    out.write(bytes);
    out.closeEntry();
  }

  @Test
  void aPolicyNeitherBundledNorAFileIsNamedWithTheFileLookedFor() throws IOException, URISyntaxException {
    PolicyTestSuite suite = PolicyTestSuite.parse("""
        kaohe-tests: 1
        policy: no-such-policy.yaml
        cases:
          - name: one
            given: {data: firms-2015.csv}
            expect: [{entity: a, rank: 1}]
        """, "missing.tests.yaml", PolicyTestSuiteTest.resource("small.tests.yaml"));

    assertThat(io.github.kaohe.Policies.ids()).isEmpty(); // core bundles no policy
    assertThat(suite.run().cases().get(0).message()).isEqualTo("missing.tests.yaml:2:9: policy: no bundled policy"
        + " 'no-such-policy.yaml' and no file "
        + Path.of(PolicyTestSuiteTest.resource("small.tests.yaml").toURI()).resolveSibling("no-such-policy.yaml"));
  }
}
