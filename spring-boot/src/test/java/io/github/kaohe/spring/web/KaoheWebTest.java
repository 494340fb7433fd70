package io.github.kaohe.spring.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.kaohe.Policies;
import io.github.kaohe.data.CsvDataReader;
import io.github.kaohe.data.Period;
import io.github.kaohe.eval.Evaluator;
import io.github.kaohe.eval.ResultJson;
import io.github.kaohe.model.Policy;
import io.github.kaohe.spring.KaifengSample;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ClassPathResource;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The starter in a running application, over real HTTP: policies, scoring uploads (CSV, XLSX, JSON),
 * explanations, reports, problem details, limits, reload, concurrency, health, info and metrics.
 */
@SpringBootTest(
    classes = TestApplication.class,
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "kaohe.policies=kaifeng-2014",
      "kaohe.web.enabled=true",
      "kaohe.web.max-upload-size=256KB",
      "spring.servlet.multipart.max-file-size=512KB",
      "spring.servlet.multipart.max-request-size=512KB",
      "kaohe.max-policy-size=64KB",
      "kaohe.reload.quiet-period=50ms",
      "kaohe.reload.poll-interval=500ms",
      "management.endpoints.web.exposure.include=health,info,metrics",
      "management.endpoint.health.show-details=always",
      "logging.level.io.github.kaohe=warn"
    })
class KaoheWebTest {
  private static final String ZONES = "/kaohe/policies/kaifeng-2014/schemes/industrial-cluster-zones";
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Path RELOAD;

