package io.github.kaohe.eval;

import io.github.kaohe.model.Bands;
import io.github.kaohe.model.DirectPoints;
import io.github.kaohe.model.Goalposts;
import io.github.kaohe.model.Indicator;
import io.github.kaohe.model.MinMax;
import io.github.kaohe.model.PlacePoints;
import io.github.kaohe.model.ProportionalToBest;
import io.github.kaohe.model.RatioToBenchmark;
import io.github.kaohe.model.Rounding;
import io.github.kaohe.model.ScoringMethod;
import io.github.kaohe.model.TargetSteps;
import io.github.kaohe.model.ZScore;
import java.math.BigDecimal;

/** The engine's implementation of each scoring method. */
final class Scorers {
  private Scorers() {}

  /**
   * Prepares the indicator's method over the population's values (after transforms).
   *
   * @throws Scorer.Failure when the method cannot score this population
   */
  static Scorer prepare(Indicator indicator, Rounding rounding, Statistics population) {
    ScoringMethod m = indicator.method();
    BigDecimal w = indicator.weight();
    if (m instanceof ProportionalToBest p) {
      return new ProportionalScorer(p, w, indicator.direction(), rounding, population);
    }
    if (m instanceof MinMax mm) {
      return new MinMaxScorer(mm, w, indicator.direction(), rounding, population);
    }
    if (m instanceof Goalposts g) {
      return new GoalpostsScorer(g, w, indicator.direction(), rounding);
    }
    if (m instanceof RatioToBenchmark r) {
      return new RatioScorer(r, w, indicator.direction(), rounding);
    }
    if (m instanceof TargetSteps t) {
      return new TargetStepsScorer(t, w, indicator.direction(), rounding);
    }
    if (m instanceof PlacePoints pp) {
      return new PlacePointsScorer(pp, w, rounding);
    }
    if (m instanceof Bands b) {
      return new BandsScorer(b, rounding);
    }
    if (m instanceof ZScore z) {
      return new ZScoreScorer(z, w, indicator.direction(), rounding, population);
    }
    if (m instanceof DirectPoints d) {
      return new DirectScorer(d, w, rounding);
    }
    throw new IllegalStateException("no scorer for " + m.type());
  }
}
