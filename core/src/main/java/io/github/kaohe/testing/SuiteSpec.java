package io.github.kaohe.testing;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A test file as written.
 *
 * @param file the file's name, as it appears in messages
 * @param policy the policy its cases test (a bundled id or a path relative to the file)
 * @param cases the cases, in file order
 */
record SuiteSpec(String file, Optional<Inline> policy, List<CaseSpec> cases) {
  SuiteSpec {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(policy, "policy");
    cases = List.copyOf(cases);
  }
}
