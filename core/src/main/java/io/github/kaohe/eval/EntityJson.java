package io.github.kaohe.eval;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonSerializable;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.jsontype.TypeSerializer;
import io.github.kaohe.model.Label;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One entity's result written straight to the generator, token for token as {@link ResultJson}'s
 * map of it is written, without building that map. A million entities' JSON is mostly these: their
 * names, reasons, categories and indicators (a map of some 60 maps each) go out as they are read.
 */
final class EntityJson extends JsonSerializable.Base {
  private final SchemeResult result;
  private final EntityResult entity;
  private final boolean scored;

  EntityJson(SchemeResult result, EntityResult entity, boolean scored) {
    this.result = result;
    this.entity = entity;
    this.scored = scored;
  }

  @Override
  public void serialize(JsonGenerator g, SerializerProvider provider) throws IOException {
    EntityResult e = entity;
    g.writeStartObject();
    g.writeStringField("entity", e.id());
    g.writeFieldName("name");
    label(g, e.entity().name());
    g.writeFieldName("rank");
    if (e.place().isPresent()) {
      g.writeNumber(e.place().getAsInt());
    } else {
      g.writeNull();
    }
    provider.defaultSerializeField("groupRanks", e.groupPlaces(), g);
    provider.defaultSerializeField("attributes", e.attributes(), g);
    g.writeNumberField("score", e.total());
    g.writeNumberField("base", e.base());
    g.writeNumberField("adjustments", e.adjustments());
    if (scored) {
      g.writeFieldName("reasons");
      reasons(g, provider, ReasonCodes.of(result, e));
    }
    g.writeObjectFieldStart("categories");
    categories(g, e.categories());
    g.writeEndObject();
    g.writeObjectFieldStart("indicators");
    for (IndicatorResult i : e.indicators()) {
      g.writeObjectFieldStart(i.id());
      g.writeFieldName("value");
      number(g, i.value());
      g.writeNumberField("normalised", i.normalised());
      g.writeNumberField("points", i.points());
      g.writeStringField("status", ResultJson.lower(i.status()));
      g.writeStringField("formula", i.formula());
      g.writeEndObject();
    }
    g.writeEndObject();
    Map<String, Object> rest = new LinkedHashMap<>();
    ResultJson.rest(e, rest);
    for (Map.Entry<String, Object> field : rest.entrySet()) {
      provider.defaultSerializeField(field.getKey(), field.getValue(), g);
    }
    g.writeEndObject();
  }

  @Override
  public void serializeWithType(JsonGenerator g, SerializerProvider provider, TypeSerializer types) throws IOException {
    serialize(g, provider); // never written with type information
  }

  private static void reasons(JsonGenerator g, SerializerProvider provider, ReasonCodes r) throws IOException {
    g.writeStartObject();
    g.writeArrayFieldStart("lost");
    for (ReasonCodes.Reason reason : r.lost()) {
      reason(g, "indicator", reason.indicator(), reason.name(), reason.points());
    }
    g.writeEndArray();
    g.writeArrayFieldStart("lostCategories");
    categoryReasons(g, r.lostCategories());
    g.writeEndArray();
    g.writeFieldName("behind");
    Optional<ReasonCodes.Gap> behind = r.behind();
    if (behind.isEmpty()) {
      g.writeNull();
    } else {
      ReasonCodes.Gap gap = behind.get();
      g.writeStartObject();
      g.writeStringField("entity", gap.above());
      g.writeFieldName("name");
      label(g, gap.aboveName());
      g.writeNumberField("rank", gap.abovePlace());
      g.writeNumberField("gap", gap.gap());
      g.writeArrayFieldStart("categories");
      categoryReasons(g, gap.categories());
      g.writeEndArray();
      g.writeArrayFieldStart("indicators");
      for (ReasonCodes.Reason reason : gap.indicators()) {
        reason(g, "indicator", reason.indicator(), reason.name(), reason.points());
      }
      g.writeEndArray();
      g.writeNumberField("adjustments", gap.adjustments());
      g.writeNumberField("categoryRest", gap.categoryRest());
      g.writeNumberField("rest", gap.rest());
      g.writeEndObject();
    }
    g.writeEndObject();
  }

  private static void categoryReasons(JsonGenerator g, List<ReasonCodes.CategoryReason> reasons) throws IOException {
    for (ReasonCodes.CategoryReason reason : reasons) {
      reason(g, "category", reason.category(), reason.name(), reason.points());
    }
  }

  private static void reason(JsonGenerator g, String kind, String id, Label name, BigDecimal points) throws IOException {
    g.writeStartObject();
    g.writeStringField(kind, id);
    g.writeFieldName("name");
    label(g, name);
    g.writeNumberField("points", points);
    g.writeEndObject();
  }

  private static void categories(JsonGenerator g, List<CategoryResult> categories) throws IOException {
    for (CategoryResult c : categories) {
      g.writeNumberField(c.id(), c.points());
      categories(g, c.categories());
    }
  }

  private static void number(JsonGenerator g, Optional<BigDecimal> value) throws IOException {
    if (value.isPresent()) {
      g.writeNumber(value.get());
    } else {
      g.writeNull();
    }
  }

  private static void label(JsonGenerator g, Label label) throws IOException {
    g.writeStartObject();
    g.writeStringField("zh", label.zh());
    g.writeStringField("en", label.en());
    g.writeEndObject();
  }
}
