/**
 * Loading policies from YAML, and writing them back.
 *
 * <p>{@link io.github.kaohe.load.PolicyLoader} reads a file in three steps: the YAML text becomes
 * a tree of parsed nodes that remember their line and column; the tree is bound to the policy
 * model, collecting every problem on the way; the model's types validate themselves. Any problem
 * ends in one {@link io.github.kaohe.load.PolicyException} that lists them all, each with file,
 * line, column and field path.
 */
@NullMarked
package io.github.kaohe.load;

import org.jspecify.annotations.NullMarked;
