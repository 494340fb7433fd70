package io.github.kaohe.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The JSON written an entity at a time is the JSON of {@link JsonReport#write(Report)}, character for character. */
class JsonReportStreamingTest {
  @Test
  void aReportOfSeveralSchemesStreamsAsItIsWrittenWhole() throws IOException {
    Report report = Fixtures.kaifeng();
    StringWriter writer = new StringWriter();
    JsonReport.write(report, writer);
    assertThat(writer.toString()).isEqualTo(JsonReport.write(report)).startsWith("[");
  }

  @Test
  void aReportOfOneSchemeStreamsIntoAnyAppendable() throws IOException {
    Report report = Report.of(List.of(Fixtures.latest(Fixtures.small(), "firms")));
    StringBuilder out = new StringBuilder();
    JsonReport.write(report, out);
    assertThat(out.toString()).isEqualTo(JsonReport.write(report)).startsWith("{").contains("\"results\"").endsWith("}\n");
  }
}
