package io.github.kaohe.cli;

/**
 * The command line or the input data is wrong in a way the user can fix: an unknown policy or
 * scheme, a missing data file, a period without data. Exit code 2.
 */
final class InputException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  InputException(String message) {
    super(message);
  }

  InputException(String message, Throwable cause) {
    super(message, cause);
  }
}
