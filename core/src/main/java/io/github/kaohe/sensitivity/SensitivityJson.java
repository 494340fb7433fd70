package io.github.kaohe.sensitivity;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.github.kaohe.model.Label;
import io.github.kaohe.model.Language;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes a {@link SensitivityResult} as JSON, the documented contract for other programs:
 *
 * <pre>{@code
 * {"kaohe-sensitivity": 1, "policy": "kaifeng-2014", "scheme": "...", "period": "2016",
 *  "samples": 512, "placeSamples": 1024, "seed": 2014, "evaluations": 4608, "fieldSize": 7,
 *  "placeBand": 1, "renormalise": true, "summary": {"zh": "...", "en": "..."},
 *  "entities": [{"entity": "bianxi", "name": {"zh": ..., "en": ...}, "nominalPlace": 1,
 *                "medianPlace": 1, "placeInterval": [1, 1], "places": {"1": 1.0},
 *                "pFirst": 1.0, "nominalMoney": 380, "meanMoney": 380.0000, "pAnyMoney": 1.0,
 *                "pKeepsReward": 1.0, "pSanction": 0.0}, ...],
 *  "inputs": [{"input": "weight of tax", "name": {...}, "declared": "±20%: 12.8 to 19.2 points",
 *              "onPlaces": {"first": 0.62, "firstInterval": [0.55, 0.70], "total": 0.71,
 *                           "totalInterval": [0.64, 0.78]},
 *              "onEntities": {"bianxi": {...}, ...}}, ...]}
 * }</pre>
 *
 * <p>Places run from 1; {@code fieldSize + 1} stands for "no place". {@code placeInterval} is
 * the 5 %–95 % quantiles of the place; {@code places} the share of samples in each place, or, when
 * {@code placeBand} is above 1 (a field too large to keep every place apart), in each band of that
 * many places, with the quantiles given to the band ({@link EntityUncertainty}); probabilities ({@code p…}) and Sobol indices are shares in
 * [0, 1]; the intervals of indices are 95 % bootstrap intervals. Money is an exact decimal in the
 * unit of the policy's rules (万元 in Kaifeng); {@code pKeepsReward} (the probability of at least
 * the nominal money) is absent when the nominal money is 0.
 */
public final class SensitivityJson {
  private static final JsonMapper MAPPER = JsonMapper.builder()
      .enable(SerializationFeature.INDENT_OUTPUT)
      .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
      .build();

  private SensitivityJson() {}

  /** The result as a JSON document. */
  public static String write(SensitivityResult result) {
    try {
      return MAPPER.writeValueAsString(tree(result));
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The result as maps, lists and numbers, for callers that embed it in their own JSON. */
  public static Map<String, Object> tree(SensitivityResult r) {
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("kaohe-sensitivity", 1);
    root.put("policy", r.policy());
    root.put("scheme", r.scheme());
    root.put("period", r.period().toString());
    root.put("samples", r.samples());
    root.put("placeSamples", r.placeSamples());
    root.put("seed", r.seed());
    root.put("evaluations", r.evaluations());
    root.put("fieldSize", r.fieldSize());
    root.put("placeBand", r.placeBand());
    root.put("renormalise", r.renormalise());
    root.put("summary", label(Label.of(r.summary(Language.ZH), r.summary(Language.EN))));
    List<Object> entities = new ArrayList<>();
    for (EntityUncertainty e : r.entities()) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("entity", e.id());
      m.put("name", label(e.name()));
      m.put("nominalPlace", e.nominalPlace());
      m.put("medianPlace", e.medianPlace());
      m.put("placeInterval", List.of(e.low(), e.high()));
      Map<String, Object> places = new LinkedHashMap<>();
      e.places().forEach((place, share) -> places.put(Integer.toString(place), share));
      m.put("places", places);
      m.put("pFirst", e.first());
      m.put("nominalMoney", e.nominalMoney());
      m.put("meanMoney", e.meanMoney());
      m.put("pAnyMoney", e.anyMoney());
      e.keepsReward().ifPresent(p -> m.put("pKeepsReward", p));
      m.put("pSanction", e.sanction());
      entities.add(m);
    }
    root.put("entities", entities);
    List<Object> inputs = new ArrayList<>();
    for (InputSensitivity i : r.inputs()) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("input", i.input());
      m.put("name", label(i.name()));
      m.put("declared", i.declared());
      m.put("onPlaces", index(i.onPlaces()));
      Map<String, Object> on = new LinkedHashMap<>();
      i.onEntities().forEach((id, s) -> on.put(id, index(s)));
      m.put("onEntities", on);
      inputs.add(m);
    }
    root.put("inputs", inputs);
    return root;
  }

  private static Map<String, Object> index(SobolIndex s) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("first", s.first());
    m.put("firstInterval", List.of(s.firstLow(), s.firstHigh()));
    m.put("total", s.total());
    m.put("totalInterval", List.of(s.totalLow(), s.totalHigh()));
    return m;
  }

  private static Map<String, String> label(Label l) {
    Map<String, String> m = new LinkedHashMap<>();
    m.put("zh", l.zh());
    m.put("en", l.en());
    return m;
  }
}
