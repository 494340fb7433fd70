package io.github.kaohe.report;

import io.github.kaohe.Policies;
import io.github.kaohe.data.CsvDataReader;
import io.github.kaohe.data.Dataset;
import io.github.kaohe.data.Period;
import io.github.kaohe.eval.EntityResult;
import io.github.kaohe.eval.Evaluator;
import io.github.kaohe.eval.SchemeResult;
import io.github.kaohe.eval.TaxShareResult;
import io.github.kaohe.load.PolicyLoader;
import io.github.kaohe.model.Policy;
import io.github.kaohe.spi.PolicyProvider;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Reports on test data: small.yaml on firms.csv (2014, 2015), and the bundled Kaifeng sample: its
 * two scored schemes and its three registers (projects of each family of zones, and the firms whose
 * taxes are shared).
 */
final class Fixtures {
  private Fixtures() {}

  /** Scheme firms of small.yaml in 2014 and 2015: 乙 first and 甲 second both years, 丁 takes no place. */
  static Report small() {
    try {
      Policy policy = PolicyLoader.create().load(Objects.requireNonNull(Fixtures.class.getResource("/small.yaml")), "small.yaml");
      Dataset data = CsvDataReader.forScheme(policy.scheme("firms"))
          .read(Path.of(Objects.requireNonNull(Fixtures.class.getResource("/firms.csv")).toURI()));
      List<SchemeResult> results = Evaluator.of(policy).evaluate("firms", data, List.of(Period.year(2014), Period.year(2015)));
      return Report.of(results);
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * {@link #small()} with b's 2015 tax pending between 0 and 80: 乙 and 甲 may end first or second,
   * 丙 is third either way (worked in the command line's ProvisionalCommandTest).
   */
  static Report smallProvisional() {
    try {
      Policy policy = PolicyLoader.create().load(Objects.requireNonNull(Fixtures.class.getResource("/small.yaml")), "small.yaml");
      Dataset data = CsvDataReader.forScheme(policy.scheme("firms"))
          .read(Path.of(Objects.requireNonNull(Fixtures.class.getResource("/firms.csv")).toURI()));
      var pending = io.github.kaohe.whatif.Provisional.of(policy, "firms", data, Period.year(2015))
          .pending("b", "tax", BigDecimal.ZERO, BigDecimal.valueOf(80)).evaluate();
      return small().provisional(List.of(pending));
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Every Kaifeng scheme in 2013–2015 on the bundled sample data. */
  static Report kaifeng() {
    PolicyProvider provider = Policies.find("kaifeng-2014").orElseThrow();
    Policy policy = provider.load();
    List<SchemeReport> schemes = new ArrayList<>();
    for (var scheme : policy.schemes()) {
      URL sample = provider.sampleData().get(scheme.id());
      Dataset data = CsvDataReader.forScheme(scheme).read(text(sample), "sample.csv");
      schemes.add(new SchemeReport(Evaluator.of(policy).evaluate(scheme.id(), data,
          List.of(Period.year(2013), Period.year(2014), Period.year(2015)))));
    }
    return new Report(policy, schemes, true);
  }

  /** The latest period's result of one scheme of the report. */
  static SchemeResult latest(Report report, String scheme) {
    return report.schemes().stream().filter(s -> s.scheme().id().equals(scheme)).findFirst().orElseThrow().latest();
  }

  /**
   * What a government or zone receives of one tax, added up here from the firms' shares: the sum
   * the reports' totals must equal.
   */
  static BigDecimal received(SchemeResult result, String recipient, String tax) {
    BigDecimal sum = BigDecimal.ZERO;
    for (EntityResult e : result.entities()) {
      for (TaxShareResult t : e.taxShares()) {
        for (TaxShareResult.Share share : t.shares()) {
          if (t.tax().equals(tax) && share.recipient().equals(recipient)) {
            sum = sum.add(share.amount());
          }
        }
      }
    }
    return sum;
  }

  private static String text(URL url) {
    try (InputStream in = url.openStream()) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
