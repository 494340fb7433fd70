package io.github.kaohe.eval;

import static io.github.kaohe.eval.ParallelEvaluationTest.ENTITIES;
import static io.github.kaohe.eval.ParallelEvaluationTest.YEAR;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.kaohe.data.Dataset;
import io.github.kaohe.model.Policy;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A result scored in parallel is listed a block at a time, on several threads: whatever order the
 * list is read in, each place holds the same entity's result, compared as written out (results
 * are built afresh on each read, and an indicator's result compares by identity). 6,000 entities
 * are five blocks of 1,024 and a part of one.
 */
class EntityListingTest {
  private static SchemeResult alone;
  private static SchemeResult shared;
  /** The parallel result's list read once in order, written out: what every other reading must give. */
  private static List<String> inOrder;

  /** Everything of the result a report shows: id, place, total, and each indicator's value, points and formula. */
  static String written(EntityResult e) {
    StringBuilder s = new StringBuilder(e.id()).append(' ').append(e.place()).append(' ').append(e.total());
    for (CategoryResult c : e.categories()) {
      s.append(" | ").append(c.id()).append(' ').append(c.points());
      for (IndicatorResult i : c.indicators()) {
        s.append(" ; ").append(i.indicator().id()).append(' ').append(i.value()).append(' ').append(i.points())
            .append(' ').append(i.status()).append(' ').append(i.formula());
      }
    }
    return s.toString();
  }

  @BeforeAll
  static void evaluate() {
    Policy policy = ParallelEvaluationTest.policy("zero-points");
    Dataset data = ParallelEvaluationTest.data();
    alone = Evaluator.of(policy).evaluate("s", data, YEAR);
    shared = Evaluator.of(policy).parallel().evaluate("s", data, YEAR);
    inOrder = shared.entities().stream().map(EntityListingTest::written).toList();
  }

  @Test
  void theResultScoredInParallelIsListedInBlocks() {
    assertThat(shared.scored().parallel).isTrue();
    assertThat(alone.scored().parallel).isFalse();
    assertThat(ENTITIES).isGreaterThan(5 * EntityListing.BLOCK);
  }

  @Test
  void inOrderItListsWhatTheResultScoredOnOneThreadLists() {
    assertThat(inOrder).hasSize(ENTITIES);
    assertThat(inOrder).isEqualTo(alone.entities().stream().map(EntityListingTest::written).toList());
  }

  @Test
  void backwardsAcrossTheBlocksItListsTheSame() {
    for (int k = ENTITIES - 1; k >= 0; k--) {
      assertThat(written(shared.entities().get(k))).as("entity listed %d", k).isEqualTo(inOrder.get(k));
    }
  }

  @Test
  void atRandomAndAtEachBlocksEdgesItListsTheSame() {
    SplittableRandom random = new SplittableRandom(11);
    for (int n = 0; n < 2_000; n++) {
      int k = random.nextInt(ENTITIES);
      assertThat(written(shared.entities().get(k))).as("entity listed %d", k).isEqualTo(inOrder.get(k));
    }
    for (int edge = 0; edge <= ENTITIES; edge += EntityListing.BLOCK) {
      for (int k = Math.max(0, edge - 1); k <= Math.min(ENTITIES - 1, edge + 1); k++) {
        assertThat(written(shared.entities().get(k))).as("entity listed %d", k).isEqualTo(inOrder.get(k));
      }
    }
    assertThat(written(shared.entities().get(ENTITIES - 1))).isEqualTo(inOrder.get(ENTITIES - 1));
  }

  @Test
  void aPartOfTheListAndTheListReadFromSeveralThreadsListTheSame() {
    assertThat(shared.entities().subList(1_000, 3_000).stream().map(EntityListingTest::written))
        .containsExactlyElementsOf(inOrder.subList(1_000, 3_000));
    List<Integer> starts = List.of(0, 1_500, 3_000, 4_500);
    starts.parallelStream().forEach(start -> {
      for (int k = start; k < start + 1_500; k++) {
        assertThat(written(shared.entities().get(k))).as("entity listed %d", k).isEqualTo(inOrder.get(k));
      }
    });
  }

  @Test
  void outsideTheListNothingIsListed() {
    assertThatThrownBy(() -> shared.entities().get(ENTITIES)).isInstanceOf(IndexOutOfBoundsException.class);
    assertThatThrownBy(() -> shared.entities().get(-1)).isInstanceOf(IndexOutOfBoundsException.class);
  }
}
