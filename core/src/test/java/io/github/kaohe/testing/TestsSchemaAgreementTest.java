package io.github.kaohe.testing;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.github.kaohe.eval.CheckResult;
import io.github.kaohe.eval.TargetResult;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The tests schema knows the keys and status words the test file reader knows, and judges expectations alike. */
class TestsSchemaAgreementTest {
  private static final String RESOURCE = "/io/github/kaohe/schema/tests.schema.json";

  private static JsonNode schema() throws IOException {
    try (InputStream in = TestsSchemaAgreementTest.class.getResourceAsStream(RESOURCE)) {
      return new ObjectMapper().readTree(in);
    }
  }

  private static List<String> keys(JsonNode object) {
    List<String> keys = new ArrayList<>();
    object.get("properties").fieldNames().forEachRemaining(keys::add);
    return keys;
  }

  private static List<String> texts(JsonNode array) {
    List<String> out = new ArrayList<>();
    array.forEach(n -> out.add(n.asText()));
    return out;
  }

  @Test
  void theSchemaHasTheReadersKeys() throws IOException {
    JsonNode root = schema();
    JsonNode testCase = root.at("/properties/cases/items");
    JsonNode expect = testCase.at("/properties/expect/items");

    assertThat(keys(root)).containsExactlyElementsOf(TestFileReader.ROOT_KEYS);
    assertThat(keys(testCase)).containsExactlyElementsOf(TestFileReader.CASE_KEYS);
    assertThat(keys(testCase.at("/properties/given"))).containsExactlyElementsOf(TestFileReader.GIVEN_KEYS);
    assertThat(keys(expect)).containsExactlyElementsOf(ExpectationReader.KEYS);
    assertThat(texts(expect.at("/else/propertyNames/enum"))).containsExactlyElementsOf(ExpectationReader.SCHEME_KEYS);
  }

  @Test
  void theSchemaHasTheReadersStatusWords() throws IOException {
    JsonNode expect = schema().at("/properties/cases/items/properties/expect/items/properties");

    assertThat(texts(expect.at("/checks/additionalProperties/enum")))
        .containsExactlyElementsOf(StatusWords.all(CheckResult.Status.class));
    assertThat(texts(expect.at("/targets/additionalProperties/enum")))
        .containsExactlyElementsOf(StatusWords.all(TargetResult.Status.class));
  }

  @Test
  void bothAcceptExpectationsOfTheSchemeAndRejectEntityKeysWithoutAnEntity() throws IOException {
    String good = file("{targets: {t: behind}, targetValues: {t: 47}, taxTotals: {甲县: {vat: 1.5}}, period: 2015}");
    String rank = file("{targets: {t: behind}, rank: 1}");
    String totals = file("{entity: a, taxTotals: {甲县: {vat: 1.5}}}");
    String shares = file("{entity: a, taxShares: {vat: none, business-tax: {investing: 1}}, checks: {c: failed}}");

    assertThat(readerProblems(good)).isEmpty();
    assertThat(schemaErrors(good)).isEmpty();
    assertThat(readerProblems(shares)).isEmpty();
    assertThat(schemaErrors(shares)).isEmpty();
    for (String bad : List.of(rank, totals)) {
      assertThat(readerProblems(bad)).as(bad).isNotEmpty();
      assertThat(schemaErrors(bad)).as(bad).isNotEmpty();
    }
  }

  private static String file(String expectation) {
    return "kaohe-tests: 1\npolicy: p.yaml\ncases:\n  - name: c\n    given: {csv: x}\n    expect:\n      - "
        + expectation + "\n";
  }

  private static List<String> readerProblems(String yaml) {
    try {
      PolicyTestSuite.parse(yaml, "t.tests.yaml", null);
      return List.of();
    } catch (PolicyTestException e) {
      return e.problems().stream().map(p -> p.message()).toList();
    }
  }

  private static List<String> schemaErrors(String yaml) throws IOException {
    Schema schema;
    try (InputStream in = TestsSchemaAgreementTest.class.getResourceAsStream(RESOURCE)) {
      schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7).getSchema(in);
    }
    return schema.validate(new YAMLMapper().readTree(yaml)).stream().map(Object::toString).toList();
  }
}
