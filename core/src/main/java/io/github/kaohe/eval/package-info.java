/**
 * Evaluating a scheme on a dataset: {@link io.github.kaohe.eval.Evaluator} gives immutable
 * {@link io.github.kaohe.eval.SchemeResult}s in which every number can be explained
 * ({@link io.github.kaohe.eval.Explanation}) and written as JSON
 * ({@link io.github.kaohe.eval.ResultJson}).
 */
@NullMarked
package io.github.kaohe.eval;

import org.jspecify.annotations.NullMarked;
