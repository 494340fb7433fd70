package io.github.kaohe.eval;

import static io.github.kaohe.eval.PartEvaluatorPolicies.data;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.kaohe.data.Dataset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/**
 * The law of rules in parts, on {@link PartEvaluatorRulesTest}'s policy and data: however the
 * firms are dealt to parts (each with all of its rows, no part empty), every firm's measures,
 * outcomes, checks and classes in 2024 are those of the evaluation of the whole population.
 */
class PartEvaluatorRulesProperties {
  private static final SchemeResult WHOLE = Evaluator.of(PartEvaluatorRulesTest.POLICY).evaluate("firms",
      data(PartEvaluatorRulesTest.POLICY, PartEvaluatorRulesTest.HEADER + PartEvaluatorRulesTest.AD
          + PartEvaluatorRulesTest.BCE), PartEvaluatorRulesTest.Y2024);

  @Property(tries = 25)
  void anyDealOfTheFirmsToPartsGivesWhatTheWholeGives(
      @ForAll @Size(5) List<@IntRange(min = 0, max = 3) Integer> partOf) {
    Map<Integer, StringBuilder> csv = new LinkedHashMap<>();
    String rows = PartEvaluatorRulesTest.AD + PartEvaluatorRulesTest.BCE;
    for (String row : rows.lines().toList()) {
      int part = partOf.get(row.charAt(0) - 'a');
      csv.computeIfAbsent(part, p -> new StringBuilder(PartEvaluatorRulesTest.HEADER)).append(row).append('\n');
    }
    List<Dataset> parts = new ArrayList<>();
    csv.values().forEach(c -> parts.add(data(PartEvaluatorRulesTest.POLICY, c.toString())));

    Map<String, EntityResult> ruled = PartEvaluatorRun.of(PartEvaluatorRulesTest.POLICY, parts)
        .rule(parts, PartEvaluatorRulesTest.Y2024);

    assertThat(ruled).hasSize(WHOLE.entities().size());
    for (EntityResult e : WHOLE.entities()) {
      EntityResult part = ruled.get(e.id());
      assertThat(part.total()).as(e.id()).isEqualByComparingTo(e.total());
      assertThat(part.measures()).as(e.id()).isEqualTo(e.measures());
      assertThat(part.outcomes()).as(e.id()).isEqualTo(e.outcomes());
      assertThat(part.checks()).as(e.id()).isEqualTo(e.checks());
      assertThat(part.classes()).as(e.id()).isEqualTo(e.classes());
    }
  }
}
