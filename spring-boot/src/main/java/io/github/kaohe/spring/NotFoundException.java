package io.github.kaohe.spring;

import java.util.List;
import java.util.NoSuchElementException;

/**
 * A policy, a scheme of a policy or an entity of a result has no such id (or name). The message
 * names those there are (at most 30).
 */
public final class NotFoundException extends NoSuchElementException {
  private static final long serialVersionUID = 1L;
  private static final int SHOWN = 30;

  private final String kind;
  private final String id;

  private NotFoundException(String kind, String id, String message) {
    super(message);
    this.kind = kind;
    this.id = id;
  }

  /** No policy with this id is registered; {@code known} are those that are. */
  public static NotFoundException policy(String id, List<String> known) {
    return new NotFoundException("policy", id, "no policy '" + id + "' is loaded; policies: " + list(known));
  }

  /** The policy has no scheme with this id. */
  public static NotFoundException scheme(String policy, String id, List<String> known) {
    return new NotFoundException("scheme", id, "policy '" + policy + "' has no scheme '" + id + "'; its schemes: " + list(known));
  }

  /** No entity of the result has this id, name or alias. */
  public static NotFoundException entity(String scheme, String id, List<String> known) {
    return new NotFoundException("entity", id, "the data of scheme '" + scheme + "' have no entity '" + id + "'; entities: " + list(known));
  }

  /** What was not found: {@code policy}, {@code scheme} or {@code entity}. */
  public String kind() {
    return kind;
  }

  /** The id or name asked for. */
  public String id() {
    return id;
  }

  private static String list(List<String> known) {
    if (known.isEmpty()) {
      return "none";
    }
    String shown = String.join(", ", known.subList(0, Math.min(SHOWN, known.size())));
    return known.size() > SHOWN ? shown + ", … (" + known.size() + " in all)" : shown;
  }
}
