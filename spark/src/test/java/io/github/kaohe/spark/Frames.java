package io.github.kaohe.spark;

import io.github.kaohe.RandomPolicies;
import io.github.kaohe.RandomPolicies.Row;
import io.github.kaohe.data.DataSheet;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;

/** Spark data frames of test rows, in the wide form the CSV reader reads. */
final class Frames {
  private Frames() {}

  /** The header and the cells of a frame in the order of its partitions, as a CSV file of them would hold them. */
  static DataSheet sheet(Dataset<org.apache.spark.sql.Row> frame) {
    List<List<String>> cells = new ArrayList<>();
    cells.add(List.of(frame.columns()));
    for (org.apache.spark.sql.Row r : frame.collectAsList()) {
      cells.add(List.of(InputRows.cells(r)));
    }
    return DataSheet.of("input", cells);
  }

  /** A sheet's cells as a frame of text columns named by its header row, spread over {@code partitions}. */
  static Dataset<org.apache.spark.sql.Row> of(DataSheet sheet, int partitions) {
    List<org.apache.spark.sql.Row> out = new ArrayList<>();
    List<StructField> fields = new ArrayList<>();
    for (DataSheet.Row r : sheet) {
      if (fields.isEmpty()) {
        r.cells().forEach(c -> fields.add(DataTypes.createStructField(c, DataTypes.StringType, true)));
        continue;
      }
      Object[] cells = new Object[fields.size()];
      for (int i = 0; i < cells.length; i++) {
        String c = i < r.cells().size() ? r.cells().get(i) : "";
        cells[i] = c.isEmpty() ? null : c;
      }
      out.add(RowFactory.create(cells));
    }
    return LocalSpark.session().createDataFrame(out, DataTypes.createStructType(fields)).repartition(partitions);
  }

  /** Columns entity, period, then every value key and attribute the rows have; values as text. */
  static Dataset<org.apache.spark.sql.Row> wide(List<Row> rows, int partitions) {
    Set<String> keys = new LinkedHashSet<>();
    Set<String> attributes = new LinkedHashSet<>();
    for (Row r : rows) {
      keys.addAll(r.values().keySet());
      attributes.addAll(r.attributes().keySet());
    }
    List<StructField> fields = new ArrayList<>();
    fields.add(DataTypes.createStructField("entity", DataTypes.StringType, false));
    fields.add(DataTypes.createStructField("period", DataTypes.StringType, false));
    keys.forEach(k -> fields.add(DataTypes.createStructField(k, DataTypes.StringType, true)));
    attributes.forEach(a -> fields.add(DataTypes.createStructField(a, DataTypes.StringType, true)));
    List<org.apache.spark.sql.Row> out = new ArrayList<>();
    for (Row r : rows) {
      List<Object> cells = new ArrayList<>();
      cells.add(r.entity());
      cells.add(RandomPolicies.PERIOD.toString());
      for (String k : keys) {
        BigDecimal v = r.values().get(k);
        cells.add(v == null ? null : v.toPlainString());
      }
      attributes.forEach(a -> cells.add(r.attributes().get(a)));
      out.add(RowFactory.create(cells.toArray()));
    }
    return LocalSpark.session().createDataFrame(out, DataTypes.createStructType(fields)).repartition(partitions);
  }
}
