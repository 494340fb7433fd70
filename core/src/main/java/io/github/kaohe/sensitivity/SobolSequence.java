package io.github.kaohe.sensitivity;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Sobol's quasi-random sequence in up to {@value #MAX_DIMENSIONS} dimensions (Joe and Kuo's
 * direction numbers, Gray-code order), shifted by a random digital shift drawn from a seed: the
 * same seed gives the same points, and the shift keeps the sequence's even spread. The first
 * point of the unshifted sequence (all zeros) is skipped.
 */
final class SobolSequence {
  static final int MAX_DIMENSIONS = 200;
  private static final int BITS = 52;
  private static final double SCALE = Math.pow(2, BITS);
  private static final long[][] DIRECTIONS = directions();

  private final int dimensions;
  private final long[] shift;
  private final long[] x;
  private long count;

  SobolSequence(int dimensions, long seed) {
    if (dimensions < 1 || dimensions > MAX_DIMENSIONS) {
      throw new IllegalArgumentException("a Sobol sequence has 1 to " + MAX_DIMENSIONS + " dimensions, not " + dimensions);
    }
    this.dimensions = dimensions;
    this.shift = new long[dimensions];
    SplittableRandom random = new SplittableRandom(seed);
    for (int d = 0; d < dimensions; d++) {
      shift[d] = random.nextLong() >>> (64 - BITS);
    }
    this.x = new long[dimensions];
  }

  /** The next point, each coordinate in [0, 1). */
  double[] next() {
    count++;
    int c = Long.numberOfTrailingZeros(~(count - 1)) + 1;
    double[] point = new double[dimensions];
    for (int d = 0; d < dimensions; d++) {
      x[d] ^= DIRECTIONS[d][c];
      point[d] = (x[d] ^ shift[d]) / SCALE;
    }
    return point;
  }

  private static long[][] directions() {
    long[][] v = new long[MAX_DIMENSIONS][BITS + 1];
    for (int i = 1; i <= BITS; i++) {
      v[0][i] = 1L << (BITS - i);
    }
    List<String> lines = lines();
    for (int d = 1; d < MAX_DIMENSIONS; d++) {
      String[] f = lines.get(d - 1).trim().split(" ");
      int s = Integer.parseInt(f[1]);
      int a = Integer.parseInt(f[2]);
      for (int i = 1; i <= s; i++) {
        v[d][i] = Long.parseLong(f[2 + i]) << (BITS - i);
      }
      for (int i = s + 1; i <= BITS; i++) {
        v[d][i] = v[d][i - s] ^ (v[d][i - s] >> s);
        for (int k = 1; k < s; k++) {
          v[d][i] ^= ((a >> (s - 1 - k)) & 1) * v[d][i - k];
        }
      }
    }
    return v;
  }

  private static List<String> lines() {
    try (InputStream in = SobolSequence.class.getResourceAsStream("sobol-directions.txt")) {
      if (in == null) {
        throw new IllegalStateException("sobol-directions.txt is missing from the jar");
      }
      List<String> lines = new ArrayList<>();
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.US_ASCII));
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        if (!line.startsWith("#") && !line.isBlank()) {
          lines.add(line);
        }
      }
      return lines;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
