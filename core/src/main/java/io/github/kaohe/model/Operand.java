package io.github.kaohe.model;

import java.math.BigDecimal;
import java.util.Objects;

/** What a condition compares an input with: a number, a word (true, an enumeration value), or another input. */
public sealed interface Operand permits Operand.Number, Operand.Word, Operand.Input {

  /** A decimal number. */
  record Number(BigDecimal value) implements Operand {
    public Number {
      Objects.requireNonNull(value, "value");
    }

    @Override
    public String toString() {
      return value.toPlainString();
    }
  }

  /** A word: {@code true}, {@code false}, or a value of an enumeration fact. */
  record Word(String text) implements Operand {
    public Word {
      Checks.text(text, "word");
    }

    @Override
    public String toString() {
      return text;
    }
  }

  /** The value of another input of the same table, e.g. the city average. */
  record Input(String input) implements Operand {
    public Input {
      Checks.id(input, "input");
    }

    @Override
    public String toString() {
      return input;
    }
  }

  static Operand of(BigDecimal value) {
    return new Number(value);
  }
}
