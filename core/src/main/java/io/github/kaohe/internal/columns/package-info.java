/**
 * Internal: the column storage behind {@link io.github.kaohe.data.Dataset} and the evaluation
 * engine (exact decimals as unscaled {@code long}s at one scale per column, presence bitmaps,
 * dictionary-encoded attributes, an entity index). Not part of the API: the package is not
 * exported, and its types may change in any release.
 */
@NullMarked
package io.github.kaohe.internal.columns;

import org.jspecify.annotations.NullMarked;
