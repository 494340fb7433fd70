package io.github.kaohe.load;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.kaohe.load.ParsedNode.ParsedMap;
import io.github.kaohe.load.ParsedNode.Scalar;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * The YAML reader at its limits (characters, expanded nodes) and with tags and empty texts: a limit
 * is reached at its value and passed one beyond it; nodes are counted with aliases expanded.
 */
class YamlReaderTest {
  private Problems problems = new Problems("p.yaml");

  private @Nullable ParsedNode read(String text, LoadLimits limits) {
    problems = new Problems("p.yaml");
    return new YamlReader(limits, problems).read(text);
  }

  private static LoadLimits nodes(int maxNodes) {
    return new LoadLimits(10_000, 64, 200, maxNodes);
  }

  private List<String> messages() {
    return problems.all().stream().map(p -> p.path() + ": " + p.message()).toList();
  }

  @Test
  void aTextOfTheLimitsLengthIsReadAndOneCharacterLongerIsNot() {
    String text = "x: 1\n";
    assertThat(read(text, new LoadLimits(text.length(), 64, 200, 100))).isInstanceOf(ParsedMap.class);
    assertThat(messages()).isEmpty();
    assertThat(read(text, new LoadLimits(text.length() - 1, 64, 200, 100))).isNull();
    assertThat(messages()).containsExactly(
        ": the file has 5 characters, more than the limit of 4; a policy this large is probably not a policy");
  }

  @Test
  void nodesAreCountedWithAliasesExpandedUpToTheLimit() {
    String plain = "x: [a, b]\n"; // the map, the list, two texts: 4
    assertThat(read(plain, nodes(4))).isNotNull();
    assertThat(messages()).isEmpty();
    read(plain, nodes(3));
    assertThat(messages()).containsExactly(": the document expands to more than 3 nodes (check its aliases)");

    String aliased = "x: &l [a, b]\ny: *l\n"; // the map, and the list of three nodes twice: 7
    assertThat(read(aliased, nodes(7))).isNotNull();
    assertThat(messages()).isEmpty();
    read(aliased, nodes(6));
    assertThat(messages()).containsExactly(": the document expands to more than 6 nodes (check its aliases)");
  }

  @Test
  void standardTagsAreReadAndAnyOtherTagIsRefusedShortened() {
    assertThat(read("a: !!str 5\nb: ! 6\nc: !!int 7\n", nodes(100))).isNotNull();
    assertThat(messages()).isEmpty();
    ParsedMap m = (ParsedMap) read("a: !!str 5\n", nodes(100));
    assertThat(m.entries().get("a").value()).isInstanceOfSatisfying(Scalar.class, s -> assertThat(s.text()).isEqualTo("5"));

    read("a: !include other.yaml\nb: !!binary aGVsbG8=\nc: !" + "t".repeat(50) + " x\n", nodes(100));
    assertThat(messages()).containsExactly(
        "a: the YAML tag !include is not understood: a policy includes nothing and names no types; write the value"
            + " itself, without the tag",
        "b: the YAML tag !!binary is not understood: a policy includes nothing and names no types; write the value"
            + " itself, without the tag",
        "c: the YAML tag !" + "t".repeat(39) + "… is not understood: a policy includes nothing and names no types;"
            + " write the value itself, without the tag");
  }

  @Test
  void aTagOfFortyCharactersIsShownWhole() {
    String tag = "!" + "t".repeat(39);
    read("a: " + tag + " x\n", nodes(100));
    assertThat(messages()).containsExactly("a: the YAML tag " + tag + " is not understood: a policy includes nothing"
        + " and names no types; write the value itself, without the tag");
  }

  @Test
  void nestingIsReadToTheLimitAndReportedByUsOneLevelBeyond() {
    LoadLimits five = new LoadLimits(10_000, 5, 200, 100);
    // the root map is level 0: a, b, c, d, e are levels 1 to 5
    assertThat(read("a: {b: {c: {d: {e: 1}}}}\n", five)).isNotNull();
    assertThat(messages()).isEmpty();
    assertThat(read("a: {b: {c: {d: {e: {f: 1}}}}}\n", five)).isNull();
    assertThat(messages()).containsExactly("a.b.c.d.e.f: nesting deeper than 5 levels: a policy never needs this");
  }

  @Test
  void anEmptyQuotedTextIsATextAndNothingIsNull() {
    ParsedMap m = (ParsedMap) read("a: ''\nb: \"\"\nc:\n😀d: ''\ne😀: ''\n", nodes(100));
    assertThat(messages()).isEmpty();
    assertThat(kind(m, "a")).isEqualTo(Scalar.Kind.STRING);
    assertThat(kind(m, "b")).isEqualTo(Scalar.Kind.STRING);
    assertThat(kind(m, "c")).isEqualTo(Scalar.Kind.NULL);
    // an emoji before the value counts once where the reader counts code points
    assertThat(kind(m, "😀d")).isEqualTo(Scalar.Kind.STRING);
    assertThat(kind(m, "e😀")).isEqualTo(Scalar.Kind.STRING);
  }

  private static Scalar.Kind kind(ParsedMap m, String key) {
    return ((Scalar) m.entries().get(key).value()).kind();
  }
}
