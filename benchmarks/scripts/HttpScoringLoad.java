import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Requests per second of a scoring endpoint of kaohe-spring-boot-starter, on this machine: a
 * closed loop of CONCURRENCY clients, each posting FILE as text/csv and waiting for the answer, for
 * a warm-up and then SECONDS; every answer must be 200 and the same as the first. Java alone, no
 * build needed; loopback addresses only, and it stops by itself.
 *
 * <pre>
 * java -jar examples/spring-app/target/kaohe-assessment-service.jar &amp;
 * java benchmarks/scripts/HttpScoringLoad.java \
 *     'http://localhost:8080/kaohe/policies/kaifeng-2014/schemes/industrial-cluster-zones/score?period=2015' \
 *     policy-kaifeng/src/main/resources/io/github/kaohe/policy/kaifeng/sample/industrial-cluster-zones.csv 30 4
 * </pre>
 */
public final class HttpScoringLoad {
  public static void main(String[] args) throws Exception {
    if (args.length < 2) {
      System.err.println("usage: java HttpScoringLoad.java URL FILE.csv [SECONDS=30] [CONCURRENCY=4] [WARMUP_SECONDS=15]");
      System.exit(2);
    }
    URI url = URI.create(args[0]);
    if (!InetAddress.getByName(url.getHost()).isLoopbackAddress()) {
      System.err.println("only a service on this machine (a loopback address) is measured: " + url.getHost());
      System.exit(2);
    }
    byte[] body = Files.readAllBytes(Path.of(args[1]));
    int seconds = args.length > 2 ? Integer.parseInt(args[2]) : 30;
    int concurrency = args.length > 3 ? Integer.parseInt(args[3]) : 4;
    int warmup = args.length > 4 ? Integer.parseInt(args[4]) : 15;
    HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();
    HttpRequest request = HttpRequest.newBuilder(url).header("Content-Type", "text/csv")
        .timeout(Duration.ofSeconds(30)).POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
    String expected = send(client, request);
    System.out.printf("%s: %d bytes of CSV in, %d bytes of JSON out%n", url.getPath(), body.length, expected.length());

    run(client, request, expected, concurrency, warmup, "warm-up");
    Result r = run(client, request, expected, concurrency, seconds, "measured");
    long[] lat = r.latencies();
    Arrays.sort(lat);
    System.out.printf("%d requests in %.1f s with %d clients: %.1f requests/s; latency p50 %.1f ms, p90 %.1f ms, p99 %.1f ms%n",
        lat.length, r.seconds(), concurrency, lat.length / r.seconds(),
        lat[lat.length / 2] / 1e6, lat[(int) (lat.length * 0.9)] / 1e6, lat[Math.min(lat.length - 1, (int) (lat.length * 0.99))] / 1e6);
  }

  private record Result(long[] latencies, double seconds) {}

  private static Result run(HttpClient client, HttpRequest request, String expected, int concurrency, int seconds, String phase)
      throws Exception {
    long start = System.nanoTime();
    long end = start + Duration.ofSeconds(seconds).toNanos();
    AtomicLong failures = new AtomicLong();
    ExecutorService pool = Executors.newFixedThreadPool(concurrency);
    List<Future<List<Long>>> clients = new ArrayList<>();
    for (int c = 0; c < concurrency; c++) {
      clients.add(pool.submit(() -> {
        List<Long> latencies = new ArrayList<>();
        while (System.nanoTime() < end) {
          long t = System.nanoTime();
          if (!send(client, request).equals(expected)) {
            failures.incrementAndGet();
          }
          latencies.add(System.nanoTime() - t);
        }
        return latencies;
      }));
    }
    List<Long> all = new ArrayList<>();
    for (Future<List<Long>> f : clients) {
      all.addAll(f.get());
    }
    pool.shutdown();
    double elapsed = (System.nanoTime() - start) / 1e9;
    if (failures.get() > 0) {
      throw new IllegalStateException(phase + ": " + failures.get() + " answers differ from the first");
    }
    System.out.printf("%s: %d requests in %.1f s%n", phase, all.size(), elapsed);
    return new Result(all.stream().mapToLong(Long::longValue).toArray(), elapsed);
  }

  private static String send(HttpClient client, HttpRequest request) throws IOException, InterruptedException {
    HttpResponse<String> r = client.send(request, HttpResponse.BodyHandlers.ofString());
    if (r.statusCode() != 200) {
      throw new IllegalStateException("HTTP " + r.statusCode() + ": " + r.body());
    }
    return r.body();
  }
}
