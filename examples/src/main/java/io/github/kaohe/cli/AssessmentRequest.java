package io.github.kaohe.cli;

import io.github.kaohe.data.Period;
import java.nio.file.Path;
import org.jspecify.annotations.Nullable;

/**
 * What to assess: a policy, and optionally one scheme, a data file and a period.
 *
 * @param policy a bundled policy's id or a YAML file's path
 * @param scheme the scheme's id; null for every scheme that has data
 * @param data a CSV file; null for the policy's bundled sample data
 * @param period the period; null for the latest period in the data
 */
record AssessmentRequest(
    String policy, @Nullable String scheme, @Nullable Path data, @Nullable Period period) {}
