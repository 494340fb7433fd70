/**
 * Kaohe core: the policy model, the YAML loader, the scoring engine and its results.
 */
module io.github.kaohe.core {
  requires com.fasterxml.jackson.core;
  requires com.fasterxml.jackson.databind;
  requires com.fasterxml.jackson.dataformat.yaml;
  requires org.yaml.snakeyaml;
  requires com.google.common;
  requires static org.jspecify;

  exports io.github.kaohe;
  exports io.github.kaohe.model;
  exports io.github.kaohe.load;
  exports io.github.kaohe.data;
  exports io.github.kaohe.eval;
  exports io.github.kaohe.spi;
  exports io.github.kaohe.diff;
  exports io.github.kaohe.testing;
  exports io.github.kaohe.whatif;
  exports io.github.kaohe.sensitivity;

  uses io.github.kaohe.spi.PolicyProvider;
}
