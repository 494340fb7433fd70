package io.github.kaohe.testing;

import io.github.kaohe.data.CsvDataReader;
import io.github.kaohe.data.Dataset;
import io.github.kaohe.data.Period;
import io.github.kaohe.load.Spelling;
import io.github.kaohe.model.AdjustmentItem;
import io.github.kaohe.model.EntityDefinition;
import io.github.kaohe.model.Fact;
import io.github.kaohe.model.FactValues;
import io.github.kaohe.model.Indicator;
import io.github.kaohe.model.Scheme;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A case's data as a {@link Dataset}: the CSV (a file or inline) read by the scheme's CSV reader,
 * with the case's single values written over it.
 */
final class DataBuilder {
  private final Scheme scheme;
  private final Sources sources;
  private final List<Period> periods;

  DataBuilder(Scheme scheme, Sources sources, List<Period> periods) {
    this.scheme = scheme;
    this.sources = sources;
    this.periods = periods;
  }

  /**
   * The data.
   *
   * @throws io.github.kaohe.data.DataException when the CSV has problems
   * @throws CaseError when a value names what the scheme does not have
   */
  Dataset build(Given given) {
    CsvDataReader reader = CsvDataReader.forScheme(scheme);
    if (periods.size() == 1) {
      reader = reader.withPeriod(periods.get(0)); // a CSV without a period column is in the case's period
    }
    Optional<Dataset> base = Optional.empty();
    if (given.data().isPresent()) {
      Inline ref = given.data().get();
      String name = ref.text().substring(ref.text().lastIndexOf('/') + 1);
      base = Optional.of(reader.read(sources.text(ref), name));
    } else if (given.csv().isPresent()) {
      base = Optional.of(reader.read(given.csv().get().text(), given.csv().get().name()));
    }
    if (given.values().isEmpty()) {
      return base.orElseGet(() -> Dataset.builder().build());
    }
    return overlay(base, given.values());
  }

  /** A cell's address. */
  private record Key(String entity, Period period, String key) {}

  private Dataset overlay(Optional<Dataset> base, List<Given.Cell> cells) {
    Map<Key, BigDecimal> values = new LinkedHashMap<>();
    Set<Key> rows = new LinkedHashSet<>();
    Map<String, Map<String, String>> attributes = new LinkedHashMap<>();
    base.ifPresent(d -> copy(d, values, rows, attributes));
    List<String> problems = new ArrayList<>();
    for (Given.Cell c : cells) {
      try {
        String entity = entity(c);
        rows.add(new Key(entity, c.period(), ""));
        Key key = new Key(entity, c.period(), c.key());
        values.remove(key);
        if (c.value().isEmpty()) {
          continue;
        }
        if (scheme.attributes().contains(c.key())) {
          attributes.computeIfAbsent(entity, e -> new LinkedHashMap<>()).put(c.key(), c.value().get());
        } else {
          values.put(key, value(c));
        }
      } catch (CaseError e) {
        problems.add(e.getMessage());
      }
    }
    if (!problems.isEmpty()) {
      throw new CaseError(String.join("\n", problems));
    }
    Dataset.Builder b = Dataset.builder();
    rows.forEach(r -> b.row(r.entity(), r.period()));
    values.forEach((k, v) -> b.value(k.entity(), k.period(), k.key(), v));
    attributes.forEach((e, m) -> m.forEach((k, v) -> b.attribute(e, k, v)));
    return b.build();
  }

  private void copy(Dataset d, Map<Key, BigDecimal> values, Set<Key> rows, Map<String, Map<String, String>> attributes) {
    List<String> keys = new ArrayList<>();
    scheme.indicators().forEach(i -> keys.add(i.id()));
    scheme.adjustmentItems().forEach(i -> keys.add(i.id()));
    scheme.rules().facts().forEach(f -> keys.add(f.id()));
    for (Period p : d.periods()) {
      for (String e : d.entitiesIn(p)) {
        rows.add(new Key(e, p, ""));
        for (String k : keys) {
          d.value(e, p, k).ifPresent(v -> values.put(new Key(e, p, k), v));
        }
      }
    }
    for (String e : d.entities()) {
      if (!d.attributes(e).isEmpty()) {
        attributes.put(e, new LinkedHashMap<>(d.attributes(e)));
      }
    }
  }

  /** The entity's id: an assessed entity, or a context entity (the city as a whole). */
  private String entity(Given.Cell c) {
    Optional<EntityDefinition> context = scheme.findContext(c.entity());
    if (context.isPresent()) {
      return context.get().id();
    }
    if (scheme.entities().isEmpty()) {
      return c.entity();
    }
    List<String> names = new ArrayList<>();
    scheme.rules().context().forEach(e -> names.addAll(e.allNames()));
    for (var e : scheme.entities()) {
      if (e.allNames().contains(c.entity())) {
        return e.id();
      }
      names.addAll(e.allNames());
    }
    throw new CaseError(c.where() + ": scheme '" + scheme.id() + "' has no entity '" + c.entity() + "'"
        + Spelling.didYouMean(c.entity(), names));
  }

  private BigDecimal value(Given.Cell c) {
    String text = c.value().orElseThrow();
    Map<String, Fact> facts = new HashMap<>();
    scheme.rules().facts().forEach(f -> facts.put(f.id(), f));
    Fact fact = facts.get(c.key());
    if (fact != null) {
      try {
        return FactValues.parse(fact.type(), fact.values(), text);
      } catch (IllegalArgumentException e) {
        throw new CaseError(c.where() + ": fact '" + c.key() + "': " + e.getMessage());
      }
    }
    boolean indicator = scheme.findIndicator(c.key()).isPresent();
    boolean item = scheme.adjustmentItems().stream().anyMatch(i -> i.id().equals(c.key()));
    if (!indicator && !item) {
      List<String> known = new ArrayList<>();
      scheme.indicators().stream().map(Indicator::id).forEach(known::add);
      scheme.adjustmentItems().stream().map(AdjustmentItem::id).forEach(known::add);
      facts.keySet().forEach(known::add);
      known.addAll(scheme.attributes());
      throw new CaseError(c.where() + ": scheme '" + scheme.id() + "' has no indicator, adjustment item, fact"
          + " or attribute '" + c.key() + "'" + Spelling.didYouMean(c.key(), known));
    }
    try {
      return new BigDecimal(text.replace("_", ""));
    } catch (NumberFormatException e) {
      throw new CaseError(c.where() + ": '" + c.key() + "' needs a number, but the value is '" + text + "'");
    }
  }
}
