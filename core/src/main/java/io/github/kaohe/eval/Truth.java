package io.github.kaohe.eval;

import io.github.kaohe.model.Label;

/** A condition's verdict: true, false, or not evaluable (with the reason). */
record Truth(Kind kind, Label why) {
  enum Kind {
    TRUE,
    FALSE,
    UNKNOWN
  }

  static final Truth TRUE = new Truth(Kind.TRUE, Label.of("成立", "true"));
  static final Truth FALSE = new Truth(Kind.FALSE, Label.of("不成立", "false"));

  static Truth unknown(Label why) {
    return new Truth(Kind.UNKNOWN, why);
  }

  static Truth of(boolean b) {
    return b ? TRUE : FALSE;
  }

  boolean isTrue() {
    return kind == Kind.TRUE;
  }

  boolean isFalse() {
    return kind == Kind.FALSE;
  }

  /** Both hold: false wins over unknown, unknown over true. */
  Truth and(Truth other) {
    if (isFalse() || other.isFalse()) {
      return FALSE;
    }
    if (kind == Kind.UNKNOWN) {
      return this;
    }
    return other;
  }
}
