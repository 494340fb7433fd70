/**
 * Kaohe on Apache Spark: a policy's scheme evaluated over a Spark {@code Dataset<Row>} with the
 * engine's own kernels, the population's statistics merged from every partition and places given
 * by one global sort. Start at {@link io.github.kaohe.spark.KaoheSpark}.
 */
@NullMarked
package io.github.kaohe.spark;

import org.jspecify.annotations.NullMarked;
