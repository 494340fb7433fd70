package io.github.kaohe;

import io.github.kaohe.model.Policy;
import io.github.kaohe.spi.PolicyProvider;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.ServiceLoader;

/**
 * The policies bundled on the class path (or module path), found through
 * {@link PolicyProvider}s. Two providers with the same id are an error.
 *
 * <pre>{@code
 * Policy kaifeng = Policies.load("kaifeng-2014");
 * }</pre>
 */
public final class Policies {
  private Policies() {}

  /** Every provider found, by id. */
  public static Map<String, PolicyProvider> providers() {
    Map<String, PolicyProvider> byId = new LinkedHashMap<>();
    for (PolicyProvider p : ServiceLoader.load(PolicyProvider.class, Policies.class.getClassLoader())) {
      PolicyProvider previous = byId.putIfAbsent(p.id(), p);
      if (previous != null) {
        throw new IllegalStateException(
            "two policy providers claim the id '" + p.id() + "': " + previous.getClass().getName() + " and "
                + p.getClass().getName() + "; remove one from the class path");
      }
    }
    return byId;
  }

  /** The ids of the bundled policies. */
  public static List<String> ids() {
    return new ArrayList<>(providers().keySet());
  }

  /** The provider of this policy id. */
  public static Optional<PolicyProvider> find(String id) {
    return Optional.ofNullable(providers().get(id));
  }

  /**
   * Loads the bundled policy with this id.
   *
   * @throws NoSuchElementException naming the ids that are bundled
   */
  public static Policy load(String id) {
    return find(id)
        .orElseThrow(
            () -> new NoSuchElementException("no bundled policy '" + id + "'; bundled: " + ids()))
        .load();
  }
}
