/** Examples of embedding Kaohe in an application. */
@NullMarked
package io.github.kaohe.examples;

import org.jspecify.annotations.NullMarked;
