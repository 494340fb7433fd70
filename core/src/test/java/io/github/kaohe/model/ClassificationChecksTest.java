package io.github.kaohe.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What classes (等次) by cut-offs and by shares accept and refuse (mutation testing found these unchecked). */
class ClassificationChecksTest {
  private static final Tier NONE = new Tier("none", Label.of("不参评", "None"), Optional.empty(), Optional.empty());

  private static Tier from(String id, String from) {
    return new Tier(id, Label.of(id, id), Optional.of(new BigDecimal(from)), Optional.empty());
  }

  private static Tier share(String id, String share) {
    return new Tier(id, Label.of(id, id), Optional.empty(), Optional.of(new BigDecimal(share)));
  }

  private static Tier rest(String id) {
    return new Tier(id, Label.of(id, id), Optional.empty(), Optional.empty());
  }

  private static Classification cutoffs(Tier... tiers) {
    return new Classification("grade", Label.of("等次", "Grade"), Classification.Basis.CUTOFFS, "result.total",
        List.of(tiers), Optional.empty(), NONE);
  }

  private static Classification shares(Tier... tiers) {
    return new Classification("grade", Label.of("等次", "Grade"), Classification.Basis.SHARES, "result.place",
        List.of(tiers), Optional.empty(), NONE);
  }

  @Test
  void cutOffsFallFromTheBestClassToTheWorstAndOnlyTheLastTakesTheRest() {
    Classification c = cutoffs(from("a", "90"), from("b", "60"), rest("c"));
    assertThat(c.tiers()).extracting(Tier::id).containsExactly("a", "b", "c");
    assertThat(c.counting()).isEqualTo(Classification.Counting.HALF_UP);
    assertThat(c.over()).isEqualTo(MeasureFormula.Over.RANKED);
    assertThat(cutoffs(from("a", "90"), from("b", "60")).tiers()).hasSize(2);
    assertThatThrownBy(() -> cutoffs(from("a", "60"), from("b", "60")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("class 'b': cut-offs must fall from the best class to the worst");
    assertThatThrownBy(() -> cutoffs(rest("a"), from("b", "60")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("class 'a' needs from (only the last class may take the rest)");
    assertThatThrownBy(() -> cutoffs(from("a", "90"), share("b", "0.5")))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("class 'b': cut-offs take from, not share");
  }

  @Test
  void sharesAddUpToAtMostTheWholeAndOnlyTheLastTakesTheRest() {
    assertThat(shares(share("a", "0.3"), share("b", "0.7")).tiers()).hasSize(2);
    assertThat(shares(share("a", "0.3"), rest("b")).tiers()).hasSize(2);
    assertThatThrownBy(() -> shares(share("a", "0.3"), share("b", "0.71")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("the shares of classification 'grade' add up to 1.01, more than 1");
    assertThatThrownBy(() -> shares(rest("a"), share("b", "0.5")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("class 'a' needs share (only the last class may take the rest)");
    assertThatThrownBy(() -> shares(share("a", "0.5"), from("b", "1")))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("class 'b': shares take share, not from");
  }

  @Test
  void classesAreTwoOrMoreDistinctFromEachOtherAndFromTheUnclassed() {
    assertThatThrownBy(() -> cutoffs(rest("a")))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("classification 'grade' needs at least two classes");
    assertThatThrownBy(() -> cutoffs(from("a", "90"), rest("a")))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("class of 'grade' 'a' is declared twice");
    assertThatThrownBy(() -> cutoffs(from("a", "90"), rest("none")))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("the unclassed class 'none' must differ from the classes");
  }

  @Test
  void sharesClassifyOnlyRankedEntities() {
    assertThatThrownBy(() -> new Classification("grade", Label.of("等次", "Grade"), Classification.Basis.SHARES,
            "result.place", List.of(share("a", "0.5"), rest("b")), Optional.empty(), NONE, MeasureFormula.Over.ASSESSED))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("classification 'grade': classes by shares need places, so they classify only ranked entities");
    assertThat(new Classification("grade", Label.of("等次", "Grade"), Classification.Basis.CUTOFFS, "result.total",
        List.of(from("a", "1"), rest("b")), Optional.empty(), NONE, MeasureFormula.Over.ASSESSED).over())
        .isEqualTo(MeasureFormula.Over.ASSESSED);
  }

  @Test
  void aShareLiesInZeroToOneAndAClassTakesFromOrShareNotBoth() {
    assertThat(share("a", "1").share()).contains(BigDecimal.ONE);
    assertThatThrownBy(() -> share("a", "0"))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("share must be in (0, 1], but was 0");
    assertThatThrownBy(() -> share("a", "1.01"))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("share must be in (0, 1], but was 1.01");
    assertThatThrownBy(() -> new Tier("a", Label.of("a", "a"), Optional.of(BigDecimal.ONE), Optional.of(BigDecimal.ONE)))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("class 'a' has both from and share: give one");
    assertThatThrownBy(() -> new Tier("a", Label.of("a", "a"), Optional.of(BigDecimal.ONE), Optional.empty(),
            Optional.of(BigDecimal.ONE)))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("class 'a': atLeast goes with share");
    assertThat(new Tier("a", Label.of("a", "a"), Optional.empty(), Optional.of(BigDecimal.ONE),
        Optional.of(BigDecimal.TEN)).atLeast()).contains(BigDecimal.TEN);
    assertThatThrownBy(() -> new Tier(" ", Label.of("a", "a"), Optional.empty(), Optional.empty()))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("class id must not be blank");
  }
}
