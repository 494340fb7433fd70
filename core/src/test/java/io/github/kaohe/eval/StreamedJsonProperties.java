package io.github.kaohe.eval;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.kaohe.RandomPolicies;
import io.github.kaohe.RandomPolicies.Case;
import io.github.kaohe.data.CsvDataReader;
import io.github.kaohe.data.Dataset;
import io.github.kaohe.data.Period;
import io.github.kaohe.load.PolicyLoader;
import io.github.kaohe.model.Policy;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * The JSON written an entity at a time (each entity straight to the generator, {@link EntityJson})
 * is the JSON of the result as maps ({@link ResultJson#tree}), byte for byte: the two ways of
 * writing an entity cannot drift apart.
 */
class StreamedJsonProperties {
  @Provide
  Arbitrary<Case> cases() {
    return Arbitraries.randomValue(r -> RandomPolicies.dataCase(r, 1 + r.nextInt(30)));
  }

  @Property(tries = 200)
  void anEntityWrittenStraightIsWrittenAsItsMap(@ForAll("cases") Case c) throws IOException {
    SchemeResult result = Evaluator.of(c.policy()).evaluate(c.scheme().id(), c.data(), RandomPolicies.PERIOD);

    assertThat(streamed(result)).isEqualTo(ResultJson.write(result));
  }

  @Test
  void rulesChecksAndMeasuresAreWrittenAsTheirMapsToo() throws IOException {
    Policy policy = PolicyLoader.create().load(getClass().getResource("/policies/rules.yaml"), "rules.yaml");
    Dataset data = CsvDataReader.forScheme(policy.scheme("zones")).read(resource("/policies/rules-data.csv"), "z.csv");
    List<SchemeResult> results =
        Evaluator.of(policy).evaluate("zones", data, List.of(Period.year(2014), Period.year(2015)));
    assertThat(results.get(1).entities()).anySatisfy(e -> assertThat(e.outcomes()).isNotEmpty());
    assertThat(results.get(1).entities()).anySatisfy(e -> assertThat(e.measures()).isNotEmpty());

    StringWriter out = new StringWriter();
    ResultJson.write(results, out);

    assertThat(out.toString()).isEqualTo(ResultJson.write(results));
    assertThat(streamed(results.get(1))).isEqualTo(ResultJson.write(results.get(1)));
  }

  private static String streamed(SchemeResult result) throws IOException {
    StringWriter out = new StringWriter();
    ResultJson.write(result, out);
    return out.toString();
  }

  private static String resource(String name) throws IOException {
    try (InputStream in = StreamedJsonProperties.class.getResourceAsStream(name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
