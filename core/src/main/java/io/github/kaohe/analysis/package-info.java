/**
 * The static analysis of a policy, as Drools' and DMN tools' table analysis does: references that
 * resolve to nothing, conditions of the wrong type, overlapping or unreachable rows, gaps in
 * tables declared complete, cycles among measures, and warnings such as a fact no rule reads.
 *
 * <p>The loader ({@code io.github.kaohe.load}) runs it on every policy it loads and reports each
 * finding at the line of the part it concerns. It reads the model and is no part of it: the model
 * stays plain validated data. Not exported: {@code PolicyLoader.validate} is the API.
 */
@NullMarked
package io.github.kaohe.analysis;

import org.jspecify.annotations.NullMarked;
