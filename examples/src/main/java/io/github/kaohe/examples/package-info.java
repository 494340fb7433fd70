/**
 * Example programs to copy from, each small and run by a test:
 *
 * <ul>
 *   <li>{@link io.github.kaohe.examples.EmbeddingExample}: Kaohe embedded in an application in
 *       about twenty lines;
 *   <li>{@link io.github.kaohe.examples.TownshipAssessment}: a new policy written in YAML alone (a
 *       county's assessment of its townships) ranking its CSV data;
 *   <li>{@link io.github.kaohe.examples.PolicyTestExample}: that policy's tests, written in YAML
 *       beside it and run from Java (and, among this module's tests, as JUnit tests);
 *   <li>{@link io.github.kaohe.examples.KaifengAnnualReport}: the Kaifeng annual report (the main
 *       job) in the API, written as HTML with kaohe-report;
 *   <li>{@link io.github.kaohe.examples.ExcelWorkbookExample}: reading an Excel workbook with a
 *       sheet per year (kaohe-excel), and writing the ranking back to Excel (kaohe-report).
 * </ul>
 *
 * <p>After {@code ./mvnw -B -q -DskipTests package}, run one with {@code java -cp
 * cli/target/kaohe.jar:examples/target/classes io.github.kaohe.examples.NAME} (on Windows, {@code ;}
 * between the two).
 */
@NullMarked
package io.github.kaohe.examples;

import org.jspecify.annotations.NullMarked;
