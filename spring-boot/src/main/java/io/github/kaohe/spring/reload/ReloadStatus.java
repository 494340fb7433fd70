package io.github.kaohe.spring.reload;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Where reloading stands.
 *
 * @param folder the folder watched
 * @param lastCheck when the folder was last read, if it has been
 * @param reloads how many edits were taken since startup
 * @param failing the files whose latest edit was not taken, by name: their policy as it was before
 *     still serves
 */
public record ReloadStatus(Path folder, @Nullable Instant lastCheck, long reloads, Map<String, ReloadError> failing) {
  public ReloadStatus {
    failing = Map.copyOf(failing);
  }

  /** The latest edit that was not taken and not corrected since. */
  public Optional<ReloadError> lastError() {
    return failing.values().stream().max(java.util.Comparator.comparing(ReloadError::at));
  }
}
