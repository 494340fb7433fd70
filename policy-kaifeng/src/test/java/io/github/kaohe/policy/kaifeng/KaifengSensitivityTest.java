package io.github.kaohe.policy.kaifeng;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.kaohe.data.Period;
import io.github.kaohe.model.Language;
import io.github.kaohe.sensitivity.EntityUncertainty;
import io.github.kaohe.sensitivity.SensitivityAnalysis;
import io.github.kaohe.sensitivity.SensitivityResult;
import io.github.kaohe.sensitivity.Uncertainty;
import io.github.kaohe.sensitivity.UncertaintyLoader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The bundled uncertainty file on the sample data: ±20 % on each category weight of Table A. */
class KaifengSensitivityTest {
  static Uncertainty uncertainty() throws IOException {
    try (InputStream in = KaifengSensitivityTest.class.getResourceAsStream(
        "/io/github/kaohe/policy/kaifeng/kaifeng-2014.uncertainty.yaml")) {
      return UncertaintyLoader.load(new String(in.readAllBytes(), StandardCharsets.UTF_8),
          "kaifeng-2014.uncertainty.yaml", KaifengSample.POLICY);
    }
  }

  @Test
  void theReadmeUncertaintyFileLoads() throws IOException {
    String readme = Files.readString(Path.of("..", "README.md"), StandardCharsets.UTF_8);
    int start = readme.indexOf("```yaml\n", readme.indexOf("## How sure is a place?")) + "```yaml\n".length();
    Uncertainty u = UncertaintyLoader.load(readme.substring(start, readme.indexOf("```", start)), "README.md",
        KaifengSample.POLICY);
    assertThat(u.inputNames()).containsExactly("weight of value-added", "weight of tax", "method of value-added-growth");
  }

  @Test
  void theBundledFileVariesEachOfTheSevenCategoryWeightsByTwentyPercent() throws IOException {
    Uncertainty u = uncertainty();
    assertThat(u.samples()).isEqualTo(512);
    assertThat(u.weights()).hasSize(7).allSatisfy(w -> assertThat(w.declared()).isEqualTo("±20%"));
    // 全省排名 weighs 30: it varies over [24, 36].
    assertThat(u.weights().get(6).low()).isEqualByComparingTo("24");
    assertThat(u.weights().get(6).high()).isEqualByComparingTo("36");
  }

  /**
   * In the sample data of 2016 the gaps are wide: 汴西 leads 尉氏县 by 1.72 points, and 尉氏县's one
   * lead (electricity, 15.00 to 12.60) cannot close it when its weight moves by a fifth, so no zone
   * moves and 汴西 takes the 300万元 for first place in every sample.
   */
  @Test
  void noZoneMovesAndBianxiKeepsItsFirstPlaceReward() throws IOException {
    SensitivityResult r = SensitivityAnalysis.of(KaifengSample.POLICY, uncertainty().withSamples(64))
        .run(KaifengSample.data("industrial-cluster-zones"), List.of(Period.year(2015), Period.year(2016)));

    assertThat(r.evaluations()).isEqualTo(64 * 9);
    assertThat(r.entities()).extracting(EntityUncertainty::id)
        .containsExactly("bianxi", "weishi", "qixian", "huanglong", "tongxu", "fine-chemical", "biandong");
    assertThat(r.entities()).allSatisfy(e -> assertThat(e.certain()).as(e.id()).isTrue());
    EntityUncertainty bianxi = r.entities().get(0);
    assertThat(bianxi.first()).isEqualTo(1.0);
    assertThat(bianxi.nominalMoney()).isEqualByComparingTo("300");
    assertThat(bianxi.keepsReward()).hasValue(1.0);
    assertThat(r.summary(Language.EN)).isEqualTo("No place changes under the declared uncertainties.");
  }
}
