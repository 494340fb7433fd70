/**
 * Kaohe (考核) scores, ranks, rewards and sanctions entities under assessment policies written as
 * YAML data. Start with {@link io.github.kaohe.load.PolicyLoader} or {@link io.github.kaohe.Policies},
 * read data with {@link io.github.kaohe.data.CsvDataReader}, and evaluate with
 * {@link io.github.kaohe.eval.Evaluator}.
 */
@NullMarked
package io.github.kaohe;

import org.jspecify.annotations.NullMarked;
