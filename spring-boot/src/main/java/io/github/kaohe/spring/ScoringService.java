package io.github.kaohe.spring;

import io.github.kaohe.data.Dataset;
import io.github.kaohe.data.Period;
import io.github.kaohe.eval.SchemeResult;
import io.github.kaohe.model.Language;
import io.github.kaohe.report.Report;
import org.jspecify.annotations.Nullable;

/**
 * Scores data under the policies of the {@link PolicyRegistry}: evaluates a scheme, explains one
 * entity, writes a report. Policies are named by id only. Define a bean of this type to replace
 * {@link DefaultScoringService}.
 *
 * <p>Every method either succeeds or throws: {@link NotFoundException} for an unknown policy,
 * scheme or entity, {@link io.github.kaohe.data.DataException} listing every problem of the data
 * (with file, sheet, row and column; also for a period the data do not have), {@link
 * io.github.kaohe.eval.EvaluationException} listing every problem that stops the evaluation.
 */
public interface ScoringService {
  /**
   * Reads the data by the scheme's rules.
   *
   * @param period the period of rows that give none (no period column, no sheet named after one);
   *     null if every row must give its own
   */
  Dataset read(String policy, String scheme, DataInput input, @Nullable Period period);

  /**
   * Evaluates the scheme in one period; rules that look back read the data's earlier periods.
   *
   * @param period the period; null for the latest in the data
   */
  SchemeResult evaluate(String policy, String scheme, DataInput input, @Nullable Period period);

  /**
   * Evaluates the scheme and explains one entity.
   *
   * @param entity the entity's id, Chinese or English name, or alias
   * @param period the period; null for the latest in the data
   */
  EntityExplanation explain(
      String policy, String scheme, DataInput input, String entity, @Nullable Period period, Language language);

  /**
   * The scheme's results in the period and the data's earlier periods of the same kind (years or
   * quarters), for a report that shows the change of place.
   *
   * @param period the last period; null for the latest in the data
   */
  Report assess(String policy, String scheme, DataInput input, @Nullable Period period);

  /** A report written in a format. */
  RenderedReport render(Report report, ReportFormat format, Language language);

  /** {@link #assess} and {@link #render} in one. */
  default RenderedReport report(
      String policy, String scheme, DataInput input, @Nullable Period period, ReportFormat format, Language language) {
    return render(assess(policy, scheme, input, period), format, language);
  }
}
