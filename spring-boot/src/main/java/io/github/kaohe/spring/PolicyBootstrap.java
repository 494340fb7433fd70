package io.github.kaohe.spring;

import io.github.kaohe.model.Policy;
import io.github.kaohe.spring.reload.PolicyFolderWatcher;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.InitializingBean;

/**
 * Loads and validates the startup policies into the registry: those of {@code kaohe.policies}, then
 * those of the reload folder. Either every one is valid and registered, or none is and the
 * application does not start ({@link InvalidPoliciesException}, listing every problem).
 */
public final class PolicyBootstrap implements InitializingBean {
  private static final Log log = LogFactory.getLog(PolicyBootstrap.class);

  private final PolicyRegistry registry;
  private final PolicySources sources;
  private final List<String> locations;
  private final @Nullable PolicyFolderWatcher folder;

  public PolicyBootstrap(
      PolicyRegistry registry, PolicySources sources, List<String> locations, @Nullable PolicyFolderWatcher folder) {
    this.registry = registry;
    this.sources = sources;
    this.locations = locations.stream().filter(l -> !l.isBlank()).toList();
    this.folder = folder;
  }

  @Override
  public void afterPropertiesSet() {
    List<PolicySources.Loaded> loaded = new ArrayList<>();
    locations.forEach(l -> loaded.add(sources.load(l)));
    if (folder != null) {
      loaded.addAll(folder.loadAll());
    }
    List<PolicySources.Loaded> failed = new ArrayList<>(loaded.stream().filter(l -> !l.valid()).toList());
    Map<String, String> origins = new LinkedHashMap<>();
    for (PolicySources.Loaded l : loaded) {
      Policy p = l.policy();
      if (l.valid() && p != null) {
        String before = origins.putIfAbsent(p.id(), l.location());
        if (before != null) {
          failed.add(new PolicySources.Loaded(l.location(), null, List.of(new io.github.kaohe.load.Problem(
              l.location(), 0, 0, "id", "the policy id '" + p.id() + "' is also loaded from " + before
                  + ": give each policy its own id, or load it once"))));
        }
      }
      l.warnings().forEach(w -> log.warn("Kaohe policy " + l.location() + ": " + w));
    }
    if (!failed.isEmpty()) {
      throw new InvalidPoliciesException(failed);
    }
    Instant now = Instant.now();
    for (PolicySources.Loaded l : loaded) {
      Policy p = l.policy();
      if (p != null) {
        registry.put(new RegisteredPolicy(p, l.location(), now));
      }
    }
    if (loaded.isEmpty()) {
      log.info("Kaohe: no policy is configured (kaohe.policies, kaohe.reload.folder)");
    } else {
      log.info("Kaohe: " + loaded.size() + (loaded.size() == 1 ? " policy" : " policies") + " loaded and valid: "
          + loaded.stream().map(l -> l.policy().id() + " " + l.policy().version() + " (" + l.location() + ")")
              .collect(Collectors.joining(", ")));
    }
  }
}
