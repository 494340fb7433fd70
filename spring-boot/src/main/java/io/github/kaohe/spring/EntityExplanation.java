package io.github.kaohe.spring;

import io.github.kaohe.eval.EntityResult;
import io.github.kaohe.eval.SchemeResult;
import io.github.kaohe.model.Language;
import java.util.Objects;

/**
 * One entity's result and its explanation: every point down to the formula with its numbers.
 *
 * @param result the scheme's result the entity belongs to
 * @param entity the entity's result
 * @param language the language of {@code text}
 * @param text the explanation ({@link io.github.kaohe.eval.Explanation})
 */
public record EntityExplanation(SchemeResult result, EntityResult entity, Language language, String text) {
  public EntityExplanation {
    Objects.requireNonNull(result, "result");
    Objects.requireNonNull(entity, "entity");
    Objects.requireNonNull(language, "language");
    Objects.requireNonNull(text, "text");
  }
}
