/**
 * Evaluating a scheme on a dataset: {@link io.github.kaohe.eval.Evaluator} gives immutable
 * {@link io.github.kaohe.eval.SchemeResult}s in which every number can be explained
 * ({@link io.github.kaohe.eval.Explanation}) and written as JSON
 * ({@link io.github.kaohe.eval.ResultJson}). A result lists each entity's
 * {@link io.github.kaohe.eval.EntityResult}, built when it is read; for writing many entities'
 * places and points, {@link io.github.kaohe.eval.SchemeResult#table()} reads them row by row from
 * the result's columns ({@link io.github.kaohe.eval.ScoreTable}).
 */
@NullMarked
package io.github.kaohe.eval;

import org.jspecify.annotations.NullMarked;
