package io.github.kaohe.load;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.kaohe.RandomPolicies;
import io.github.kaohe.model.Policy;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.constraints.StringLength;

/**
 * Whatever text the loader is given, it returns a policy or throws a {@link PolicyException}
 * with at least one problem: never another exception, and it always returns.
 */
class LoaderFuzzProperties {
  /** Pieces of YAML syntax and of policies, put together at random. */
  private static final List<String> TOKENS =
      List.of(
          "kaohe: 1\n", "id: x\n", "name: {zh: 名, en: n}\n", "schemes:\n", "  - ", "    ", "\n", " ", "\t", "- ", ": ", "? ",
          "{", "}", "[", "]", ", ", "&a ", "*a", "&b [*a, *a]\n", "!!str ", "!!binary ", "!!int ", "!foo ", "|\n", ">-\n", "'",
          "\"", "''", "#", "# c\n", "---\n", "...\n", "~", "null", "yes", "1e999999999", "-1e-99999", "0x1F", "0o7", ".inf",
          ".nan", "1_000", "<<: *a\n", "%YAML 1.2\n", "%TAG ! tag:x,2000:\n", "\\", "\\u", "😀", "汴西", "\u0085", "\u2028",
          "\uFEFF", "\u0000", "\r", "weight: ", "method: ", "type: ", "bands: ", "categories: ", "indicators: ", "8", "-3",
          "2020-01-15", "proportional-to-best", "min-max", "goalposts", "place-points");

  private static void loadsOrFailsWithAPolicyException(String text) {
    try {
      Policy p = PolicyLoader.create().load(text, "fuzz.yaml");
      assertThat(p).isNotNull();
    } catch (PolicyException e) {
      assertThat(e.problems()).isNotEmpty().allSatisfy(problem -> assertThat(problem.file()).isEqualTo("fuzz.yaml"));
    }
  }

  @Property(tries = 1000)
  void arbitraryTextLoadsOrFailsWithAPolicyException(@ForAll @StringLength(max = 300) String text) {
    loadsOrFailsWithAPolicyException(text);
  }

  @Provide
  Arbitrary<String> yamlish() {
    return Arbitraries.of(TOKENS).list().ofMaxSize(80).map(tokens -> String.join("", tokens));
  }

  @Property(tries = 2000)
  void yamlSyntaxPutTogetherAtRandomLoadsOrFailsWithAPolicyException(@ForAll("yamlish") String text) {
    loadsOrFailsWithAPolicyException(text);
  }

  @Provide
  Arbitrary<String> mutatedPolicies() {
    return Arbitraries.randomValue(LoaderFuzzProperties::mutatedPolicy);
  }

  /** A valid policy's text with one to six random edits. */
  private static String mutatedPolicy(Random r) {
    String text = r.nextInt(3) == 0 ? LoaderFixture.VALID : PolicyWriter.toYaml(RandomPolicies.policy(r));
    for (int edits = 1 + r.nextInt(6); edits > 0; edits--) {
      text = mutate(text, r);
    }
    return text;
  }

  private static String mutate(String text, Random r) {
    List<String> lines = new ArrayList<>(Arrays.asList(text.split("\n", -1)));
    int line = r.nextInt(lines.size());
    int at = text.isEmpty() ? 0 : r.nextInt(text.length());
    switch (r.nextInt(9)) {
      case 0 -> lines.remove(line);
      case 1 -> lines.add(line, lines.get(line));
      case 2 -> {
        String l = lines.get(line);
        lines.set(line, r.nextBoolean() ? " ".repeat(1 + r.nextInt(4)) + l : l.replaceFirst("^ {1,4}", ""));
      }
      case 3 -> Collections2.swap(lines, line, r.nextInt(lines.size()));
      case 4 -> {
        if (text.length() > 1) {
          int i = Math.min(at, text.length() - 2);
          return text.substring(0, i) + text.charAt(i + 1) + text.charAt(i) + text.substring(i + 2);
        }
        return text;
      }
      case 5 -> {
        return text.substring(0, at) + TOKENS.get(r.nextInt(TOKENS.size())) + text.substring(at);
      }
      case 6 -> {
        return text.substring(0, at) + text.substring(Math.min(text.length(), at + 1 + r.nextInt(20)));
      }
      case 7 -> {
        return text.substring(0, at);
      }
      default -> {
        return text.replaceFirst("\\b\\d+(\\.\\d+)?\\b", java.util.regex.Matcher.quoteReplacement(TOKENS.get(r.nextInt(TOKENS.size())).strip()));
      }
    }
    return String.join("\n", lines);
  }

  @Property(tries = 500)
  void mutatedPolicyLoadsOrFailsWithAPolicyException(@ForAll("mutatedPolicies") String text) {
    loadsOrFailsWithAPolicyException(text);
  }

  @Property(tries = 300)
  void arbitraryBytesLoadOrFailWithAPolicyException(@ForAll @Size(max = 300) byte[] bytes) {
    try {
      PolicyLoader.create().load(new ByteArrayInputStream(bytes), "fuzz.yaml");
    } catch (PolicyException e) {
      assertThat(e.problems()).isNotEmpty();
    }
  }

  /** java.util.Collections.swap, named apart from the jqwik imports. */
  private static final class Collections2 {
    static void swap(List<String> list, int i, int j) {
      java.util.Collections.swap(list, i, j);
    }
  }
}
