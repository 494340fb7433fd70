package io.github.kaohe.rules.test;

import static io.github.kaohe.rules.test.RuleFixture.entity;
import static io.github.kaohe.rules.test.RuleFixture.evaluate;
import static io.github.kaohe.rules.test.RuleFixture.load;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.kaohe.eval.ClassResult;
import io.github.kaohe.eval.SchemeResult;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Classes by cut-offs and by shares of the ranked entities, overall and within groups. */
class ClassificationTest {
  private static ClassResult classOf(SchemeResult r, String entity) {
    return entity(r, entity).classes().get("grade");
  }

  /** entity → class id, in the order asked. */
  private static Map<String, String> classes(SchemeResult r, String... entities) {
    Map<String, String> out = new LinkedHashMap<>();
    for (String e : entities) {
      out.put(e, classOf(r, e).tier());
    }
    return out;
  }

  @Nested
  class Cutoffs {
    private static final String SCHEME =
        """
        entities:
          - {id: e10, name: {zh: 十, en: Ten}}
          - {id: e9, name: {zh: 九, en: Nine}}
          - {id: e899, name: {zh: 八点九九, en: Eight ninety-nine}}
          - {id: e6, name: {zh: 六, en: Six}}
          - {id: e599, name: {zh: 五点九九, en: Five ninety-nine}}
          - {id: hq, name: {zh: 总部, en: Headquarters}, ranked: false}
        classes:
          - id: grade
            name: {zh: 等次, en: Grade}
            basis: cutoffs
            tiers:
              - {id: A, name: {zh: 优秀, en: Excellent}, from: 9}
              - {id: B, name: {zh: 良好, en: Good}, from: 6}
              - {id: C, name: {zh: 一般, en: Fair}}
            unclassed: {id: none, name: {zh: 不参评, en: Not classified}}
        """;

    // totals = 10 × tax / 1000: 10, 9, 8.99, 6, 5.99; hq 10 but takes no place
    private static final String DATA =
        """
        entity,period,tax
        e10,2015,1000
        e9,2015,900
        e899,2015,899
        e6,2015,600
        e599,2015,599
        hq,2015,1000
        """;

    private final SchemeResult result = evaluate(load(SCHEME), DATA, 2015);

    @Test
    void aValueAtTheCutoffEarnsTheClass() {
      assertThat(classes(result, "e10", "e9", "e6")).containsExactly(
          Map.entry("e10", "A"), Map.entry("e9", "A"), Map.entry("e6", "B"));
      assertThat(classOf(result, "e9").reason().en()).isEqualTo("total = 9 ≥ 9");
      assertThat(classOf(result, "e9").reason().zh()).isEqualTo("总分 = 9 ≥ 9");
    }

    @Test
    void aValueJustBelowTheCutoffFallsToTheNextClass() {
      assertThat(classes(result, "e899", "e599")).containsExactly(Map.entry("e899", "B"), Map.entry("e599", "C"));
    }

    @Test
    void anEntityThatTakesNoPlaceGetsTheUnclassedClass() {
      ClassResult hq = classOf(result, "hq");

      assertThat(hq.tier()).isEqualTo("none");
      assertThat(hq.classified()).isFalse();
      assertThat(hq.name().en()).isEqualTo("Not classified");
      assertThat(classOf(result, "e10").classified()).isTrue();
    }

    @Test
    void aValueBelowEveryCutoffIsUnclassedWhenTheLastClassHasACutoff() {
      String scheme = SCHEME.replace("- {id: C, name: {zh: 一般, en: Fair}}", "- {id: C, name: {zh: 一般, en: Fair}, from: 5.995}");
      SchemeResult r = evaluate(load(scheme), DATA, 2015);

      assertThat(classOf(r, "e599").tier()).isEqualTo("none");
      assertThat(classOf(r, "e599").classified()).isFalse();
      assertThat(classOf(r, "e599").reason().en()).isEqualTo("below every cut-off");
    }
  }

  @Nested
  class Shares {
    private static String scheme(String extra) {
      return scheme(extra, "");
    }

    /** The classification 'grade' with {@code within} if not empty. */
    private static String scheme(String extra, String within) {
      return extra
          + """
          classes:
            - id: grade
              name: {zh: 等次, en: Grade}
              basis: shares
              %s
              tiers:
                - {id: A, name: {zh: 优秀, en: Excellent}, share: 0.2}
                - {id: B, name: {zh: 良好, en: Good}, share: 0.4}
                - {id: C, name: {zh: 一般, en: Fair}}
              unclassed: {id: none, name: {zh: 不参评, en: Not classified}}
          """
              .formatted(within.isEmpty() ? "" : "within: " + within);
    }

    @Test
    void nineEntitiesSplitByRoundedCumulativeShares() {
      // A up to round(0.2 × 9 = 1.8) = 2; B up to round(0.6 × 9 = 5.4) = 5; C the rest
      SchemeResult r =
          evaluate(
              load(scheme("")),
              """
              entity,period,tax
              p1,2015,900
              p2,2015,800
              p3,2015,700
              p4,2015,600
              p5,2015,500
              p6,2015,400
              p7,2015,300
              p8,2015,200
              p9,2015,100
              """,
              2015);

      assertThat(classes(r, "p1", "p2", "p3", "p4", "p5", "p6", "p7", "p8", "p9").values())
          .containsExactly("A", "A", "B", "B", "B", "C", "C", "C", "C");
      assertThat(classOf(r, "p2").reason().en()).isEqualTo("place 2 of 9, share 0.2");
    }

