package io.github.kaohe.sensitivity;

import io.github.kaohe.model.Label;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * How much of the variance of the places one uncertain input explains.
 *
 * @param input the input, e.g. {@code weight of value-added} or {@code method of tax-growth}
 * @param name what it is, in Chinese and English, e.g. 「增加值」的权重 / the weight of Value added
 * @param declared how it varies, as the file says, e.g. {@code ±20%} or {@code min-max 0.5, proportional-to-best 0.5}
 * @param onPlaces its indices on the mean absolute shift of places (places, 名次) from the nominal ranking
 * @param onEntities its indices on each chosen entity's place, by entity id
 */
public record InputSensitivity(
    String input, Label name, String declared, SobolIndex onPlaces, Map<String, SobolIndex> onEntities) {
  public InputSensitivity {
    Objects.requireNonNull(input, "input");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(declared, "declared");
    Objects.requireNonNull(onPlaces, "onPlaces");
    onEntities = Collections.unmodifiableMap(new LinkedHashMap<>(onEntities));
  }
}
