package io.github.kaohe.whatif;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.github.kaohe.model.Label;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Counterfactuals and the cheapest combination as JSON: each answer's {@code key}, {@code name},
 * {@code unit}, {@code status} ({@code reached}, {@code already}, {@code unreachable},
 * {@code no-value}), {@code from}, {@code to}, {@code change}, {@code standing} and {@code reason};
 * the combination's {@code status}, {@code cost}, {@code leastCost}, {@code optimal},
 * {@code costUnit}, {@code changes}, {@code standing}, {@code reason} and {@code evaluations}.
 * Numbers are written as exact decimals; a value that does not apply is left out.
 */
public final class WhatIfJson {
  private static final JsonMapper MAPPER = JsonMapper.builder()
      .enable(SerializationFeature.INDENT_OUTPUT)
      .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
      .build();

  private WhatIfJson() {}

  /** Any tree of maps and lists this class makes, as indented JSON. */
  public static String write(Object tree) {
    try {
      return MAPPER.writeValueAsString(tree);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The single-value answers as a list of maps, optionally with what each change costs at {@code costs}. */
  public static List<Object> answers(List<Counterfactual> answers, Optional<Costs> costs) {
    List<Object> out = new ArrayList<>();
    for (Counterfactual c : answers) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("key", c.key());
      m.put("name", label(c.name()));
      m.put("unit", c.unit());
      m.put("status", c.status().name().toLowerCase(Locale.ROOT).replace('_', '-'));
      c.from().ifPresent(v -> m.put("from", v));
      c.to().ifPresent(v -> m.put("to", v));
      c.change().ifPresent(v -> m.put("change", v));
      costs.flatMap(k -> Optional.ofNullable(k.perUnit().get(c.key()))).ifPresent(
          perUnit -> c.change().ifPresent(d -> m.put("cost", d.abs().multiply(perUnit))));
      m.put("standing", label(c.standing()));
      m.put("reason", label(c.reason()));
      out.add(m);
    }
    return out;
  }

  /** The cheapest combination as a map. */
  public static Map<String, Object> combination(Combination c, Costs costs) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("status", c.status().name().toLowerCase(Locale.ROOT));
    c.cost().ifPresent(v -> m.put("cost", v));
    c.leastCost().ifPresent(v -> m.put("leastCost", v));
    m.put("optimal", c.optimal());
    m.put("costUnit", costs.unit());
    Map<String, BigDecimal> perUnit = new LinkedHashMap<>(costs.perUnit());
    m.put("costPerUnit", perUnit);
    List<Object> changes = new ArrayList<>();
    for (Combination.Change x : c.changes()) {
      Map<String, Object> ch = new LinkedHashMap<>();
      ch.put("key", x.key());
      ch.put("name", label(x.name()));
      ch.put("unit", x.unit());
      ch.put("from", x.from());
      ch.put("to", x.to());
      ch.put("change", x.change());
      ch.put("cost", x.cost());
      changes.add(ch);
    }
    m.put("changes", changes);
    m.put("standing", label(c.standing()));
    m.put("reason", label(c.reason()));
    m.put("evaluations", c.evaluations());
    return m;
  }

  private static Map<String, String> label(Label l) {
    Map<String, String> m = new LinkedHashMap<>();
    m.put("zh", l.zh());
    m.put("en", l.en());
    return m;
  }
}
