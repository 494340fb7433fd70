/**
 * How sure a place is: Monte Carlo uncertainty analysis and variance-based (Sobol) sensitivity
 * analysis of a scheme's ranking under declared uncertainties of its weights, methods,
 * missing-value rules and aggregations. {@link io.github.kaohe.sensitivity.UncertaintyLoader}
 * reads the uncertainty file, {@link io.github.kaohe.sensitivity.SensitivityAnalysis} samples and
 * evaluates it with the exact engine, {@link io.github.kaohe.sensitivity.SensitivityResult} holds
 * each entity's place distribution and each input's Sobol indices, and
 * {@link io.github.kaohe.sensitivity.SensitivityJson} writes them as JSON.
 */
@NullMarked
package io.github.kaohe.sensitivity;

import org.jspecify.annotations.NullMarked;
