package io.github.kaohe.load;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.kaohe.load.ParsedNode.Scalar;
import org.junit.jupiter.api.Test;

/** Where an offset of a formula's text stands in its file: the line and column a problem is shown at. */
class FormulaPositionsTest {
  private static final Scalar ONE_LINE = new Scalar(new Mark(3, 10), "tax / land", Scalar.Kind.STRING);
  private static final Scalar TWO_LINES = new Scalar(new Mark(3, 10), "tax +\n  land / 0", Scalar.Kind.STRING);

  @Test
  void anOffsetOnTheFirstLineCountsFromTheFormulasColumn() {
    assertThat(FormulaBinder.at(ONE_LINE, 0)).isEqualTo(new Mark(3, 10));
    assertThat(FormulaBinder.at(ONE_LINE, 6)).isEqualTo(new Mark(3, 16));
  }

  @Test
  void anOffsetOnALaterLineCountsFromThatLinesStart() {
    assertThat(FormulaBinder.at(TWO_LINES, 5)).as("the line break itself").isEqualTo(new Mark(3, 15));
    assertThat(FormulaBinder.at(TWO_LINES, 6)).as("just after it").isEqualTo(new Mark(4, 1));
    assertThat(FormulaBinder.at(TWO_LINES, 8)).as("land").isEqualTo(new Mark(4, 3));
    assertThat(FormulaBinder.at(TWO_LINES, 15)).as("the 0").isEqualTo(new Mark(4, 10));
  }

  @Test
  void anOffsetBeyondTheTextStaysOnItsLastLineAndTheFileIsKept() {
    Scalar inFile = new Scalar(new Mark(3, 10, "county.yaml"), "tax +\n  land", Scalar.Kind.STRING);
    assertThat(FormulaBinder.at(inFile, 40)).isEqualTo(new Mark(4, 35, "county.yaml"));
    assertThat(FormulaBinder.at(ONE_LINE, 6).file()).isNull();
  }
}
