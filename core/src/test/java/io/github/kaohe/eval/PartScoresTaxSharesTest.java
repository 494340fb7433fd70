package io.github.kaohe.eval;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.kaohe.data.CsvDataReader;
import io.github.kaohe.data.Dataset;
import io.github.kaohe.data.Period;
import io.github.kaohe.load.PolicyLoader;
import io.github.kaohe.model.Policy;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A register in parts: firms that take no place, whose VAT is shared half and half between the
 * county they come from and the zone that hosts them, rounded down to the fen, the remainder to
 * the host. a pays 100.01: 50.00 home, 50.01 host; b is not producing, so nothing is shared.
 */
class PartScoresTaxSharesTest {
  private static final Policy POLICY = PolicyLoader.create().load("""
      kaohe: 1
      id: shares
      name: {zh: 分成, en: Shares}
      version: "1"
      source: {title: {zh: 文件, en: Document}, issuer: 办公室, date: 2024-01-15}
      schemes:
        - id: firms
          name: {zh: 异地企业, en: Firms investing elsewhere}
          attributes: [home, host]
          facts:
            - {id: vat, name: {zh: 增值税, en: VAT}, type: number}
            - {id: producing, name: {zh: 已投产, en: In production}, type: boolean, fallback: "false"}
          taxSharing:
            - id: half-half
              name: {zh: 5:5分成, en: Split 5 5}
              taxes: [vat]
              parties:
                - {id: home, name: {zh: 投资地, en: Home}, share: 1, attribute: home}
                - {id: host, name: {zh: 入驻地, en: Host}, share: 1, attribute: host}
              remainder: host
              appliesWhen: producing
              rounding: {scale: 2, rounding: down}
      """, "shares.yaml");
  private static final Period Y2024 = Period.year(2024);
  private static final Dataset DATA = CsvDataReader.forScheme(POLICY.scheme("firms")).read("""
      entity,period,home,host,vat,producing
      a,2024,lankao,zone-1,100.01,true
      b,2024,qixian,zone-1,40,false
      """, "shares.csv");

  @Test
  void aRegisterInPartsSharesEachFirmsTaxAndPlacesNoOne() {
    PartEvaluatorRun run = PartEvaluatorRun.of(POLICY, List.of(DATA));
    SchemeResult whole = Evaluator.of(POLICY).evaluate("firms", DATA, Y2024);

    PartScores scores = run.evaluator.rule(DATA, Y2024, run.history, run.places, run.figures);

    assertThat(scores.size()).isEqualTo(2);
    for (int k = 0; k < 2; k++) {
      assertThat(scores.ranked(k)).as("a register ranks no one").isFalse();
      assertThat(scores.taxShares(k)).isEqualTo(whole.entity(scores.entity(k)).orElseThrow().taxShares());
    }
    int a = scores.entity(0).equals("a") ? 0 : 1;
    assertThat(scores.taxShares(a)).singleElement().satisfies(t -> assertThat(t.shares())
        .extracting(s -> s.recipient() + " " + s.amount().toPlainString())
        .containsExactly("lankao 50.00", "zone-1 50.01"));
    assertThat(scores.taxShares(1 - a)).isEmpty();
  }
}
