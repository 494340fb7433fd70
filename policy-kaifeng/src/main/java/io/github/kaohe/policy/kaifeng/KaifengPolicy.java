package io.github.kaohe.policy.kaifeng;

import io.github.kaohe.load.PolicyLoader;
import io.github.kaohe.model.Policy;
import java.net.URL;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The Kaifeng 2014 policy: Table A (industrial cluster zones) and Table B (service zones) of
 * 《关于进一步推动产业集聚区和商务中心区及特色商业区持续快速发展的意见》.
 *
 * <pre>{@code
 * Policy kaifeng = KaifengPolicy.load();
 * }</pre>
 *
 * <p>Also found by id through {@link io.github.kaohe.Policies#load(String)}.
 */
public final class KaifengPolicy {
  /** The policy's id. */
  public static final String ID = "kaifeng-2014";

  /** The scheme of Table A, industrial cluster zones. */
  public static final String INDUSTRIAL_CLUSTER_ZONES = "industrial-cluster-zones";

  /** The scheme of Table B, central business districts and characteristic commercial zones. */
  public static final String SERVICE_ZONES = "service-zones";

  private static final String RESOURCE = "kaifeng-2014.yaml";

  private KaifengPolicy() {}

  /** Loads the policy from the module's YAML. */
  public static Policy load() {
    return PolicyLoader.create().load(resource(RESOURCE), RESOURCE);
  }

  /** The policy's YAML, for reading or for overlays. */
  public static URL yaml() {
    return resource(RESOURCE);
  }

  /**
   * The bundled sample data by scheme id: CSV files for 2014 and 2015 with a period column.
   * The figures are illustrative, not official statistics.
   */
  public static Map<String, URL> sampleData() {
    Map<String, URL> data = new LinkedHashMap<>();
    data.put(INDUSTRIAL_CLUSTER_ZONES, resource("sample/industrial-cluster-zones.csv"));
    data.put(SERVICE_ZONES, resource("sample/service-zones.csv"));
    return data;
  }

  /**
   * The policy's own test suite ({@code kaifeng-2014.tests.yaml}): cases that together exercise
   * every indicator, adjustment item and rule-table row of both tables.
   */
  public static URL tests() {
    return resource("kaifeng-2014.tests.yaml");
  }

  private static URL resource(String name) {
    return Objects.requireNonNull(
        KaifengPolicy.class.getResource(name), () -> "resource missing from the jar: " + name);
  }
}
