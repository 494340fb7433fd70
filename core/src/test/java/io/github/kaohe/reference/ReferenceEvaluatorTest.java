package io.github.kaohe.reference;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.kaohe.data.Dataset;
import io.github.kaohe.data.Period;
import io.github.kaohe.model.AdjustmentItem;
import io.github.kaohe.model.AdjustmentLayer;
import io.github.kaohe.model.Aggregation;
import io.github.kaohe.model.Arithmetic;
import io.github.kaohe.model.Category;
import io.github.kaohe.model.DirectPoints;
import io.github.kaohe.model.EntityDefinition;
import io.github.kaohe.model.Goalposts;
import io.github.kaohe.model.Indicator;
import io.github.kaohe.model.Label;
import io.github.kaohe.model.MinMax;
import io.github.kaohe.model.MissingValueRule;
import io.github.kaohe.model.NaturalLog;
import io.github.kaohe.model.Policy;
import io.github.kaohe.model.PolicySource;
import io.github.kaohe.model.ProportionalToBest;
import io.github.kaohe.model.Ranking;
import io.github.kaohe.model.Rounding;
import io.github.kaohe.model.Scheme;
import io.github.kaohe.model.ScoringMethod;
import io.github.kaohe.model.TieBreak;
import io.github.kaohe.model.TieMethod;
import io.github.kaohe.model.ZScore;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The reference evaluator against numbers worked by hand, so that it is checked apart from the engine. */
class ReferenceEvaluatorTest {
  private static final Period YEAR = Period.year(2015);

  private static BigDecimal d(String s) {
    return new BigDecimal(s);
  }

  private static Label l(String id) {
    return Label.of(id, id);
  }

  private static Indicator.Builder indicator(String id, String weight, ScoringMethod method) {
    return Indicator.builder(id, l(id), d(weight)).method(method);
  }

  private static Category category(String id, String weight, Aggregation aggregation, Indicator... indicators) {
    return new Category(id, l(id), d(weight), aggregation, List.of(), List.of(indicators), Optional.empty());
  }

  private static Policy policy(Arithmetic arithmetic, Scheme scheme) {
    return new Policy("p", l("p"), "1", PolicySource.of(l("src"), "issuer", LocalDate.of(2020, 1, 1)), arithmetic, List.of(scheme));
  }

  private static Scheme scheme(
      List<Category> categories, List<AdjustmentLayer> adjustments, List<String> attributes, List<EntityDefinition> entities,
      Ranking ranking) {
    BigDecimal total = categories.stream().map(Category::weight).reduce(BigDecimal.ZERO, BigDecimal::add);
    return new Scheme("s", l("s"), Optional.empty(), total, BigDecimal.ZERO, attributes, entities, categories, adjustments, ranking);
  }

  /** Data from rows of {@code entity, key=value, ...}. */
  private static Dataset rows(String... rows) {
    Dataset.Builder b = Dataset.builder();
    for (String row : rows) {
      String[] cells = row.split(",\\s*");
      b.row(cells[0], YEAR);
      for (int i = 1; i < cells.length; i++) {
        String[] kv = cells[i].split("=");
        b.value(cells[0], YEAR, kv[0], d(kv[1]));
      }
    }
    return b.build();
  }

  @Test
  void proportionalAndEfficacyCoefficientWithPlaces() {
    // tax: 8 × x / 80100, a negative value floored at 0
    //   a 8 × 80100 / 80100 = 8.00; b 8 × 52300 / 80100 = 5.22347… → 5.22; c −100 → 0.00
    // growth: 12 × (0.6 + 0.4 × (x − 10) / (40 − 10))
    //   a x = 10 → 12 × 0.6 = 7.20; b x = 25 → 12 × 0.8 = 9.60; c x = 40 → 12.00
    // totals a 15.20, b 14.82, c 12.00: places 1, 2, 3
    Indicator tax = indicator("tax", "8", ProportionalToBest.standard()).build();
    Indicator growth = indicator("growth", "12", MinMax.of(d("0.6"), BigDecimal.ONE, MinMax.WhenAllEqual.CEILING)).build();
    Scheme s = scheme(List.of(category("size", "20", Aggregation.WEIGHTED_SUM, tax, growth)), List.of(), List.of(), List.of(),
        Ranking.standard());

    ReferenceResult r =
        ReferenceEvaluator.evaluate(policy(Arithmetic.standard(), s), "s",
            rows("a, tax=80100, growth=10", "b, tax=52300, growth=25", "c, tax=-100, growth=40"), YEAR);

    assertThat(r.entity("a").indicators()).containsExactly(Map.entry("tax", d("8.00")), Map.entry("growth", d("7.20")));
    assertThat(r.entity("b").indicators()).containsExactly(Map.entry("tax", d("5.22")), Map.entry("growth", d("9.60")));
    assertThat(r.entity("c").indicators()).containsExactly(Map.entry("tax", d("0.00")), Map.entry("growth", d("12.00")));
    assertThat(r.entity("b").categories()).containsExactly(Map.entry("size", d("14.82")));
    assertThat(List.of(r.entity("a").total(), r.entity("b").total(), r.entity("c").total()))
        .containsExactly(d("15.20"), d("14.82"), d("12.00"));
    assertThat(List.of(r.entity("a").place(), r.entity("b").place(), r.entity("c").place()))
        .containsExactly(OptionalInt.of(1), OptionalInt.of(2), OptionalInt.of(3));
    assertThat(r.excluded()).isEmpty();
  }

