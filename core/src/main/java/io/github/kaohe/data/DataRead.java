package io.github.kaohe.data;

import java.util.List;
import java.util.Objects;

/**
 * Data read while skipping bad rows: the data of the good rows, and the problems of the rows left
 * out, so that they can be listed.
 *
 * @param dataset the data of the rows without problems
 * @param skipped the problems of the rows left out, in file order; empty when every row was good
 */
public record DataRead(Dataset dataset, List<DataProblem> skipped) {
  public DataRead {
    Objects.requireNonNull(dataset, "dataset");
    skipped = List.copyOf(skipped);
  }
}
