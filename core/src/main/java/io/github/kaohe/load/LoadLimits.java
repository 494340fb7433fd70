package io.github.kaohe.load;

/**
 * Limits that keep a hostile or broken file from hanging the loader or exhausting memory.
 *
 * @param maxChars the longest document, in characters
 * @param maxDepth the deepest nesting of maps and lists
 * @param maxAliases the most aliases ({@code *name}) a document may use
 * @param maxNodes the most nodes the document may hold once aliases are expanded
 */
public record LoadLimits(int maxChars, int maxDepth, int maxAliases, int maxNodes) {
  public LoadLimits {
    if (maxChars < 1 || maxDepth < 1 || maxAliases < 0 || maxNodes < 1) {
      throw new IllegalArgumentException("limits must be positive (maxAliases may be 0)");
    }
  }

  /** 4 MiB of text, depth 64, 200 aliases, 500,000 nodes: far beyond any real policy. */
  public static LoadLimits defaults() {
    return new LoadLimits(4 * 1024 * 1024, 64, 200, 500_000);
  }
}
