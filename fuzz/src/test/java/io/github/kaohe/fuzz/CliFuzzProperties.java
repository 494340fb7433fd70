package io.github.kaohe.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.kaohe.cli.KaoheCli;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The command line, run in-process as a user runs it, on a mutated policy or mutated data, writing
 * each output format to a file. It exits 0, 1 or 2; its errors are one message, never a stack trace
 * or an internal error; a failed run leaves no output file and no temporary file behind, and a
 * successful one leaves its whole output and nothing else.
 */
class CliFuzzProperties {
  /** What one run is asked: the command and output, and which input is garbled. */
  record Case(String command, String output, boolean garbledPolicy, String policy, String data) {
    @Override
    public String toString() {
      return command + " -o " + output + (garbledPolicy ? " (policy garbled)" : " (data garbled)");
    }
  }

  @Example
  void theSeedsScoreAndReport() throws IOException {
    for (String[] run : new String[][] {{"score", "out.csv"}, {"score", "out.json"}, {"report", "out.html"},
        {"report", "out.xlsx"}}) {
      assertThat(run(new Case(run[0], run[1], false, Seeds.KAIFENG_YAML, Seeds.ZONES_CSV))).isZero();
    }
  }

  @Property
  void aRunOnGarbledInputEndsCleanly(@ForAll("cases") Case c) throws IOException {
    run(c);
  }

  @Provide
  Arbitrary<Case> cases() {
    Arbitrary<String[]> commands = Arbitraries.of(
        new String[] {"score", "out.csv"}, new String[] {"score", "out.json"}, new String[] {"score", "out.txt"},
        new String[] {"report", "out.html"}, new String[] {"report", "out.xlsx"}, new String[] {"report", "out.md"});
    Arbitrary<Case> policies = Combinators.combine(commands, Mutations.of(Seeds.KAIFENG_YAML))
        .as((c, yaml) -> new Case(c[0], c[1], true, yaml, Seeds.ZONES_CSV));
    Arbitrary<Case> data = Combinators.combine(commands, Mutations.of(Seeds.ZONES_CSV))
        .as((c, csv) -> new Case(c[0], c[1], false, Seeds.KAIFENG_YAML, csv));
    return Arbitraries.oneOf(policies, data);
  }

  /** Runs the case in a folder of its own, checks the laws, and returns the exit code. */
  private static int run(Case c) throws IOException {
    Path folder = Files.createTempDirectory("kaohe-fuzz-cli");
    try {
      Path policy = Files.writeString(folder.resolve("policy.yaml"), c.policy(), StandardCharsets.UTF_8);
      Path data = Files.writeString(folder.resolve("zones.csv"), c.data(), StandardCharsets.UTF_8);
      Path output = folder.resolve(c.output());
      List<String> args = new ArrayList<>(List.of(c.command(), "--policy", policy.toString(), "--data",
          data.toString(), "--scheme", Seeds.ZONES_SCHEME, "--period", "2015", "-o", output.toString()));
      StringWriter out = new StringWriter();
      StringWriter err = new StringWriter();
      Laws.Outcome<Integer> exit = Laws.bounded(() -> {
        picocli.CommandLine cli = new picocli.CommandLine(new KaoheCli());
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        return cli.execute(args.toArray(String[]::new));
      });
      assertThat(exit.thrown()).as("thrown by the command line").isNull();
      int code = exit.value();
      String errors = err.toString();
      assertThat(code).as("exit code; stderr: %s", errors).isIn(0, 1, 2);
      assertThat(errors).doesNotContain("internal error", "\tat ", "Exception");
      Set<String> left = new TreeSet<>();
      try (Stream<Path> files = Files.list(folder)) {
        files.forEach(f -> left.add(f.getFileName().toString()));
      }
      if (code == 0) {
        assertThat(left).containsExactlyInAnyOrder("policy.yaml", "zones.csv", c.output());
        assertThat(Files.size(output)).isPositive();
      } else {
        assertThat(errors).as("a failed run says why").isNotBlank();
        assertThat(left).as("what a failed run left; stderr: %s", errors)
            .containsExactlyInAnyOrder("policy.yaml", "zones.csv");
      }
      assertThat(Files.readString(policy)).as("the policy is never written").isEqualTo(c.policy());
      return code;
    } finally {
      try (Stream<Path> files = Files.walk(folder)) {
        for (Path f : files.sorted(Comparator.reverseOrder()).toList()) {
          Files.delete(f);
        }
      }
    }
  }
}
