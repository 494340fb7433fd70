package io.github.kaohe.model;

/** The languages in which Kaohe renders names, explanations and messages. */
public enum Language {
  /** Simplified Chinese, the language of the source documents. */
  ZH,
  /** English. */
  EN
}
