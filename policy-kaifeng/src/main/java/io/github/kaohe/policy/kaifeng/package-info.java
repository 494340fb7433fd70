/**
 * Kaifeng's 2014 opinion on its industrial cluster zones and service zones, as a Kaohe policy
 * ({@code kaifeng-2014}), with illustrative sample data.
 */
@NullMarked
package io.github.kaohe.policy.kaifeng;

import org.jspecify.annotations.NullMarked;
