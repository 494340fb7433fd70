package io.github.kaohe.testing;

/**
 * A case cannot run as written: it names an entity, indicator or row the policy does not have, or
 * a file that does not exist. The case fails with this message, which says where and why.
 */
final class CaseError extends RuntimeException {
  private static final long serialVersionUID = 1L;

  CaseError(String message) {
    super(message, null, false, false);
  }
}
