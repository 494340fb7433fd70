package io.github.kaohe.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@link Staging}: entries, where their rows were, bad entries left out, and attributes from the last good entry. */
class StagingTest {
  private static final Period Y2014 = Period.year(2014);
  private static final Period Y2015 = Period.year(2015);
  private static final BigDecimal TWO = BigDecimal.valueOf(2);

  @Test
  void anEntryIsOpenedOnceAndThenGivesItsRowNegated() {
    Staging s = new Staging();

    assertThat(s.enter("a", Y2015, "", 2, true)).isEqualTo(0);
    assertThat(s.enter("b", Y2015, "", 3, false)).isEqualTo(1);
    assertThat(s.enter("a", Y2015, "", 4, false)).isEqualTo(-1);
    assertThat(s.enter("b", Y2015, "", 5, true)).isEqualTo(-2);
    assertThat(s.enter("a", Y2014, "", 6, false)).isEqualTo(0); // another period: a new entry
  }

  @Test
  void anEntryRemembersWhetherAWideRowOpenedIt() {
    Staging s = new Staging();
    s.enter("a", Y2015, "", 2, true);
    s.enter("b", Y2015, "", 3, false);
    s.enter("b", Y2014, "", 4, true);

    assertThat(s.wide(0, Y2015)).isTrue();
    assertThat(s.wide(1, Y2015)).isFalse();
    assertThat(s.wide(1, Y2014)).isTrue();
    assertThat(s.wide(0, Y2014)).isFalse();
  }

  @Test
  void anEntryRemembersTheSheetAndRowOfItsFirstRow() {
    Staging s = new Staging();
    s.enter("a", Y2015, "甲", 2, true);
    s.enter("b", Y2015, "乙", 3, true);
    s.enter("c", Y2015, "甲", 4, true);
    s.enter("d", Y2015, "乙", 70_000, true);

    assertThat(s.place(0, Y2015)).isEqualTo(new Staging.Place("甲", 2));
    assertThat(s.place(1, Y2015)).isEqualTo(new Staging.Place("乙", 3));
    assertThat(s.place(2, Y2015)).isEqualTo(new Staging.Place("甲", 4));
    assertThat(s.place(3, Y2015)).isEqualTo(new Staging.Place("乙", 70_000));
  }

  @Test
  void aPlaceIsShownWithItsSheetOnlyFromAnotherSheet() {
    assertThat(new Staging.Place("", 3).shownFrom("")).isEqualTo("row 3");
    assertThat(new Staging.Place("", 3).shownFrom("甲")).isEqualTo("row 3");
    assertThat(new Staging.Place("甲", 3).shownFrom("甲")).isEqualTo("row 3");
    assertThat(new Staging.Place("甲", 3).shownFrom("乙")).isEqualTo("sheet 甲, row 3");
  }

  @Test
  void manyEntriesKeepTheirPlacesAndFlags() {
    Staging s = new Staging();
    for (int i = 0; i < 300; i++) {
      assertThat(s.enter("e" + i, Y2015, "", i + 2, i % 2 == 0)).isEqualTo(i);
    }

    assertThat(s.place(299, Y2015)).isEqualTo(new Staging.Place("", 301));
    assertThat(s.place(130, Y2015)).isEqualTo(new Staging.Place("", 132));
    assertThat(s.wide(298, Y2015)).isTrue();
    assertThat(s.wide(299, Y2015)).isFalse();
    assertThat(s.enter("e299", Y2015, "", 999, true)).isEqualTo(-300);
    assertThat(s.build().entitiesIn(Y2015)).hasSize(300);
  }

  @Test
  void aValueGivenByALongSheetIsRememberedPerKeyEntryAndPeriod() {
    Staging s = new Staging();
    for (int i = 0; i < 200; i++) {
      s.enter("e" + i, Y2015, "", i + 2, false);
    }
    s.givenAt(0, Y2015, "tax", new Staging.Place("", 2));
    s.givenAt(150, Y2015, "tax", new Staging.Place("甲", 152));

    assertThat(s.given(0, Y2015, "tax")).isEqualTo(new Staging.Place("", 2));
    assertThat(s.given(150, Y2015, "tax")).isEqualTo(new Staging.Place("甲", 152));
    assertThat(s.given(1, Y2015, "tax")).isNull();
    assertThat(s.given(199, Y2015, "tax")).isNull();
    assertThat(s.given(0, Y2015, "growth")).isNull();
    assertThat(s.given(0, Y2014, "tax")).isNull();
  }

