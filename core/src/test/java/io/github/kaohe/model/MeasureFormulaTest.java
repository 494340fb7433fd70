package io.github.kaohe.model;

import static io.github.kaohe.model.ModelParts.d;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What each measure formula reads, the name it has in policy YAML, and a weighted sum's need of a term. */
class MeasureFormulaTest {
  @Test
  void eachFormulaSaysWhatItReadsAndItsName() {
    MeasureFormula sum = new MeasureFormula.WeightedSum(List.of(
        new MeasureFormula.Term("tax-growth", d("0.5")), new MeasureFormula.Term("investment-growth", d("0.5"))));
    MeasureFormula growth = new MeasureFormula.Growth("tax", MeasureFormula.WhenBaseNotPositive.ZERO);
    MeasureFormula ratio = new MeasureFormula.Ratio("tax", "land", d("100"));
    MeasureFormula population = new MeasureFormula.Population(MeasureFormula.Statistic.MEAN, "tax",
        MeasureFormula.Over.RANKED, Optional.of(d("1")), Optional.empty());
    MeasureFormula change = new MeasureFormula.Change("place");
    MeasureFormula entity = new MeasureFormula.EntityValue("city", "investment");

    assertThat(sum.reads()).containsExactly("tax-growth", "investment-growth");
    assertThat(growth.reads()).containsExactly("tax");
    assertThat(ratio.reads()).containsExactly("tax", "land");
    assertThat(population.reads()).containsExactly("tax");
    assertThat(change.reads()).containsExactly("place");
    assertThat(entity.reads()).containsExactly("investment");
    assertThat(List.of(sum, growth, ratio, population, change, entity)).extracting(MeasureFormula::type)
        .containsExactly("weighted-sum", "growth", "ratio", "population", "change", "entity");
  }

  @Test
  void aWeightedSumNeedsATermAndAnEntityValueNamesItsEntity() {
    assertThatThrownBy(() -> new MeasureFormula.WeightedSum(List.of()))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("a weighted sum needs at least one term");
    assertThatThrownBy(() -> new MeasureFormula.EntityValue(" ", "investment"))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("entity must not be blank");
    MeasureFormula.Population everyone =
        new MeasureFormula.Population(MeasureFormula.Statistic.COUNT, "tax", MeasureFormula.Over.ASSESSED);
    assertThat(everyone.atLeast()).isEmpty();
    assertThat(everyone.where()).isEmpty();
  }
}
