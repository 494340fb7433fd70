/**
 * Data to assess: values per entity, period and indicator ({@link io.github.kaohe.data.Dataset}),
 * periods ({@link io.github.kaohe.data.Period}), and reading them from CSV files
 * ({@link io.github.kaohe.data.CsvDataReader}).
 */
@NullMarked
package io.github.kaohe.data;

import org.jspecify.annotations.NullMarked;