    @Test
    void tiedEntitiesShareTheBetterClass() {
      // places 1, 2, 2, 4, 5, 5, 7, 8, 9: the tie at 2 straddles A's limit (2), the tie at 5 B's (5)
      SchemeResult r =
          evaluate(
              load(scheme("")),
              """
              entity,period,tax
              p1,2015,900
              p2,2015,800
              p3,2015,800
              p4,2015,600
              p5,2015,500
              p6,2015,500
              p7,2015,300
              p8,2015,200
              p9,2015,100
              """,
              2015);

      assertThat(classes(r, "p1", "p2", "p3", "p4", "p5", "p6", "p7", "p8", "p9").values())
          .containsExactly("A", "A", "A", "B", "B", "B", "C", "C", "C");
    }

    @Test
    void sharesCountEntitiesNotDensePlaces() {
      // dense places 1, 1, 1, 2: three entities stand before the fourth, whatever number dense
      // ranking gives its place, so it is 4th of 4
      SchemeResult r =
          evaluate(
              load(scheme("ranking: {ties: dense}\n")),
              """
              entity,period,tax
              p1,2015,900
              p2,2015,900
              p3,2015,900
              p4,2015,800
              """,
              2015);

      assertThat(entity(r, "p4").place().getAsInt()).isEqualTo(2);
      // A: round(0.8) = 1, B: round(2.4) = 2: the three tied firsts share A; p4 stands 4th of 4
      assertThat(classes(r, "p1", "p2", "p3", "p4").values()).containsExactly("A", "A", "A", "C");
    }

    @Test
    void anEntityThatTakesNoPlaceGetsTheUnclassedClassAndIsNotCounted() {
      // five ranked: A up to round(1) = 1, B up to round(3) = 3
      SchemeResult r =
          evaluate(
              load(scheme(
                  """
                  entities:
                    - {id: p1, name: {zh: 一, en: One}}
                    - {id: p2, name: {zh: 二, en: Two}}
                    - {id: p3, name: {zh: 三, en: Three}}
                    - {id: p4, name: {zh: 四, en: Four}}
                    - {id: p5, name: {zh: 五, en: Five}}
                    - {id: hq, name: {zh: 总部, en: Headquarters}, ranked: false}
                  """)),
              """
              entity,period,tax
              p1,2015,900
              p2,2015,800
              p3,2015,700
              p4,2015,600
              p5,2015,500
              hq,2015,1000
              """,
              2015);

      assertThat(classes(r, "hq", "p1", "p2", "p3", "p4", "p5").values())
          .containsExactly("none", "A", "B", "B", "C", "C");
      assertThat(classOf(r, "hq").reason().en()).isEqualTo("takes no place, so is not classified");
    }

    private static final String GROUPS =
        """
        entity,period,tax,county
        e1,2015,900,east
        w1,2015,850,west
        e2,2015,800,east
        e3,2015,700,east
        w2,2015,650,west
        e4,2015,600,east
        w3,2015,550,west
        e5,2015,500,east
        w4,2015,450,west
        """;

    @Test
    void withinAGroupSharesAreOfTheGroup() {
      // east, 5: A up to round(0.2 × 5 = 1) = 1, B up to round(0.6 × 5 = 3) = 3;
      // west, 4: A up to round(0.8) = 1, B up to round(2.4) = 2
      SchemeResult r = evaluate(load(scheme("ranking: {groups: [county]}\n", "county")), GROUPS, 2015);

      assertThat(classes(r, "e1", "e2", "e3", "e4", "e5").values()).containsExactly("A", "B", "B", "C", "C");
      assertThat(classes(r, "w1", "w2", "w3", "w4").values()).containsExactly("A", "B", "C", "C");
      assertThat(classOf(r, "w2").reason().en()).isEqualTo("place 2 of 4, share 0.4");
    }

    @Test
    void withinAGroupAnEntityWithoutTheAttributeIsUnclassedAndSaysSo() {
      SchemeResult r = evaluate(load(scheme("", "county")), GROUPS + "nowhere,2015,950,\n", 2015);

      assertThat(classOf(r, "nowhere").tier()).isEqualTo("none");
      assertThat(classOf(r, "nowhere").reason().en()).isEqualTo("has no county, so is not classified");
      assertThat(classOf(r, "nowhere").reason().zh()).isEqualTo("无 county，不分类");
      // and is not counted in any group: east still has 5
      assertThat(classOf(r, "e2").reason().en()).isEqualTo("place 2 of 5, share 0.4");
    }

    @Test
    void withinAGroupThatTheRankingDoesNotGroupBySharesAreStillOfTheGroup() {
      // as above, with no group ranking by county: the places within each county follow the overall order
      SchemeResult r = evaluate(load(scheme("", "county")), GROUPS, 2015);

      assertThat(classes(r, "e1", "e2", "e3", "e4", "e5").values()).containsExactly("A", "B", "B", "C", "C");
      assertThat(classes(r, "w1", "w2", "w3", "w4").values()).containsExactly("A", "B", "C", "C");
    }
  }
}
