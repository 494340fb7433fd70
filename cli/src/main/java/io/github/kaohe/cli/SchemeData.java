package io.github.kaohe.cli;

import io.github.kaohe.data.DataProblem;
import io.github.kaohe.data.Dataset;
import io.github.kaohe.model.Scheme;
import java.util.List;

/**
 * One scheme's data, read and ready to evaluate.
 *
 * @param scheme the scheme the data are for
 * @param dataset the data
 * @param source the file's name, for messages
 * @param skipped the problems of the rows left out (with --skip-bad-rows)
 * @param notes what the reader did not read and the user should know, e.g. a workbook's other sheets
 */
record SchemeData(Scheme scheme, Dataset dataset, String source, List<DataProblem> skipped, List<String> notes) {
  SchemeData {
    skipped = List.copyOf(skipped);
    notes = List.copyOf(notes);
  }

  SchemeData(Scheme scheme, Dataset dataset, String source) {
    this(scheme, dataset, source, List.of(), List.of());
  }
}
