package io.github.kaohe.eval;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.kaohe.RandomPolicies;
import io.github.kaohe.RandomPolicies.Case;
import io.github.kaohe.RandomPolicies.Row;
import io.github.kaohe.model.Category;
import io.github.kaohe.model.Indicator;
import io.github.kaohe.model.Scheme;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The law of evaluation in parts: split the entities among parts at random, summarise each part,
 * merge the summaries, score each part with the merged summary, sort every part's standings
 * together and count places in segments cut at random — and every entity has the points, total
 * and place (overall and within its group) that {@link Evaluator} gives the whole population.
 */
class PartEvaluatorProperties {

  @Provide
  Arbitrary<Case> cases() {
    return Arbitraries.randomValue(r -> RandomPolicies.hardCase(r, true, 2 + r.nextInt(60)));
  }

  @Property(tries = 300)
  void partsGiveWhatTheWholeGives(@ForAll("cases") Case c, @ForAll Random random) {
    Scheme scheme = c.scheme();
    Assume.that(PartEvaluator.unsupported(scheme).isEmpty());
    SchemeResult whole;
    try {
      whole = Evaluator.of(c.policy()).evaluate(scheme.id(), c.data(), RandomPolicies.PERIOD);
    } catch (EvaluationException e) {
      assertThat(messages(inParts(c, random).problems)).containsExactlyInAnyOrderElementsOf(messages(e.problems()));
      return;
    }
    Parts parts = inParts(c, random);
    assertThat(parts.problems).isEmpty();
    Map<String, EntityResult> expected = new HashMap<>();
    whole.entities().forEach(e -> expected.put(e.id(), e));
    assertThat(parts.totals.keySet()).isEqualTo(expected.keySet());
    for (EntityResult e : whole.entities()) {
      assertThat(parts.totals.get(e.id())).as("total of %s", e.id()).isEqualByComparingTo(e.total());
      for (Category cat : scheme.allCategories()) {
        assertThat(parts.points.get(e.id() + "/" + cat.id())).as("%s of %s", cat.id(), e.id())
            .isEqualTo(e.points(cat.id()).orElseThrow());
      }
      for (Indicator i : scheme.indicators()) {
        assertThat(parts.points.get(e.id() + "/" + i.id())).as("%s of %s", i.id(), e.id())
            .isEqualTo(e.points(i.id()).orElseThrow());
      }
      assertThat(parts.places.getOrDefault(e.id(), 0L)).as("place of %s", e.id()).isEqualTo((long) e.place().orElse(0));
      for (String g : scheme.ranking().groups()) {
        assertThat(parts.groupPlaces.getOrDefault(e.id() + "/" + g, 0L)).as("place of %s in %s", e.id(), g)
            .isEqualTo((long) e.groupPlaces().getOrDefault(g, 0));
      }
    }
    assertThat(parts.excluded).containsExactlyInAnyOrderElementsOf(
        whole.excluded().stream().map(x -> x.entity().id()).toList());
  }

  private static List<String> messages(List<EvaluationProblem> problems) {
    return problems.stream().map(EvaluationProblem::toString).distinct().toList();
  }

  /** What the three passes give. */
  private static final class Parts {
    final List<EvaluationProblem> problems = new ArrayList<>();
    final Map<String, BigDecimal> totals = new HashMap<>();
    final Map<String, BigDecimal> points = new HashMap<>();
    final Map<String, Long> places = new HashMap<>();
    final Map<String, Long> groupPlaces = new HashMap<>();
    final List<String> excluded = new ArrayList<>();
  }

  private static Parts inParts(Case c, Random random) {
    Scheme scheme = c.scheme();
    PartEvaluator evaluator = PartEvaluator.of(c.policy(), scheme.id());
    int k = 1 + random.nextInt(5);
    List<List<Row>> split = new ArrayList<>();
    for (int p = 0; p < k; p++) {
      split.add(new ArrayList<>());
    }
    for (Row row : c.rows()) {
      split.get(random.nextInt(k)).add(row);
    }
    Parts out = new Parts();
    PartSummary summary = null;
    for (List<Row> part : split) {
      PartSummary s = evaluator.summarise(RandomPolicies.data(part), RandomPolicies.PERIOD);
      summary = summary == null ? s : random.nextBoolean() ? summary.merge(s) : s.merge(summary);
    }
    if (!summary.problems().isEmpty()) {
      out.problems.addAll(summary.problems());
      return out;
    }
    if (evaluator.imputesPoints()) { // the groups' points, between the passes
      PointsSummary points = null;
      for (List<Row> part : split) {
        PointsSummary p = evaluator.summarisePoints(RandomPolicies.data(part), RandomPolicies.PERIOD, summary);
        points = points == null ? p : points.merge(p);
      }
      summary = summary.withPoints(points);
    }
    List<Standing> standings = new ArrayList<>();
    Map<String, String> groupOf = new HashMap<>();
    for (List<Row> part : split) {
      PartScores scores = evaluator.score(RandomPolicies.data(part), RandomPolicies.PERIOD, summary);
      out.problems.addAll(scores.problems());
      scores.excluded().forEach(x -> out.excluded.add(x.entity().id()));
      for (int e = 0; e < scores.size(); e++) {
        String id = scores.entity(e);
        out.totals.put(id, scores.total(e));
        for (Category cat : scheme.allCategories()) {
          out.points.put(id + "/" + cat.id(), scores.points(cat.id(), e).orElseThrow());
        }
        for (Indicator i : scheme.indicators()) {
          out.points.put(id + "/" + i.id(), scores.points(i.id(), e).orElseThrow());
        }
        if (scores.ranked(e)) {
          standings.add(scores.standing(e));
          for (String g : scheme.ranking().groups()) {
            int at = e;
            scores.attribute(g, e).ifPresent(v -> groupOf.put(id + "/" + g, v));
          }
        }
      }
    }
    if (!out.problems.isEmpty()) {
      return out;
    }
    standings.sort(null);
    // places counted in segments cut at random, as partitions of a sorted dataset would be
    List<PlaceCounter.Segment> segments = new ArrayList<>();
    List<Integer> starts = new ArrayList<>();
    for (int i = 0; i < standings.size(); i++) {
      if (i == 0 || random.nextInt(4) == 0) {
        segments.add(new PlaceCounter.Segment());
        starts.add(i);
      }
      segments.get(segments.size() - 1).add(standings.get(i));
    }
    PlaceCounter counter = PlaceCounter.of(scheme);
    for (int s = 0; s < segments.size(); s++) {
      PlaceCounter local = counter.copy();
      int end = s + 1 < starts.size() ? starts.get(s + 1) : standings.size();
      for (int i = starts.get(s); i < end; i++) {
        out.places.put(standings.get(i).entity(), local.next(standings.get(i)));
      }
      counter.skip(segments.get(s));
    }
    for (String g : scheme.ranking().groups()) {
      Map<String, PlaceCounter> byGroup = new TreeMap<>();
      for (Standing st : standings) {
        String v = groupOf.get(st.entity() + "/" + g);
        if (v != null) {
          long place = byGroup.computeIfAbsent(v, x -> PlaceCounter.of(scheme)).next(st);
          out.groupPlaces.put(st.entity() + "/" + g, place);
        }
      }
    }
    return out;
  }
}
