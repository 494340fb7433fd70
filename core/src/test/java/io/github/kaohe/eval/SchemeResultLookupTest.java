package io.github.kaohe.eval;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.kaohe.data.CsvDataReader;
import io.github.kaohe.data.Dataset;
import io.github.kaohe.data.Period;
import io.github.kaohe.load.PolicyLoader;
import io.github.kaohe.model.Policy;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Finding entities in a result and reading its places without building entities' results, on the
 * test policy {@code small.yaml} with {@link SmallPolicyTest}'s data: places b 1, a 2, c 3, and d,
 * which is not ranked, listed last. Its entities are declared: a 甲 Alpha, b 乙 Beta, c 丙 Gamma,
 * d 丁 Delta.
 */
class SchemeResultLookupTest {
  private static final Policy POLICY =
      PolicyLoader.create().load(SchemeResultLookupTest.class.getResource("/policies/small.yaml"), "small.yaml");
  private static final String CSV = """
      entity,tax,place,税收增速,title
      甲,100,1,10,1
      b,80,3,20,2
      Gamma,50,11,-5,
      d,120,2,5,
      """;

  private static SchemeResult result() {
    Dataset data = CsvDataReader.forScheme(POLICY.scheme("firms")).withPeriod(Period.year(2015)).read(CSV, "small.csv");
    return Evaluator.of(POLICY).evaluate("firms", data, Period.year(2015));
  }

  @Test
  void aDeclaredEntityIsFoundByItsIdAndByEitherOfItsNames() {
    SchemeResult r = result();

    assertThat(r.entityNamed("a")).hasValueSatisfying(e -> assertThat(e.id()).isEqualTo("a"));
    assertThat(r.entityNamed("甲")).hasValueSatisfying(e -> assertThat(e.id()).isEqualTo("a"));
    assertThat(r.entityNamed("Alpha")).hasValueSatisfying(e -> assertThat(e.total()).isEqualByComparingTo("22.07"));
    assertThat(r.entityNamed("丙")).hasValueSatisfying(e -> assertThat(e.id()).isEqualTo("c"));
    assertThat(r.entityNamed("Delta")).hasValueSatisfying(e -> assertThat(e.id()).isEqualTo("d"));
  }

  @Test
  void aNameNoEntityHasFindsNothing() {
    SchemeResult r = result();

    assertThat(r.entityNamed("Epsilon")).isEmpty();
    assertThat(r.entity("甲")).as("entity(id) reads ids only").isEmpty();
  }

  @Test
  void anEntityOfTheDataIsFoundByItsIdAlone() {
    Policy policy = PartEvaluatorPolicies.policy("");
    SchemeResult r = Evaluator.of(policy).evaluate("firms",
        PartEvaluatorPolicies.data(policy, "entity,period,tax\nx,2024,10\ny,2024,20\n"), Period.year(2024));

    assertThat(r.entityNamed("x")).hasValueSatisfying(e -> assertThat(e.total()).isEqualByComparingTo("5.00"));
    assertThat(r.entityNamed("z")).isEmpty();
  }

  @Test
  void everyPlaceIsGivenInListingOrderWithZeroForNoPlace() {
    List<String> places = new ArrayList<>();

    result().forEachPlace((id, place) -> places.add(id + " " + place));

    assertThat(places).containsExactly("b 1", "a 2", "c 3", "d 0");
  }

  @Test
  void aResultSaysWhatItIsOf() {
    assertThat(result()).hasToString("SchemeResult[firms 2015: 4 entities]");
  }
}
