package io.github.kaohe.model;

/** The type of a fact: what the data holds and which conditions make sense on it. */
public enum FactType {
  /** Any decimal number. */
  NUMBER,
  /** A whole number of at least 0 (e.g. titles received). */
  COUNT,
  /** True or false (in data: true/false, yes/no, 是/否, 1/0). */
  BOOLEAN,
  /** A place in some ranking: a whole number of at least 1, lower is better. */
  PLACE,
  /** One of a declared list of values (e.g. star levels, management levels). */
  ENUMERATION
}
