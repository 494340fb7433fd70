/**
 * Reports of a {@link io.github.kaohe.report.Report} (a policy's schemes evaluated over one or more
 * periods): one self-contained HTML page with charts ({@link io.github.kaohe.report.HtmlReport}), an
 * Excel workbook ({@link io.github.kaohe.report.XlsxReport}), Markdown
 * ({@link io.github.kaohe.report.MarkdownReport}), CSV for spreadsheets
 * ({@link io.github.kaohe.report.CsvReport}) and the JSON contract
 * ({@link io.github.kaohe.report.JsonReport}). {@link io.github.kaohe.report.CheckSummary} and
 * {@link io.github.kaohe.report.RegisterView} are the counts the reports show, for a console that
 * shows the same. Every other class here is a part of one renderer, and package-private.
 */
@NullMarked
package io.github.kaohe.report;

import org.jspecify.annotations.NullMarked;
