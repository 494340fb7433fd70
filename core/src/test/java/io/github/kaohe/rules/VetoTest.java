package io.github.kaohe.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.kaohe.data.CsvDataReader;
import io.github.kaohe.data.Dataset;
import io.github.kaohe.data.Period;
import io.github.kaohe.eval.EntityResult;
import io.github.kaohe.eval.Evaluator;
import io.github.kaohe.eval.Explanation;
import io.github.kaohe.eval.OutcomeResult;
import io.github.kaohe.eval.ResultJson;
import io.github.kaohe.eval.SchemeResult;
import io.github.kaohe.load.PolicyException;
import io.github.kaohe.load.PolicyLoader;
import io.github.kaohe.load.PolicyWriter;
import io.github.kaohe.model.Language;
import io.github.kaohe.model.Policy;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * One-vote vetoes on {@code veto.yaml}. Tax 100, 80, 60, 40 for a, b, c, d; without vetoes the
 * places are a 1, b 2, c 3, d 4 (points 10, 8, 6, 4), and county x holds a, b; county y c, d.
 */
class VetoTest {
  private static final Policy POLICY =
      PolicyLoader.create().load(VetoTest.class.getResource("/policies/veto.yaml"), "veto.yaml");

  private static SchemeResult evaluate(String flags) {
    String csv = "entity,county,tax,accident,violation,failed\n"
        + "a,x,100,%s\nb,x,80,%s\nc,y,60,%s\nd,y,40,%s\n".formatted((Object[]) flags.split(";"));
    Dataset data = CsvDataReader.forScheme(POLICY.scheme("firms")).withPeriod(Period.year(2015)).read(csv, "veto.csv");
    return Evaluator.of(POLICY).evaluate("firms", data, Period.year(2015));
  }

  private static String places(SchemeResult r) {
    return String.join(" ", r.entities().stream()
        .map(e -> e.id() + (e.place().isPresent() ? e.place().getAsInt() : "-")).toList());
  }

  @Test
  void aVetoedEntityIsPlacedLastAndTheOthersMoveUp() {
    SchemeResult r = evaluate("true,false,false;false,false,false;false,false,false;false,false,false");

    assertThat(places(r)).isEqualTo("b1 c2 d3 a4");
    assertThat(r.entity("a").orElseThrow().groupPlaces()).isEqualTo(Map.of("county", 2));
    assertThat(r.entity("b").orElseThrow().groupPlaces()).isEqualTo(Map.of("county", 1));
    assertThat(r.entity("b").orElseThrow().money()).isEqualByComparingTo("100");
    assertThat(r.entity("a").orElseThrow().money()).isEqualByComparingTo("0");
  }

  @Test
  void vetoedEntitiesAmongThemselvesKeepTheOrderOfTheirTotals() {
    SchemeResult r = evaluate("true,false,false;true,false,false;false,false,false;false,false,false");

    assertThat(places(r)).isEqualTo("c1 d2 a3 b4");
  }

  @Test
  void aVetoThatPlacesNowhereLeavesTheEntityWithoutAPlace() {
    SchemeResult r = evaluate("false,true,false;false,false,false;false,false,false;false,false,false");

    assertThat(places(r)).isEqualTo("b1 c2 d3 a-");
    assertThat(r.entity("a").orElseThrow().given()).extracting(OutcomeResult::kind).containsExactly(OutcomeResult.Kind.VETO);
  }

  @Test
  void aVetoOfAwardsKeepsThePlaceButWithholdsTheMoney() {
    SchemeResult r = evaluate("false,false,true;false,false,false;false,false,false;false,false,false");

    EntityResult a = r.entity("a").orElseThrow();
    assertThat(a.place()).hasValue(1);
    assertThat(a.money()).isEqualByComparingTo("0");
    assertThat(a.outcomes()).filteredOn(o -> o.kind() == OutcomeResult.Kind.MONEY)
        .singleElement()
        .satisfies(o -> {
          assertThat(o.status()).isEqualTo(OutcomeResult.Status.WITHHELD);
          assertThat(o.reason().zh()).contains("一票否决");
        });
  }

  @Test
  void everyOutputShowsTheVetoWithItsRule() {
    SchemeResult r = evaluate("true,false,false;false,false,false;false,false,false;false,false,false");
    EntityResult a = r.entity("a").orElseThrow();

    assertThat(Explanation.of(r, a, Language.ZH)).contains("【给予】一票否决：排名列末位（一票否决）：符合「");
    assertThat(ResultJson.write(r)).contains("\"kind\" : \"veto\"").contains("\"veto\" : \"ranking\"");
  }

  @Test
  void vetoesAreWrittenBackAsTheyWereRead() {
    String yaml = PolicyWriter.toYaml(POLICY);

    assertThat(yaml).contains("veto: ranking").contains("placed: last").contains("placed: none").contains("veto: awards");
    assertThat(PolicyLoader.create().load(yaml, "again.yaml")).isEqualTo(POLICY);
  }

  @Test
  void aVetoOfTheRankingThatReadsThePeriodsOwnPlaceIsRejected() {
    String yaml = PolicyWriter.toYaml(POLICY).replace("of: accident", "of: result.place");

    assertThatThrownBy(() -> PolicyLoader.create().load(yaml, "bad.yaml"))
        .isInstanceOf(PolicyException.class)
        .hasMessageContaining("vetoes the ranking, but its input 'accident' reads result.place of the same period");
  }

  @Test
  void anUnknownVetoSaysWhatToWrite() {
    String yaml = PolicyWriter.toYaml(POLICY).replace("veto: awards", "veto: everything");

    assertThatThrownBy(() -> PolicyLoader.create().load(yaml, "bad.yaml"))
        .isInstanceOf(PolicyException.class)
        .hasMessageContaining("unknown veto 'everything': write ranking (the place) or awards (every award)");
  }
}
