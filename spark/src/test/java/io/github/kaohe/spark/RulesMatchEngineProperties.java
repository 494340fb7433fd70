package io.github.kaohe.spark;

import io.github.kaohe.data.Period;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/**
 * On random firms over three years (some entering late or leaving early, values on few levels so
 * that places tie) spread over 1 to 7 partitions, the rules of {@link RulesInPartsTest#policy}
 * (rewards by place, the change of place since the year before, a place held two years running,
 * figures of the whole population and a figure of figures, a check, classes) give on Spark every
 * value the in-memory engine gives. Few tries: each runs some ten Spark jobs.
 */
class RulesMatchEngineProperties {

  @Property(tries = 12)
  void sparkRulesGiveWhatTheEngineGives(@ForAll long seed, @ForAll @IntRange(min = 2, max = 90) int firms,
      @ForAll @IntRange(min = 1, max = 7) int partitions, @ForAll boolean bothYears) {
    List<Period> periods = bothYears ? List.of(RulesInPartsTest.YEARS[1], RulesInPartsTest.YEARS[2])
        : List.of(RulesInPartsTest.YEARS[2]);
    RulesInPartsTest.assertSameAsEngine(RulesInPartsTest.policy(), RulesInPartsTest.cells(new Random(seed), firms),
        periods, partitions, 1 + (int) Math.floorMod(seed, 5L));
  }
}
