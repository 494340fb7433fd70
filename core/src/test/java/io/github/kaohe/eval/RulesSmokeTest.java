package io.github.kaohe.eval;

import io.github.kaohe.data.CsvDataReader;
import io.github.kaohe.data.Dataset;
import io.github.kaohe.data.Period;
import io.github.kaohe.load.PolicyLoader;
import io.github.kaohe.model.Language;
import io.github.kaohe.model.Policy;
import java.util.List;
import org.junit.jupiter.api.Test;

class RulesSmokeTest {
  @Test
  void print() {
    Policy p = PolicyLoader.create().load(getClass().getResource("/policies/rules.yaml"), "rules.yaml");
    Dataset d = CsvDataReader.forScheme(p.scheme("zones")).read(
        "entity,period,tax,top-ten,titles,star,province-place\n"
            + "a,2014,100,false,0,one,10\nb,2014,90,true,1,two,20\nc,2014,80,false,0,none,30\n"
            + "a,2015,120,false,0,one,12\nb,2015,99,true,2,two,26\nc,2015,70,true,0,none,31\n", "t.csv");
    List<SchemeResult> rs = Evaluator.of(p).evaluate("zones", d, List.of(Period.year(2014), Period.year(2015)));
    for (SchemeResult r : rs) {
      System.out.println(Explanation.all(r, Language.ZH));
    }
    System.out.println(ResultJson.write(rs.get(1)));
  }
}
