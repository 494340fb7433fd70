package io.github.kaohe.rules.test;

import static io.github.kaohe.rules.test.RuleFixture.lineOf;
import static io.github.kaohe.rules.test.RuleFixture.problems;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.kaohe.load.PolicyException;
import io.github.kaohe.load.Problem;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The loader's static checks of rule tables: each mistake is a {@link PolicyException} whose
 * problem stands at the line of the table or row and says what is wrong.
 */
class PolicyAnalysisTest {
  private static final String FACTS =
      """
      facts:
        - {id: top, name: {zh: 十强, en: Top ten}, type: boolean, fallback: "false"}
        - {id: star, name: {zh: 星级, en: Star level}, type: enumeration, values: [none, one, two, three]}
        - {id: x, name: {zh: 数值, en: A number}, type: number}
      eligibilities:
        - {id: awards, name: {zh: 评先资格, en: eligibility for awards}}
      """;

  /** A table 't' with the facts above, these table keys (hitPolicy, …) and these rows. */
  private static String table(String keys, String rows) {
    return FACTS
        + """
        tables:
          - id: t
            name: {zh: 表, en: Table}
        %s
            inputs:
              - {id: place, of: result.place}
              - {id: top, of: top}
              - {id: star, of: star}
              - {id: x, of: x}
            rows:
        %s"""
            .formatted(keys.stripIndent().indent(4).stripTrailing(), rows.stripIndent().indent(4));
  }

  /** The only problem of the scheme. */
  private static Problem problem(String scheme) {
    assertThatThrownBy(() -> RuleFixture.load(scheme)).isInstanceOf(PolicyException.class);
    List<Problem> all = problems(scheme);
    assertThat(all).hasSize(1);
    Problem p = all.get(0);
    assertThat(p.file()).isEqualTo(RuleFixture.FILE);
    assertThat(p.column()).isPositive();
    return p;
  }

  @Nested
  class Overlaps {
    @Test
    void rowsThatCanBothMatchUnderUniqueAreReportedAtTheLaterRowWithAWitness() {
      String scheme =
          table("hitPolicy: unique", """
              - {id: first, when: {place: 1}, then: {money: 300}}
              - {id: podium, when: {place: {le: 3}}, then: {money: 100}}
              """);
      Problem p = problem(scheme);

      assertThat(p.line()).isEqualTo(lineOf(scheme, "id: podium"));
      assertThat(p.message())
          .isEqualTo("table 't' row 'podium': rows 'first' and 'podium' can both match (e.g. place = 1), but the hit"
              + " policy is unique: make their conditions exclusive or choose another hit policy (first, priority,"
              + " collect-max …)");
    }

    @Test
    void theWitnessNamesBooleanAndEnumerationValuesOfTheInputsTheRowsConstrain() {
      String scheme =
          table("hitPolicy: unique", """
              - {id: a, when: {top: true, star: {ge: two}}, then: {money: 3}}
              - {id: b, when: {star: {in: [one, three]}, x: {gt: 5}}, then: {money: 1}}
              """);

      assertThat(problem(scheme).message()).contains("(e.g. top = true, star = three, x = 6)");
    }

    @Test
    void rowsThatAreExclusiveOnOneInputDoNotOverlap() {
      String scheme =
          table("hitPolicy: unique", """
              - {id: a, when: {top: true, place: 1}, then: {money: 3}}
              - {id: b, when: {top: false, place: 1}, then: {money: 1}}
              - {id: c, when: {place: {gt: 1}}, then: {money: 1}}
              """);

      assertThat(problems(scheme)).isEmpty();
    }
  }

  @Nested
  class Unreachable {
    @Test
    void aRowThatAnEarlierRowCoversUnderFirstIsReportedAtTheRow() {
      String scheme =
          table("hitPolicy: first", """
              - {when: {place: {le: 3}}, then: {money: 100}}
              - {when: {place: 2, top: true}, then: {money: 50}}
              """);
      Problem p = problem(scheme);

      // rows without an id are named row-1, row-2, …
      assertThat(p.line()).isEqualTo(lineOf(scheme, "{when: {place: 2, top: true}"));
      assertThat(p.message())
          .isEqualTo("table 't' row 'row-2': row 'row-2' can never match: every case it covers is taken by the"
              + " earlier row 'row-1' (hit policy first)");
    }