  @Test
  void aValueGivenFirstForALateEntryGrowsItsPlaces() {
    Staging s = new Staging();
    for (int i = 0; i < 200; i++) {
      s.enter("e" + i, Y2015, "", i + 2, false);
    }
    s.givenAt(100, Y2015, "tax", new Staging.Place("", 102));
    s.givenAt(199, Y2015, "tax", new Staging.Place("", 201));
    s.givenAt(5, Y2015, "tax", new Staging.Place("", 7));

    assertThat(s.given(100, Y2015, "tax")).isEqualTo(new Staging.Place("", 102));
    assertThat(s.given(199, Y2015, "tax")).isEqualTo(new Staging.Place("", 201));
    assertThat(s.given(5, Y2015, "tax")).isEqualTo(new Staging.Place("", 7));
  }

  @Test
  void valuesGoToTheirEntriesColumns() {
    Staging s = new Staging();
    int a = s.enter("a", Y2015, "", 2, true);
    int b = s.enter("b", Y2014, "", 3, true);
    s.column(Y2015, "tax").set(a, BigDecimal.ONE);
    s.column(Y2014, "tax").set(b, BigDecimal.TEN);
    s.column(Y2015, "tax").set(s.enter("c", Y2015, "", 4, true), TWO);

    Dataset d = s.build();
    assertThat(d.value("a", Y2015, "tax")).contains(BigDecimal.ONE);
    assertThat(d.value("b", Y2014, "tax")).contains(BigDecimal.TEN);
    assertThat(d.value("c", Y2015, "tax")).contains(TWO);
    assertThat(d.value("a", Y2014, "tax")).isEmpty();
  }

  @Test
  void badEntriesAreLeftOutAndTheEntitiesKeepTheOrderOfTheirFirstGoodEntry() {
    Staging s = new Staging();
    s.enter("a", Y2015, "", 2, true);
    s.column(Y2015, "tax").set(0, BigDecimal.ONE);
    s.enter("b", Y2015, "", 3, true);
    s.column(Y2015, "tax").set(1, TWO);
    s.enter("c", Y2015, "", 4, true);
    s.enter("a", Y2014, "", 5, true);
    s.column(Y2014, "tax").set(0, BigDecimal.TEN);
    s.enter("b", Y2014, "", 6, true);
    s.markBad("a", Y2015);
    s.markBad("c", Y2015);

    Dataset d = s.build();
    assertThat(d.entities()).containsExactly("b", "a");
    assertThat(d.entitiesIn(Y2015)).containsExactly("b");
    assertThat(d.entitiesIn(Y2014)).containsExactly("b", "a");
    assertThat(d.value("b", Y2015, "tax")).contains(TWO);
    assertThat(d.value("a", Y2014, "tax")).contains(BigDecimal.TEN);
    assertThat(d.value("a", Y2015, "tax")).isEmpty();
    assertThat(d.hasRow("a", Y2015)).isFalse();
  }

  @Test
  void anEntityMarkedBadBeforeAnyRowIsLeftOut() {
    Staging s = new Staging();
    s.enter("a", Y2015, "", 2, true);
    s.markBad("z", Y2015);

    assertThat(s.build().entities()).containsExactly("a");
  }

  @Test
  void aPeriodWithRowsButNoValuesKeepsItsGoodRowsWhenSkipping() {
    Staging s = new Staging();
    s.enter("a", Y2015, "", 2, true);
    s.enter("b", Y2015, "", 3, true);
    s.markBad("a", Y2015);

    Dataset d = s.build();
    assertThat(d.entities()).containsExactly("b");
    assertThat(d.hasRow("b", Y2015)).isTrue();
  }

  @Test
  void anEntityTakesItsAttributesFromItsLastEntry() {
    Staging s = new Staging();
    s.attribute(s.enter("a", Y2015, "", 2, true), Y2015, "county", "祥符区");
    s.attribute(s.enter("a", Y2014, "", 3, true), Y2014, "county", "尉氏县");
    s.attribute(s.enter("b", Y2014, "", 4, true), Y2014, "county", "杞县");
    s.enter("b", Y2015, "", 5, true);

    Dataset d = s.build();
    assertThat(d.attributes("a")).containsExactly(Map.entry("county", "尉氏县"));
    assertThat(d.attributes("b")).containsExactly(Map.entry("county", "杞县"));
  }

