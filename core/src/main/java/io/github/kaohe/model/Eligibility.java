package io.github.kaohe.model;

import java.util.Objects;

/**
 * A named eligibility an entity holds unless a rule revokes it, e.g. eligibility for awards
 * (评先资格). Tables that require it give nothing to an entity that lost it.
 */
public record Eligibility(String id, Label name) {
  public Eligibility {
    Checks.id(id, "eligibility id");
    Objects.requireNonNull(name, "name");
  }
}