    @Test
    void aRowThatAnEarlierRowOnlyPartlyCoversIsFine() {
      String scheme =
          table("hitPolicy: first", """
              - {when: {place: {le: 3}}, then: {money: 100}}
              - {when: {place: {le: 4}}, then: {money: 50}}
              """);

      assertThat(problems(scheme)).isEmpty();
    }
  }

  @Nested
  class Completeness {
    @Test
    void aGapInOneInputIsReportedAtTheTable() {
      String scheme =
          table("hitPolicy: unique\ncomplete: true", """
              - {when: {place: 1}, then: {money: 300}}
              - {when: {place: {ge: 3}}, then: {money: 100}}
              """);
      Problem p = problem(scheme);

      assertThat(p.line()).isEqualTo(lineOf(scheme, "- id: t"));
      assertThat(p.message())
          .isEqualTo("table 't': is declared complete, but no row matches when place = 2: add a row for that case");
    }

    @Test
    void aGapInACombinationOfTwoInputsNamesBoth() {
      // top true: any star; top false: star one or more; missing: top false with star none
      String scheme =
          table("hitPolicy: first\ncomplete: true", """
              - {when: {top: true}, then: {money: 3}}
              - {when: {top: false, star: {ge: one}}, then: {money: 1}}
              """);

      assertThat(problem(scheme).message()).contains("no row matches when top = false, star = none: add a row");
    }

    @Test
    void aGapBetweenTwoNumbersIsDescribedAsARange() {
      String scheme =
          table("hitPolicy: first\ncomplete: true", """
              - {when: {x: {le: 0}}, then: {money: 3}}
              - {when: {x: {ge: 1}}, then: {money: 1}}
              """);

      assertThat(problem(scheme).message()).contains("no row matches when x between 0 and 1: add a row");
    }

    @Test
    void aTableWhoseRowsCoverEveryCaseIsComplete() {
      String scheme =
          table("hitPolicy: unique\ncomplete: true", """
              - {when: {x: {lt: 0}}, then: {money: 3}}
              - {when: {x: {between: [0, 10]}}, then: {money: 2}}
              - {when: {x: {gt: 10}}, then: {money: 1}}
              """);

      assertThat(problems(scheme)).isEmpty();
    }
  }

  @Nested
  class Types {
    @Test
    void aWordComparedWithANumber() {
      String scheme = table("hitPolicy: first", "- {id: r, when: {place: first}, then: {money: 1}}");
      Problem p = problem(scheme);

      assertThat(p.line()).isEqualTo(lineOf(scheme, "- {id: r,"));
      assertThat(p.message())
          .isEqualTo("table 't' row 'r': the condition on 'place' compares a number with the word 'first': write a number");
    }

    @Test
    void aBooleanComparedWithANumberOtherThanZeroOrOne() {
      Problem p = problem(table("hitPolicy: first", "- {id: r, when: {top: 2}, then: {money: 1}}"));

      assertThat(p.message())
          .isEqualTo("table 't' row 'r': the condition on 'top' compares with the number 2, but the input is true or false");
    }

    @Test
    void aBooleanComparedWithOneOrZeroIsFine() {
      assertThat(problems(table("hitPolicy: first", "- {id: r, when: {top: 1}, then: {money: 1}}"))).isEmpty();
    }

    @Test
    void anUnknownEnumerationValue() {
      Problem p = problem(table("hitPolicy: first", "- {id: r, when: {star: {in: [one, four]}}, then: {money: 1}}"));

      assertThat(p.message())
          .isEqualTo("table 't' row 'r': the condition on 'star' compares with four: 'four' is not one of [none, one, two, three]");
    }

    @Test
    void moneyPerUnitOfABoolean() {
      Problem p = problem(table("hitPolicy: first", "- {id: r, when: {top: true}, then: {moneyPerUnit: 30, of: top}}"));

      assertThat(p.message()).isEqualTo("table 't' row 'r': pays money per unit of 'top', which is a boolean, not a count");
    }
  }

  @Nested
  class References {
    @Test
    void aConditionOnAnUndeclaredInput() {
      String scheme = table("hitPolicy: first", "- {id: r, when: {rank: 1}, then: {money: 1}}");
      Problem p = problem(scheme);

      assertThat(p.line()).isEqualTo(lineOf(scheme, "- id: t"));
      assertThat(p.message())
          .contains("row 'r' of table 't' has a condition on 'rank', which the table does not declare as an input");
    }

