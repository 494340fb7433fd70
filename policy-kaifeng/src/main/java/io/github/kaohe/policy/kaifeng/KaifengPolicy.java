package io.github.kaohe.policy.kaifeng;

import io.github.kaohe.load.PolicyLoader;
import io.github.kaohe.model.Policy;
import java.net.URL;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The Kaifeng 2014 policy: Table A (industrial cluster zones) and Table B (service zones) of
 * 《关于进一步推动产业集聚区和商务中心区及特色商业区持续快速发展的意见》, with the rewards and
 * sanctions, targets and thresholds that follow, and three registers: the major projects of each
 * family of zone and the firms whose taxes are shared across counties.
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

  /** The register of major projects in the industrial cluster zones (classes, land checks, counts). */
  public static final String INDUSTRIAL_PROJECTS = "industrial-projects";

  /** The register of major projects in the service zones (classes, counts). */
  public static final String SERVICE_PROJECTS = "service-projects";

  /** The register of firms investing across counties, whose taxes are shared 5 : 5. */
  public static final String CROSS_AREA_FIRMS = "cross-area-firms";

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
   * The bundled sample data by scheme id: CSV files with a period column, 2013–2016 for the zones
   * and 2014–2016 for the registers. The figures are illustrative, not official statistics.
   */
  public static Map<String, URL> sampleData() {
    Map<String, URL> data = new LinkedHashMap<>();
    data.put(INDUSTRIAL_CLUSTER_ZONES, resource("sample/industrial-cluster-zones.csv"));
    data.put(SERVICE_ZONES, resource("sample/service-zones.csv"));
    data.put(INDUSTRIAL_PROJECTS, resource("sample/industrial-projects.csv"));
    data.put(SERVICE_PROJECTS, resource("sample/service-projects.csv"));
    data.put(CROSS_AREA_FIRMS, resource("sample/cross-area-firms.csv"));
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
