package io.github.kaohe.load;

import io.github.kaohe.model.Policy;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import io.github.kaohe.Policies;
import io.github.kaohe.spi.PolicyProvider;
import org.jspecify.annotations.Nullable;
import java.util.Objects;

/**
 * Loads policies from YAML. Strict: an unknown key, a duplicate key, a value of the wrong type, an
 * unknown method or a bad parameter is an error, and so is any inconsistency the model finds
 * (weights that do not add up, ids used twice, references to nothing). Every problem of a file is
 * reported at once, in one {@link PolicyException}.
 *
 * <pre>{@code
 * Policy policy = PolicyLoader.create().load(Path.of("my-policy.yaml"));
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class PolicyLoader {
  private final LoadLimits limits;
  /** The folder every file an overlay extends must be in (or below); null: the overlay's own folder. */
  private final @Nullable Path baseDirectory;

  private PolicyLoader(LoadLimits limits, @Nullable Path baseDirectory) {
    this.limits = limits;
    this.baseDirectory = baseDirectory;
  }

  /** A loader with {@link LoadLimits#defaults() the default limits}. */
  public static PolicyLoader create() {
    return new PolicyLoader(LoadLimits.defaults(), null);
  }

  /** A loader with other limits. */
  public static PolicyLoader withLimits(LoadLimits limits) {
    return new PolicyLoader(Objects.requireNonNull(limits, "limits"), null);
  }

  /**
   * A loader whose overlays may extend any file in this folder or below it. By default an overlay
   * extends only a file beside it or in a folder below it: {@code extends: ../base.yaml} or
   * {@code extends: /etc/…} is an error, so that a policy from elsewhere cannot make the loader read
   * (and quote) files it should not.
   */
  public PolicyLoader withBaseDirectory(Path directory) {
    return new PolicyLoader(limits, Objects.requireNonNull(directory, "directory").toAbsolutePath().normalize());
  }

  /** Loads the policy in this UTF-8 file; an overlay in it may extend a file beside it. */
  public Policy load(Path file) {
    String name = name(file);
    return orThrow(read(text(file, name), name, file.toAbsolutePath().getParent()), name);
  }

  /**
   * Checks the policy in this file: every error and every warning (a fact no rule reads, a row
   * that can never match, a weight of zero, a cap that can never bind, ...).
   */
  public Validation validate(Path file) {
    String name = name(file);
    try {
      return validation(read(text(file, name), name, file.toAbsolutePath().getParent()));
    } catch (PolicyException e) {
      return new Validation(Optional.empty(), e.problems());
    }
  }

  /** Checks a policy's YAML text: every error and every warning. */
  public Validation validate(String yaml, String name) {
    try {
      return validation(read(yaml, name, null));
    } catch (PolicyException e) {
      return new Validation(Optional.empty(), e.problems());
    }
  }

  private static Validation validation(Read r) {
    List<Problem> all = new ArrayList<>(r.problems().all());
    all.addAll(r.problems().warnings());
    return new Validation(r.problems().isEmpty() ? Optional.ofNullable(r.policy()) : Optional.empty(), all);
  }

  private static String name(Path file) {
    return file.getFileName() == null ? file.toString() : file.getFileName().toString();
  }

  private String text(Path file, String name) {
    if (Files.isDirectory(file)) {
      throw fileProblem(name, file + " is a folder, not a policy file");
    }
    if (!Files.exists(file)) {
      throw fileProblem(name, "there is no file " + file);
    }
    byte[] bytes;
    try {
      if (Files.size(file) > limits.maxChars() * 4L) {
        throw fileProblem(name, "the file is larger than the limit of " + limits.maxChars() + " characters");
      }
      bytes = Files.readAllBytes(file);
    } catch (IOException e) {
      throw fileProblem(name, "cannot read the file: "
          + (e instanceof java.nio.file.AccessDeniedException ? "permission denied" : String.valueOf(e.getMessage())));
    }
    return decode(bytes, name);
  }

  /** Loads the policy at this URL, e.g. a class-path resource; {@code name} appears in problems. */
  public Policy load(URL url, String name) {
    try (InputStream in = url.openStream()) {
      return load(in, name);
    } catch (IOException e) {
      throw fileProblem(name, "cannot read " + url + ": " + e);
    }
  }

  /** Loads the policy from this UTF-8 stream, which the caller closes. */
  public Policy load(InputStream in, String name) {
    byte[] bytes;
    try {
      // one byte more than the limit allows, so that decode() sees the input is too large
      bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limits.maxChars() * 4L + 1));
    } catch (IOException e) {
      throw fileProblem(name, "cannot read the input: " + e);
    }
    return load(decode(bytes, name), name);
  }

  /**
   * Loads a policy from YAML text.
   *
   * @param yaml the policy's text
   * @param name the file name or description shown in problems
   * @throws PolicyException listing every problem of the text
   */
  public Policy load(String yaml, String name) {
    return orThrow(read(yaml, name, null), name);
  }

  /** A policy read, or not, and what was found on the way. */
  private record Read(@Nullable Policy policy, Problems problems) {}

  private static Policy orThrow(Read r, String name) {
    if (!r.problems().isEmpty() || r.policy() == null) {
      List<Problem> all = r.problems().all();
      throw new PolicyException(
          all.isEmpty() ? List.of(new Problem(name, 0, 0, "", "the policy could not be read")) : all);
    }
    return r.policy();
  }

  private Read read(String yaml, String name, @Nullable Path dir) {
    Problems problems = new Problems(name);
    Policy policy = null;
    ParsedNode root = tree(yaml, dir, baseDirectory != null ? baseDirectory : dir, problems, 0);
    if (root instanceof ParsedNode.ParsedMap map && map.entries().containsKey("kaohe-tests")) {
      return new Read(null, testFile(name, map));
    }
    if (root != null && problems.isEmpty()) {
      PolicyBinder binder = new PolicyBinder(problems);
      policy = binder.policy(root);
      if (policy != null) {
        Analysis.report(policy, binder.locations(), problems);
      }
    }
    return new Read(policy, problems);
  }

  /** One problem for a policy test file given as a policy, instead of every key it has that a policy has not. */
  private static Problems testFile(String name, ParsedNode.ParsedMap map) {
    Problems problems = new Problems(name);
    problems.add(map.entries().get("kaohe-tests").keyMark(), "kaohe-tests",
        "this is a policy test file (kaohe-tests), not a policy: run it with kaohe test POLICY " + name
            + " (or PolicyTestSuite.load)");
    return problems;
  }

  /**
   * The parsed tree; for an overlay ({@code extends}), merged onto the tree of what it extends.
   *
   * @param dir the folder the file is in, which its {@code extends} is relative to
   * @param allowed the folder that files it extends must be in, or below
   */
  private @Nullable ParsedNode tree(String yaml, @Nullable Path dir, @Nullable Path allowed, Problems problems, int depth) {
    ParsedNode root = new YamlReader(limits, problems).read(stripBom(yaml));
    if (!(root instanceof ParsedNode.ParsedMap map) || !map.entries().containsKey("extends")) {
      return root;
    }
    ParsedNode.Entry ext = map.entries().get("extends");
    if (!(ext.value() instanceof ParsedNode.Scalar target) || target.kind() != ParsedNode.Scalar.Kind.STRING) {
      problems.add(ext.value().mark(), "extends", "extends names a bundled policy id or a YAML file beside this one");
      return null;
    }
    if (depth >= MAX_OVERLAY_DEPTH) {
      problems.add(ext.value().mark(), "extends",
          "overlays extend one another more than " + MAX_OVERLAY_DEPTH + " deep: do they extend each other in a circle?");
      return null;
    }
    for (String key : List.of("id", "version")) {
      if (!map.entries().containsKey(key)) {
        problems.add(map.mark(), key, "an overlay is a policy of its own: give it its own " + key);
      }
    }
    Base base = base(target, dir, allowed, problems);
    if (base == null) {
      return null;
    }
    if (!isPolicy(new YamlReader(limits, new Problems(base.name())).read(stripBom(base.text())))) {
      // Never quote a file that is not a policy: it may be anything (a password file).
      problems.add(target.mark(), "extends",
          base.name() + " is not a Kaohe policy (a policy is a YAML map that starts with 'kaohe: 1'):"
              + " extend a policy file, or a bundled policy's id");
      return null;
    }
    Problems baseProblems = new Problems(base.name());
    ParsedNode baseRoot = tree(base.text(), base.dir(), baseDirectory != null ? baseDirectory : base.dir(),
        baseProblems, depth + 1);
    if (baseRoot == null || !baseProblems.isEmpty()) {
      problems.add(target.mark(), "extends", "the policy it extends, " + base.name() + ", has problems of its own:");
      baseProblems.all().forEach(p -> problems.add(new Mark(p.line(), p.column(), p.file()), p.path(), p.message()));
      return null;
    }
    return new Overlay(problems).merge(Overlay.inFile(baseRoot, base.name()), root, "");
  }

  private static final int MAX_OVERLAY_DEPTH = 5;

  /** Whether the tree is a policy's: a map with a {@code kaohe} version key. */
  private static boolean isPolicy(@Nullable ParsedNode root) {
    return root instanceof ParsedNode.ParsedMap map && map.entries().containsKey("kaohe");
  }

  /** The text an overlay extends, its name, and the folder its own {@code extends} is relative to. */
  private record Base(String text, String name, @Nullable Path dir) {}

  private @Nullable Base base(ParsedNode.Scalar target, @Nullable Path dir, @Nullable Path root, Problems problems) {
    String t = target.text();
    if (t.endsWith(".yaml") || t.endsWith(".yml") || t.contains("/") || t.contains("\\")) {
      if (dir == null || root == null) {
        problems.add(target.mark(), "extends",
            "a file can be extended only by an overlay loaded from a file; name a bundled policy instead");
        return null;
      }
      Path file;
      try {
        file = dir.resolve(t).normalize();
      } catch (java.nio.file.InvalidPathException e) {
        problems.add(target.mark(), "extends", "'" + t + "' is not a file name");
        return null;
      }
      if (!within(file, root)) {
        problems.add(target.mark(), "extends",
            "'" + t + "' is outside " + (baseDirectory != null ? "the base directory " + root : "this policy's folder")
                + ": a policy extends only a file beside it or in a folder below it, or a bundled policy"
                + (baseDirectory != null ? "" : " (an application may allow a wider folder: PolicyLoader.withBaseDirectory)"));
        return null;
      }
      if (Files.isDirectory(file)) {
        problems.add(target.mark(), "extends", file + " is a folder: name the policy file in it");
        return null;
      }
      if (!Files.isRegularFile(file)) {
        problems.add(target.mark(), "extends", "there is no file " + file + " to extend");
        return null;
      }
      try {
        return new Base(text(file, name(file)), name(file), file.getParent());
      } catch (PolicyException e) {
        problems.add(target.mark(), "extends", e.problems().get(0).message());
        return null;
      }
    }
    Optional<PolicyProvider> provider = Policies.find(t);
    Optional<URL> url = provider.flatMap(PolicyProvider::yaml);
    if (url.isEmpty()) {
      problems.add(target.mark(), "extends",
          "no bundled policy '" + t + "' offers its YAML to extend" + Suggestions.didYouMean(t, Policies.ids())
              + (Policies.ids().isEmpty()
                  ? " (no policy module is on the class path)"
                  : " (bundled: " + String.join(", ", Policies.ids()) + ")")
              + "; or name a .yaml file beside this one");
      return null;
    }
    try (InputStream in = url.get().openStream()) {
      return new Base(decode(in.readNBytes(limits.maxChars() * 4 + 1), t), t + ".yaml", null);
    } catch (IOException e) {
      problems.add(target.mark(), "extends", "cannot read the bundled policy " + t + ": " + e);
      return null;
    }
  }

  /** Whether the file is in the folder or below it, once links are followed too. */
  private static boolean within(Path file, Path folder) {
    Path f = folder.toAbsolutePath().normalize();
    if (!file.toAbsolutePath().normalize().startsWith(f)) {
      return false;
    }
    try {
      return !Files.exists(file) || file.toRealPath().startsWith(f.toRealPath());
    } catch (IOException e) {
      return false;
    }
  }

  /** The errors of this YAML text, empty when it loads (warnings aside: see {@link #validate}). */
  public List<Problem> check(String yaml, String name) {
    return validate(yaml, name).errors();
  }

  private static String stripBom(String text) {
    return text.startsWith("\uFEFF") ? text.substring(1) : text;
  }

  private String decode(byte[] bytes, String name) {
    if (bytes.length > limits.maxChars() * 4L) {
      throw fileProblem(name, "the input is larger than the limit of " + limits.maxChars() + " characters");
    }
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
    } catch (CharacterCodingException e) {
      throw fileProblem(
          name, "the file is not UTF-8 text: save it as UTF-8 (policies are UTF-8, like all YAML)");
    }
  }

  private static PolicyException fileProblem(String name, String message) {
    return new PolicyException(List.of(new Problem(name, 0, 0, "", message)));
  }
}
