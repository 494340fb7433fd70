package io.github.kaohe.model;

import static io.github.kaohe.model.ModelParts.d;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What the engine asks of a method and a transform besides its parameters: whether the method
 * compares the population, whether its points stay within the weight, and its name in YAML.
 */
class MethodPropertiesTest {
  @Test
  void minMaxComparesThePopulationAndTargetsAndPlacesDoNot() {
    assertThat(MinMax.standard().comparesPopulation()).isTrue();
    assertThat(PlacePoints.linear(10).comparesPopulation()).isFalse();
    assertThat(DirectPoints.strict().comparesPopulation()).isFalse();
  }

  @Test
  void methodsWithoutAnOpenCapKeepTheirPointsWithinTheWeight() {
    List<ScoringMethod> bounded = List.of(ProportionalToBest.standard(), MinMax.standard(), Goalposts.of(d("0"), d("1")),
        PlacePoints.step(d("1")), Bands.of(List.of(Band.of(d("0"), d("1"), d("1")))), ZScore.standard(),
        DirectPoints.strict());
    for (ScoringMethod m : bounded) {
      assertThat(m.bounded()).as(m.type()).isTrue();
    }
  }

  @Test
  void theNaturalLogIsCalledLnAndFailsOnValuesWithoutALogarithmUnlessToldOtherwise() {
    assertThat(NaturalLog.strict().type()).isEqualTo("ln");
    assertThat(NaturalLog.strict().whenNotPositive()).isEqualTo(NaturalLog.WhenNotPositive.ERROR);
  }
}
