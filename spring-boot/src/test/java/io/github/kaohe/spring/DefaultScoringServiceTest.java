package io.github.kaohe.spring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.kaohe.Policies;
import io.github.kaohe.data.CsvDataReader;
import io.github.kaohe.data.DataException;
import io.github.kaohe.data.DataProblem;
import io.github.kaohe.data.Dataset;
import io.github.kaohe.data.Period;
import io.github.kaohe.eval.EvaluationException;
import io.github.kaohe.eval.Evaluator;
import io.github.kaohe.eval.ResultJson;
import io.github.kaohe.eval.SchemeResult;
import io.github.kaohe.model.Language;
import io.github.kaohe.model.Policy;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/** The scoring service without Spring: the same results as the API, every form of data, every failure. */
class DefaultScoringServiceTest {
  private static final Policy KAIFENG = Policies.load(KaifengSample.POLICY);
  private static final String SCHEME = KaifengSample.SCHEME;

  private final InMemoryPolicyRegistry registry = new InMemoryPolicyRegistry();
  private final List<String> observed = new ArrayList<>();
  private final DefaultScoringService service;

  DefaultScoringServiceTest() {
    registry.put(new RegisteredPolicy(KAIFENG, "kaifeng-2014", Instant.now()));
    ScoringObserver observer = new ScoringObserver() {
      @Override
      public void evaluated(String policy, String scheme, Duration time, int entities) {
        observed.add("evaluated " + policy + " " + scheme + " " + entities);
      }

      @Override
      public void failed(String policy, String scheme, RuntimeException failure) {
        observed.add("failed " + policy + " " + scheme + " " + failure.getClass().getSimpleName());
      }
    };
    service = new DefaultScoringService(registry, List.of(observer), false);
  }

  @Test
  void aCsvUploadScoresAsTheApiDoes() {
    SchemeResult result = service.evaluate(KaifengSample.POLICY, SCHEME, DataInput.csv(KaifengSample.csv(), "zones.csv"), Period.year(2015));
    assertThat(result.ranked().get(0).entity().name().zh()).isEqualTo("汴西产业集聚区");
    assertThat(result.ranked().get(0).total()).isEqualByComparingTo("104.46");
    assertThat(ResultJson.write(result)).isEqualTo(ResultJson.write(direct(Period.year(2015))));
    assertThat(observed).containsExactly("evaluated kaifeng-2014 industrial-cluster-zones 7");
  }

  @Test
  void gbkAndUtf8WithABomAreReadAsExcelWritesThem() {
    String text = new String(KaifengSample.csv(), StandardCharsets.UTF_8);
    byte[] gbk = text.getBytes(java.nio.charset.Charset.forName("GBK"));
    byte[] bom = ("\uFEFF" + text).getBytes(StandardCharsets.UTF_8);
    String expected = ResultJson.write(direct(Period.year(2015)));
    assertThat(ResultJson.write(service.evaluate(KaifengSample.POLICY, SCHEME, DataInput.csv(gbk, "园区数据.csv"), Period.year(2015))))
        .isEqualTo(expected);
    assertThat(ResultJson.write(service.evaluate(KaifengSample.POLICY, SCHEME, DataInput.csv(bom, "zones.csv"), Period.year(2015))))
        .isEqualTo(expected);
  }

  @Test
  void withoutAPeriodTheLatestIsScored() {
    SchemeResult result = service.evaluate(KaifengSample.POLICY, SCHEME, DataInput.csv(KaifengSample.csv(), "zones.csv"), null);
    assertThat(result.period()).isEqualTo(Period.year(2016));
  }

  @Test
  void aWorkbookScoresAsTheCsvFile() {
    SchemeResult csv = service.evaluate(KaifengSample.POLICY, SCHEME, DataInput.csv(KaifengSample.csv(), "zones.csv"), Period.year(2015));
    SchemeResult xlsx = service.evaluate(KaifengSample.POLICY, SCHEME, DataInput.xlsx(KaifengSample.xlsx(), "zones.xlsx"), Period.year(2015));
    assertThat(KaifengSample.scores(ResultJson.write(xlsx))).isEqualTo(KaifengSample.scores(ResultJson.write(csv)));
    assertThat(ResultJson.write(xlsx)).contains("\"formula\" : \"5 × 95 / 100 = 4.75\"");
  }

  @Test
  void jsonRowsScoreAsTheCsvFile() {
    List<String> lines = new String(KaifengSample.csv(), StandardCharsets.UTF_8).strip().lines().toList();
    String[] header = lines.get(0).split(",");
    List<Map<String, @Nullable Object>> rows = new ArrayList<>();
    for (String line : lines.subList(1, lines.size())) {
      String[] cells = line.split(",", -1);
      Map<String, @Nullable Object> row = new LinkedHashMap<>();
      for (int c = 0; c < header.length; c++) {
        String cell = c < cells.length ? cells[c] : "";
        row.put(header[c], cell.isEmpty() ? null : cell.matches("-?[0-9.]+") && c > 1 ? new BigDecimal(cell) : cell);
      }
      rows.add(row);
    }
    SchemeResult result = service.evaluate(KaifengSample.POLICY, SCHEME, DataInput.rows(rows, "rows"), Period.year(2015));
    assertThat(ResultJson.write(result)).isEqualTo(ResultJson.write(direct(Period.year(2015))));
  }

