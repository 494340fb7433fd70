package io.github.kaohe.load;

import io.github.kaohe.model.Policy;
import io.github.kaohe.model.TableAnalysis;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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

  private PolicyLoader(LoadLimits limits) {
    this.limits = limits;
  }

  /** A loader with {@link LoadLimits#defaults() the default limits}. */
  public static PolicyLoader create() {
    return new PolicyLoader(LoadLimits.defaults());
  }

  /** A loader with other limits. */
  public static PolicyLoader withLimits(LoadLimits limits) {
    return new PolicyLoader(Objects.requireNonNull(limits, "limits"));
  }

  /** Loads the policy in this UTF-8 file. */
  public Policy load(Path file) {
    String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
    byte[] bytes;
    try {
      if (Files.size(file) > limits.maxChars() * 4L) {
        throw fileProblem(name, "the file is larger than the limit of " + limits.maxChars() + " characters");
      }
      bytes = Files.readAllBytes(file);
    } catch (IOException e) {
      throw fileProblem(name, "cannot read the file: " + e);
    }
    return load(decode(bytes, name), name);
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
    Problems problems = new Problems(name);
    Policy policy = null;
    ParsedNode root = new YamlReader(limits, problems).read(stripBom(yaml));
    if (root != null) {
      PolicyBinder binder = new PolicyBinder(problems);
      policy = binder.policy(root);
      if (policy != null) {
        Analysis.report(policy, binder.locations(), problems, TableAnalysis.Severity.ERROR);
      }
    }
    if (!problems.isEmpty() || policy == null) {
      List<Problem> all = problems.all();
      throw new PolicyException(
          all.isEmpty() ? List.of(new Problem(name, 0, 0, "", "the policy could not be read")) : all);
    }
    return policy;
  }

  /** The problems of this YAML text, empty when it loads. */
  public List<Problem> check(String yaml, String name) {
    try {
      load(yaml, name);
      return List.of();
    } catch (PolicyException e) {
      return e.problems();
    }
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
