package io.github.kaohe.cli;

import io.github.kaohe.data.Period;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What to assess: a policy, and optionally one scheme, a data file and the periods.
 *
 * @param policy a bundled policy's id or a YAML file's path
 * @param scheme the scheme's id; null for every scheme that has data
 * @param data a CSV or .xlsx file; null for the policy's bundled sample data
 * @param period the period; null for the latest period in the data (or the last of {@code periods})
 * @param periods the periods to evaluate, in order; empty for {@code period} alone
 * @param encoding a CSV file's charset; null to detect it
 * @param skipBadRows whether to leave out rows with problems (and list them) instead of failing
 * @param history whether to evaluate the data's earlier periods too, for reports of change
 */
record AssessmentRequest(
    String policy,
    @Nullable String scheme,
    @Nullable Path data,
    @Nullable Period period,
    List<Period> periods,
    @Nullable Charset encoding,
    boolean skipBadRows,
    boolean history) {
  AssessmentRequest {
    periods = List.copyOf(periods);
  }

  /** One period (or the latest), no options. */
  AssessmentRequest(String policy, @Nullable String scheme, @Nullable Path data, @Nullable Period period) {
    this(policy, scheme, data, period, List.of(), null, false, false);
  }

  /** The same request, with the data's earlier periods evaluated too. */
  AssessmentRequest withHistory() {
    return new AssessmentRequest(policy, scheme, data, period, periods, encoding, skipBadRows, true);
  }
}
