package io.github.kaohe.cli;

import io.github.kaohe.data.CsvDataReader;
import io.github.kaohe.data.Period;
import io.github.kaohe.model.Policy;
import io.github.kaohe.model.Scheme;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** Reads the data to assess: a CSV file given on the command line, or a policy's sample data. */
final class DataFiles {
  private DataFiles() {}

  /**
   * Reads a CSV file for the given scheme, or for the scheme its header fits.
   *
   * @param period the period of rows when the file has no period column; may be null
   */
  static SchemeData read(Policy policy, @Nullable Scheme scheme, Path file, @Nullable Period period) {
    if (!Files.isRegularFile(file)) {
      throw new InputException("the data file " + file + " does not exist");
    }
    String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
    Scheme target = scheme != null ? scheme : SchemeMatcher.match(policy, CsvHeader.read(file), name);
    return new SchemeData(target, reader(target, period).read(file), name);
  }

  /**
   * Reads the policy's sample data: the given scheme's, or every scheme's that has some, in the
   * policy's order.
   */
  static List<SchemeData> samples(ChosenPolicy chosen, @Nullable Scheme scheme, @Nullable Period period) {
    Policy policy = chosen.policy();
    Map<String, URL> samples = chosen.sampleData();
    if (samples.isEmpty()) {
      throw new InputException(
          "policy '" + policy.id() + "' bundles no sample data: give a CSV file with --data");
    }
    List<Scheme> schemes = scheme != null ? List.of(scheme) : policy.schemes();
    List<SchemeData> out = new ArrayList<>();
    for (Scheme s : schemes) {
      URL url = samples.get(s.id());
      if (url == null) {
        if (scheme != null) {
          throw new InputException(
              "policy '" + policy.id() + "' bundles no sample data for scheme '" + s.id()
                  + "' (only for " + String.join(", ", samples.keySet()) + "): give a CSV file with --data");
        }
        continue;
      }
      String name = fileName(url);
      out.add(new SchemeData(s, reader(s, period).read(text(url), name), name));
    }
    if (out.isEmpty()) {
      throw new InputException(
          "policy '" + policy.id() + "' bundles sample data for no scheme it has: give a CSV file with --data");
    }
    return out;
  }

  private static CsvDataReader reader(Scheme scheme, @Nullable Period period) {
    CsvDataReader reader = CsvDataReader.forScheme(scheme);
    return period == null ? reader : reader.withPeriod(period);
  }

  private static String text(URL url) {
    try (InputStream in = url.openStream()) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new InputException("cannot read the sample data " + url + ": " + e.getMessage(), e);
    }
  }

  private static String fileName(URL url) {
    String path = url.getPath();
    return path.substring(path.lastIndexOf('/') + 1);
  }
}
