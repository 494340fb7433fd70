package io.github.kaohe.model;

/** A transformation applied to a raw value before its scoring method. */
public sealed interface Transform permits NaturalLog, Clamp {
  /** The transform's name in policy YAML. */
  String type();
}