  @Test
  void anEntityTakesItsAttributesFromItsLastGoodEntryWhenSkipping() {
    Staging s = new Staging();
    s.enter("x", Y2014, "", 2, true);
    s.attribute(s.enter("a", Y2015, "", 3, true), Y2015, "county", "祥符区");
    s.attribute(s.enter("a", Y2014, "", 4, true), Y2014, "county", "尉氏县");
    s.attribute(s.enter("b", Y2014, "", 5, true), Y2014, "county", "杞县");
    s.markBad("a", Y2014);
    s.markBad("x", Y2014);

    Dataset d = s.build();
    assertThat(d.entities()).containsExactly("a", "b");
    assertThat(d.attributes("a")).containsExactly(Map.entry("county", "祥符区"));
    assertThat(d.attributes("b")).containsExactly(Map.entry("county", "杞县"));
  }

  @Test
  void anEntityWhoseOnlyAttributeIsInABadEntryHasNone() {
    Staging s = new Staging();
    s.attribute(s.enter("a", Y2015, "", 2, true), Y2015, "county", "祥符区");
    s.enter("a", Y2014, "", 3, true);
    s.markBad("a", Y2015);

    Dataset d = s.build();
    assertThat(d.entities()).containsExactly("a");
    assertThat(d.attributes("a")).isEmpty();
  }

  @Test
  void attributesOfManyEntitiesAreEachTheirOwn() {
    Staging s = new Staging();
    for (int i = 0; i < 150; i++) {
      s.attribute(s.enter("e" + i, Y2015, "", i + 2, true), Y2015, "county", "c" + i);
    }
    s.enter("late", Y2014, "", 500, true);

    Dataset d = s.build();
    assertThat(d.attributes("e149")).containsExactly(Map.entry("county", "c149"));
    assertThat(d.attributes("e70")).containsExactly(Map.entry("county", "c70"));
    assertThat(d.attributes("late")).isEmpty();
  }

  @Test
  void anEntityFarDownTheListMayOpenAPeriodOrBeMarkedBadInOne() {
    Staging s = new Staging();
    for (int i = 0; i < 150; i++) {
      s.enter("e" + i, Y2015, "", i + 2, true);
    }
    assertThat(s.enter("e149", Y2014, "甲", 5, false)).isEqualTo(149);
    s.markBad("e120", Period.quarter(2015, 1));
    s.markBad("e130", Y2015);

    assertThat(s.place(149, Y2014)).isEqualTo(new Staging.Place("甲", 5));
    Dataset d = s.build();
    assertThat(d.entitiesIn(Y2014)).containsExactly("e149");
    assertThat(d.entitiesIn(Y2015)).hasSize(149).doesNotContain("e130");
  }

  @Test
  void aValueNotGivenJustPastTheRememberedOnesIsNotGiven() {
    Staging s = new Staging();
    for (int i = 0; i < 200; i++) {
      s.enter("e" + i, Y2015, "", i + 2, false);
    }
    s.givenAt(100, Y2015, "tax", new Staging.Place("", 102));
    s.givenAt(101, Y2015, "tax", new Staging.Place("", 103));

    assertThat(s.given(101, Y2015, "tax")).isEqualTo(new Staging.Place("", 103));
    assertThat(s.given(100, Y2015, "tax")).isEqualTo(new Staging.Place("", 102));
    assertThat(s.given(99, Y2015, "tax")).isNull();
  }

  @Test
  void aValueIsNotGivenForAnEntryPastTheEndOfTheRememberedOnes() {
    Staging s = new Staging();
    for (int i = 0; i < 200; i++) {
      s.enter("e" + i, Y2015, "", i + 2, false);
    }
    s.givenAt(100, Y2015, "tax", new Staging.Place("", 102)); // remembers entries 0 to 100

    assertThat(s.given(101, Y2015, "tax")).isNull();
  }

  @Test
  void theSixtyFifthEntityMayBeMarkedBadInAPeriodItHasNoRowIn() {
    Staging s = new Staging();
    for (int i = 0; i < 65; i++) {
      s.enter("e" + i, Y2015, "", i + 2, true);
    }
    s.markBad("e64", Y2014);

    assertThat(s.build().entitiesIn(Y2015)).hasSize(65);
  }
}
