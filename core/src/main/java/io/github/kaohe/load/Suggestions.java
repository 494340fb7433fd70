package io.github.kaohe.load;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;

/** "Did you mean ...?" for misspelt keys and names. */
final class Suggestions {
  private Suggestions() {}

  /** The closest candidate, if it is close enough to be a likely typo. */
  static Optional<String> closest(String given, Collection<String> candidates) {
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    String g = given.toLowerCase(Locale.ROOT);
    for (String c : candidates) {
      int d = distance(g, c.toLowerCase(Locale.ROOT));
      if (d < bestDistance) {
        best = c;
        bestDistance = d;
      }
    }
    int allowed = Math.max(2, given.length() / 3);
    if (best != null && bestDistance <= allowed) {
      return Optional.of(best);
    }
    // A word cut short ("proportional" for "proportional-to-best") is a likely mistake too.
    for (String c : candidates) {
      if (g.length() >= 4 && c.toLowerCase(Locale.ROOT).startsWith(g)) {
        return Optional.of(c);
      }
    }
    return Optional.empty();
  }

  /** " — did you mean 'x'?" or nothing. */
  static String didYouMean(String given, Collection<String> candidates) {
    return closest(given, candidates).map(c -> ": did you mean '" + c + "'?").orElse("");
  }

  /** Damerau–Levenshtein distance (optimal string alignment), so "wieght" is 1 from "weight". */
  static int distance(String a, String b) {
    int[][] d = new int[a.length() + 1][b.length() + 1];
    for (int i = 0; i <= a.length(); i++) {
      d[i][0] = i;
    }
    for (int j = 0; j <= b.length(); j++) {
      d[0][j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
        if (i > 1
            && j > 1
            && a.charAt(i - 1) == b.charAt(j - 2)
            && a.charAt(i - 2) == b.charAt(j - 1)) {
          d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
        }
      }
    }
    return d[a.length()][b.length()];
  }
}
