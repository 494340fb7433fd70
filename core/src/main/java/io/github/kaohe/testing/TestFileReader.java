package io.github.kaohe.testing;

import io.github.kaohe.data.Period;
import io.github.kaohe.load.YamlFields;
import io.github.kaohe.load.YamlNode;
import io.github.kaohe.load.YamlProblems;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Reads a policy test file as strictly as the policy loader reads a policy: unknown keys (with the
 * key meant), missing keys and values of the wrong type are reported together, each at its line
 * and column. References to the policy (entities, indicators, rows) are checked when a case runs,
 * against the policy it runs on.
 */
final class TestFileReader {
  static final int FORMAT = 1;

  static final List<String> ROOT_KEYS = List.of("kaohe-tests", "policy", "scheme", "cases");
  static final List<String> CASE_KEYS =
      List.of("name", "policy", "policyYaml", "scheme", "periods", "given", "expect", "expectError");
  static final List<String> GIVEN_KEYS = List.of("data", "csv", "values");

  private final String file;
  private final YamlProblems problems;
  private final ExpectationReader expectations;

  private TestFileReader(String file) {
    this.file = file;
    this.problems = new YamlProblems(file);
    this.expectations = new ExpectationReader(file, problems);
  }

  /**
   * Reads the text of a test file.
   *
   * @throws PolicyTestException listing every problem of the file
   */
  static SuiteSpec read(String text, String file) {
    TestFileReader reader = new TestFileReader(file);
    SuiteSpec spec = reader.suite(text);
    if (!reader.problems.isEmpty() || spec == null) {
      throw new PolicyTestException(reader.problems.all());
    }
    return spec;
  }

  private @Nullable SuiteSpec suite(String text) {
    if (text.isBlank()) {
      problems.add("the file is empty: a test file starts with 'kaohe-tests: 1', 'policy: …' and 'cases:'");
      return null;
    }
    YamlFields root = YamlNode.read(text, problems).flatMap(n -> n.fields(problems, ROOT_KEYS)).orElse(null);
    if (root == null) {
      return null;
    }
    root.integer("kaohe-tests", true)
        .filter(v -> v != FORMAT)
        .ifPresent(v -> problems.add(root.node("kaohe-tests", true).orElseThrow(),
            "this is test format " + v + ", but Kaohe reads format " + FORMAT + ": write 'kaohe-tests: 1'"));
    Optional<Inline> policy = inline(root, "policy");
    Optional<Inline> scheme = inline(root, "scheme");
    List<CaseSpec> cases = new ArrayList<>();
    Optional<List<YamlNode>> items = root.node("cases", true).flatMap(n -> n.list(problems));
    items.ifPresent(list -> {
      if (list.isEmpty()) {
        problems.add(root.node("cases", true).orElseThrow(), "a test file needs at least one case");
      }
    });
    Map<String, Where> names = new HashMap<>();
    for (YamlNode item : items.orElse(List.of())) {
      CaseSpec c = testCase(item, policy, scheme, names);
      if (c != null) {
        cases.add(c);
      }
    }
    return new SuiteSpec(file, policy, cases);
  }

  private Optional<Inline> inline(YamlFields fields, String key) {
    Optional<YamlNode> node = fields.node(key, false);
    return node.flatMap(n -> n.scalar(problems)).map(t -> new Inline(t, node.get().path(), where(node.get())));
  }

  private Where where(YamlNode node) {
    return Where.of(file, node);
  }

