package io.github.kaohe.spring;

import io.github.kaohe.Policies;
import io.github.kaohe.load.LoadLimits;
import io.github.kaohe.load.PolicyException;
import io.github.kaohe.load.PolicyLoader;
import io.github.kaohe.load.Problem;
import io.github.kaohe.load.Validation;
import io.github.kaohe.model.Policy;
import io.github.kaohe.spi.PolicyProvider;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.core.io.Resource;
import org.springframework.core.io.ResourceLoader;
import org.springframework.util.unit.DataSize;

/**
 * Loads and validates policies from the locations configuration names: a bundled policy's id
 * ({@code kaifeng-2014}), a {@code classpath:} resource or a {@code file:} (or a plain path to a
 * {@code .yaml} file). Every problem is returned, none thrown. Locations come from configuration
 * only, never from a request.
 */
public final class PolicySources {
  private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");

  private final ResourceLoader resources;
  private final PolicyLoader loader;
  private final long maxBytes;

  /**
   * @param resources resolves {@code classpath:} and {@code file:} locations
   * @param maxPolicySize the largest YAML file read
   */
  public PolicySources(ResourceLoader resources, DataSize maxPolicySize) {
    this.resources = Objects.requireNonNull(resources, "resources");
    this.maxBytes = maxPolicySize.toBytes();
    LoadLimits d = LoadLimits.defaults();
    int chars = (int) Math.max(1, Math.min(Integer.MAX_VALUE / 4 - 1, maxBytes));
    this.loader = PolicyLoader.withLimits(new LoadLimits(chars, d.maxDepth(), d.maxAliases(), d.maxNodes()));
  }

  /**
   * What loading one location gave.
   *
   * @param location the location as configured
   * @param policy the policy, when it has no error
   * @param problems its errors and warnings, each with file, line and column where known
   */
  public record Loaded(String location, @Nullable Policy policy, List<Problem> problems) {
    public Loaded {
      Objects.requireNonNull(location, "location");
      problems = List.copyOf(problems);
    }

    /** Whether the policy loaded without errors (warnings allowed). */
    public boolean valid() {
      return policy != null && errors().isEmpty();
    }

    public List<Problem> errors() {
      return problems.stream().filter(Problem::isError).toList();
    }

    public List<Problem> warnings() {
      return problems.stream().filter(p -> !p.isError()).toList();
    }

    /** The same, under another location. */
    Loaded withLocation(String other) {
      return new Loaded(other, policy, problems);
    }

    /** Every error, one a line, as the loader writes them: {@code file:line:column: path: message}. */
    public String describeErrors() {
      List<Problem> errors = errors();
      StringBuilder s = new StringBuilder(location)
          .append(errors.size() == 1 ? " has 1 problem:" : " has " + errors.size() + " problems:");
      errors.forEach(p -> s.append("\n  ").append(p));
      return s.toString();
    }
  }

  /** Loads the policy at a configured location. */
  public Loaded load(String location) {
    String l = location.strip();
    try {
      if (l.startsWith("classpath:")) {
        return classpath(location, resources.getResource(l));
      }
      if (l.startsWith("file:")) {
        return file(location, resources.getResource(l).getFile().toPath());
      }
      if (l.contains("/") || l.contains("\\") || l.endsWith(".yaml") || l.endsWith(".yml") || !ID.matcher(l).matches()) {
        return file(location, Path.of(l));
      }
      return bundled(location, l);
    } catch (IOException | RuntimeException e) {
      return failed(location, location, "cannot load the policy: " + e.getMessage());
    }
  }

  /** Loads a policy file, as the reload folder's watcher does. */
  public Loaded file(String location, Path file) {
    String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
    try {
      if (!Files.isRegularFile(file)) {
        return failed(location, name, "there is no file " + file.toAbsolutePath());
      }
      if (Files.size(file) > maxBytes) {
        return tooLarge(location, name);
      }
    } catch (IOException e) {
      return failed(location, name, "cannot read the file: " + e.getMessage());
    }
    Validation v = loader.validate(file);
    return new Loaded(location, v.policy().orElse(null), v.problems());
  }

  /** Checks a policy's YAML text, as the validate endpoint does: every error and warning. */
  public Loaded text(byte[] yaml, String name) {
    if (yaml.length > maxBytes) {
      return tooLarge(name, name);
    }
    String text;
    try {
      text = StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(yaml))
          .toString();
    } catch (CharacterCodingException e) {
      return failed(name, name, "the file is not UTF-8 text: save it as UTF-8 (policies are UTF-8, like all YAML)");
    }
    Validation v = loader.validate(text, name);
    return new Loaded(name, v.policy().orElse(null), v.problems());
  }

  /** The largest YAML file read, in bytes. */
  public long maxBytes() {
    return maxBytes;
  }

  private Loaded classpath(String location, Resource resource) throws IOException {
    String name = Optional.ofNullable(resource.getFilename()).orElse(location);
    if (!resource.exists()) {
      return failed(location, name, "there is no class-path resource " + location);
    }
    byte[] bytes;
    try (InputStream in = resource.getInputStream()) {
      bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
    }
    return text(bytes, name).withLocation(location);
  }

  private Loaded bundled(String location, String id) {
    Optional<PolicyProvider> provider = Policies.find(id);
    if (provider.isEmpty()) {
      List<String> ids = Policies.ids();
      return failed(location, id, "no policy '" + id + "' is bundled on the class path ("
          + (ids.isEmpty() ? "no policy module is" : "bundled: " + String.join(", ", ids))
          + "); add its module as a dependency, or name a YAML file as classpath:… or file:…");
    }
    try {
      return new Loaded(location, provider.get().load(), List.of());
    } catch (PolicyException e) {
      return new Loaded(location, null, e.problems());
    }
  }

  private Loaded tooLarge(String location, String name) {
    return failed(location, name, "the file is larger than kaohe.max-policy-size (" + DataSize.ofBytes(maxBytes) + ")");
  }

  private static Loaded failed(String location, String file, String message) {
    return new Loaded(location, null, List.of(new Problem(file, 0, 0, "", message)));
  }
}
