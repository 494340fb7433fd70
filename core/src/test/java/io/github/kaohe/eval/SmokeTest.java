package io.github.kaohe.eval;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.kaohe.data.CsvDataReader;
import io.github.kaohe.data.Dataset;
import io.github.kaohe.data.Period;
import io.github.kaohe.load.PolicyLoader;
import io.github.kaohe.load.PolicyWriter;
import io.github.kaohe.model.Language;
import io.github.kaohe.model.Policy;
import org.junit.jupiter.api.Test;

class SmokeTest {
  @Test
  void loadsEvaluatesExplains() {
    Policy p = PolicyLoader.create().load(getClass().getResource("/policies/small.yaml"), "small.yaml");
    Dataset d = CsvDataReader.forScheme(p.scheme("firms")).withPeriod(Period.year(2015)).read(
        "entity,tax,place,税收增速,title\n甲,100,1,10,1\nb,80,3,20,2\nGamma,50,11,-5,\nd,120,2,5,\n", "t.csv");
    SchemeResult r = Evaluator.of(p).evaluate("firms", d, Period.year(2015));
    System.out.println(Explanation.all(r, Language.ZH));
    System.out.println(Explanation.all(r, Language.EN));
    System.out.println(ResultJson.write(r));
    System.out.println(PolicyWriter.toYaml(p));
    assertThat(PolicyLoader.create().load(PolicyWriter.toYaml(p), "rt")).isEqualTo(p);
  }
}
