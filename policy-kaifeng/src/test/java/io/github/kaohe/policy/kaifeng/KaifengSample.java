package io.github.kaohe.policy.kaifeng;

import io.github.kaohe.data.CsvDataReader;
import io.github.kaohe.data.Dataset;
import io.github.kaohe.data.Period;
import io.github.kaohe.eval.Evaluator;
import io.github.kaohe.eval.SchemeResult;
import io.github.kaohe.model.Policy;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The bundled sample data, read and evaluated, for tests. */
final class KaifengSample {
  static final Policy POLICY = KaifengPolicy.load();

  private KaifengSample() {}

  static Dataset data(String scheme) {
    try (InputStream in = KaifengPolicy.sampleData().get(scheme).openStream()) {
      String csv = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      return CsvDataReader.forScheme(POLICY.scheme(scheme)).read(csv, scheme + ".csv");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static SchemeResult evaluate(String scheme, int year) {
    return Evaluator.of(POLICY).evaluate(scheme, data(scheme), Period.year(year));
  }
}