  static {
    try {
      RELOAD = Files.createTempDirectory("kaohe-reload-test");
      Files.writeString(RELOAD.resolve("firms.yaml"), firms("1.0"));
      Files.writeString(RELOAD.resolve("strict.yaml"), firms("1.0").replace("id: reload-firms", "id: strict-firms")
          .replace("missing: zero-points", "missing: error"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @DynamicPropertySource
  static void reloadFolder(DynamicPropertyRegistry properties) {
    properties.add("kaohe.reload.folder", RELOAD::toString);
  }

  @LocalServerPort int port;
  Http http;

  @BeforeEach
  void client() {
    http = new Http(port);
  }

  @Test
  void policiesAreListedById() throws IOException {
    HttpResponse<String> r = http.get("/kaohe/policies");
    assertThat(r.statusCode()).isEqualTo(200);
    JsonNode list = JSON.readTree(r.body());
    assertThat(list.findValuesAsText("id")).contains("kaifeng-2014", "reload-firms");
    assertThat(r.body()).doesNotContain(RELOAD.toString()).doesNotContain("file:");
  }

  @Test
  void onePolicyShowsItsSchemesIndicatorsAndUnits() throws IOException {
    HttpResponse<String> r = http.get("/kaohe/policies/kaifeng-2014");
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.headers().firstValue("Content-Type")).hasValue("application/json");
    JsonNode p = JSON.readTree(r.body());
    assertThat(p.get("version").asText()).isEqualTo(Policies.load("kaifeng-2014").version());
    JsonNode zones = p.get("schemes").get(0);
    assertThat(zones.get("id").asText()).isEqualTo("industrial-cluster-zones");
    JsonNode tax = zones.findParents("id").stream().filter(n -> n.get("id").asText().equals("tax-total")).findFirst().orElseThrow();
    assertThat(tax.get("unit").asText()).isEqualTo("万元");
    assertThat(tax.get("weight").decimalValue()).isEqualByComparingTo("8");
    assertThat(tax.get("method").asText()).isEqualTo("proportional-to-best");
  }

  @Test
  void anUnknownPolicyOrSchemeIsAProblemDetail() throws IOException {
    HttpResponse<String> r = http.get("/kaohe/policies/kaifeng-2015");
    assertThat(r.statusCode()).isEqualTo(404);
    assertThat(r.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    JsonNode problem = JSON.readTree(r.body());
    assertThat(problem.get("type").asText()).isEqualTo("urn:kaohe:problem:not-found");
    assertThat(problem.get("status").asInt()).isEqualTo(404);
    assertThat(problem.get("detail").asText()).contains("no policy 'kaifeng-2015' is loaded").contains("kaifeng-2014");
    HttpResponse<String> scheme = http.send(http.upload("/kaohe/policies/kaifeng-2014/schemes/zones/score", "z.csv", KaifengSample.csv(), "*/*"));
    assertThat(scheme.statusCode()).isEqualTo(404);
    assertThat(JSON.readTree(scheme.body()).get("kind").asText()).isEqualTo("scheme");
  }

  @Test
  void aCsvUploadIsScoredToTheDocumentedJson() {
    HttpResponse<String> r = http.send(http.upload(ZONES + "/score?period=2015", "园区数据.csv", KaifengSample.csv(), "application/json"));
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.headers().firstValue("Content-Type")).hasValue("application/json");
    assertThat(r.body()).isEqualTo(expectedJson(2015));
    assertThat(r.body()).contains("\"score\" : 104.46");
  }

  @Test
  void anXlsxUploadScoresAsTheCsvFile() {
    HttpResponse<String> r = http.send(http.upload(ZONES + "/score?period=2015", "园区数据.xlsx", KaifengSample.xlsx(), "application/json"));
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    assertThat(KaifengSample.scores(r.body())).isEqualTo(KaifengSample.scores(expectedJson(2015)));
  }

  @Test
  void aCsvBodyAndJsonRowsAreScoredToo() {
    HttpResponse<String> csv = http.post(ZONES + "/score", "text/csv", KaifengSample.csv());
    assertThat(csv.statusCode()).isEqualTo(200);
    assertThat(csv.body()).isEqualTo(expectedJson(2016));
    String rows = """
        {"period": "2015", "rows": [
          {"entity": "甲", "period": 2015, "tax": 10, "tax-growth": 5.5},
          {"entity": "乙", "period": 2015, "tax": 8, "tax-growth": 3},
          {"entity": "丙", "period": 2015, "tax": 3.25, "tax-growth": null}
        ]}""";
    HttpResponse<String> json = http.post("/kaohe/policies/reload-firms/schemes/firms/score", "application/json", rows.getBytes(StandardCharsets.UTF_8));
    assertThat(json.statusCode()).as(json.body()).isEqualTo(200);
    assertThat(json.body()).contains("\"policy\" : \"reload-firms\"").contains("\"period\" : \"2015\"").contains("\"entity\" : \"a\"");
  }

  @Test
  void anEntityIsExplained() throws IOException {
    String path = ZONES + "/explain?period=2015&entity=" + URLEncoder.encode("汴西", StandardCharsets.UTF_8);
    HttpResponse<String> json = http.send(http.upload(path, "zones.csv", KaifengSample.csv(), "application/json"));
    assertThat(json.statusCode()).isEqualTo(200);
    JsonNode e = JSON.readTree(json.body());
    assertThat(e.get("entity").asText()).isEqualTo("bianxi");
    assertThat(e.get("rank").asInt()).isEqualTo(1);
    assertThat(e.get("score").decimalValue()).isEqualByComparingTo("104.46");
    assertThat(e.get("explanation").asText()).contains("汴西产业集聚区");
    HttpResponse<String> text = http.send(http.upload(path + "&lang=en", "zones.csv", KaifengSample.csv(), "text/plain"));
    assertThat(text.statusCode()).isEqualTo(200);
    assertThat(text.headers().firstValue("Content-Type")).hasValue("text/plain;charset=UTF-8");
    assertThat(text.body()).contains("104.46").doesNotContain("\"explanation\"");
  }

  @Test
  void reportsAreWrittenAsHtmlXlsxAndMarkdown() {
    HttpResponse<byte[]> html = http.sendForBytes(http.upload(ZONES + "/report?period=2015", "zones.csv", KaifengSample.csv(), "*/*"));
    assertThat(html.statusCode()).isEqualTo(200);
    assertThat(html.headers().firstValue("Content-Type")).hasValue("text/html;charset=UTF-8");
    assertThat(html.headers().firstValue("Content-Disposition").orElseThrow())
        .contains("inline").contains("kaifeng-2014_industrial-cluster-zones_2013-2015.html");
    assertThat(new String(html.body(), StandardCharsets.UTF_8)).contains("<html").contains("汴西产业集聚区");
    HttpResponse<byte[]> xlsx = http.sendForBytes(http.upload(ZONES + "/report?format=xlsx", "zones.csv", KaifengSample.csv(), "*/*"));
    assertThat(xlsx.statusCode()).isEqualTo(200);
    assertThat(xlsx.headers().firstValue("Content-Disposition").orElseThrow()).startsWith("attachment");
    assertThat(xlsx.body()).startsWith('P', 'K', 3, 4);
    HttpResponse<byte[]> md = http.sendForBytes(http.upload(ZONES + "/report?format=md&lang=en", "zones.csv", KaifengSample.csv(), "*/*"));
    assertThat(new String(md.body(), StandardCharsets.UTF_8)).contains("| ");
    HttpResponse<String> bad = http.send(http.upload(ZONES + "/report?format=pdf", "zones.csv", KaifengSample.csv(), "*/*"));
    assertThat(bad.statusCode()).isEqualTo(400);
    assertThat(bad.body()).contains("formats: html, xlsx, md, csv, json");
  }

  @Test
  void aBadUploadListsEveryProblemWithRowAndColumn() throws IOException {
    String csv = "entity,period,tax-total,tax-growth\n汴西,2015,九十,12\n尉氏县,2015,100,x\n汴西区,2015,1,1\n";
    HttpResponse<String> r = http.send(http.upload(ZONES + "/score", "bad.csv", csv.getBytes(StandardCharsets.UTF_8), "application/json"));
    assertThat(r.statusCode()).isEqualTo(422);
    assertThat(r.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    JsonNode problem = JSON.readTree(r.body());
    assertThat(problem.get("type").asText()).isEqualTo("urn:kaohe:problem:bad-data");
    assertThat(problem.get("detail").asText()).isEqualTo("bad.csv has 3 problems");
    JsonNode problems = problem.get("problems");
    assertThat(problems).hasSize(3);
    assertThat(problems.get(0).get("row").asInt()).isEqualTo(2);
    assertThat(problems.get(0).get("column").asInt()).isEqualTo(3);
    assertThat(problems.get(0).get("field").asText()).isEqualTo("tax-total");
    assertThat(problems.get(0).get("message").asText()).contains("'九十' is not a number");
    assertThat(problems.get(1).get("row").asInt()).isEqualTo(3);
    assertThat(problems.get(1).get("column").asInt()).isEqualTo(4);
    assertThat(problems.get(2).get("text").asText()).startsWith("bad.csv, row 4, column 1").contains("did you mean '汴西'");
    // A workbook's problems name the cell.
    String rows = "[{\"entity\": \"汴西\", \"period\": \"2015\", \"tax-total\": \"九十\"}]";
    JsonNode json = JSON.readTree(http.post(ZONES + "/score", "application/json", rows.getBytes(StandardCharsets.UTF_8)).body());
    assertThat(json.get("problems").get(0).get("row").asInt()).isEqualTo(1);
    assertThat(json.get("problems").get(0).get("field").asText()).isEqualTo("tax-total");
  }

  @Test
  void dataThatCannotBeEvaluatedListEveryProblem() throws IOException {
    String csv = "entity,period,tax,tax-growth\n甲,2015,10,\n乙,2015,,5\n丙,2015,3,4\n";
    HttpResponse<String> r = http.post("/kaohe/policies/strict-firms/schemes/firms/score", "text/csv", csv.getBytes(StandardCharsets.UTF_8));
    assertThat(r.statusCode()).isEqualTo(422);
    JsonNode problem = JSON.readTree(r.body());
    assertThat(problem.get("type").asText()).isEqualTo("urn:kaohe:problem:evaluation-failed");
    assertThat(problem.get("problems")).hasSize(2);
    assertThat(problem.get("problems").findValuesAsText("entity")).containsExactlyInAnyOrder("a", "b");
    assertThat(problem.get("problems").findValuesAsText("key")).containsExactlyInAnyOrder("tax-growth", "tax");
  }

  @Test
  void malformedRequestsAre400() throws IOException {
    HttpResponse<String> json = http.post(ZONES + "/score", "application/json", "{\"rows\": [".getBytes(StandardCharsets.UTF_8));
    assertThat(json.statusCode()).isEqualTo(400);
    assertThat(JSON.readTree(json.body()).get("detail").asText()).startsWith("the body is not JSON (line 1");
    HttpResponse<String> period = http.send(http.upload(ZONES + "/score?period=2015Q5", "zones.csv", KaifengSample.csv(), "*/*"));
    assertThat(period.statusCode()).isEqualTo(400);
    assertThat(JSON.readTree(period.body()).get("detail").asText()).startsWith("period: ");
    HttpResponse<String> noEntity = http.send(http.upload(ZONES + "/explain", "zones.csv", KaifengSample.csv(), "*/*"));
    assertThat(noEntity.statusCode()).isEqualTo(400);
    assertThat(noEntity.body()).contains("'entity' is required");
    HttpResponse<String> type = http.post(ZONES + "/score", "image/png", new byte[] {1, 2, 3});
    assertThat(type.statusCode()).isEqualTo(415);
  }

  @Test
  void anOversizedUploadIs413() throws IOException {
    byte[] big = oversized(300 * 1024);
    HttpResponse<String> ours = http.send(http.upload(ZONES + "/score", "big.csv", big, "application/json"));
    assertThat(ours.statusCode()).isEqualTo(413);
    JsonNode problem = JSON.readTree(ours.body());
    assertThat(problem.get("type").asText()).isEqualTo("urn:kaohe:problem:too-large");
    assertThat(problem.get("detail").asText()).contains("kaohe.web.max-upload-size");
    HttpResponse<String> body = http.post(ZONES + "/score", "text/csv", big);
    assertThat(body.statusCode()).isEqualTo(413);
    // Over Spring's own multipart limit: refused before any handler, with the same problem detail.
    HttpResponse<String> spring = http.send(http.upload(ZONES + "/score", "bigger.csv", oversized(600 * 1024), "application/json"));
    assertThat(spring.statusCode()).isEqualTo(413);
    assertThat(spring.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    assertThat(JSON.readTree(spring.body()).get("type").asText()).isEqualTo("urn:kaohe:problem:too-large");
  }

  @Test
  void aPolicySentForValidationListsEveryProblem() throws IOException {
    byte[] bad = new ClassPathResource("policies/bad.yaml").getContentAsByteArray();
    HttpResponse<String> r = http.post("/kaohe/validate", "application/yaml", bad);
    assertThat(r.statusCode()).isEqualTo(422);
    JsonNode problem = JSON.readTree(r.body());
    assertThat(problem.get("type").asText()).isEqualTo("urn:kaohe:problem:invalid-policy");
    assertThat(problem.get("problems")).hasSize(3);
    assertThat(problem.get("problems").get(0).get("line").asInt()).isPositive();
    HttpResponse<String> ok = http.post("/kaohe/validate", "application/yaml", firms("3.0").getBytes(StandardCharsets.UTF_8));
    assertThat(ok.statusCode()).isEqualTo(200);
    assertThat(JSON.readTree(ok.body()).get("version").asText()).isEqualTo("3.0");
    // Validation registers nothing, and names no file on the server.
    assertThat(http.get("/kaohe/policies/reload-firms").body()).doesNotContain("\"version\" : \"3.0\"");
    HttpResponse<String> file = http.post("/kaohe/validate", "application/yaml",
        firms("3.0").replace("kaohe: 1\n", "kaohe: 1\nextends: /etc/passwd.yaml\n").getBytes(StandardCharsets.UTF_8));
    assertThat(file.statusCode()).isEqualTo(422);
    assertThat(file.body()).contains("a file can be extended only by an overlay loaded from a file");
    HttpResponse<String> big = http.post("/kaohe/validate", "application/yaml", oversized(65 * 1024));
    assertThat(big.statusCode()).isEqualTo(413);
  }

  @Test
  void anInvalidReloadKeepsTheValidPolicyServing() throws Exception {
    String data = "entity,period,tax,tax-growth\n甲,2015,10,5\n乙,2015,8,3\n丙,2015,3,4\n";
    String before = http.post("/kaohe/policies/reload-firms/schemes/firms/score", "text/csv", data.getBytes(StandardCharsets.UTF_8)).body();
    assertThat(before).contains("\"policyVersion\" : \"1.0\"");
    Files.writeString(RELOAD.resolve("firms.yaml"), firms("1.1").replace("weight: 10, method: proportional-to-best", "weight: 9, method: proportional-to-best"));
    JsonNode health = awaitHealth(h -> h.at("/components/kaohe/details/lastReloadError").isObject());
    assertThat(health.at("/components/kaohe/status").asText()).isEqualTo("UP");
    assertThat(health.at("/components/kaohe/details/lastReloadError/file").asText()).isEqualTo("firms.yaml");
    assertThat(health.at("/components/kaohe/details/lastReloadError/problems/0").asText())
        .startsWith("firms.yaml:27:").contains("weigh 9 in all");
    assertThat(health.at("/components/kaohe/details/policies/reload-firms/version").asText()).isEqualTo("1.0");
    // The old policy keeps serving, whole.
    assertThat(http.post("/kaohe/policies/reload-firms/schemes/firms/score", "text/csv", data.getBytes(StandardCharsets.UTF_8)).body())
        .isEqualTo(before);
    // Corrected: swapped in, and the error is gone.
    Files.writeString(RELOAD.resolve("firms.yaml"), firms("2.0"));
    health = awaitHealth(h -> h.at("/components/kaohe/details/policies/reload-firms/version").asText().equals("2.0"));
    assertThat(health.at("/components/kaohe/details/lastReloadError").isMissingNode()).isTrue();
    assertThat(http.post("/kaohe/policies/reload-firms/schemes/firms/score", "text/csv", data.getBytes(StandardCharsets.UTF_8)).body())
        .contains("\"policyVersion\" : \"2.0\"");
  }

  @Test
  void aHundredConcurrentRequestsGiveIdenticalResults() {
    String expected = expectedJson(2015);
    List<CompletableFuture<HttpResponse<String>>> responses = new ArrayList<>();
    for (int i = 0; i < 100; i++) {
      HttpRequest request = i % 2 == 0
          ? http.upload(ZONES + "/score?period=2015", "zones.csv", KaifengSample.csv(), "application/json")
          : HttpRequest.newBuilder(http.uri(ZONES + "/score?period=2015")).header("Content-Type", "text/csv")
              .POST(HttpRequest.BodyPublishers.ofByteArray(KaifengSample.csv())).build();
      responses.add(http.client().sendAsync(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8)));
    }
    CompletableFuture.allOf(responses.toArray(CompletableFuture[]::new)).orTimeout(60, java.util.concurrent.TimeUnit.SECONDS).join();
    for (CompletableFuture<HttpResponse<String>> r : responses) {
      assertThat(r.join().statusCode()).isEqualTo(200);
      assertThat(r.join().body()).isEqualTo(expected);
    }
  }

  @Test
  void healthInfoAndMetricsTellOfThePolicies() throws IOException {
    http.send(http.upload(ZONES + "/score?period=2015", "zones.csv", KaifengSample.csv(), "*/*"));
    http.post(ZONES + "/score", "text/csv", "entity,period,tax-total\n汴西,2015,九十\n".getBytes(StandardCharsets.UTF_8));
    JsonNode health = JSON.readTree(http.get("/actuator/health").body());
    assertThat(health.at("/components/kaohe/details/policies/kaifeng-2014/version").asText()).isNotEmpty();
    JsonNode info = JSON.readTree(http.get("/actuator/info").body());
    assertThat(info.at("/kaohe/policies/kaifeng-2014/schemes").toString()).contains("industrial-cluster-zones");
    JsonNode time = JSON.readTree(http.get("/actuator/metrics/kaohe.evaluation?tag=policy:kaifeng-2014").body());
    assertThat(time.at("/measurements/0/value").asDouble()).isPositive();
    JsonNode entities = JSON.readTree(http.get("/actuator/metrics/kaohe.entities.scored?tag=scheme:industrial-cluster-zones").body());
    assertThat(entities.at("/measurements/0/value").asDouble()).isGreaterThanOrEqualTo(7);
    JsonNode failures = JSON.readTree(http.get("/actuator/metrics/kaohe.evaluation.failures?tag=reason:data").body());
    assertThat(failures.at("/measurements/0/value").asDouble()).isPositive();
    JsonNode policies = JSON.readTree(http.get("/actuator/metrics/kaohe.policies").body());
    assertThat(policies.at("/measurements/0/value").asDouble()).isEqualTo(3);
  }

  private JsonNode awaitHealth(java.util.function.Predicate<JsonNode> condition) throws Exception {
    long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
    JsonNode health;
    do {
      Thread.sleep(50);
      health = JSON.readTree(http.get("/actuator/health").body());
    } while (!condition.test(health) && System.nanoTime() < deadline);
    assertThat(condition.test(health)).as("health: %s", health).isTrue();
    return health;
  }

  private static byte[] oversized(int bytes) {
    StringBuilder s = new StringBuilder("entity,period,tax-total\n");
    while (s.length() < bytes) {
      s.append("汴西,2015,1\n");
    }
    return s.toString().getBytes(StandardCharsets.UTF_8);
  }

  private static String expectedJson(int year) {
    Policy kaifeng = Policies.load(KaifengSample.POLICY);
    var data = CsvDataReader.forScheme(kaifeng.scheme(KaifengSample.SCHEME))
        .read(new String(KaifengSample.csv(), StandardCharsets.UTF_8), "zones.csv");
    return ResultJson.write(Evaluator.of(kaifeng).evaluate(KaifengSample.SCHEME, data, Period.year(year)));
  }

  static String firms(String version) {
    try {
      return new ClassPathResource("policies/firms.yaml").getContentAsString(StandardCharsets.UTF_8)
          .replace("id: test-firms", "id: reload-firms")
          .replace("version: \"1.0\"", "version: \"" + version + "\"");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
