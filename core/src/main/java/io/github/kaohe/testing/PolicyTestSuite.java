package io.github.kaohe.testing;

import io.github.kaohe.model.Policy;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * A policy test file, read and ready to run. Needs no test framework: {@link #run()} returns
 * each case's result and the coverage of the policy.
 *
 * <pre>{@code
 * PolicyTestResults results = PolicyTestSuite.load(Path.of("my-policy.tests.yaml")).run();
 * if (!results.allPassed()) {
 *   System.out.print(results.render(Language.EN));
 * }
 * }</pre>
 *
 * <p>Paths in the file (the policy, data files) are relative to the file. Instances are immutable
 * and thread-safe; a policy is loaded once, when a case first needs it.
 */
public final class PolicyTestSuite {
  private final SuiteSpec spec;
  private final Sources sources;
  private final Optional<Policy> override;
  private final List<PolicyTestCase> cases;

  private PolicyTestSuite(SuiteSpec spec, Sources sources, Optional<Policy> override) {
    this.spec = spec;
    this.sources = sources;
    this.override = override;
    List<PolicyTestCase> list = new ArrayList<>();
    for (int i = 0; i < spec.cases().size(); i++) {
      list.add(new PolicyTestCase(spec.cases().get(i), i));
    }
    this.cases = List.copyOf(list);
  }

  /**
   * Reads a UTF-8 test file.
   *
   * @throws PolicyTestException listing every problem of the file
   */
  public static PolicyTestSuite load(Path file) {
    String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
    try {
      URL url = file.toAbsolutePath().toUri().toURL();
      return parse(decode(Files.readAllBytes(file), name), name, url);
    } catch (IOException e) {
      throw fileProblem(name, "cannot read the file: " + e);
    }
  }

  /**
   * Reads a test file at a URL, e.g. a class-path resource; paths in it are relative to the URL.
   *
   * @throws PolicyTestException listing every problem of the file
   */
  public static PolicyTestSuite load(URL url) {
    String path = url.getPath();
    String name = path.substring(path.lastIndexOf('/') + 1);
    try (InputStream in = url.openStream()) {
      return parse(decode(in.readAllBytes(), name), name, url);
    } catch (IOException e) {
      throw fileProblem(name, "cannot read " + url + ": " + e);
    }
  }

  /**
   * Reads a test file's text; relative paths in it resolve against {@code base} (the file's own
   * URL), and are errors when it is null.
   *
   * @param yaml the text
   * @param name the file's name, as it appears in messages
   * @param base where the file is, or null when it is nowhere
   * @throws PolicyTestException listing every problem of the text
   */
  public static PolicyTestSuite parse(String yaml, String name, @org.jspecify.annotations.Nullable URL base) {
    Objects.requireNonNull(yaml, "yaml");
    Objects.requireNonNull(name, "name");
    SuiteSpec spec = TestFileReader.read(yaml, name);
    return new PolicyTestSuite(spec, new Sources(Optional.ofNullable(base)), Optional.empty());
  }

  /**
   * This suite, whose policy and data files may be anywhere in this folder or below it. By default
   * a test file refers only to files beside it or in folders below it: {@code ../x.csv},
   * {@code /etc/…} or another URL is an error when a case runs.
   */
  public PolicyTestSuite withBaseDirectory(Path directory) {
    Objects.requireNonNull(directory, "directory");
    try {
      return new PolicyTestSuite(spec, sources.withRoot(directory.toAbsolutePath().normalize().toUri().toURL()), override);
    } catch (java.net.MalformedURLException e) {
      throw new IllegalArgumentException("not a folder: " + directory, e);
    }
  }

  /**
   * This suite run against another policy: the cases that use the file's policy use this one
   * instead (e.g. a new version of it), and the coverage is of this one.
   */
  public PolicyTestSuite withPolicy(Policy policy) {
    return new PolicyTestSuite(spec, sources, Optional.of(Objects.requireNonNull(policy, "policy")));
  }

  /** The test file's name. */
  public String file() {
    return spec.file();
  }

  /** The policy the file names ({@code policy:}), as written; empty when it names none. */
  public Optional<String> policyReference() {
    return spec.policy().map(Inline::text);
  }

  /** The cases, in file order. */
  public List<PolicyTestCase> cases() {
    return cases;
  }

  /** Runs one case of this suite. */
  public CaseResult run(PolicyTestCase testCase) {
    if (testCase.index() >= cases.size() || cases.get(testCase.index()) != testCase) {
      throw new IllegalArgumentException("case '" + testCase.name() + "' is not a case of " + file());
    }
    return runner().run(testCase);
  }

  /** Runs every case, in order. */
  public PolicyTestResults run() {
    CaseRunner runner = runner();
    List<CaseResult> results = new ArrayList<>();
    for (PolicyTestCase c : cases) {
      results.add(runner.run(c));
    }
    return results(results);
  }

  /**
   * The results of these case runs, with the coverage they give; for runners that run the cases
   * one at a time, e.g. one test each in a test framework.
   */
  public PolicyTestResults results(List<CaseResult> caseResults) {
    Set<Coverage.Part> exercised = new HashSet<>();
    caseResults.forEach(r -> exercised.addAll(r.exercised()));
    return new PolicyTestResults(spec.file(), caseResults, coverage(exercised));
  }

  private Coverage coverage(Set<Coverage.Part> exercised) {
    Optional<Policy> policy = override.or(() -> spec.policy().flatMap(p -> sources.policy(p).policy()));
    return policy.map(p -> Coverage.of(p, exercised)).orElse(Coverage.none());
  }

  private CaseRunner runner() {
    Supplier<Policy> policy = () -> override.orElseGet(() -> sources.policy(spec.policy().orElseThrow()).get());
    return new CaseRunner(sources, policy);
  }

  private static String decode(byte[] bytes, String name) {
    try {
      return StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
    } catch (CharacterCodingException e) {
      throw fileProblem(name, "the file is not UTF-8 text: save it as UTF-8 (test files are UTF-8, like all YAML)");
    }
  }

  private static PolicyTestException fileProblem(String name, String message) {
    return new PolicyTestException(List.of(new io.github.kaohe.load.Problem(name, 0, 0, "", message)));
  }

  @Override
  public String toString() {
    return "PolicyTestSuite[" + spec.file() + ", " + cases.size() + " cases]";
  }
}
