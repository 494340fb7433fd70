/**
 * Safe reload: a folder of policy files watched, each edit validated and swapped in atomically, an
 * invalid edit kept out and reported.
 */
@NullMarked
package io.github.kaohe.spring.reload;

import org.jspecify.annotations.NullMarked;
