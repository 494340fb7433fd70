package io.github.kaohe.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.kaohe.data.Period;
import io.github.kaohe.model.Label;
import io.github.kaohe.model.Language;
import io.github.kaohe.sensitivity.EntityUncertainty;
import io.github.kaohe.sensitivity.InputSensitivity;
import io.github.kaohe.sensitivity.SensitivityResult;
import io.github.kaohe.sensitivity.SobolIndex;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class SensitivityReportTest {
  private static final SensitivityResult RESULT = new SensitivityResult("p", "firms", Period.year(2015), 8, 1, 24, 2, 1, true,
      List.of(new InputSensitivity("weight of tax", Label.of("「税收」的权重", "the weight of Tax"), "±20%: 8 to 12 points",
          new SobolIndex(0.6, 0.5, 0.7, 0.8, 0.7, 0.9), Map.of("b", new SobolIndex(0.25, 0.2, 0.3, 0.5, 0.4, 0.6)))),
      List.of(
          new EntityUncertainty("a", Label.of("甲<b>", "Alpha"), 1, 1, 1, 2, new TreeMap<>(Map.of(1, 0.75, 2, 0.25)), 0.75,
              new BigDecimal("300"), new BigDecimal("225.0000"), 0.75, OptionalDouble.of(0.75), 0),
          new EntityUncertainty("b", Label.of("乙", "Beta"), 2, 2, 1, 3, new TreeMap<>(Map.of(1, 0.25, 2, 0.5, 3, 0.25)), 0.25,
              BigDecimal.ZERO, new BigDecimal("75.0000"), 0.25, OptionalDouble.empty(), 0.25)));

  @Test
  void theHtmlPageHasBothChartsBothLanguagesAndEscapesNames() {
    String html = SensitivityHtml.write(RESULT);

    assertThat(html).contains("id=\"place-intervals\"", "id=\"sobol-indices\"", "甲&lt;b&gt;", "the weight of Tax",
        "The weight of Tax explains 60 % of the variance of the places on its own (95 % interval 50–70 %), 80 % with its"
            + " interactions.", "<td class=\"num\">1–2</td>", "<td class=\"num\">—</td>")
        .doesNotContain("甲<b>");
    // b's own place: S 0.25, ST 0.5 for the weight of tax
    assertThat(html).contains("各单位名次的 Sobol 指数",
        "<tr><td><span class=\"zh\">乙</span><span class=\"en\">Beta</span></td><td class=\"num\">0.250 / 0.500</td></tr>");
  }

  @Test
  void theCsvHasOneRowPerEntityAndLeavesAMissingRewardEmpty() {
    assertThat(SensitivityCsv.write(RESULT, Language.EN)).isEqualTo("""
        entity,name,nominal place,median place,place 5%,place 95%,P(first),nominal money,mean money,P(any money),P(keeps reward),P(sanction)
        a,Alpha,1,1,1,2,0.7500,300,225.0000,0.7500,0.7500,0.0000
        b,Beta,2,2,1,3,0.2500,0,75.0000,0.2500,,0.2500
        """);
  }
}
