package io.github.kaohe.junit;

import io.github.kaohe.model.Language;
import io.github.kaohe.testing.CaseResult;
import io.github.kaohe.testing.Coverage;
import io.github.kaohe.testing.PolicyTestCase;
import io.github.kaohe.testing.PolicyTestSuite;
import java.net.URI;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.DynamicTest;

/**
 * Kaohe policy tests written in YAML, as JUnit 5 dynamic tests: one test per case, named after
 * it, failing with what differs ({@code 汴西 rank: expected 1, got 2 — total 84.31 vs 85.02
 * (尉氏县)}) at the line of the expectation.
 *
 * <pre>{@code
 * class MyPolicyTest {
 *   @TestFactory
 *   Stream<DynamicTest> policy() {
 *     return KaoheTests.from("my-policy.tests.yaml");   // a file, or a class-path resource
 *   }
 * }
 * }</pre>
 *
 * <p>A test file that cannot be read makes the factory fail with every problem of the file.
 */
public final class KaoheTests {
  private KaoheTests() {}

  /**
   * The cases of a test file: a file (relative to the working directory), else a class-path
   * resource relative to the calling class's package, else an absolute class-path resource.
   *
   * @throws IllegalArgumentException if there is no such file or resource
   * @throws io.github.kaohe.testing.PolicyTestException if the file has problems
   */
  public static Stream<DynamicTest> from(String fileOrResource) {
    Class<?> caller = StackWalker.getInstance(StackWalker.Option.RETAIN_CLASS_REFERENCE).getCallerClass();
    return tests(Located.find(fileOrResource, caller), false);
  }

  /** The cases of a test file. */
  public static Stream<DynamicTest> from(Path file) {
    return tests(Located.of(file), false);
  }

  /** The cases of a test file at a URL, e.g. a policy module's {@code PolicyProvider.tests()}. */
  public static Stream<DynamicTest> from(URL url) {
    return tests(Located.of(url), false);
  }

  /** The cases of a suite already read, e.g. one run against another policy ({@code withPolicy}). */
  public static Stream<DynamicTest> from(PolicyTestSuite suite) {
    return tests(new Located(Objects.requireNonNull(suite, "suite"), null), false);
  }

  /**
   * The cases of a test file and, after them, one test more that fails unless the cases together
   * exercise every indicator, adjustment item, table row and class of the policy, naming those
   * they do not.
   */
  public static Stream<DynamicTest> withFullCoverage(String fileOrResource) {
    Class<?> caller = StackWalker.getInstance(StackWalker.Option.RETAIN_CLASS_REFERENCE).getCallerClass();
    return tests(Located.find(fileOrResource, caller), true);
  }

  /** {@link #withFullCoverage(String)} for a suite already read. */
  public static Stream<DynamicTest> withFullCoverage(PolicyTestSuite suite) {
    return tests(new Located(Objects.requireNonNull(suite, "suite"), null), true);
  }

  private static Stream<DynamicTest> tests(Located located, boolean coverage) {
    PolicyTestSuite suite = located.suite();
    Map<Integer, CaseResult> results = new ConcurrentHashMap<>();
    List<DynamicTest> tests = new ArrayList<>();
    for (PolicyTestCase c : suite.cases()) {
      tests.add(DynamicTest.dynamicTest(c.name(), located.source(c.line()), () -> {
        CaseResult result = suite.run(c);
        results.put(c.index(), result);
        if (!result.passed()) {
          Assertions.fail(result.message());
        }
      }));
    }
    if (coverage) {
      tests.add(DynamicTest.dynamicTest("coverage: every indicator, adjustment item, table row and class is exercised",
          located.source(1), () -> {
            List<CaseResult> all = new ArrayList<>();
            for (PolicyTestCase c : suite.cases()) {
              all.add(results.computeIfAbsent(c.index(), i -> suite.run(c)));
            }
            Coverage cov = suite.results(all).coverage();
            if (!cov.complete()) {
              Assertions.fail(cov.render(Language.EN));
            }
          }));
    }
    return tests.stream();
  }

  /** A suite and where its file is, for IDEs to jump to a case. */
  private record Located(PolicyTestSuite suite, @Nullable URI base) {
    static Located of(Path file) {
      return new Located(PolicyTestSuite.load(file), file.toAbsolutePath().toUri());
    }

    static Located of(URL url) {
      return new Located(PolicyTestSuite.load(url), uri(url));
    }

    static Located find(String name, Class<?> caller) {
      Objects.requireNonNull(name, "fileOrResource");
      Optional<Path> file = file(name);
      if (file.isPresent()) {
        return of(file.get());
      }
      URL url = caller.getResource(name);
      if (url == null) {
        ClassLoader loader = Optional.ofNullable(Thread.currentThread().getContextClassLoader())
            .orElse(caller.getClassLoader());
        url = loader.getResource(name.startsWith("/") ? name.substring(1) : name);
      }
      if (url == null) {
        throw new IllegalArgumentException("no test file '" + name + "': neither a file (looked in "
            + Path.of("").toAbsolutePath() + ") nor a class-path resource (looked beside "
            + caller.getName() + " and at the class path's root)");
      }
      return of(url);
    }

    private static Optional<Path> file(String name) {
      try {
        Path p = Path.of(name);
        return Files.isRegularFile(p) ? Optional.of(p) : Optional.empty();
      } catch (InvalidPathException e) {
        return Optional.empty();
      }
    }

    private static @Nullable URI uri(URL url) {
      try {
        return "file".equals(url.getProtocol()) ? url.toURI() : null;
      } catch (java.net.URISyntaxException e) {
        return null;
      }
    }

    /** The case's place in its file, as JUnit's sources understand it; null when unknown. */
    @Nullable URI source(int line) {
      return base == null ? null : URI.create(base + "?line=" + line);
    }
  }
}
