package io.github.kaohe.testing;

import io.github.kaohe.Policies;
import io.github.kaohe.load.PolicyLoader;
import io.github.kaohe.model.Policy;
import io.github.kaohe.spi.PolicyProvider;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What a test file refers to: policies (bundled ids or paths relative to the file) and CSV files
 * (relative to the file). A policy is loaded once per suite, and a failure to load it is kept and
 * given to every case that needs it.
 *
 * <p>A file referred to must be beside the test file or in a folder below it, or below the base
 * directory the caller gave ({@link PolicyTestSuite#withBaseDirectory}): {@code ../../etc/shadow},
 * an absolute path or another URL is an error, so that a test file from elsewhere cannot make the
 * runner read files it should not.
 */
final class Sources {
  private final Optional<URL> base;
  /** The folder files must be in (or below), when the caller gave one; else the test file's own. */
  private final Optional<URL> root;
  private final Map<String, Loaded> policies = new ConcurrentHashMap<>();

  /** A policy, or why it could not be loaded. */
  record Loaded(Optional<Policy> policy, Optional<RuntimeException> failure) {
    Policy get() {
      if (failure.isPresent()) {
        throw failure.get();
      }
      return policy.orElseThrow();
    }
  }

  Sources(Optional<URL> base) {
    this(base, Optional.empty());
  }

  Sources(Optional<URL> base, Optional<URL> root) {
    this.base = base;
    this.root = root;
  }

  /** The same test file, whose references may be anywhere below this folder. */
  Sources withRoot(URL folder) {
    return new Sources(base, Optional.of(folder));
  }

  Optional<URL> base() {
    return base;
  }

  /** The policy a reference names: a bundled id, else a YAML file relative to the test file. */
  Loaded policy(Inline ref) {
    return policies.computeIfAbsent(ref.text(), r -> {
      try {
        return new Loaded(Optional.of(loadPolicy(ref)), Optional.empty());
      } catch (RuntimeException e) {
        return new Loaded(Optional.empty(), Optional.of(e));
      }
    });
  }

  private Policy loadPolicy(Inline ref) {
    Optional<PolicyProvider> bundled = Policies.find(ref.text());
    if (bundled.isPresent()) {
      return bundled.get().load();
    }
    URL url = resolve(ref);
    String name = ref.text().substring(ref.text().lastIndexOf('/') + 1);
    if (!exists(url)) {
      throw new CaseError(ref.where() + ": " + ref.path() + ": no bundled policy '" + ref.text()
          + "' and no file " + shown(url) + (Policies.ids().isEmpty() ? "" : "; bundled: " + Policies.ids()));
    }
    return PolicyLoader.create().load(url, name);
  }

  /** The text of a file relative to the test file, as UTF-8. */
  String text(Inline ref) {
    URL url = resolve(ref);
    try (InputStream in = url.openStream()) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new CaseError(ref.where() + ": " + ref.path() + ": cannot read " + shown(url) + ": " + e.getMessage());
    }
  }

  private URL resolve(Inline ref) {
    if (base.isEmpty()) {
      throw new CaseError(ref.where() + ": " + ref.path() + ": '" + ref.text()
          + "' is relative to the test file, but the tests were not read from a file or URL");
    }
    URL url;
    URL folder;
    try {
      url = new URL(base.get(), escaped(ref.text()));
      folder = root.isPresent() ? root.get() : new URL(base.get(), ".");
    } catch (MalformedURLException e) {
      throw new CaseError(ref.where() + ": " + ref.path() + ": '" + ref.text() + "' is not a path: " + e.getMessage());
    }
    if (!within(url, folder)) {
      throw new CaseError(ref.where() + ": " + ref.path() + ": '" + ref.text() + "' is outside "
          + (root.isPresent() ? "the base directory " + folder : "the test file's folder")
          + ": a test file refers only to files beside it or in folders below it"
          + (root.isPresent() ? "" : " (a runner may allow a wider folder: PolicyTestSuite.withBaseDirectory)"));
    }
    return url;
  }

  /**
   * A reference as a relative URL. A test file names files by their paths, so the characters a URL
   * reads otherwise are escaped: {@code %} (else {@code 100%.csv} is a broken escape), {@code #} and
   * {@code ?} (else the rest of the name is a fragment or a query) and spaces.
   */
  static String escaped(String path) {
    StringBuilder out = new StringBuilder(path.length());
    for (char c : path.toCharArray()) {
      switch (c) {
        case '%' -> out.append("%25");
        case '#' -> out.append("%23");
        case '?' -> out.append("%3F");
        case ' ' -> out.append("%20");
        default -> out.append(c);
      }
    }
    return out.toString();
  }

  /** A URL as a reader knows it: a file's path, else the address. */
  private static String shown(URL url) {
    if ("file".equals(url.getProtocol())) {
      try {
        return path(url).toString();
      } catch (URISyntaxException | IllegalArgumentException e) {
        return url.toString();
      }
    }
    return url.toString();
  }

  /** Whether the URL is in the folder or below it; for files, once links are followed too. */
  static boolean within(URL url, URL folder) {
    if ("file".equals(url.getProtocol()) && "file".equals(folder.getProtocol())) {
      try {
        Path file = path(url).normalize();
        Path dir = Path.of(folder.toURI()).normalize();
        if (!file.startsWith(dir)) {
          return false;
        }
        return !Files.exists(file) || file.toRealPath().startsWith(dir.toRealPath());
      } catch (URISyntaxException | IllegalArgumentException | IOException e) {
        return false;
      }
    }
    String f = folder.toString();
    return url.toString().startsWith(f.endsWith("/") ? f : f + "/");
  }

  /**
   * The file a file URL names. A reference resolved against the test file keeps the characters it
   * was written with, some of which a URI does not allow ({@code my data.csv}): its path is then
   * read as {@code url.openStream()} reads it, with only its %-escapes decoded.
   */
  private static Path path(URL url) throws URISyntaxException {
    try {
      return Path.of(url.toURI());
    } catch (URISyntaxException e) {
      String path = URLDecoder.decode(url.getPath().replace("+", "%2B"), StandardCharsets.UTF_8);
      return Path.of(new URI("file", null, path, null));
    }
  }

  private static boolean exists(URL url) {
    try (InputStream in = url.openStream()) {
      return in != null;
    } catch (IOException | UncheckedIOException e) {
      return false;
    }
  }
}
