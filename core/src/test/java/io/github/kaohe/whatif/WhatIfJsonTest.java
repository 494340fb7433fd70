package io.github.kaohe.whatif;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What-if answers as JSON, on the worked examples of {@link WhatIfTest} and {@link CheapestTest}. */
class WhatIfJsonTest {
  private static Costs costs(String tax, String growth) {
    Map<String, BigDecimal> m = new LinkedHashMap<>();
    m.put("tax", new BigDecimal(tax));
    m.put("growth", new BigDecimal(growth));
    return Costs.of(m).in("万元");
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> asMap(Object o) {
    return (Map<String, Object>) o;
  }

  @Test
  void eachAnswerIsWrittenWithWhatItChangesWhatThatCostsAndWhy() {
    WhatIf whatIf = TaxAndGrowth.whatIf();
    List<Counterfactual> answers = List.of(whatIf.reach("c", Goal.place(2), "tax"), whatIf.reach("d", Goal.place(1), "tax"));

    String json = WhatIfJson.write(WhatIfJson.answers(answers, Optional.of(Costs.of(Map.of("tax", new BigDecimal("2"))))));

    assertThat(json).isEqualTo("""
        [ {
          "key" : "tax",
          "name" : {
            "zh" : "税收",
            "en" : "Tax"
          },
          "unit" : "万元",
          "status" : "reached",
          "from" : 60,
          "to" : 80,
          "change" : 20,
          "cost" : 40,
          "standing" : {
            "zh" : "第 2 名",
            "en" : "place 2"
          },
          "reason" : {
            "zh" : "税收由 60 万元 变为 80 万元（+20），即进入前 2 名（第 2 名）",
            "en" : "Tax from 60 万元 to 80 万元 (+20) reaches place 2 or better (place 2)"
          }
        }, {
          "key" : "tax",
          "name" : {
            "zh" : "税收",
            "en" : "Tax"
          },
          "unit" : "万元",
          "status" : "unreachable",
          "from" : 40,
          "standing" : {
            "zh" : "第 4 名",
            "en" : "place 4"
          },
          "reason" : {
            "zh" : "税收在 0～160 万元 之间试过的值都未能进入前 1 名：取 160 时为第 4 名，取 0 时为第 4 名",
            "en" : "Tax: no value tried from 0 to 160 万元 reaches place 1 or better; at 160 it would be place 4, at 0 place 4"
          }
        } ]""".replace("\n", System.lineSeparator()));
  }

  @Test
  void anAnswerHasACostOnlyWhereItsValueHasOne() {
    WhatIf whatIf = TaxAndGrowth.whatIf();
    List<Counterfactual> answers = whatIf.reach("c", Goal.place(2));

    List<Object> withoutCosts = WhatIfJson.answers(answers, Optional.empty());
    List<Object> growthOnly = WhatIfJson.answers(answers, Optional.of(Costs.of(Map.of("growth", new BigDecimal("5")))));

    assertThat(withoutCosts).hasSize(2).allSatisfy(m -> assertThat(asMap(m)).doesNotContainKey("cost"));
    assertThat(asMap(growthOnly.get(0))).doesNotContainKey("cost");
    assertThat(asMap(growthOnly.get(1))).containsEntry("change", new BigDecimal("3")).containsEntry("cost", new BigDecimal("15"));
  }

  @Test
  void theCheapestCombinationIsWrittenWithEachChangeItsCostsAndWhy() {
    Costs costs = costs("1", "5");
    Combination c = TaxAndGrowth.whatIf().cheapest("c", Goal.place(2), costs);

    String json = WhatIfJson.write(WhatIfJson.combination(c, costs));

    assertThat(json).isEqualTo("""
        {
          "status" : "reached",
          "cost" : 14,
          "leastCost" : 14,
          "optimal" : true,
          "costUnit" : "万元",
          "costPerUnit" : {
            "tax" : 1,
            "growth" : 5
          },
          "changes" : [ {
            "key" : "tax",
            "name" : {
              "zh" : "税收",
              "en" : "Tax"
            },
            "unit" : "万元",
            "from" : 60,
            "to" : 64,
            "change" : 4,
            "cost" : 4
          }, {
            "key" : "growth",
            "name" : {
              "zh" : "增速",
              "en" : "Growth"
            },
            "unit" : "%",
            "from" : 10,
            "to" : 12,
            "change" : 2,
            "cost" : 10
          } ],
          "standing" : {
            "zh" : "第 2 名",
            "en" : "place 2"
          },
          "reason" : {
            "zh" : "最省的组合：税收由 60 万元 变为 64 万元（+4，成本 4 万元）、增速由 10% 变为 12%（+2，成本 10 万元）；成本合计 14 万元，即进入前 2 名（第 2 名）",
            "en" : "Cheapest combination: Tax from 60 万元 to 64 万元 (+4, cost 4 万元), Growth from 10% to 12% (+2, cost 10 万元); cost 14 万元 in all, reaches place 2 or better (place 2)"
          },
          "evaluations" : EVALUATIONS
        }""".replace("EVALUATIONS", String.valueOf(c.evaluations())).replace("\n", System.lineSeparator()));
    assertThat(c.evaluations()).isPositive();
  }

  @Test
  void aCombinationOutOfReachHasNoCostAndNoChanges() {
    Costs costs = Costs.of(Map.of("tax", BigDecimal.ONE));
    Combination c = TaxAndGrowth.whatIf().beyondTheData(BigDecimal.ZERO).cheapest("d", Goal.place(1), costs);

    Map<String, Object> m = WhatIfJson.combination(c, costs);

    assertThat(m).containsEntry("status", "unreachable").containsEntry("optimal", true).containsEntry("costUnit", "")
        .containsEntry("changes", List.of()).doesNotContainKeys("cost", "leastCost");
  }
}
