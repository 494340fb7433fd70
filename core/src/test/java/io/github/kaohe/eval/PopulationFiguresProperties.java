package io.github.kaohe.eval;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.kaohe.data.Period;
import io.github.kaohe.model.MeasureFormula;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.BigRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Scale;
import net.jqwik.api.constraints.Size;

/**
 * A figure of the whole population worked out from parts' summaries, merged in any order, is the
 * one worked out from all the values at once: sum, count, mean, least and greatest, exactly.
 */
class PopulationFiguresProperties {
  private static final Period YEAR = Period.year(2024);
  private static final io.github.kaohe.model.Label X = io.github.kaohe.model.Label.of("x", "x");

  @Property(tries = 300)
  void mergedPartsGiveTheWholesFigure(
      @ForAll @Size(max = 40) List<@BigRange(min = "-1000", max = "1000") @Scale(3) BigDecimal> values,
      @ForAll @IntRange(min = 1, max = 6) int parts) {
    List<List<BigDecimal>> split = new ArrayList<>();
    for (int p = 0; p < parts; p++) {
      split.add(new ArrayList<>());
    }
    for (int i = 0; i < values.size(); i++) {
      split.get(Math.floorMod(i * 7 + values.get(i).hashCode(), parts)).add(values.get(i));
    }
    PopulationFigures merged = PopulationFigures.none();
    for (int p = parts - 1; p >= 0; p--) { // in reverse, as a cluster may merge them
      merged = merged.merge(new PopulationFigures(Map.of(),
          Map.of(PopulationFigures.key("m", YEAR), PopulationFigures.Partial.of(split.get(p))), Set.of()));
    }
    PopulationFigures.Partial whole = merged.partials().get(PopulationFigures.key("m", YEAR));
    for (MeasureFormula.Statistic s : List.of(MeasureFormula.Statistic.SUM, MeasureFormula.Statistic.COUNT,
        MeasureFormula.Statistic.MEAN, MeasureFormula.Statistic.MIN, MeasureFormula.Statistic.MAX)) {
      MeasureFormula.Population formula = new MeasureFormula.Population(s, "x", MeasureFormula.Over.ASSESSED);
      Value fromParts = Values.figure(formula, whole, YEAR, X);
      Value fromAll = Values.figure(formula, PopulationFigures.Partial.of(values), YEAR, X);
      assertThat(fromParts.present()).isEqualTo(fromAll.present());
      if (fromAll.present()) {
        assertThat(fromParts.number()).as("%s", s).isEqualByComparingTo(fromAll.number());
      } else {
        assertThat(fromParts.missing()).isEqualTo(fromAll.missing());
      }
    }
    if (!values.isEmpty()) {
      BigDecimal sum = values.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
      assertThat(whole.sum()).isEqualByComparingTo(sum);
      assertThat(whole.count()).isEqualTo(values.size());
      assertThat(whole.min()).isEqualByComparingTo(values.stream().min(BigDecimal::compareTo).orElseThrow());
      assertThat(whole.max()).isEqualByComparingTo(values.stream().max(BigDecimal::compareTo).orElseThrow());
    }
  }
}