    @Test
    void aComparisonWithAnUndeclaredInput() {
      String scheme = table("hitPolicy: first", "- {id: r, when: {x: {lt: {input: average}}}, then: {money: 1}}");
      Problem p = problem(scheme);

      assertThat(p.line()).isEqualTo(lineOf(scheme, "- id: t"));
      assertThat(p.message())
          .contains("row 'r' of table 't' compares with input 'average', which the table does not declare");
    }

    @Test
    void anUndeclaredAction() {
      String scheme = table("hitPolicy: first", "- {id: r, when: {place: 1}, then: {action: medal}}");
      Problem p = problem(scheme);

      assertThat(p.line()).isEqualTo(lineOf(scheme, "- {id: r,"));
      assertThat(p.message()).isEqualTo("table 't' row 'r': gives action 'medal', which the policy does not declare under actions");
    }

    @Test
    void revokingAnUndeclaredEligibility() {
      Problem p = problem(table("hitPolicy: first", "- {id: r, when: {place: 1}, then: {revoke: prizes}}"));

      assertThat(p.message())
          .isEqualTo("table 't' row 'r': revokes eligibility 'prizes', which the scheme does not declare under eligibilities");
    }

    @Test
    void requiringAnUndeclaredEligibility() {
      String scheme = table("hitPolicy: first\nrequires: [prizes]", "- {id: r, when: {place: 1}, then: {money: 1}}");
      Problem p = problem(scheme);

      assertThat(p.line()).isEqualTo(lineOf(scheme, "- id: t"));
      assertThat(p.message())
          .isEqualTo("table 't': requires eligibility 'prizes', which the scheme does not declare under eligibilities");
    }

    @Test
    void anInputThatReadsNothingKnownListsTheResults() {
      String scheme =
          FACTS
              + """
              tables:
                - id: t
                  name: {zh: 表, en: Table}
                  hitPolicy: first
                  inputs: [{id: size, of: turnover}]
                  rows:
                    - {when: {size: 1}, then: {money: 1}}
              """;
      Problem p = problem(scheme);

      assertThat(p.line()).isEqualTo(lineOf(scheme, "- id: t"));
      assertThat(p.message())
          .isEqualTo("table 't': input 'size' reads 'turnover', which is no indicator, fact, measure or result"
              + " (result.total, result.base, result.adjustments, result.place, result.place.ATTRIBUTE,"
              + " result.points.ID) of this scheme");
    }

    @Test
    void anInputThatReadsAnUnknownResultListsTheResults() {
      String scheme =
          """
          tables:
            - id: t
              name: {zh: 表, en: Table}
              hitPolicy: first
              inputs: [{id: rank, of: result.rank}]
              rows:
                - {when: {rank: 1}, then: {money: 1}}
          """;
      Problem p = problem(scheme);

      assertThat(p.line()).isEqualTo(lineOf(scheme, "inputs: [{id: rank"));
      assertThat(p.message())
          .contains("input 'rank' reads 'result.rank', which is neither an id nor a result (result.total, result.base,"
              + " result.adjustments, result.place, result.place.ATTRIBUTE, result.points.ID)");
    }

    @Test
    void aPlaceWithinAnUndeclaredAttribute() {
      String scheme =
          """
          tables:
            - id: t
              name: {zh: 表, en: Table}
              hitPolicy: first
              inputs: [{id: p, of: result.place.colour}]
              rows:
                - {when: {p: 1}, then: {money: 1}}
          """;

      assertThat(problem(scheme).message())
          .isEqualTo("table 't': input 'p' reads the place within 'colour', which is not among the scheme's attributes");
    }

    @Test
    void thePointsOfNoCategoryOrIndicator() {
      String scheme =
          """
          tables:
            - id: t
              name: {zh: 表, en: Table}
              hitPolicy: first
              inputs: [{id: p, of: result.points.growth}]
              rows:
                - {when: {p: {ge: 1}}, then: {money: 1}}
          """;

      assertThat(problem(scheme).message())
          .isEqualTo("table 't': input 'p' reads the points of 'growth', which is no category or indicator");
    }

    @Test
    void appliesToAnUndeclaredAttribute() {
      String scheme = table("hitPolicy: first\nappliesTo: {attribute: colour, in: [red]}", "- {when: {place: 1}, then: {money: 1}}");
      Problem p = problem(scheme);

      assertThat(p.line()).isEqualTo(lineOf(scheme, "- id: t"));
      assertThat(p.message())
          .isEqualTo("table 't': applies to entities by 'colour', which is not among the scheme's attributes [kind, county]");
    }

