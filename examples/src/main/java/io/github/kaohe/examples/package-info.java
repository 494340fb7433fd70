/**
 * Example programs, each small and run by a test:
 *
 * <ul>
 *   <li>{@link io.github.kaohe.examples.KaifengAnnualReport}: the Kaifeng annual report (the main
 *       job) in the API, written as HTML;
 *   <li>{@link io.github.kaohe.examples.EmbeddingExample}: Kaohe embedded in an application in
 *       about twenty lines;
 *   <li>{@link io.github.kaohe.examples.TownshipAssessment}: a new policy written in YAML alone (a
 *       county's assessment of its townships) ranking its CSV data;
 *   <li>{@link io.github.kaohe.examples.ExcelWorkbookExample}: reading an Excel workbook with a
 *       sheet per year, and writing the ranking back to Excel.
 * </ul>
 */
@NullMarked
package io.github.kaohe.examples;

import org.jspecify.annotations.NullMarked;