  @Test
  void roundingOnceOnTheBoundaryThenAdjustmentsWithCapsThenTotals() {
    // points half even to 2 decimals, totals down to 0 decimals
    // goalposts [0, 8], weight 5: x = 1 → 5 × 1/8 = 0.625 → 0.62 (half even); x = 3 → 1.875 → 1.88
    // titles: 1.5 per unit, at most 4 per item: 3 units → 4.5 → 4.00; awards: 2 per unit: 1 unit → 2.00;
    //   the layer 6.00 is capped at 5 → 5.00
    // a: base 0.62 + 5.00 = 5.62 → total 5 (down); b: base 1.88, no counts → total 1
    Indicator x = indicator("x", "5", Goalposts.of(d("0"), d("8"))).build();
    AdjustmentLayer bonus =
        new AdjustmentLayer(
            "bonus", l("bonus"), Optional.of(d("5")),
            List.of(
                new AdjustmentItem("titles", l("titles"), d("1.5"), Optional.of(d("4")), Optional.empty()),
                AdjustmentItem.of("awards", l("awards"), d("2"))));
    Scheme s = scheme(List.of(category("all", "5", Aggregation.WEIGHTED_SUM, x)), List.of(bonus), List.of(), List.of(), Ranking.standard());
    Arithmetic arithmetic = Arithmetic.of(Rounding.of(2, RoundingMode.HALF_EVEN), Rounding.of(0, RoundingMode.DOWN));

    ReferenceResult r = ReferenceEvaluator.evaluate(policy(arithmetic, s), "s", rows("a, x=1, titles=3, awards=1", "b, x=3"), YEAR);

    assertThat(r.entity("a").points("x")).isEqualTo(d("0.62"));
    assertThat(r.entity("b").points("x")).isEqualTo(d("1.88"));
    assertThat(r.entity("a").layers()).containsExactly(Map.entry("bonus", d("5.00")));
    assertThat(r.entity("a").base()).isEqualTo(d("0.62"));
    assertThat(r.entity("a").adjustments()).isEqualTo(d("5.00"));
    assertThat(r.entity("a").total()).isEqualTo(d("5"));
    assertThat(r.entity("b").total()).isEqualTo(d("1"));
    assertThat(r.entity("b").layers()).containsExactly(Map.entry("bonus", d("0.00")));
  }

