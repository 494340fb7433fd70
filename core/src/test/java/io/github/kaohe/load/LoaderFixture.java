package io.github.kaohe.load;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

/** A small valid policy, and helpers to break it one way at a time. */
final class LoaderFixture {
  /**
   * Line numbers matter to the tests: they are shown on the left.
   *
   * <pre>
   *  1 kaohe: 1
   *  6 schemes:
   *  7   - id: firms
   *  9     total: 10
   * 10     attributes: [county]
   * 12       - {id: a, name: {zh: 甲, en: Alpha}, attributes: {county: x}}
   * 13       - {id: b, name: {zh: 乙, en: Beta}}
   * 15     categories:
   * 17         name: {zh: 规模, en: Size}
   * 18         weight: 10
   * 19         indicators:
   * 20           - id: tax
   * 22             weight: 8
   * 23             method: proportional-to-best
   * 25           - id: growth
   * 28             method: {type: goalposts, lower: 0, upper: 10}
   * 30     ranking:
   * 31       groups: [county]
   * </pre>
   */
  static final String VALID =
      """
      kaohe: 1
      id: test
      name: {zh: 测试, en: Test}
      version: "1"
      source: {title: {zh: 文件, en: Document}, issuer: 办公室, date: 2020-01-15}
      schemes:
        - id: firms
          name: {zh: 企业, en: Firms}
          total: 10
          attributes: [county]
          entities:
            - {id: a, name: {zh: 甲, en: Alpha}, attributes: {county: x}}
            - {id: b, name: {zh: 乙, en: Beta}}
          defaults: {missing: zero-points}
          categories:
            - id: size
              name: {zh: 规模, en: Size}
              weight: 10
              indicators:
                - id: tax
                  name: {zh: 税收, en: Tax}
                  weight: 8
                  method: proportional-to-best
                  source: "§1"
                - id: growth
                  name: {zh: 增速, en: Growth}
                  weight: 2
                  method: {type: goalposts, lower: 0, upper: 10}
                  missing: zero-points
          ranking:
            groups: [county]
      """;

  private LoaderFixture() {}

  /** The valid policy with one exact piece of text replaced; fails if the text is not there. */
  static String with(String text, String replacement) {
    if (!VALID.contains(text)) {
      throw new IllegalArgumentException("the fixture has no '" + text + "'");
    }
    return VALID.replace(text, replacement);
  }

  /** The problems of loading this text, which must fail. */
  static List<Problem> problems(String yaml) {
    AtomicReference<List<Problem>> problems = new AtomicReference<>();
    assertThatThrownBy(() -> PolicyLoader.create().load(yaml, "test.yaml"))
        .isInstanceOfSatisfying(PolicyException.class, e -> problems.set(e.problems()));
    return problems.get();
  }

  /** The only problem of loading this text. */
  static Problem problem(String yaml) {
    List<Problem> all = problems(yaml);
    if (all.size() != 1) {
      throw new AssertionError("expected one problem, but found " + all.size() + ":\n" + all);
    }
    return all.get(0);
  }
}
