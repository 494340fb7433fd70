/**
 * The {@code kaohe} command line: score, explain, validate and test policies, and list the
 * bundled ones.
 * {@link io.github.kaohe.cli.KaoheCli} is the entry point; every command is a picocli
 * {@code Callable} that returns its exit code instead of exiting.
 */
@NullMarked
package io.github.kaohe.cli;

import org.jspecify.annotations.NullMarked;
