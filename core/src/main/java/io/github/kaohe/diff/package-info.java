/**
 * Comparing two policies, or two versions of one: what changed in them, and, given data, whose
 * places, totals, classes and outcomes change because of it. What a reviewer needs before a new
 * version is adopted.
 */
@NullMarked
package io.github.kaohe.diff;

import org.jspecify.annotations.NullMarked;