  private @Nullable CaseSpec testCase(
      YamlNode node, Optional<Inline> filePolicy, Optional<Inline> fileScheme, Map<String, Where> names) {
    YamlFields f = node.fields(problems, CASE_KEYS).orElse(null);
    if (f == null) {
      return null;
    }
    String name = f.text("name", true).map(String::strip).orElse(null);
    if (name != null && name.isEmpty()) {
      problems.add(f.node("name", true).orElseThrow(), "the case's name is empty: say what the case shows");
    } else if (name != null && names.putIfAbsent(name, where(node)) != null) {
      problems.add(f.node("name", true).orElseThrow(), "two cases are named '" + name + "' (the first at line "
          + names.get(name).line() + "): give each case its own name");
    }
    Optional<Inline> policy = inline(f, "policy");
    Optional<Inline> policyYaml = inline(f, "policyYaml");
    if (policy.isPresent() && policyYaml.isPresent()) {
      problems.add(node, "a case has either 'policy' or 'policyYaml', not both");
    }
    if (filePolicy.isEmpty() && policy.isEmpty() && policyYaml.isEmpty()) {
      problems.add(node, "the case has no policy: name one at the top of the file ('policy: …'), or give"
          + " the case its own 'policy' or 'policyYaml'");
    }
    Optional<Inline> scheme = inline(f, "scheme").or(() -> fileScheme);
    List<Period> periods = periods(f);
    Optional<YamlNode> givenNode = f.node("given", false);
    Given given = givenNode.map(this::given).orElse(Given.none());
    List<Expectation> expect = new ArrayList<>();
    Optional<YamlNode> expectNode = f.node("expect", false);
    expectNode.flatMap(n -> n.list(problems)).ifPresent(items -> items.forEach(i -> {
      Expectation e = expectations.read(i);
      if (e != null) {
        expect.add(e);
      }
    }));
    Optional<String> expectError = f.text("expectError", false);
    expectError.filter(String::isBlank).ifPresent(e ->
        problems.add(f.node("expectError", false).orElseThrow(), "expectError is empty: give a part of the message expected"));
    if (expectError.isPresent() && expectNode.isPresent()) {
      problems.add(node, "a case expects either results ('expect') or an error ('expectError'), not both");
    } else if (expectError.isEmpty() && expectNode.isEmpty()) {
      problems.add(node, "the case expects nothing: add 'expect' (what the results show) or 'expectError'");
    } else if (expectNode.isPresent() && expectNode.get().items().isEmpty()) {
      problems.add(expectNode.get(), "'expect' is empty: list at least one expectation");
    }
    if (expectError.isEmpty() && given.isEmpty() && expectNode.isPresent()
        && givenNode.map(n -> !problems.hasUnder(n)).orElse(true)) {
      problems.add(node, "the case has no data: give 'data', 'csv' or 'values' under 'given'");
    }
    if (name == null || problems.hasUnder(node)) {
      return null;
    }
    return new CaseSpec(name, policy, policyYaml, scheme, periods, given, expect, expectError, where(node));
  }

  private List<Period> periods(YamlFields f) {
    Optional<YamlNode> node = f.node("periods", false);
    List<Period> out = new ArrayList<>();
    for (YamlNode item : node.flatMap(n -> n.list(problems)).orElse(List.of())) {
      period(item, problems).ifPresent(p -> {
        if (out.contains(p)) {
          problems.add(item, "the period " + p + " is listed twice");
        } else if (!out.isEmpty() && p.compareTo(out.get(out.size() - 1)) < 0) {
          problems.add(item, "periods are evaluated in order: list " + p + " before " + out.get(out.size() - 1));
        } else {
          out.add(p);
        }
      });
    }
    node.filter(n -> n.items().isEmpty() && !problems.hasUnder(n))
        .ifPresent(n -> problems.add(n, "'periods' is empty: list the periods to evaluate, or leave it out"));
    return out;
  }

  static Optional<Period> period(YamlNode node, YamlProblems problems) {
    Optional<String> text = node.scalar(problems);
    if (text.isEmpty()) {
      return Optional.empty();
    }
    try {
      return Optional.of(Period.parse(text.get()));
    } catch (IllegalArgumentException e) {
      problems.add(node, e.getMessage());
      return Optional.empty();
    }
  }

  private Given given(YamlNode node) {
    YamlFields f = node.fields(problems, GIVEN_KEYS).orElse(null);
    if (f == null) {
      return Given.none();
    }
    Optional<Inline> data = inline(f, "data");
    Optional<Inline> csv = inline(f, "csv");
    if (data.isPresent() && csv.isPresent()) {
      problems.add(node, "give the data either as a file ('data') or inline ('csv'), not both;"
          + " 'values' may be added to either");
    }
    List<Given.Cell> values = new ArrayList<>();
    f.node("values", false).ifPresent(v -> values(v, values));
    return new Given(data, csv, values);
  }

  /** {@code values: {entity: {period: {key: value}}}}. */
  private void values(YamlNode node, List<Given.Cell> out) {
    for (Map.Entry<String, YamlNode> entity : node.map(problems).orElse(Map.of()).entrySet()) {
      for (Map.Entry<String, YamlNode> period : entity.getValue().map(problems).orElse(Map.of()).entrySet()) {
        Period p;
        try {
          p = Period.parse(period.getKey());
        } catch (IllegalArgumentException e) {
          problems.add(period.getValue(), e.getMessage());
          continue;
        }
        for (Map.Entry<String, YamlNode> cell : period.getValue().map(problems).orElse(Map.of()).entrySet()) {
          YamlNode v = cell.getValue();
          Optional<String> value;
          if (v.kind() == YamlNode.Kind.NULL) {
            value = Optional.empty(); // a missing value: the entity still has a row
          } else if (v.kind() == YamlNode.Kind.MAP || v.kind() == YamlNode.Kind.LIST) {
            problems.add(v, "expected a value (a number, true/false or a fact's value), but found " + v.describe());
            continue;
          } else {
            value = Optional.of(v.text());
          }
          out.add(new Given.Cell(entity.getKey(), p, cell.getKey(), value, where(v)));
        }
      }
    }
  }
}
