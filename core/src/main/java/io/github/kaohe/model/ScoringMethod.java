package io.github.kaohe.model;

/**
 * How an indicator's raw value becomes points out of its weight. A policy names a method and
 * gives its parameters; the engine implements it. Every method defines its result for the
 * degenerate cases (best value not positive, all values equal, one entity, negative values).
 */
public sealed interface ScoringMethod
    permits ProportionalToBest,
        MinMax,
        Goalposts,
        RatioToBenchmark,
        TargetSteps,
        PlacePoints,
        Bands,
        ZScore,
        DirectPoints {

  /** The method's name in policy YAML, e.g. {@code proportional-to-best}. */
  String type();

  /** Whether the points depend on the other entities' values (the population). */
  default boolean comparesPopulation() {
    return false;
  }

  /** Whether the points always lie within [0, weight]. */
  default boolean bounded() {
    return true;
  }
}
