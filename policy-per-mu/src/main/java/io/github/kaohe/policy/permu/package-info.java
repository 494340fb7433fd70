/**
 * A per-mu evaluation of industrial firms (亩均效益评价, {@code per-mu-2022}), modelled on a
 * published county method, with illustrative sample data.
 */
@NullMarked
package io.github.kaohe.policy.permu;

import org.jspecify.annotations.NullMarked;
