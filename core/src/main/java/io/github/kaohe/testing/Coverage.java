package io.github.kaohe.testing;

import io.github.kaohe.model.AdjustmentItem;
import io.github.kaohe.model.Classification;
import io.github.kaohe.model.Indicator;
import io.github.kaohe.model.Label;
import io.github.kaohe.model.Language;
import io.github.kaohe.model.Policy;
import io.github.kaohe.model.Rule;
import io.github.kaohe.model.RuleTable;
import io.github.kaohe.model.Scheme;
import io.github.kaohe.model.Target;
import io.github.kaohe.model.TaxSharing;
import io.github.kaohe.model.Tier;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Which parts of a policy its test cases exercise, and which they leave alone. A case exercises
 * an indicator when it scores a value of it, an adjustment item when it counts at least one unit,
 * a table row when the row matches (given, suppressed by the hit policy, or withheld), and a
 * class when an entity is given it. Checks, targets and tax sharing rules are tracked rather than
 * scored, so they count only when a case says what it expects of them: a check when a case expects
 * its status for some entity, a target when a case expects its status or value, a tax sharing rule
 * when a case expects a share or a total of one of its taxes. Only cases run against the test
 * file's own policy count.
 *
 * <p>Immutable.
 */
public final class Coverage {
  /** A kind of part of a policy. */
  public enum Kind {
    INDICATOR("indicators", "指标"),
    ADJUSTMENT_ITEM("adjustment items", "加减分项"),
    TABLE_ROW("table rows", "规则表行"),
    CLASS("classes", "等次"),
    CHECK("checks", "检查项"),
    TARGET("targets", "目标"),
    TAX_SHARING("tax sharing rules", "税收分成规则");

    private final String en;
    private final String zh;

    Kind(String en, String zh) {
      this.en = en;
      this.zh = zh;
    }

    String in(Language language) {
      return language == Language.ZH ? zh : en;
    }

    String singular() {
      return switch (this) {
        case INDICATOR -> "indicator";
        case ADJUSTMENT_ITEM -> "adjustment item";
        case TABLE_ROW -> "row";
        case CLASS -> "class";
        case CHECK -> "check";
        case TARGET -> "target";
        case TAX_SHARING -> "tax sharing";
      };
    }
  }

  /**
   * A part of a policy that cases can exercise.
   *
   * @param kind what it is
   * @param scheme its scheme's id
   * @param id its id; {@code table/row} for a row and {@code classification/class} for a class
   * @param name its name, if it has one
   */
  public record Part(Kind kind, String scheme, String id, Optional<Label> name) {
    public Part {
      Objects.requireNonNull(kind, "kind");
      Objects.requireNonNull(scheme, "scheme");
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(name, "name");
    }

    /** A part as exercised, without its name. */
    static Part of(Kind kind, String scheme, String id) {
      return new Part(kind, scheme, id, Optional.empty());
    }

    boolean sameAs(Part other) {
      return kind == other.kind && scheme.equals(other.scheme) && id.equals(other.id);
    }

    String render(Language language) {
      return scheme + " " + kind.singular() + " " + id + name.map(n -> " (" + n.in(language) + ")").orElse("");
    }
  }

  private final String policy;
  private final List<Part> parts;
  private final List<Part> missing;

  private Coverage(String policy, List<Part> parts, List<Part> missing) {
    this.policy = policy;
    this.parts = List.copyOf(parts);
    this.missing = List.copyOf(missing);
  }

  /** The coverage of a suite that tests no policy of its own: nothing to cover. */
  static Coverage none() {
    return new Coverage("", List.of(), List.of());
  }

  /** The coverage of the policy by the parts exercised. */
  static Coverage of(Policy policy, Collection<Part> exercised) {
    List<Part> all = parts(policy);
    List<Part> missing = all.stream().filter(p -> exercised.stream().noneMatch(p::sameAs)).toList();
    return new Coverage(policy.id(), all, missing);
  }

