package io.github.kaohe.fuzz;

import io.github.kaohe.policy.kaifeng.KaifengPolicy;
import io.github.kaohe.policy.permu.PerMuPolicy;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;

/** The bundled policies and samples, the seeds that the fuzzing mutates. */
final class Seeds {
  static final String KAIFENG_YAML = text(KaifengPolicy.yaml());
  static final String PER_MU_YAML = text(PerMuPolicy.yaml());
  static final String KAIFENG_TESTS_YAML = text(KaifengPolicy.tests());
  static final String ZONES_SCHEME = KaifengPolicy.INDUSTRIAL_CLUSTER_ZONES;
  static final String ZONES_CSV = text(KaifengPolicy.sampleData().get(ZONES_SCHEME));
  static final String FIRMS_SCHEME = PerMuPolicy.ABOVE_SCALE;
  static final String FIRMS_CSV = text(PerMuPolicy.sampleData().values().iterator().next());

  private Seeds() {}

  static String text(URL url) {
    try (InputStream in = url.openStream()) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