  @Test
  void badCellsAreEveryOneReportedWithRowAndColumn() {
    String csv = "entity,period,tax-total,tax-growth\n汴西,2015,九十,12\n尉氏县,2015,100,x\n不存在,2015,1,1\n";
    assertThatThrownBy(() -> service.evaluate(KaifengSample.POLICY, SCHEME, DataInput.csv(csv.getBytes(StandardCharsets.UTF_8), "bad.csv"), null))
        .isInstanceOfSatisfying(DataException.class, e -> assertThat(e.problems())
            .extracting(DataProblem::row, DataProblem::column)
            .containsExactly(org.assertj.core.groups.Tuple.tuple(2, 3), org.assertj.core.groups.Tuple.tuple(3, 4),
                org.assertj.core.groups.Tuple.tuple(4, 1)));
    assertThat(observed).containsExactly("failed kaifeng-2014 industrial-cluster-zones DataException");
  }

  @Test
  void jsonRowsProblemsNameTheRowsPosition() {
    List<Map<String, @Nullable Object>> rows = List.of(
        new LinkedHashMap<>(Map.of("entity", "汴西", "period", "2015", "tax-total", "1")),
        new LinkedHashMap<>(Map.of("entity", "汴西", "period", "2015", "tax-total", "九十")));
    assertThatThrownBy(() -> service.evaluate(KaifengSample.POLICY, SCHEME, DataInput.rows(rows, "rows"), null))
        .isInstanceOfSatisfying(DataException.class, e -> assertThat(e.problems()).allSatisfy(p -> assertThat(p.row()).isEqualTo(2)));
  }

  @Test
  void aPeriodTheDataDoNotHaveIsADataProblem() {
    assertThatThrownBy(() -> service.evaluate(KaifengSample.POLICY, SCHEME, DataInput.csv(KaifengSample.csv(), "zones.csv"), Period.year(2020)))
        .isInstanceOf(DataException.class)
        .hasMessageContaining("there are no rows for period 2020; the data have 2013, 2014, 2015, 2016");
  }

  @Test
  void unknownPoliciesSchemesAndEntitiesAreNamed() {
    DataInput data = DataInput.csv(KaifengSample.csv(), "zones.csv");
    assertThatThrownBy(() -> service.evaluate("kaifeng-2015", SCHEME, data, null))
        .isInstanceOf(NotFoundException.class).hasMessage("no policy 'kaifeng-2015' is loaded; policies: kaifeng-2014");
    assertThatThrownBy(() -> service.evaluate(KaifengSample.POLICY, "zones", data, null))
        .isInstanceOf(NotFoundException.class).hasMessageStartingWith("policy 'kaifeng-2014' has no scheme 'zones'; its schemes: industrial-cluster-zones, service-zones");
    assertThatThrownBy(() -> service.explain(KaifengSample.POLICY, SCHEME, data, "汴南", null, Language.ZH))
        .isInstanceOf(NotFoundException.class).hasMessageContaining("no entity '汴南'").hasMessageContaining("汴西产业集聚区");
    assertThat(observed).containsExactly("evaluated kaifeng-2014 industrial-cluster-zones 7");
  }

  @Test
  void anEntityIsExplainedByItsName() {
    EntityExplanation e = service.explain(KaifengSample.POLICY, SCHEME, DataInput.csv(KaifengSample.csv(), "zones.csv"), "汴西", Period.year(2015), Language.ZH);
    assertThat(e.entity().id()).isEqualTo("bianxi");
    assertThat(e.text()).contains("汴西").contains("104.46");
  }

  @Test
  void aReportHasTheEarlierPeriodsInEveryFormat() {
    DataInput data = DataInput.csv(KaifengSample.csv(), "zones.csv");
    var report = service.assess(KaifengSample.POLICY, SCHEME, data, Period.year(2015));
    assertThat(report.periodRange()).isEqualTo("2013-2015");
    for (ReportFormat f : ReportFormat.values()) {
      RenderedReport r = service.render(report, f, Language.ZH);
      assertThat(r.fileName()).isEqualTo("kaifeng-2014_industrial-cluster-zones_2013-2015." + f.extension());
      assertThat(r.content()).isNotEmpty();
    }
    assertThat(new String(service.render(report, ReportFormat.HTML, Language.ZH).content(), StandardCharsets.UTF_8)).contains("汴西");
    assertThat(service.render(report, ReportFormat.XLSX, Language.ZH).content()).startsWith('P', 'K');
  }

  @Test
  void dataThatCannotBeEvaluatedListEveryProblem() {
    Policy strict = io.github.kaohe.load.PolicyLoader.create().load(
        KaoheAutoConfigurationTest.firms().replace("missing: zero-points", "missing: error"), "strict.yaml");
    registry.put(new RegisteredPolicy(strict, "test", Instant.now()));
    String csv = "entity,period,tax,tax-growth\n甲,2015,10,\n乙,2015,,5\n丙,2015,3,4\n";
    assertThatThrownBy(() -> service.evaluate("test-firms", "firms", DataInput.csv(csv.getBytes(StandardCharsets.UTF_8), "firms.csv"), null))
        .isInstanceOfSatisfying(EvaluationException.class, e -> assertThat(e.problems()).hasSize(2));
    assertThat(observed).containsExactly("failed test-firms firms EvaluationException");
  }

  @Test
  void aDatasetIsScoredAsItIs() {
    Dataset data = CsvDataReader.forScheme(KAIFENG.scheme(SCHEME)).read(new String(KaifengSample.csv(), StandardCharsets.UTF_8), "zones.csv");
    assertThat(ResultJson.write(service.evaluate(KaifengSample.POLICY, SCHEME, DataInput.of(data), Period.year(2015))))
        .isEqualTo(ResultJson.write(direct(Period.year(2015))));
  }

  private static SchemeResult direct(Period period) {
    Dataset data = CsvDataReader.forScheme(KAIFENG.scheme(SCHEME)).read(new String(KaifengSample.csv(), StandardCharsets.UTF_8), "zones.csv");
    return Evaluator.of(KAIFENG).evaluate(SCHEME, data, period);
  }
}
