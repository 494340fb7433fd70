/**
 * Internal helpers of the engine, not part of Kaohe's API: this package is not exported by the
 * module {@code io.github.kaohe.core}, and anything in it may change or go without notice.
 *
 * <p>{@link io.github.kaohe.internal.DecimalMath} holds the exact decimal logarithms,
 * exponentials, roots and powers that scoring needs where the result is irrational.
 */
@NullMarked
package io.github.kaohe.internal;

import org.jspecify.annotations.NullMarked;
