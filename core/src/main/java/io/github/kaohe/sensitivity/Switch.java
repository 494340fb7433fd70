package io.github.kaohe.sensitivity;

import io.github.kaohe.model.Aggregation;
import io.github.kaohe.model.MissingValueRule;
import io.github.kaohe.model.ScoringMethod;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * A choice among alternatives for one indicator's method or missing-value rule, or one category's
 * aggregation, each with its probability; the probabilities add up to 1.
 *
 * @param of the indicator's or category's id
 * @param kind what is chosen
 * @param alternatives the alternatives, at least two
 */
public record Switch(String of, Kind kind, List<Alternative> alternatives) {

  /** What a switch chooses. */
  public enum Kind {
    METHOD("method", "method"),
    MISSING("missing", "missing-value rule"),
    AGGREGATION("aggregation", "aggregation");

    private final String word;
    private final String noun;

    Kind(String word, String noun) {
      this.word = word;
      this.noun = noun;
    }

    /** What it is, in English words, e.g. {@code missing-value rule}. */
    public String noun() {
      return noun;
    }

    /** The key in the uncertainty file, e.g. {@code method}. */
    public String word() {
      return word;
    }
  }

  public Switch {
    Objects.requireNonNull(of, "of");
    Objects.requireNonNull(kind, "kind");
    alternatives = List.copyOf(alternatives);
    if (alternatives.size() < 2) {
      throw new IllegalArgumentException("a switch of " + of + " needs at least two alternatives");
    }
    BigDecimal sum = alternatives.stream().map(Alternative::probability).reduce(BigDecimal.ZERO, BigDecimal::add);
    if (sum.compareTo(BigDecimal.ONE) != 0) {
      throw new IllegalArgumentException("the probabilities of the " + kind.word() + " of " + of + " add up to "
          + sum.toPlainString() + ", not 1");
    }
  }

  /** The alternative chosen by a uniform number u in [0, 1): each with its probability. */
  public Alternative choose(double u) {
    double cumulative = 0;
    for (Alternative a : alternatives) {
      cumulative += a.probability().doubleValue();
      if (u < cumulative) {
        return a;
      }
    }
    return alternatives.get(alternatives.size() - 1);
  }

  /**
   * One alternative.
   *
   * @param name as the file names it, e.g. {@code min-max}
   * @param probability its probability, in (0, 1]
   * @param choice what it sets
   * @param line the line of the file that declares it, 1-based, for messages
   * @param column its column, 1-based
   */
  public record Alternative(String name, BigDecimal probability, Choice choice, int line, int column) {
    public Alternative {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(probability, "probability");
      Objects.requireNonNull(choice, "choice");
    }
  }

  /** What an alternative sets: a method, a missing-value rule or an aggregation. */
  public sealed interface Choice {}

  /** An indicator's scoring method. */
  public record MethodChoice(ScoringMethod method) implements Choice {
    public MethodChoice {
      Objects.requireNonNull(method, "method");
    }
  }

  /** An indicator's missing-value rule. */
  public record MissingChoice(MissingValueRule rule) implements Choice {
    public MissingChoice {
      Objects.requireNonNull(rule, "rule");
    }
  }

  /** A category's aggregation. */
  public record AggregationChoice(Aggregation aggregation) implements Choice {
    public AggregationChoice {
      Objects.requireNonNull(aggregation, "aggregation");
    }
  }
}
