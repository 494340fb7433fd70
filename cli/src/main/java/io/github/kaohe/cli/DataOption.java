package io.github.kaohe.cli;

import java.nio.file.Path;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Option;

/** {@code --data FILE}: the data to assess, for every command that reads data. */
final class DataOption {
  @Option(
      names = "--data",
      paramLabel = "FILE",
      description =
          "The data: a CSV file (UTF-8 or GBK, comma or tab) or an Excel workbook (.xlsx) with an"
              + " 'entity' (名称) column and a column per indicator headed by its id or Chinese name, or"
              + " long: entity, period, indicator, value. Periods come from a 'period' column or sheets"
              + " named 2015, 2015Q3. Default: the bundled policy's sample data.")
  @Nullable Path data;
}
