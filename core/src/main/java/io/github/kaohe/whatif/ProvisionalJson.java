package io.github.kaohe.whatif;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.github.kaohe.eval.ResultJson;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A provisional result as JSON: the document {@link ResultJson} writes, flagged
 * {@code "provisional": true}, with the values pending and, on each entity, its best and worst
 * place ({@code "bounds": {"best": 1, "worst": 2, "final": false}}; 0 is no place).
 */
public final class ProvisionalJson {
  private static final JsonMapper MAPPER = JsonMapper.builder()
      .enable(SerializationFeature.INDENT_OUTPUT)
      .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
      .build();

  private ProvisionalJson() {}

  /** Several provisional results (one per scheme) as a JSON array of documents. */
  public static String write(List<Provisional.Result> results) {
    try {
      return MAPPER.writeValueAsString(results.stream().map(ProvisionalJson::tree).toList());
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Maps and lists (such as {@link #tree} and {@link ResultJson#tree} make) as indented JSON. */
  public static String writeTree(Object tree) {
    try {
      return MAPPER.writeValueAsString(tree);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** One provisional result as maps and lists. */
  @SuppressWarnings("unchecked")
  public static Map<String, Object> tree(Provisional.Result r) {
    Map<String, Object> root = new LinkedHashMap<>(ResultJson.tree(r.result()));
    root.put("provisional", true);
    List<Object> pending = new ArrayList<>();
    for (Provisional.Pending p : r.pending()) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("entity", p.entity());
      m.put("key", p.key());
      m.put("least", p.least());
      m.put("greatest", p.greatest());
      pending.add(m);
    }
    root.put("pending", pending);
    List<Object> entities = new ArrayList<>();
    for (Object o : (List<Object>) root.get("results")) {
      Map<String, Object> e = new LinkedHashMap<>((Map<String, Object>) o);
      Provisional.Bounds b = r.bounds().get(String.valueOf(e.get("entity")));
      if (b != null) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("best", b.best());
        m.put("worst", b.worst());
        m.put("final", b.isFinal());
        e.put("bounds", m);
      }
      entities.add(e);
    }
    root.put("results", entities);
    return root;
  }
}
