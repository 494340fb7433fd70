package io.github.kaohe.whatif;

import io.github.kaohe.eval.EntityResult;
import io.github.kaohe.eval.OutcomeResult;
import io.github.kaohe.model.Classification;
import io.github.kaohe.model.Label;
import io.github.kaohe.model.Scheme;
import io.github.kaohe.model.Tier;
import java.util.List;
import java.util.Objects;

/** What an entity wants to reach: a place, a class, or an outcome of a rule table. */
public sealed interface Goal permits Goal.Place, Goal.Class, Goal.Given {

  /** Place {@code place} or better in the overall ranking. */
  static Goal place(int place) {
    return new Place(place);
  }

  /** Class {@code tier} of the classification, or a better one (tiers are declared best first). */
  static Goal inClass(String classification, String tier) {
    return new Class(classification, tier);
  }

  /** The outcome of a rule table's row given, e.g. {@code industrial-rewards/first-place}. */
  static Goal given(String table, String row) {
    return new Given(table, row);
  }

  /** Whether the entity's result meets the goal. */
  boolean metBy(EntityResult entity, Scheme scheme);

  /** What the entity's result gives in the goal's terms, e.g. "第 5 名" / "place 5". */
  Label standing(EntityResult entity);

  /** The goal in words. */
  Label describe();

  /** Place {@code place} or better. */
  record Place(int place) implements Goal {
    public Place {
      if (place < 1) {
        throw new IllegalArgumentException("a place is 1 or more, not " + place);
      }
    }

    @Override
    public boolean metBy(EntityResult entity, Scheme scheme) {
      return entity.place().isPresent() && entity.place().getAsInt() <= place;
    }

    @Override
    public Label standing(EntityResult entity) {
      return entity.place().isPresent()
          ? Label.of("第 " + entity.place().getAsInt() + " 名", "place " + entity.place().getAsInt())
          : Label.of("无名次", "no place");
    }

    @Override
    public Label describe() {
      return Label.of("进入前 " + place + " 名", "place " + place + " or better");
    }
  }

  /** Class {@code tier} of {@code classification}, or better. */
  record Class(String classification, String tier) implements Goal {
    public Class {
      Objects.requireNonNull(classification, "classification");
      Objects.requireNonNull(tier, "tier");
    }

    @Override
    public boolean metBy(EntityResult entity, Scheme scheme) {
      var c = entity.classes().get(classification);
      if (c == null) {
        return false;
      }
      List<String> tiers = tiers(scheme);
      int got = tiers.indexOf(c.tier());
      return got >= 0 && got <= tiers.indexOf(tier);
    }

    /** The tiers' ids, best first; throws when the scheme has no such classification or tier. */
    List<String> tiers(Scheme scheme) {
      Classification c = scheme.rules().classifications().stream().filter(x -> x.id().equals(classification)).findFirst()
          .orElseThrow(() -> new IllegalArgumentException("scheme '" + scheme.id() + "' has no classification '" + classification
              + "'; it has: " + scheme.rules().classifications().stream().map(Classification::id).toList()));
      List<String> ids = c.tiers().stream().map(Tier::id).toList();
      if (!ids.contains(tier)) {
        throw new IllegalArgumentException("classification '" + classification + "' has no class '" + tier + "'; it has: " + ids);
      }
      return ids;
    }

    @Override
    public Label standing(EntityResult entity) {
      var c = entity.classes().get(classification);
      return c == null ? Label.of("未分类", "not classed") : Label.of(c.tier() + " 类", "class " + c.tier());
    }

    @Override
    public Label describe() {
      return Label.of("达到 " + tier + " 类或更好", "class " + tier + " or better");
    }
  }

  /** The row {@code row} of table {@code table} given. */
  record Given(String table, String row) implements Goal {
    public Given {
      Objects.requireNonNull(table, "table");
      Objects.requireNonNull(row, "row");
    }

    @Override
    public boolean metBy(EntityResult entity, Scheme scheme) {
      return entity.outcomes().stream().anyMatch(o -> o.table().equals(table) && o.row().equals(row) && o.given());
    }

    @Override
    public Label standing(EntityResult entity) {
      return entity.outcomes().stream().filter(o -> o.table().equals(table) && o.row().equals(row)).findFirst()
          .map(o -> Label.of(statusZh(o.status()), o.status().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ')))
          .orElse(Label.of("未给予", "not given"));
    }

    private static String statusZh(OutcomeResult.Status s) {
      return switch (s) {
        case GIVEN -> "给予";
        case SUPPRESSED -> "不重复";
        case WITHHELD -> "取消";
        case NOT_EVALUABLE -> "无法判定";
      };
    }

    @Override
    public Label describe() {
      return Label.of("获得 " + table + "/" + row, "receive " + table + "/" + row);
    }
  }
}
