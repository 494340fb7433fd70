package io.github.kaohe.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.kaohe.load.PolicyLoader;
import io.github.kaohe.model.Policy;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;

class SchemeMatcherTest {
  private static final Policy TWO_SCHEMES =
      PolicyLoader.create()
          .load(Objects.requireNonNull(SchemeMatcherTest.class.getResource("/two-schemes.yaml")), "two-schemes.yaml");

  @Test
  void picksTheSchemeWhoseIndicatorsTheHeaderNamesByIdOrChineseName() {
    assertThat(SchemeMatcher.match(TWO_SCHEMES, List.of("entity", "period", "产值", "jobs"), "z.csv").id())
        .isEqualTo("zones");
    assertThat(SchemeMatcher.match(TWO_SCHEMES, List.of("名称", "税收"), "f.csv").id()).isEqualTo("firms");
  }

  @Test
  void picksTheSchemeWithTheMostMatchingColumns() {
    assertThat(SchemeMatcher.match(TWO_SCHEMES, List.of("entity", "tax", "output", "jobs"), "x.csv").id())
        .isEqualTo("zones");
  }

  @Test
  void asksForTheSchemeOnATie() {
    assertThatThrownBy(() -> SchemeMatcher.match(TWO_SCHEMES, List.of("entity", "tax", "output"), "x.csv"))
        .isInstanceOf(InputException.class)
        .hasMessage(
            "the header of x.csv fits schemes [firms, zones] equally well: say which scheme the data are"
                + " for with --scheme (one of firms, zones)");
  }

  @Test
  void takesTheOnlySchemeOfAPolicyWhateverTheHeader() {
    Policy small =
        PolicyLoader.create().load(Objects.requireNonNull(getClass().getResource("/small.yaml")), "small.yaml");
    assertThat(SchemeMatcher.match(small, List.of("entity", "colour"), "x.csv").id()).isEqualTo("firms");
  }
}
