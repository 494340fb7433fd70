package io.github.kaohe.eval;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.kaohe.RandomPolicies;
import io.github.kaohe.RandomPolicies.Case;
import java.math.BigDecimal;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Laws of reason codes, on random policies and data. */
class ReasonCodesProperties {
  @Provide
  Arbitrary<Case> cases() {
    return Arbitraries.randomValue(RandomPolicies::evaluableCase);
  }

  @Property(tries = 200)
  void theGapToTheEntityAboveIsTheSumOfItsPartsByIndicatorAndByCategory(@ForAll("cases") Case c) {
    SchemeResult r = Evaluator.of(c.policy()).evaluate(c.scheme().id(), c.data(), RandomPolicies.PERIOD);
    for (EntityResult e : r.entities()) {
      ReasonCodes why = ReasonCodes.of(r, e);
      why.behind().ifPresent(g -> {
        BigDecimal parts = g.indicators().stream().map(ReasonCodes.Reason::points).reduce(BigDecimal.ZERO, BigDecimal::add)
            .add(g.adjustments()).add(g.rest());
        assertThat(parts).isEqualByComparingTo(g.gap());
        BigDecimal byCategory = g.categories().stream().map(ReasonCodes.CategoryReason::points).reduce(BigDecimal.ZERO, BigDecimal::add)
            .add(g.adjustments()).add(g.categoryRest());
        assertThat(byCategory).isEqualByComparingTo(g.gap());
        // The categories' rest is only the rounding of the two totals: less than a unit of the totals' scale each.
        BigDecimal unit = BigDecimal.ONE.movePointLeft(c.policy().arithmetic().totals().scale());
        assertThat(g.categoryRest().abs()).isLessThan(unit.add(unit));
        EntityResult above = r.entity(g.above()).orElseThrow();
        assertThat(above.place().getAsInt()).isLessThan(e.place().getAsInt());
        assertThat(g.gap()).isEqualByComparingTo(above.total().subtract(e.total()));
      });
      assertThat(why.lost()).allSatisfy(x -> assertThat(x.points()).isPositive());
      assertThat(why.lostCategories()).allSatisfy(x -> assertThat(x.points()).isPositive());
      assertThat(why.behind().isPresent()).isEqualTo(e.place().isPresent() && e.place().getAsInt() > 1);
    }
  }
}
