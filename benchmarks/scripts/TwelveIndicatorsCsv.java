import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SplittableRandom;

/**
 * Writes a CSV for the benchmark scheme twelve-indicators.yaml: one row per firm, 12 values of
 * 0.01–100000.00, from a fixed seed. Run with Java alone, no build needed:
 *
 * <pre>
 * java benchmarks/scripts/TwelveIndicatorsCsv.java 1000000 firms-1m.csv
 * java -Xmx1g -jar cli/target/kaohe.jar score \
 *     --policy benchmarks/src/main/resources/io/github/kaohe/benchmarks/twelve-indicators.yaml \
 *     --data firms-1m.csv --period 2015 --format csv -o scores.csv
 * </pre>
 */
public final class TwelveIndicatorsCsv {
  public static void main(String[] args) throws IOException {
    if (args.length != 2) {
      System.err.println("usage: java TwelveIndicatorsCsv.java ROWS FILE.csv");
      System.exit(2);
    }
    int rows = Integer.parseInt(args[0]);
    SplittableRandom random = new SplittableRandom(2014);
    try (BufferedWriter out = Files.newBufferedWriter(Path.of(args[1]), StandardCharsets.UTF_8)) {
      out.write("entity,period");
      for (int i = 1; i <= 12; i++) {
        out.write(",i" + i);
      }
      out.write('\n');
      StringBuilder line = new StringBuilder(160);
      for (int e = 0; e < rows; e++) {
        line.setLength(0);
        line.append('f').append(e).append(",2015");
        for (int i = 0; i < 12; i++) {
          long cents = 1 + random.nextLong(10_000_000L);
          line.append(',').append(cents / 100).append('.');
          long c = cents % 100;
          line.append(c < 10 ? "0" : "").append(c);
        }
        out.write(line.append('\n').toString());
      }
    }
  }
}
