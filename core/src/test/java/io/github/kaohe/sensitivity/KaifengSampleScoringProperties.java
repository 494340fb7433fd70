package io.github.kaohe.sensitivity;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.kaohe.data.CsvDataReader;
import io.github.kaohe.data.Dataset;
import io.github.kaohe.data.Period;
import io.github.kaohe.eval.EntityResult;
import io.github.kaohe.eval.Evaluator;
import io.github.kaohe.eval.SchemeResult;
import io.github.kaohe.internal.EngineAccess;
import io.github.kaohe.internal.EngineAccess.SchemeSamples;
import io.github.kaohe.load.PolicyLoader;
import io.github.kaohe.model.Category;
import io.github.kaohe.model.Indicator;
import io.github.kaohe.model.Policy;
import io.github.kaohe.model.Scheme;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/**
 * On the Kaifeng policy, whose rules read places (this year's and last year's) and pay money, a
 * sample scored as the sensitivity analysis scores it gives each zone the place and money a plain
 * evaluation of the sample's policy gives, for random category weights.
 */
class KaifengSampleScoringProperties {
  private static final String SCHEME = "industrial-cluster-zones";
  /** The policy and sample data of the module policy-kaifeng, read from its sources (core cannot depend on it). */
  private static final Path KAIFENG = Path.of("..", "policy-kaifeng", "src", "main", "resources", "io", "github", "kaohe",
      "policy", "kaifeng");
  private static final Policy POLICY = PolicyLoader.create().load(KAIFENG.resolve("kaifeng-2014.yaml"));
  private static final Dataset DATA = CsvDataReader.forScheme(POLICY.scheme(SCHEME))
      .read(KAIFENG.resolve("sample").resolve(SCHEME + ".csv"));
  private static final List<Period> PERIODS = List.of(Period.year(2015), Period.year(2016));
  private static final SchemeSamples FAST = EngineAccess.engine().samples(POLICY, SCHEME, DATA, Period.year(2016));

  @Property(tries = 30)
  void aSampleGivesThePlacesAndMoneyOfAPlainEvaluation(@ForAll long seed) {
    Policy sample = reweighted(POLICY, new SplittableRandom(seed));
    SchemeResult plain = Evaluator.of(sample).evaluate(SCHEME, DATA, PERIODS).get(1);
    int[] places = new int[FAST.size()];
    SchemeResult fast = FAST.score(sample, places, true);

    Map<String, String> expected = new TreeMap<>();
    for (EntityResult e : plain.entities()) {
      expected.put(e.id(), e.place().orElse(0) + " " + e.money().stripTrailingZeros().toPlainString());
    }
    Map<String, String> actual = new TreeMap<>();
    for (int p = 0; p < places.length; p++) {
      BigDecimal money = fast.entity(FAST.id(p)).orElseThrow().money();
      actual.put(FAST.id(p), places[p] + " " + money.stripTrailingZeros().toPlainString());
    }
    assertThat(actual).isEqualTo(expected);
    // for its places only, on the columns the samples before it left behind
    int[] only = new int[FAST.size()];
    FAST.score(sample, only, false);
    assertThat(only).containsExactly(places);
  }

  /** Every indicator's weight times a random factor in [0.2, 1.8] (two places); categories and total follow. */
  private static Policy reweighted(Policy policy, SplittableRandom random) {
    Scheme s = policy.scheme(SCHEME);
    List<Category> categories = new ArrayList<>();
    BigDecimal total = BigDecimal.ZERO;
    for (Category c : s.categories()) {
      Category r = reweighted(c, random);
      categories.add(r);
      total = total.add(r.weight());
    }
    Scheme scheme = new Scheme(s.id(), s.name(), s.source(), total, s.tolerance(), s.attributes(), s.entities(),
        categories, s.adjustments(), s.ranking(), s.rules(), s.scope());
    List<Scheme> schemes = new ArrayList<>(policy.schemes());
    schemes.replaceAll(x -> x.id().equals(SCHEME) ? scheme : x);
    return new Policy(policy.id(), policy.name(), policy.version(), policy.source(), policy.arithmetic(), schemes,
        policy.actions());
  }

  private static Category reweighted(Category c, SplittableRandom random) {
    List<Category> subs = new ArrayList<>();
    List<Indicator> indicators = new ArrayList<>();
    BigDecimal weight = BigDecimal.ZERO;
    for (Category sub : c.categories()) {
      Category r = reweighted(sub, random);
      subs.add(r);
      weight = weight.add(r.weight());
    }
    for (Indicator i : c.indicators()) {
      BigDecimal w = i.weight().multiply(BigDecimal.valueOf(random.nextInt(20, 181), 2));
      indicators.add(new Indicator(i.id(), i.name(), i.unit(), w, i.direction(), i.method(), i.transforms(), i.missing(),
          i.source(), i.valid(), i.formula()));
      weight = weight.add(w);
    }
    return new Category(c.id(), c.name(), weight, c.aggregation(), subs, indicators, c.source());
  }
}
