package io.github.kaohe.spring.reload;

import io.github.kaohe.load.Problem;
import io.github.kaohe.model.Policy;
import io.github.kaohe.spring.PolicyRegistry;
import io.github.kaohe.spring.PolicySources;
import io.github.kaohe.spring.RegisteredPolicy;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;
import org.springframework.context.SmartLifecycle;

/**
 * Watches a folder of policy files ({@code *.yaml}, {@code *.yml}; not {@code *.tests.yaml}) and
 * keeps the registry in step with it, safely:
 *
 * <ul>
 *   <li>a file edited (or added) is validated whole; if valid, its policy replaces the one of the
 *       same id in one atomic step; if not, nothing changes: the policy as it was keeps serving, and
 *       the problems are logged and kept for the health endpoint until the file is corrected;
 *   <li>a policy whose id is served from another file or location is refused the same way;
 *   <li>a file removed takes its policy out of the registry;
 *   <li>an overlay ({@code extends: other.yaml}) is read again when the file it extends changes.
 * </ul>
 *
 * <p>Changes are signalled by the file system (read once the folder has been quiet for the quiet
 * period, so that a file is read whole) and the folder is also checked at the poll interval, for
 * file systems that signal nothing. A file is read again only when its bytes changed.
 */
public final class PolicyFolderWatcher implements SmartLifecycle {
  private static final Log log = LogFactory.getLog(PolicyFolderWatcher.class);

  private final Path folder;
  private final PolicySources sources;
  private final PolicyRegistry registry;
  private final Duration quietPeriod;
  private final Duration pollInterval;

  /** What each file held when last read: its digest and the id of the policy it gave, if valid. */
  private record Seen(String digest, @Nullable String policyId) {}

  private final Map<Path, Seen> seen = new HashMap<>(); // guarded by this
  private final Map<String, ReloadError> failing = new ConcurrentHashMap<>();
  private final AtomicLong reloads = new AtomicLong();
  private volatile @Nullable Instant lastCheck;
  private volatile boolean running;
  private volatile @Nullable Thread thread;

  public PolicyFolderWatcher(
      Path folder, PolicySources sources, PolicyRegistry registry, Duration quietPeriod, Duration pollInterval) {
    this.folder = folder.toAbsolutePath().normalize();
    this.sources = sources;
    this.registry = registry;
    this.quietPeriod = quietPeriod;
    this.pollInterval = pollInterval;
  }

  /** The folder watched. */
  public Path folder() {
    return folder;
  }

  /** Where reloading stands: for the health endpoint. */
  public ReloadStatus status() {
    return new ReloadStatus(folder, lastCheck, reloads.get(), failing);
  }

  /**
   * Loads every policy file of the folder, as the application starts, and remembers what each
   * held; the registry is left to the caller, who registers them all or refuses to start.
   */
  public synchronized List<PolicySources.Loaded> loadAll() {
    if (!Files.isDirectory(folder)) {
      return List.of(new PolicySources.Loaded("kaohe.reload.folder", null, List.of(new Problem(
          folder.toString(), 0, 0, "", "kaohe.reload.folder is not a folder: create it, or correct the setting"))));
    }
    Contents contents = read();
    if (contents == null) {
      return List.of(new PolicySources.Loaded("kaohe.reload.folder", null, List.of(new Problem(
          folder.toString(), 0, 0, "", "cannot list the files of kaohe.reload.folder"))));
    }
    List<PolicySources.Loaded> loaded = new ArrayList<>();
    for (Map.Entry<Path, byte[]> file : contents.files().entrySet()) {
      PolicySources.Loaded l = sources.file(origin(file.getKey()), file.getKey());
      Policy p = l.valid() ? l.policy() : null;
      seen.put(file.getKey(), new Seen(digest(file.getValue()), p == null ? null : p.id()));
      loaded.add(l);
    }
    lastCheck = Instant.now();
    return loaded;
  }

  /** Reads the folder now and takes every valid edit since the last time. Called by the watching thread. */
  public synchronized void check() {
    Contents contents = read();
    if (contents == null) {
      return;
    }
    Map<Path, byte[]> files = contents.files();
    Map<Path, String> changed = new LinkedHashMap<>();
    for (Map.Entry<Path, byte[]> f : files.entrySet()) {
      String digest = digest(f.getValue());
      Seen before = seen.get(f.getKey());
      if (before == null || !before.digest().equals(digest)) {
        changed.put(f.getKey(), digest);
      }
    }
    List<Path> removed = seen.keySet().stream()
        .filter(p -> !files.containsKey(p) && !contents.unreadable().contains(p))
        .sorted()
        .toList();
    if (!changed.isEmpty() || !removed.isEmpty()) {
      // An overlay is read again when a file it names changed.
      List<String> names = Stream.concat(changed.keySet().stream(), removed.stream()).map(PolicyFolderWatcher::name).toList();
      for (Map.Entry<Path, byte[]> f : files.entrySet()) {
        if (!changed.containsKey(f.getKey())) {
          String text = new String(f.getValue(), StandardCharsets.UTF_8);
          if (names.stream().anyMatch(text::contains)) {
            changed.put(f.getKey(), digest(f.getValue()));
          }
        }
      }
      removed.forEach(this::removed);
      changed.forEach(this::reload);
    }
    lastCheck = Instant.now();
  }