  /** Every part of the policy that cases can exercise, in policy order. */
  static List<Part> parts(Policy policy) {
    List<Part> all = new ArrayList<>();
    for (Scheme s : policy.schemes()) {
      for (Indicator i : s.indicators()) {
        all.add(new Part(Kind.INDICATOR, s.id(), i.id(), Optional.of(i.name())));
      }
      for (AdjustmentItem i : s.adjustmentItems()) {
        all.add(new Part(Kind.ADJUSTMENT_ITEM, s.id(), i.id(), Optional.of(i.name())));
      }
      for (RuleTable t : s.rules().tables()) {
        for (Rule r : t.rows()) {
          all.add(new Part(Kind.TABLE_ROW, s.id(), t.id() + "/" + r.id(), r.name()));
        }
      }
      for (Classification c : s.rules().classifications()) {
        for (Tier t : c.tiers()) {
          all.add(new Part(Kind.CLASS, s.id(), c.id() + "/" + t.id(), Optional.of(t.name())));
        }
      }
      for (io.github.kaohe.model.Check c : s.rules().checks()) {
        all.add(new Part(Kind.CHECK, s.id(), c.id(), Optional.of(c.name())));
      }
      for (Target t : s.rules().targets()) {
        all.add(new Part(Kind.TARGET, s.id(), t.id(), Optional.of(t.name())));
      }
      for (TaxSharing t : s.rules().taxSharing()) {
        all.add(new Part(Kind.TAX_SHARING, s.id(), t.id(), Optional.of(t.name())));
      }
    }
    return all;
  }

  /** The policy's id; empty when the suite tests no policy of its own. */
  public String policy() {
    return policy;
  }

  /** Every part of the policy, exercised or not. */
  public List<Part> parts() {
    return parts;
  }

  /** The parts that no case exercises, in policy order. */
  public List<Part> missing() {
    return missing;
  }

  /** Whether every part is exercised. */
  public boolean complete() {
    return missing.isEmpty();
  }

  /** The parts of one kind, and how many of them are exercised: {@code 12/14}. */
  private String count(Kind kind) {
    long all = parts.stream().filter(p -> p.kind() == kind).count();
    long miss = missing.stream().filter(p -> p.kind() == kind).count();
    return (all - miss) + "/" + all;
  }

  /**
   * The coverage in words: the counts per kind on one line, then every part not exercised, one per
   * line.
   *
   * <pre>
   * Coverage of kaifeng-2014: indicators 27/27, adjustment items 6/6, table rows 34/35, classes 10/10, checks 13/13, targets 42/43, tax sharing rules 1/1
   * Not exercised:
   *   industrial-cluster-zones row industrial-rewards/star-6 (Upgraded to six stars)
   *   service-zones target jobs-2016-2017 (20,000 more people employed over 2016–2017)
   * </pre>
   */
  public String render(Language language) {
    if (policy.isEmpty()) {
      return language == Language.ZH ? "覆盖率：测试文件未指定政策，无覆盖率" : "Coverage: the tests name no policy of their own";
    }
    StringBuilder s = new StringBuilder(language == Language.ZH ? "覆盖率 " : "Coverage of ").append(policy).append(": ");
    List<String> counts = new ArrayList<>();
    for (Kind k : Kind.values()) {
      counts.add(k.in(language) + " " + count(k));
    }
    s.append(String.join(language == Language.ZH ? "，" : ", ", counts));
    if (missing.isEmpty()) {
      s.append(language == Language.ZH ? "\n全部覆盖。" : "\nEverything is exercised.");
    } else {
      s.append(language == Language.ZH ? "\n未覆盖：" : "\nNot exercised:");
      for (Part p : missing) {
        s.append("\n  ").append(p.render(language));
      }
    }
    return s.toString();
  }

  @Override
  public String toString() {
    return String.format(Locale.ROOT, "Coverage[%s, %d parts, %d missing]", policy, parts.size(), missing.size());
  }
}
