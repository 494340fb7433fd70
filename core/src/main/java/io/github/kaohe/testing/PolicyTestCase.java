package io.github.kaohe.testing;

import java.util.Objects;

/**
 * One case of a {@link PolicyTestSuite}: its name and where it is written. Run it with
 * {@link PolicyTestSuite#run(PolicyTestCase)}.
 *
 * <p>Immutable.
 */
public final class PolicyTestCase {
  private final CaseSpec spec;
  private final int index;

  PolicyTestCase(CaseSpec spec, int index) {
    this.spec = Objects.requireNonNull(spec, "spec");
    this.index = index;
  }

  CaseSpec spec() {
    return spec;
  }

  /** The case's position in its file, from 0. */
  public int index() {
    return index;
  }

  /** The case's name, unique in its file. */
  public String name() {
    return spec.name();
  }

  /** The test file's name. */
  public String file() {
    return spec.where().file();
  }

  /** The line the case starts at. */
  public int line() {
    return spec.where().line();
  }

  /** The column the case starts at. */
  public int column() {
    return spec.where().column();
  }

  /** Whether the case expects an error rather than results. */
  public boolean expectsError() {
    return spec.expectError().isPresent();
  }

  @Override
  public String toString() {
    return spec.where() + ": " + name();
  }
}
