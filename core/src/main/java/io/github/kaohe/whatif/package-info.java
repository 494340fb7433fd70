/**
 * What would change a result: for one entity and a goal (a place, a class, an outcome), the
 * smallest change of each of its values that reaches the goal, all else fixed, found by
 * re-evaluating the whole scheme so that best values, averages and benchmarks move with it.
 */
@NullMarked
package io.github.kaohe.whatif;

import org.jspecify.annotations.NullMarked;
