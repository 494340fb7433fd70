package io.github.kaohe.testing;

import io.github.kaohe.load.Spelling;
import io.github.kaohe.model.Scheme;
import java.util.List;

/**
 * A case cannot run as written: it names an entity, indicator or row the policy does not have, or
 * a file that does not exist. The case fails with this message, which says where and why.
 */
final class CaseError extends RuntimeException {
  private static final long serialVersionUID = 1L;

  CaseError(String message) {
    super(message, null, false, false);
  }

  /** {@code file:3:9: scheme 'zones' has no target 'tax-2051': did you mean 'tax-2015'?}. */
  static CaseError unknown(Scheme scheme, String what, String id, Where where, List<String> known) {
    return new CaseError(where + ": scheme '" + scheme.id() + "' has no " + what + " '" + id + "'"
        + Spelling.didYouMean(id, known));
  }
}
