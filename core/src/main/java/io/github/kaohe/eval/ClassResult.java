package io.github.kaohe.eval;

import io.github.kaohe.model.Label;
import java.util.Objects;

/**
 * The class an entity was given by a classification.
 *
 * @param classification the classification's id
 * @param tier the class's id, e.g. {@code A}, or the unclassed class
 * @param name the class's name
 * @param classified false when the entity got the unclassed class
 * @param reason why, in words (the value and the cut-off, or the place and the share)
 */
public record ClassResult(String classification, String tier, Label name, boolean classified, Label reason) {
  public ClassResult {
    Objects.requireNonNull(classification);
    Objects.requireNonNull(tier);
    Objects.requireNonNull(name);
    Objects.requireNonNull(reason);
  }
}
