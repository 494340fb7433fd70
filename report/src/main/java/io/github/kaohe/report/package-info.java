/**
 * Reports people read: one self-contained HTML page with charts ({@link io.github.kaohe.report.HtmlReport}),
 * an Excel workbook ({@link io.github.kaohe.report.XlsxReport}) and Markdown
 * ({@link io.github.kaohe.report.MarkdownReport}), all from a {@link io.github.kaohe.report.Report}:
 * a policy's schemes evaluated over one or more periods.
 */
@NullMarked
package io.github.kaohe.report;

import org.jspecify.annotations.NullMarked;
