/**
 * The policy model: immutable, validated types for policies, their schemes (assessment tables),
 * categories, indicators, scoring methods, adjustments and ranking rules.
 *
 * <p>Every type here is a value: records with validating compact constructors. Constructing one
 * with inconsistent parts throws {@link java.lang.IllegalArgumentException} with a message that
 * says what is wrong; the YAML loader ({@code io.github.kaohe.load}) reports the same problems with
 * file, line, column and field path instead.
 */
@NullMarked
package io.github.kaohe.model;

import org.jspecify.annotations.NullMarked;
