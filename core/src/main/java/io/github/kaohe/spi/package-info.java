/**
 * Extension points: a policy module ships its YAML and one {@link io.github.kaohe.spi.PolicyProvider},
 * registered in {@code META-INF/services} (or with {@code provides} in its module), so that
 * {@link io.github.kaohe.Policies} finds it by id.
 */
@NullMarked
package io.github.kaohe.spi;

import org.jspecify.annotations.NullMarked;