  @ParameterizedTest
  @EnumSource(TieMethod.class)
  void tiesAreBrokenByValueWithTheMissingLastThenPlacedByTheTieMethodOverallAndInGroups(TieMethod ties) {
    // score s is the points; x weighs nothing and only breaks ties by its value, higher first
    //   a 10, x 3 (东); b 10, x missing (东); c 10, x 3 (西); d 8, x 5 (东); e 8, x 1 (西); f 20, unranked
    // order: a = c (10, 3), b (10, missing), d (8, 5), e (8, 1); f takes no place and changes none
    //   competition 1 1 3 4 5; dense 1 1 2 3 4; ordinal 1 2 3 4 5 (a before c by id)
    //   in 东 (a, b, d): 1 2 3 under each; in 西 (c, e): 1 2
    Indicator score = indicator("score", "20", DirectPoints.strict()).build();
    Indicator x =
        indicator("x", "0", new DirectPoints(DirectPoints.OutOfRange.CLAMP)).missing(MissingValueRule.zeroPoints()).build();
    List<EntityDefinition> entities = List.of(
        entity("a", true, "东"), entity("b", true, "东"), entity("c", true, "西"), entity("d", true, "东"),
        entity("e", true, "西"), entity("f", false, "东"));
    Scheme s = scheme(List.of(category("all", "20", Aggregation.WEIGHTED_SUM, score, x)), List.of(), List.of("county"), entities,
        new Ranking(ties, List.of(TieBreak.value("x")), List.of("county")));

    ReferenceResult r =
        ReferenceEvaluator.evaluate(policy(Arithmetic.standard(), s), "s",
            rows("a, score=10, x=3", "b, score=10", "c, score=10, x=3", "d, score=8, x=5", "e, score=8, x=1", "f, score=20, x=0"),
            YEAR);

    List<Integer> expected =
        switch (ties) {
          case COMPETITION -> List.of(1, 3, 1, 4, 5);
          case DENSE -> List.of(1, 2, 1, 3, 4);
          case ORDINAL -> List.of(1, 3, 2, 4, 5);
        };
    assertThat(List.of("a", "b", "c", "d", "e")).extracting(id -> r.entity(id).place().getAsInt()).isEqualTo(expected);
    assertThat(r.entity("f").place()).isEmpty();
    assertThat(r.entity("f").groupPlaces()).isEmpty();
    assertThat(List.of("a", "b", "d", "c", "e")).extracting(id -> r.entity(id).groupPlaces().get("county"))
        .containsExactly(1, 2, 3, 1, 2);
  }

  private static EntityDefinition entity(String id, boolean ranked, String county) {
    return new EntityDefinition(id, l(id), List.of(), ranked, Map.of("county", county));
  }

  @Test
  void irrationalStepsZScoreGeometricMeanAndLn() {
    // z: values 1, 2, 6: mean 3, variance (4 + 1 + 9) / 3 = 14/3, sd = 2.16024689946928674…
    //   10 × (z + 3) / 6: z(1) = −0.92582009977255146… → 3.45696650… → 3.46;
    //   z(2) = −0.46291004988627573… → 4.22848325… → 4.23; z(6) = 1.38873014965882719… → 7.31455024… → 7.31
    // mean: shares 0.5 (weight 1) and 1 (weight 3): 10 × 0.5^(1/4) = 10 × 0.84089641525371454… → 8.41
    // income: ln 100 = 4.605170185988091368035982909368728 (34 digits); goalposts [0, 5], weight 10:
    //   10 × 4.605… / 5 = 9.210340371976182736… → 9.21
    // d has no income and is excluded: it is in no population (z is over a, b, c only)
    Indicator z = indicator("z", "10", new ZScore(d("3"), ZScore.WhenNoSpread.MIDDLE)).build();
    Indicator half = indicator("half", "1", DirectPoints.strict()).build();
    Indicator full = indicator("full", "3", DirectPoints.strict()).build();
    Indicator income =
        indicator("income", "10", Goalposts.of(d("0"), d("5")))
            .transforms(List.of(NaturalLog.strict()))
            .missing(MissingValueRule.excludeEntity())
            .build();
    Scheme s =
        scheme(
            List.of(
                category("spread", "10", Aggregation.WEIGHTED_SUM, z),
                category("mean", "10", Aggregation.GEOMETRIC_MEAN, half, full),
                category("log", "10", Aggregation.WEIGHTED_SUM, income)),
            List.of(), List.of(), List.of(), Ranking.standard());

    ReferenceResult r =
        ReferenceEvaluator.evaluate(policy(Arithmetic.standard(), s), "s",
            rows("a, z=1, half=0.5, full=3, income=100", "b, z=2, half=0.5, full=3, income=100",
                "c, z=6, half=0.5, full=3, income=100", "d, z=100, half=1, full=3"),
            YEAR);

    assertThat(List.of("a", "b", "c")).extracting(id -> r.entity(id).points("z")).containsExactly(d("3.46"), d("4.23"), d("7.31"));
    assertThat(r.entity("a").points("mean")).isEqualTo(d("8.41"));
    assertThat(r.entity("a").points("income")).isEqualTo(d("9.21"));
    // 3.46 + 8.41 + 9.21
    assertThat(r.entity("a").total()).isEqualTo(d("21.08"));
    assertThat(r.excluded()).containsExactly("d");
    assertThat(r.entities()).doesNotContainKey("d");
  }
}