    @Test
    void aMeasureThatReadsNothingKnown() {
      String scheme =
          """
          measures:
            - {id: m, name: {zh: 度量, en: Measure}, formula: {type: growth, of: turnover}}
          """;
      Problem p = problem(scheme);

      assertThat(p.line()).isEqualTo(lineOf(scheme, "- {id: m,"));
      assertThat(p.message()).isEqualTo("measure 'm': reads 'turnover', which is no indicator, fact, measure or result of this scheme");
    }

    @Test
    void aMeasureThatReadsSomethingThatIsNoIdIsAProblemNotACrash() {
      String scheme =
          """
          measures:
            - {id: m, name: {zh: 度量, en: Measure}, formula: {type: growth, of: Tax Revenue}}
          """;
      Problem p = problem(scheme);

      assertThat(p.line()).isEqualTo(lineOf(scheme, "- {id: m,"));
      assertThat(p.message()).contains("'Tax Revenue'");
    }

    @Test
    void aClassificationOfSomethingThatIsNoIdIsAProblemNotACrash() {
      String scheme =
          """
          classes:
            - id: grade
              name: {zh: 等次, en: Grade}
              basis: cutoffs
              of: Result.Total
              tiers:
                - {id: A, name: {zh: 优秀, en: Excellent}, from: 9}
                - {id: B, name: {zh: 良好, en: Good}}
              unclassed: {id: none, name: {zh: 不参评, en: Not classified}}
          """;
      Problem p = problem(scheme);

      assertThat(p.line()).isEqualTo(lineOf(scheme, "- id: grade"));
      assertThat(p.message()).contains("'Result.Total'");
    }
  }

  @Test
  void everyMistakeIsReportedAtOnceInLineOrder() {
    String scheme =
        table("hitPolicy: first", """
            - {id: one, when: {place: first}, then: {money: 1}}
            - {id: two, when: {top: 2}, then: {action: medal}}
            """);

    assertThat(problems(scheme))
        .extracting(Problem::line)
        .containsExactly(lineOf(scheme, "- {id: one,"), lineOf(scheme, "- {id: two,"), lineOf(scheme, "- {id: two,"));
  }

  @Nested
  class TargetsOfTheWholeScheme {
    private static String target(String of) {
      return """
          context:
            - {id: city, name: {zh: 全市, en: The city}}
          measures:
            - {id: sum-x, name: {zh: 合计, en: Sum of x}, formula: {type: population, statistic: sum, of: x}}
            - {id: city-x, name: {zh: 全市, en: The city's x}, formula: {type: entity, entity: city, of: x}}
            - id: share-x
              name: {zh: 占比, en: Share of the city's x}
              formula: {type: ratio, numerator: sum-x, denominator: city-x, factor: 100}
            - {id: own-share, name: {zh: 自身占比, en: Own x against the city's}, formula: {type: ratio, numerator: x, denominator: city-x}}
          targets:
            - {id: goal, name: {zh: 目标, en: Goal}, kind: share, of: %s, target: 65, from: 2014, deadline: 2017}
          """.formatted(of) + FACTS;
    }

    @Test
    void mayMeasureAFormulaOfPopulationAndContextValuesOnly() {
      assertThat(problems(target("share-x"))).isEmpty();
      assertThat(problems(target("city-x"))).isEmpty();
    }

    @Test
    void aTargetNamedLikeAnIndicatorIsReportedAtTheTarget() {
      String scheme = target("share-x").replace("{id: goal,", "{id: tax,");
      Problem p = problem(scheme);

      assertThat(p.line()).isEqualTo(lineOf(scheme, "- {id: tax, name: {zh: 目标"));
      assertThat(p.path()).isEqualTo("schemes[0].targets[0].id");
      assertThat(p.message()).startsWith("id 'tax' is already used at schemes[0].categories[0].indicators[0]");
    }

    @Test
    void mayNotMeasureAValueOfEachEntity() {
      String scheme = target("own-share");
      Problem p = problem(scheme);

      assertThat(p.line()).isEqualTo(lineOf(scheme, "- {id: goal,"));
      assertThat(p.message()).contains("needs a measure that is the same for every entity").contains("'own-share' is a value of each entity");
    }
  }
}
