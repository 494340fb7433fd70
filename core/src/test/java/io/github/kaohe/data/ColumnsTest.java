package io.github.kaohe.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.kaohe.load.PolicyLoader;
import io.github.kaohe.model.Scheme;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link Columns}: values the policy computes are no columns of the data, and the nearest name is suggested. */
class ColumnsTest {
  private static final Scheme DERIVED = PolicyLoader.create().load("""
      kaohe: 1
      id: derived
      name: {zh: 派生, en: Derived}
      version: "1"
      source: {title: {zh: 测试, en: Test}, issuer: 测试, date: 2023-01-01}
      schemes:
        - id: firms
          name: {zh: 企业, en: Firms}
          total: 10
          defaults: {missing: zero-points}
          facts:
            - {id: land, name: {zh: 用地面积, en: Land area}, type: number, unit: 亩}
            - {id: twice, name: {zh: 两倍面积, en: Twice the land}, type: number, unit: 亩, formula: {of: land * 2}}
          categories:
            - id: all
              name: {zh: 全部, en: All}
              weight: 10
              indicators:
                - {id: tax, name: {zh: 税收, en: Tax}, unit: 万元, weight: 5, method: proportional-to-best}
                - {id: half, name: {zh: 半数, en: Half}, unit: 万元, weight: 5, method: proportional-to-best, formula: {of: tax / 2}}
      """, "derived.yaml").scheme("firms");

  private static String problem(String csv) {
    List<DataProblem> problems = new ArrayList<>();
    assertThatThrownBy(() -> {
      try {
        CsvDataReader.forScheme(DERIVED).withPeriod(Period.year(2023)).read(csv, "d.csv");
      } catch (DataException e) {
        problems.addAll(e.problems());
        throw e;
      }
    }).isInstanceOf(DataException.class);
    assertThat(problems).hasSize(1);
    return problems.get(0).message();
  }

  @Test
  void aDerivedIndicatorByIdOrNameIsNoColumnOfTheData() {
    assertThat(problem("entity,tax,half\na,1,2\n"))
        .startsWith("'half' is computed by the policy's formula (half = ")
        .endsWith("): leave it out of the data");
    assertThat(problem("entity,tax,半数\na,1,2\n")).startsWith("'半数' is computed by the policy's formula (half = ");
  }

  @Test
  void aDerivedFactByIdOrNameIsNoColumnOfTheData() {
    assertThat(problem("entity,land,twice\na,1,2\n"))
        .startsWith("'twice' is computed by the policy's formula (twice = ")
        .endsWith("): leave it out of the data");
    assertThat(problem("entity,land,Twice the land\na,1,2\n")).startsWith("'Twice the land' is computed by the policy's formula (twice = ");
  }

  @Test
  void aDerivedIndicatorInALongSheetIsNamedSo() {
    assertThat(problem("entity,indicator,value\na,half,2\n")).startsWith("'half' is computed by the policy's formula");
  }

  @Test
  void suggestsTheNearestNameWithinAThirdOfTheLength() {
    assertThat(Columns.suggestion("growt", List.of("growth", "tax"))).isEqualTo(": did you mean 'growth'?");
    assertThat(Columns.suggestion("taxes", List.of("growth", "tax"))).isEqualTo("");
    assertThat(Columns.suggestion("abcdef", List.of("abcxyz"))).isEqualTo("");
    assertThat(Columns.suggestion("abcdef", List.of("abcdxy"))).isEqualTo(": did you mean 'abcdxy'?");
  }

  @Test
  void aOneCharacterNameIsNeverSuggestedAnotherName() {
    assertThat(Columns.suggestion("x", List.of("y"))).isEqualTo("");
    assertThat(Columns.suggestion("ta", List.of("tax"))).isEqualTo(": did you mean 'tax'?");
  }

  @Test
  void aNameEndingAnotherIsNotSuggestedForItsEnd() {
    assertThat(Columns.suggestion("revenue", List.of("Tax revenue", "tax", "title"))).isEqualTo("");
  }

  @Test
  void ofNamesEquallyNearTheFirstInOrderIsSuggested() {
    assertThat(Columns.suggestion("tbx", List.of("tcx", "tbz", "tax", "tby", "sbx"))).isEqualTo(": did you mean 'sbx'?");
    assertThat(Columns.suggestion("tbx", List.of("tcx", "tbz", "tby"))).isEqualTo(": did you mean 'tby'?");
  }

  @Test
  void aNameOfSixtyFourCharactersIsStillMatchedButNotALongerOne() {
    String name = "x".repeat(63) + "y";

    assertThat(Columns.suggestion(name, List.of("x".repeat(64)))).isEqualTo(": did you mean '" + "x".repeat(64) + "'?");
    assertThat(Columns.suggestion(name + "y", List.of("x".repeat(65)))).isEqualTo("");
  }

  @Test
  void tenThousandNamesAreStillSearchedButNotMore() {
    List<String> names = new ArrayList<>();
    for (int i = 0; i < 9_999; i++) {
      names.add("name-" + i);
    }
    names.add("growth");

    assertThat(Columns.suggestion("growht", names)).isEqualTo(": did you mean 'growth'?");
    names.add("another");
    assertThat(Columns.suggestion("growht", names)).isEqualTo("");
  }
}
