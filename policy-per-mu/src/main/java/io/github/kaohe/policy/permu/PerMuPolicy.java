package io.github.kaohe.policy.permu;

import io.github.kaohe.load.PolicyLoader;
import io.github.kaohe.model.Policy;
import java.net.URL;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A per-mu evaluation of industrial firms (工业企业亩均效益综合评价, "亩均论英雄"), modelled on the
 * calculation note published with Huangyan District's 2022 results: six indicators derived from
 * each firm's raw figures for above-scale firms, two for below-scale ones, each scored against the
 * county's average, and classes A–D by place within the county.
 *
 * <pre>{@code
 * Policy perMu = PerMuPolicy.load();
 * }</pre>
 *
 * <p>Also found by id through {@link io.github.kaohe.Policies#load(String)}.
 */
public final class PerMuPolicy {
  /** The policy's id. */
  public static final String ID = "per-mu-2022";

  /** The scheme of above-scale firms (规上工业企业). */
  public static final String ABOVE_SCALE = "above-scale";

  /** The scheme of below-scale firms (规下工业企业). */
  public static final String BELOW_SCALE = "below-scale";

  private static final String RESOURCE = "per-mu-2022.yaml";
  private static final String SAMPLE = "sample/firms-2022.csv";

  private PerMuPolicy() {}

  /** Loads the policy from the module's YAML. */
  public static Policy load() {
    return PolicyLoader.create().load(resource(RESOURCE), RESOURCE);
  }

  /** The policy's YAML, for reading or for overlays. */
  public static URL yaml() {
    return resource(RESOURCE);
  }

  /**
   * The bundled sample data by scheme id: one table of 360 firms of 2022 in three counties, which
   * feeds both schemes (each assesses its own firms). The figures are made up, not statistics.
   */
  public static Map<String, URL> sampleData() {
    Map<String, URL> data = new LinkedHashMap<>();
    data.put(ABOVE_SCALE, resource(SAMPLE));
    data.put(BELOW_SCALE, resource(SAMPLE));
    return data;
  }

  /** The policy's own test suite ({@code per-mu-2022.tests.yaml}), worked out by hand. */
  public static URL tests() {
    return resource("per-mu-2022.tests.yaml");
  }

  private static URL resource(String name) {
    return Objects.requireNonNull(
        PerMuPolicy.class.getResource(name), () -> "resource missing from the jar: " + name);
  }
}
