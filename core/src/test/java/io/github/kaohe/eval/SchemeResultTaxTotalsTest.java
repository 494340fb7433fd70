package io.github.kaohe.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.kaohe.data.CsvDataReader;
import io.github.kaohe.data.Period;
import io.github.kaohe.load.PolicyLoader;
import io.github.kaohe.model.Policy;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * What each recipient receives under a scheme's tax sharing, summed over its firms: VAT shared half
 * and half between home and host, rounded down to the fen, the remainder to the host.
 *
 * <pre>
 *      home    host    VAT     home's half  host's half (and remainder)
 * a    lankao  zone-1  100.01  50.00        50.01
 * b    qixian  zone-1   10.00   5.00         5.00
 * c    lankao  zone-2   40.00  (not producing: nothing shared)
 * </pre>
 *
 * lankao 50.00, zone-1 50.01 + 5.00 = 55.01, qixian 5.00, in the order they first appear.
 */
class SchemeResultTaxTotalsTest {
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

  private static SchemeResult result() {
    return Evaluator.of(POLICY).evaluate("firms", CsvDataReader.forScheme(POLICY.scheme("firms")).read("""
        entity,period,home,host,vat,producing
        a,2024,lankao,zone-1,100.01,true
        b,2024,qixian,zone-1,10,true
        c,2024,lankao,zone-2,40,false
        """, "shares.csv"), Period.year(2024));
  }

  @Test
  void eachRecipientReceivesTheSumOfItsSharesPerTax() {
    Map<String, Map<String, BigDecimal>> totals = result().taxTotals();

    assertThat(totals.keySet()).containsExactly("lankao", "zone-1", "qixian");
    assertThat(totals.get("lankao").get("vat")).isEqualByComparingTo("50.00");
    assertThat(totals.get("zone-1").get("vat")).isEqualByComparingTo("55.01");
    assertThat(totals.get("qixian").get("vat")).isEqualByComparingTo("5.00");
  }

  @Test
  void theTotalsCannotBeChanged() {
    Map<String, Map<String, BigDecimal>> totals = result().taxTotals();

    assertThatThrownBy(() -> totals.get("lankao").put("vat", BigDecimal.ZERO))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> totals.put("elsewhere", Map.of())).isInstanceOf(UnsupportedOperationException.class);
    assertThat(result().taxTotals().get("lankao")).containsOnlyKeys(List.of("vat"));
  }
}
