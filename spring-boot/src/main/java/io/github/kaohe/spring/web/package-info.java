/**
 * Kaohe's REST endpoints ({@code kaohe.web.enabled=true}): policies by id, scoring, explanations
 * and reports on uploaded data, errors as RFC 9457 problem details.
 */
@NullMarked
package io.github.kaohe.spring.web;

import org.jspecify.annotations.NullMarked;
