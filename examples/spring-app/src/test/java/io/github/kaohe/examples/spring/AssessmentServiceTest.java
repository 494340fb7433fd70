package io.github.kaohe.examples.spring;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.kaohe.policy.kaifeng.KaifengPolicy;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The example service as the README's curl commands use it. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AssessmentServiceTest {
  @LocalServerPort int port;

  private final HttpClient http = HttpClient.newHttpClient();

  @Test
  void theSampleIsScoredExplainedAndRanked() throws Exception {
    byte[] sample;
    try (InputStream in = KaifengPolicy.sampleData().get(KaifengPolicy.INDUSTRIAL_CLUSTER_ZONES).openStream()) {
      sample = in.readAllBytes();
    }
    String zones = "http://localhost:" + port + "/kaohe/policies/kaifeng-2014/schemes/industrial-cluster-zones";
    HttpResponse<String> score = http.send(HttpRequest.newBuilder(URI.create(zones + "/score?period=2015"))
        .header("Content-Type", "text/csv").POST(HttpRequest.BodyPublishers.ofByteArray(sample)).build(),
        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    assertThat(score.statusCode()).isEqualTo(200);
    assertThat(score.body()).contains("\"score\" : 104.46");
    HttpResponse<String> explain = http.send(HttpRequest.newBuilder(URI.create(zones + "/explain?period=2015&entity=%E6%B1%B4%E8%A5%BF"))
        .header("Content-Type", "text/csv").header("Accept", "text/plain").POST(HttpRequest.BodyPublishers.ofByteArray(sample)).build(),
        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    assertThat(explain.body()).contains("汴西产业集聚区").contains("104.46");
    HttpResponse<String> ranking = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/zones/ranking")).build(),
        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    assertThat(ranking.body()).startsWith("[{\"place\":1,\"zone\":\"汴西产业集聚区\",\"total\":104.46}");
    HttpResponse<String> health = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/health")).build(),
        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    assertThat(health.body()).contains("\"kaohe\"").contains("kaifeng-2014");
  }
}
