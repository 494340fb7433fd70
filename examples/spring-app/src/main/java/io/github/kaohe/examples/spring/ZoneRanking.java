package io.github.kaohe.examples.spring;

import io.github.kaohe.data.Period;
import io.github.kaohe.eval.EntityResult;
import io.github.kaohe.eval.SchemeResult;
import io.github.kaohe.policy.kaifeng.KaifengPolicy;
import io.github.kaohe.spring.DataInput;
import io.github.kaohe.spring.ScoringService;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The application's own endpoint, on the starter's {@link ScoringService}: the ranking of the
 * industrial cluster zones on the policy's bundled (illustrative) sample data, in a shape of its
 * own. Problems with the data come out as the starter's exceptions, for the application to answer.
 */
@RestController
public class ZoneRanking {
  private final ScoringService scoring;

  public ZoneRanking(ScoringService scoring) {
    this.scoring = scoring;
  }

  /** One zone's place and total. */
  public record Place(Integer place, String zone, BigDecimal total) {}

  @GetMapping("/zones/ranking")
  public List<Place> ranking(@RequestParam(name = "period", defaultValue = "2015") String period) throws IOException {
    byte[] sample;
    try (InputStream in = KaifengPolicy.sampleData().get(KaifengPolicy.INDUSTRIAL_CLUSTER_ZONES).openStream()) {
      sample = in.readAllBytes();
    }
    SchemeResult result = scoring.evaluate(KaifengPolicy.ID, KaifengPolicy.INDUSTRIAL_CLUSTER_ZONES,
        DataInput.csv(sample, "industrial-cluster-zones.csv"), Period.parse(period));
    return result.ranked().stream().map(ZoneRanking::place).toList();
  }

  private static Place place(EntityResult e) {
    return new Place(e.place().getAsInt(), e.entity().name().zh(), e.total());
  }
}
