package io.github.kaohe.cli;

import io.github.kaohe.data.Dataset;
import io.github.kaohe.model.Scheme;

/**
 * One scheme's data, read and ready to evaluate.
 *
 * @param scheme the scheme the data are for
 * @param dataset the data
 * @param source the file's name, for messages
 */
record SchemeData(Scheme scheme, Dataset dataset, String source) {}
