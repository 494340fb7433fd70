/**
 * Kaohe's health indicator, info contributor and metrics, configured only when Spring Boot's
 * actuator (or Micrometer, for the metrics) is on the class path.
 */
@NullMarked
package io.github.kaohe.spring.actuate;

import org.jspecify.annotations.NullMarked;
