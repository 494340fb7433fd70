/**
 * Data to assess: values per entity, period and indicator ({@link io.github.kaohe.data.Dataset}),
 * periods ({@link io.github.kaohe.data.Period}), and reading them: {@link io.github.kaohe.data.DataReader}
 * reads sheets of text cells ({@link io.github.kaohe.data.DataSheet}) wide or long by a scheme's
 * rules; {@link io.github.kaohe.data.CsvDataReader} reads a CSV file in UTF-8, UTF-16 or GBK.
 */
@NullMarked
package io.github.kaohe.data;

import org.jspecify.annotations.NullMarked;
