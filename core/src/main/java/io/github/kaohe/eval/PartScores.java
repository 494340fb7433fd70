package io.github.kaohe.eval;

import io.github.kaohe.model.Direction;
import io.github.kaohe.model.Label;
import io.github.kaohe.model.Scheme;
import io.github.kaohe.model.TieBreak;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.jspecify.annotations.Nullable;

/**
 * One part of a population scored with the whole population's statistics ({@link
 * PartEvaluator#score}): for each entity of the part that is assessed, its points and total
 * exactly as an evaluation of the whole population gives them, and its {@link Standing} to place
 * it by. The places themselves come from ordering the standings of every part; a part's own
 * order means nothing. Either entities or problems, never both.
 */
public final class PartScores {
  private final @Nullable ScoredPeriod scored;
  private final @Nullable SchemeResult ruled;
  private final List<EvaluationProblem> problems;

  PartScores(@Nullable ScoredPeriod scored, @Nullable SchemeResult ruled, List<EvaluationProblem> problems) {
    this.scored = scored;
    this.ruled = ruled;
    this.problems = List.copyOf(problems);
  }

  /**
   * The classes of the {@code k}-th entity, one per classification of the scheme in its order:
   * those of the evaluation of the whole population, as the part holds whole groups of {@link
   * PartEvaluator#partedBy}.
   */
  public List<ClassResult> classes(int k) {
    int e = position(k);
    SchemeResult.EntityRules r = ruled == null ? null : ruled.rules(e);
    return r == null ? List.of() : List.copyOf(r.classes().values());
  }

  /** The outcomes of the rule tables for the {@code k}-th entity, in table order ({@link PartEvaluator#rule}). */
  public List<OutcomeResult> outcomes(int k) {
    SchemeResult.EntityRules r = ruled == null ? null : ruled.rules(position(k));
    return r == null ? List.of() : r.outcomes();
  }

  /** The results of the checks of the {@code k}-th entity, in the scheme's order ({@link PartEvaluator#rule}). */
  public List<CheckResult> checks(int k) {
    SchemeResult.EntityRules r = ruled == null ? null : ruled.rules(position(k));
    return r == null ? List.of() : r.checks();
  }

  /** How each tax the {@code k}-th entity paid is shared, by the scheme's tax sharing ({@link PartEvaluator#rule}). */
  public List<TaxShareResult> taxShares(int k) {
    SchemeResult.EntityRules r = ruled == null ? null : ruled.rules(position(k));
    return r == null ? List.of() : r.taxShares();
  }

  /** The measures of the {@code k}-th entity that have a value, by id ({@link PartEvaluator#rule}). */
  public java.util.Map<String, BigDecimal> measures(int k) {
    SchemeResult.EntityRules r = ruled == null ? null : ruled.rules(position(k));
    return r == null ? java.util.Map.of() : r.measures();
  }

  /**
   * Where the scheme's targets stand in the period ({@link PartEvaluator#rule}): those of the scheme
   * as a whole (the same in every part, as they read figures of the whole population), and those of
   * each of the part's entities.
   */
  public List<TargetResult> targets() {
    return ruled == null ? List.of() : ruled.targets();
  }

  /** Why the part could not be scored; empty when it was. */
  public List<EvaluationProblem> problems() {
    return problems;
  }

  /** How many entities of the part are assessed (0 when there are problems). */
  public int size() {
    return scored == null ? 0 : scored.size();
  }

  /** The id of the {@code k}-th entity. */
  public String entity(int k) {
    return scored().id(position(k));
  }

  /** The name of the {@code k}-th entity. */
  public Label name(int k) {
    return scored().population.definition(position(k)).name();
  }

  /** The rounded total of the {@code k}-th entity. */
  public BigDecimal total(int k) {
    return scored().total(position(k));
  }

  /** The points of a category or indicator of the {@code k}-th entity, by id. */
  public Optional<BigDecimal> points(String id, int k) {
    return Optional.ofNullable(scored().points(id, position(k)));
  }

  /** An attribute of the {@code k}-th entity (from the data), e.g. the group it is placed in. */
  public Optional<String> attribute(String key, int k) {
    return Optional.ofNullable(scored().attribute(position(k), key));
  }

  /** Whether the {@code k}-th entity takes a place: the scheme ranks, and the entity is ranked. */
  public boolean ranked(int k) {
    ScoredPeriod s = scored();
    return s.scheme.scored() && s.population.ranked(position(k));
  }

  /** Where the {@code k}-th entity stands in the scheme's order. */
  public Standing standing(int k) {
    ScoredPeriod s = scored();
    int e = position(k);
    List<TieBreak> chain = s.scheme.ranking().tieBreaks();
    @Nullable BigDecimal[] keys = new BigDecimal[chain.size()];
    for (int i = 0; i < keys.length; i++) {
      keys[i] = key(s, chain.get(i), e);
    }
    return new Standing(s.id(e), s.total(e), keys);
  }

  /** Tie-break key as {@link RankOrder} reads it, negated where higher comes first. */
  private static @Nullable BigDecimal key(ScoredPeriod s, TieBreak tb, int e) {
    Scheme scheme = s.scheme;
    BigDecimal k;
    boolean higherFirst;
    if (tb.by() == TieBreak.Basis.VALUE) {
      higherFirst = scheme.indicator(tb.of()).direction() == Direction.HIGHER_IS_BETTER;
      k = s.inputs[s.indexOf(tb.of())].shownValue(s.population.row(e));
    } else {
      higherFirst = true;
      k = s.points(tb.of(), e);
    }
    return k == null ? null : higherFirst ? k.negate() : k;
  }

  /**
   * The {@code k}-th entity's full result, to explain it: category and indicator points with the
   * rule of each, adjustments, attributes and classes. It has no place: places come from every
   * part.
   */
  public EntityResult result(int k) {
    int e = position(k);
    EntityResult r = ruled == null ? scored().entity(e) : ruled.entityAt(e);
    return new EntityResult(r.entity(), r.attributes(), r.base(), r.adjustments(), r.total(), r.categories(), r.layers(),
        OptionalInt.empty(), java.util.Map.of(), r.measures(), r.outcomes(), r.classes(), r.checks(), r.taxShares());
  }

  /** The entities of the part that are not assessed, and why. */
  public List<Exclusion> excluded() {
    return scored == null ? List.of() : scored.exclusions;
  }

  private ScoredPeriod scored() {
    if (scored == null) {
      throw new IllegalStateException("the part was not scored: " + problems);
    }
    return scored;
  }

  private int position(int k) {
    return scored().position(k);
  }
}
