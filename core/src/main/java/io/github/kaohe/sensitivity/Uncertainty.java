package io.github.kaohe.sensitivity;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What may vary in one scheme, and how: weights within ranges and switches among alternative
 * methods, missing-value rules or aggregations. Each weight range and each switch is one uncertain
 * input of the analysis, in this order.
 *
 * @param file the file it was read from, for messages
 * @param scheme the scheme's id
 * @param renormalise whether the weights of siblings are rescaled after sampling so that every
 *     category and the scheme keep their declared totals (true), or whether the totals follow the
 *     sampled weights (false)
 * @param weights the weights that vary
 * @param switches the methods, missing-value rules and aggregations that vary
 * @param samples the base sample size N: the analysis evaluates N × (inputs + 2) variants
 * @param seed the seed of the sequence's random shift and of the bootstrap; the same seed gives
 *     the same result
 * @param entities the entities whose own place gets sensitivity indices; empty: every entity
 */
public record Uncertainty(
    String file,
    String scheme,
    boolean renormalise,
    List<WeightRange> weights,
    List<Switch> switches,
    int samples,
    long seed,
    List<String> entities) {

  /** The fewest samples an analysis takes. */
  public static final int MIN_SAMPLES = 2;
  /** The most samples an analysis takes: more would take hours and say nothing new. */
  public static final int MAX_SAMPLES = 65_536;

  public Uncertainty {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(scheme, "scheme");
    weights = List.copyOf(weights);
    switches = List.copyOf(switches);
    entities = List.copyOf(entities);
    if (samples < MIN_SAMPLES || samples > MAX_SAMPLES) {
      throw new IllegalArgumentException(
          "samples must be between " + MIN_SAMPLES + " and " + MAX_SAMPLES + ", not " + samples);
    }
  }

  /** The same uncertainties with another sample size. */
  public Uncertainty withSamples(int samples) {
    return new Uncertainty(file, scheme, renormalise, weights, switches, samples, seed, entities);
  }

  /** The same uncertainties with another seed. */
  public Uncertainty withSeed(long seed) {
    return new Uncertainty(file, scheme, renormalise, weights, switches, samples, seed, entities);
  }

  /** The number of uncertain inputs: weight ranges, then switches. */
  public int inputs() {
    return weights.size() + switches.size();
  }

  /** The inputs' names, in order, e.g. {@code weight of value-added}. */
  public List<String> inputNames() {
    List<String> names = new ArrayList<>();
    weights.forEach(w -> names.add("weight of " + w.of()));
    switches.forEach(s -> names.add(s.kind().word() + " of " + s.of()));
    return names;
  }
}
