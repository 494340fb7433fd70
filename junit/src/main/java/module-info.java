/** Kaohe policy tests written in YAML, run as JUnit 5 dynamic tests. */
module io.github.kaohe.junit {
  requires transitive io.github.kaohe.core;
  requires transitive org.junit.jupiter.api;
  requires static org.jspecify;

  exports io.github.kaohe.junit;
}
