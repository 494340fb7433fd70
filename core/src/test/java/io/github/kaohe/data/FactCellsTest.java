package io.github.kaohe.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.kaohe.load.PolicyLoader;
import io.github.kaohe.model.Scheme;
import java.math.BigDecimal;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/**
 * Facts read by their type, their lengths and ranges, and the units a long sheet may give them.
 * Scheme {@code zones} of {@code rules/every-form.yaml}: facts top (boolean), titles (count), star
 * (enumeration: none, one, two, three), province-place (place) and x (number); no entities.
 */
class FactCellsTest {
  private static final Scheme ZONES = PolicyLoader.create()
      .load(FactCellsTest.class.getResource("/policies/rules/every-form.yaml"), "every-form.yaml").scheme("zones");
  private static final Period YEAR = Period.year(2015);

  private static Dataset read(String csv) {
    return CsvDataReader.forScheme(ZONES).withPeriod(YEAR).read(csv, "f.csv");
  }

  private static List<String> problems(String csv) {
    AtomicReference<List<DataProblem>> problems = new AtomicReference<>();
    assertThatThrownBy(() -> read(csv)).isInstanceOfSatisfying(DataException.class, e -> problems.set(e.problems()));
    return problems.get().stream().map(DataProblem::toString).toList();
  }

  @Test
  void factsAreReadByTheirType() {
    Dataset data = read("entity,top,titles,star,province-place,x\na,是,3,two,7,-2.5\n");

    assertThat(data.value("a", YEAR, "top")).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("1"));
    assertThat(data.value("a", YEAR, "titles")).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("3"));
    assertThat(data.value("a", YEAR, "province-place")).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("7"));
    assertThat(data.value("a", YEAR, "x")).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("-2.5"));
    assertThat(data.value("a", YEAR, "star")).isPresent();
  }

  @Test
  void aNumericFactOfMoreThanSixtyFourCharactersIsTooLong() {
    String long65 = "1".repeat(65);

    assertThat(problems("entity,titles,province-place,x\na," + long65 + "," + long65 + "," + long65 + "\n"))
        .containsExactly(
            "f.csv, row 2, column 2 (titles): '" + "1".repeat(40) + "…' is too long for fact 'titles' (65 characters)",
            "f.csv, row 2, column 3 (province-place): '" + "1".repeat(40) + "…' is too long for fact 'province-place'"
                + " (65 characters)",
            "f.csv, row 2, column 4 (x): '" + "1".repeat(40) + "…' is too long for fact 'x' (65 characters)");
  }

  @Test
  void aWordFactMayBeLongerThanANumberButNoLongerThan256Characters() {
    assertThat(problems("entity,top,star\na," + "y".repeat(65) + "," + "z".repeat(257) + "\n"))
        .satisfiesExactly(
            top -> assertThat(top).startsWith("f.csv, row 2, column 2 (top): ").doesNotContain("too long"),
            star -> assertThat(star).isEqualTo("f.csv, row 2, column 3 (star): '" + "z".repeat(40) + "…' is too long"
                + " for fact 'star' (257 characters)"));
    assertThat(problems("entity,star\na," + "z".repeat(256) + "\n")).singleElement().asString().doesNotContain("too long");
  }

  @Test
  void aFactThatDoesNotParseSaysWhy() {
    assertThat(problems("entity,star\na,five\n")).singleElement().asString()
        .startsWith("f.csv, row 2, column 2 (star): ")
        .contains("five");
  }

  @Test
  void aCountOrPlaceThatIsNoneIsAProblemAtItsCell() {
    assertThat(problems("entity,titles,province-place\na,-1,0\n")).containsExactly(
        "f.csv, row 2, column 2 (titles): a count must be a whole number of at least 0, but was -1",
        "f.csv, row 2, column 3 (province-place): a place must be a whole number of at least 1, but was 0");
  }

  @Test
  void factsAndIndicatorsOutsideTheirDeclaredRangesAreProblems() {
    Scheme declared = PolicyLoader.create().load("""
        kaohe: 1
        id: declared
        name: {zh: 范围, en: Ranges}
        version: "1"
        source: {title: {zh: 测试, en: Test}, issuer: 测试, date: 2023-01-01}
        schemes:
          - id: s
            name: {zh: 范围, en: Ranges}
            total: 10
            defaults: {missing: zero-points}
            facts:
              - {id: score, name: {zh: 评分, en: Score}, type: number, valid: {min: 0, max: 100}}
            categories:
              - id: all
                name: {zh: 全部, en: All}
                weight: 10
                indicators:
                  - {id: debt, name: {zh: 负债, en: Debt}, weight: 10, method: min-max, valid: {max: 10}}
        """, "declared.yaml").scheme("s");
    AtomicReference<List<DataProblem>> problems = new AtomicReference<>();
    assertThatThrownBy(() -> CsvDataReader.forScheme(declared).withPeriod(YEAR).read("entity,score,debt\na,101,11\nb,100,-50\n", "d.csv"))
        .isInstanceOfSatisfying(DataException.class, e -> problems.set(e.problems()));

    assertThat(problems.get()).extracting(DataProblem::toString).containsExactly(
        "d.csv, row 2, column 2 (score): 101 is not a plausible value of 'score': it must be 0 to 100 (as the policy"
            + " declares); correct the value, or declare another range in the policy (valid: {min: …, max: …})",
        "d.csv, row 2, column 3 (debt): 11 is not a plausible value of 'debt': it must be at most 10 (as the policy"
            + " declares); correct the value, or declare another range in the policy (valid: {min: …, max: …})");
  }

  @Test
  void aLongSheetMayGiveCountsInACountingUnitAndPlacesInAPlaceUnit() {
    Dataset data = read("entity,indicator,value,unit\na,titles,2,项\na,province-place,3,名\n");

    assertThat(data.value("a", YEAR, "titles")).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("2"));
    assertThat(data.value("a", YEAR, "province-place")).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("3"));
  }

  @Test
  void aLongSheetMayNotGiveFactsInOtherUnits() {
    assertThat(problems("entity,indicator,value,unit\na,titles,2,位\nb,province-place,3,个\nc,x,1,个\n")).containsExactly(
        "f.csv, row 2, column 4 (unit): 'titles' has no unit in the policy, so the unit '位' cannot be checked: leave the"
            + " unit cell empty, or write the value as the policy expects it",
        "f.csv, row 3, column 4 (unit): 'province-place' has no unit in the policy, so the unit '个' cannot be checked:"
            + " leave the unit cell empty, or write the value as the policy expects it",
        "f.csv, row 4, column 4 (unit): 'x' has no unit in the policy, so the unit '个' cannot be checked: leave the unit"
            + " cell empty, or write the value as the policy expects it");
  }

  @Test
  void aValueConvertedFromAnotherUnitIsCheckedAfterTheConversion() {
    assertThat(problems("entity,indicator,value,unit\na,tax,-1,亿元\n")).containsExactly(
        "f.csv, row 2, column 3 (tax): -10000 万元 is not a plausible value of 'tax': it must be at least 0 万元 (the"
            + " default for 万元); correct the value, or declare another range in the policy (valid: {min: …, max: …})");
    assertThat(read("entity,indicator,value,unit\na,tax,2.5,千元\n").value("a", YEAR, "tax")).contains(new BigDecimal("0.25"));
  }
}
