package io.github.kaohe.cli;

import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Option;

/** {@code --scheme ID}: one scheme of the policy, for every command that assesses or compares. */
final class SchemeOption {
  @Option(
      names = "--scheme",
      paramLabel = "ID",
      description = "The scheme, by its id (see 'kaohe policies'). Default: every scheme that has data.")
  @Nullable String scheme;
}