  private void reload(Path file, String digest) {
    String name = name(file);
    Seen before = seen.get(file);
    String previousId = before == null ? null : before.policyId();
    PolicySources.Loaded l = sources.file(origin(file), file);
    Policy policy = l.valid() ? l.policy() : null;
    List<Problem> problems = l.errors();
    if (policy != null) {
      Optional<RegisteredPolicy> holder = registry.find(policy.id());
      if (holder.isPresent() && !holder.get().origin().equals(origin(file))) {
        problems = List.of(new Problem(name, 0, 0, "id", "the policy id '" + policy.id() + "' is already served from "
            + holder.get().origin() + ": give this policy its own id"));
        policy = null;
      }
    }
    seen.put(file, new Seen(digest, policy == null ? previousId : policy.id()));
    if (policy == null) {
      failing.put(name, new ReloadError(Instant.now(), name, problems));
      String serving = previousId == null ? "it is not served"
          : registry.find(previousId).map(p -> "policy '" + p.id() + "' version " + p.version() + " still serves").orElse("it is not served");
      StringBuilder s = new StringBuilder("Kaohe: the edit of " + name + " in " + folder + " is not taken (" + serving + "); "
          + (problems.size() == 1 ? "1 problem:" : problems.size() + " problems:"));
      problems.forEach(p -> s.append("\n  ").append(p));
      log.error(s);
      return;
    }
    l.warnings().forEach(w -> log.warn("Kaohe policy " + name + ": " + w));
    // The error goes before the new version comes: the health endpoint reads both without this
    // lock, and must never show the corrected policy serving beside the error it corrected.
    failing.remove(name);
    Optional<RegisteredPolicy> replaced = registry.put(new RegisteredPolicy(policy, origin(file), Instant.now()));
    if (previousId != null && !previousId.equals(policy.id())) {
      removeIfFrom(previousId, file);
    }
    reloads.incrementAndGet();
    log.info("Kaohe: " + name + " reloaded: policy '" + policy.id() + "' version " + policy.version()
        + replaced.map(r -> " (was " + r.version() + ")").orElse(" (new)"));
  }

  private void removed(Path file) {
    Seen before = seen.remove(file);
    failing.remove(name(file));
    if (before != null && before.policyId() != null) {
      removeIfFrom(before.policyId(), file);
    }
  }

  private void removeIfFrom(String id, Path file) {
    Optional<RegisteredPolicy> p = registry.find(id);
    if (p.isPresent() && p.get().origin().equals(origin(file))) {
      registry.remove(id);
      log.warn("Kaohe: " + name(file) + " is gone from " + folder + ": policy '" + id + "' is no longer served");
    }
  }

  /**
   * The policy files of the folder and their bytes (a file over the size limit by its size and
   * time, so that the limit is reported once per edit), and the files that cannot be read now,
   * left for the next check; null if the folder cannot be listed.
   */
  private record Contents(Map<Path, byte[]> files, Set<Path> unreadable) {}

  private @Nullable Contents read() {
    List<Path> paths;
    try (Stream<Path> list = Files.list(folder)) {
      paths = list.filter(PolicyFolderWatcher::isPolicyFile).sorted().toList();
    } catch (IOException | RuntimeException e) {
      log.warn("Kaohe: cannot list " + folder + ": " + e);
      return null;
    }
    Map<Path, byte[]> files = new LinkedHashMap<>();
    Set<Path> unreadable = new HashSet<>();
    for (Path p : paths) {
      try {
        long size = Files.size(p);
        files.put(p, size <= sources.maxBytes() ? Files.readAllBytes(p)
            : ("too large " + size + " " + Files.getLastModifiedTime(p)).getBytes(StandardCharsets.UTF_8));
      } catch (IOException e) {
        log.debug("Kaohe: cannot read " + p + " now: " + e);
        unreadable.add(p);
      }
    }
    return new Contents(files, unreadable);
  }

  private static boolean isPolicyFile(Path p) {
    String n = name(p);
    return Files.isRegularFile(p) && !n.startsWith(".") && (n.endsWith(".yaml") || n.endsWith(".yml"))
        && !n.endsWith(".tests.yaml") && !n.endsWith(".tests.yml");
  }

  private static String name(Path p) {
    return p.getFileName() == null ? p.toString() : p.getFileName().toString();
  }

  private String origin(Path file) {
    return "file:" + file.toAbsolutePath().normalize();
  }

  private static String digest(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  // ---- the watching thread

  @Override
  public void start() {
    running = true;
    Thread t = new Thread(this::watch, "kaohe-policy-reload");
    t.setDaemon(true);
    thread = t;
    t.start();
    log.info("Kaohe: watching " + folder + " for edited policies");
  }

  @Override
  public void stop() {
    running = false;
    Thread t = thread;
    if (t != null) {
      t.interrupt();
      try {
        t.join(2000);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    thread = null;
  }

  @Override
  public boolean isRunning() {
    return running;
  }

  private void watch() {
    try (WatchService ws = folder.getFileSystem().newWatchService()) {
      folder.register(ws, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY,
          StandardWatchEventKinds.ENTRY_DELETE);
      while (running) {
        WatchKey key = ws.poll(pollInterval.toMillis(), TimeUnit.MILLISECONDS);
        if (key != null) {
          // Wait until the folder is quiet, so that a file being written is read whole.
          do {
            key.pollEvents();
            key.reset();
          } while ((key = ws.poll(quietPeriod.toMillis(), TimeUnit.MILLISECONDS)) != null);
        }
        checkSafely();
      }
    } catch (InterruptedException | ClosedWatchServiceException e) {
      Thread.currentThread().interrupt();
    } catch (IOException | RuntimeException e) {
      log.warn("Kaohe: cannot watch " + folder + " (" + e + "): checking it every " + pollInterval + " instead");
      poll();
    }
  }

  private void poll() {
    while (running) {
      try {
        Thread.sleep(pollInterval.toMillis());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
      checkSafely();
    }
  }

  private void checkSafely() {
    try {
      check();
    } catch (RuntimeException e) {
      log.error("Kaohe: checking " + folder + " failed", e);
    }
  }
}
