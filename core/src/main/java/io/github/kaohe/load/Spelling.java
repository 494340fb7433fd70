package io.github.kaohe.load;

import java.util.Collection;
import java.util.Optional;

/**
 * "Did you mean …?" as the policy loader suggests it, for readers of Kaohe's other YAML files and
 * for tools that resolve names a person typed.
 */
public final class Spelling {
  private Spelling() {}

  /** The candidate the text was probably meant to be: a close misspelling, or a word cut short. */
  public static Optional<String> closest(String given, Collection<String> candidates) {
    return Suggestions.closest(given, candidates);
  }

  /** {@code ": did you mean 'x'?"}, or nothing when no candidate is close. */
  public static String didYouMean(String given, Collection<String> candidates) {
    return Suggestions.didYouMean(given, candidates);
  }
}
