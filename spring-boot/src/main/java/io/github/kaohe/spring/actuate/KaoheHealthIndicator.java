package io.github.kaohe.spring.actuate;

import io.github.kaohe.spring.PolicyRegistry;
import io.github.kaohe.spring.RegisteredPolicy;
import io.github.kaohe.spring.reload.PolicyFolderWatcher;
import io.github.kaohe.spring.reload.ReloadError;
import io.github.kaohe.spring.reload.ReloadStatus;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;

/**
 * {@code kaohe} in the health endpoint: the policies loaded and their versions, and, with a reload
 * folder, the edits not taken (the last one as {@code lastReloadError}). Up when at least one
 * policy is loaded: an edit not taken leaves the valid policy serving, so it does not make the
 * application down, but its problems are listed here until the file is corrected.
 */
public class KaoheHealthIndicator extends AbstractHealthIndicator {
  private final PolicyRegistry registry;
  private final @Nullable PolicyFolderWatcher watcher;

  public KaoheHealthIndicator(PolicyRegistry registry, @Nullable PolicyFolderWatcher watcher) {
    super("Kaohe health check failed");
    this.registry = registry;
    this.watcher = watcher;
  }

  @Override
  protected void doHealthCheck(Health.Builder builder) {
    Map<String, Object> policies = new LinkedHashMap<>();
    for (RegisteredPolicy p : registry.all()) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("version", p.version());
      m.put("name", p.policy().name().zh());
      m.put("loadedAt", p.loadedAt().toString());
      policies.put(p.id(), m);
    }
    if (policies.isEmpty()) {
      builder.down().withDetail("reason", "no policy is loaded: name some in kaohe.policies or kaohe.reload.folder");
    } else {
      builder.up();
    }
    builder.withDetail("policies", policies);
    if (watcher != null) {
      ReloadStatus status = watcher.status();
      Map<String, Object> reload = new LinkedHashMap<>();
      reload.put("folder", status.folder().toString());
      if (status.lastCheck() != null) {
        reload.put("lastCheck", status.lastCheck().toString());
      }
      reload.put("reloads", status.reloads());
      Map<String, Object> failing = new LinkedHashMap<>();
      status.failing().values().stream()
          .sorted(java.util.Comparator.comparing(ReloadError::file))
          .forEach(e -> failing.put(e.file(), error(e)));
      reload.put("failing", failing);
      builder.withDetail("reload", reload);
      status.lastError().ifPresent(e -> builder.withDetail("lastReloadError", error(e)));
    }
  }

  private static Map<String, Object> error(ReloadError e) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("file", e.file());
    m.put("at", e.at().toString());
    m.put("problems", e.lines());
    return m;
  }
}
