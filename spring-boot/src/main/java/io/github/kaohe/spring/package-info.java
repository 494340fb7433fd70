/**
 * Kaohe in a Spring Boot application: the {@link io.github.kaohe.spring.PolicyRegistry} of the
 * policies loaded and validated at startup, the {@link io.github.kaohe.spring.ScoringService} that
 * evaluates, explains and reports, and their configuration ({@code kaohe.*}).
 */
@NullMarked
package io.github.kaohe.spring;

import org.jspecify.annotations.NullMarked;
