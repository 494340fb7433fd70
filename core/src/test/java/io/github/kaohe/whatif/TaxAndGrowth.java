package io.github.kaohe.whatif;

import io.github.kaohe.data.CsvDataReader;
import io.github.kaohe.data.Dataset;
import io.github.kaohe.data.Period;
import io.github.kaohe.load.PolicyLoader;
import io.github.kaohe.model.Policy;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The small policy most what-if tests work by hand: two indicators, tax (万元) and growth (%), each
 * 10 points proportional to the best. Tax a 100, b 80, c 60, d 40; growth 10, 10, 10, 1: totals
 * a 20, b 18, c 16, d 5; places 1 to 4 (competition ties).
 */
final class TaxAndGrowth {
  static final Policy POLICY =
      PolicyLoader.create().load(TaxAndGrowth.class.getResource("/policies/tax-and-growth.yaml"), "tax-and-growth.yaml");

  static final Period YEAR = Period.year(2015);

  private TaxAndGrowth() {}

  /** The four firms a to d. */
  static Dataset data() {
    return data("entity,tax,growth\na,100,10\nb,80,10\nc,60,10\nd,40,1\n");
  }

  /** Other data of the same scheme, as CSV. */
  static Dataset data(String csv) {
    return CsvDataReader.forScheme(POLICY.scheme("firms")).withPeriod(YEAR).read(csv, "firms.csv");
  }

  /** Costs per unit of tax and of growth, in 万元. */
  static Costs costs(String tax, String growth) {
    Map<String, BigDecimal> m = new LinkedHashMap<>();
    m.put("tax", new BigDecimal(tax));
    m.put("growth", new BigDecimal(growth));
    return Costs.of(m).in("万元");
  }

  static WhatIf whatIf() {
    return WhatIf.of(POLICY, "firms", data(), YEAR);
  }
}
