/**
 * What would change a result: for one entity and a goal (a place, a class, an outcome), the
 * smallest change of each of its values that reaches the goal, all else fixed, found by
 * re-evaluating the whole scheme so that best values, averages and benchmarks move with it; the
 * cheapest combination of changes at declared costs ({@link io.github.kaohe.whatif.WhatIf#cheapest});
 * and provisional rankings while some values are pending ({@link io.github.kaohe.whatif.Provisional}).
 */
@NullMarked
package io.github.kaohe.whatif;

import org.jspecify.annotations.NullMarked;
