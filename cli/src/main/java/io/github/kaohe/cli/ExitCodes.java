package io.github.kaohe.cli;

/** The exit codes of every command, and their lines in {@code --help}. */
final class ExitCodes {
  static final int OK = 0;
  /** The policy is invalid, or the data could not be evaluated under it. */
  static final int INVALID = 1;
  /** The command line or the input data is wrong. */
  static final int BAD_INPUT = 2;

  static final String HEADING = "%nExit codes:%n";
  static final String OK_LINE = "0:ok";
  static final String INVALID_LINE = "1:invalid policy or failed evaluation";
  static final String BAD_INPUT_LINE = "2:bad usage or bad input data";

  private ExitCodes() {}
}
