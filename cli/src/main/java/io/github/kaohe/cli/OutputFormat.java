package io.github.kaohe.cli;

import io.github.kaohe.eval.SchemeResult;
import io.github.kaohe.model.Language;
import io.github.kaohe.report.CsvReport;
import io.github.kaohe.report.JsonReport;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.stream.Collectors;

/** How {@code score} writes its results. */
enum OutputFormat {
  /** Aligned text tables for people, one per scheme. */
  TABLE {
    @Override
    String render(Assessment assessment, Language lang, int width) {
      StringBuilder s = new StringBuilder();
      try {
        render(assessment, lang, width, s);
      } catch (IOException e) {
        throw new UncheckedIOException(e); // a StringBuilder does not throw
      }
      return s.toString();
    }

    /** A scheme's table at a time, a line at a time: a million entities are never held as text. */
    @Override
    void render(Assessment assessment, Language lang, int width, Appendable out) throws IOException {
      out.append(PeriodLine.render(assessment, lang));
      boolean first = true;
      for (SchemeResult r : assessment.allResults()) {
        if (!first) {
          out.append('\n');
        }
        first = false;
        if (r.scheme().scored()) {
          RankingTable.write(r, assessment.provisionalOf(r), lang, width, out);
          out.append(outcomes(r, lang, assessment.provisionalOf(r).isPresent()));
        } else {
          out.append(RegisterSummary.render(r, lang));
        }
        out.append(tracking(r, lang));
      }
      String funds = FundList.render(assessment.allResults(), lang);
      if (!funds.isEmpty()) {
        out.append('\n').append(funds);
      }
      if (assessment.sampleData()) {
        out.append('\n').append(SAMPLE_NOTE).append('\n');
      }
    }
  },
  /** {@link JsonReport}: an object for one scheme, an array for several. */
  JSON {
    @Override
    String render(Assessment assessment, Language lang) {
      return JsonReport.write(assessment.report());
    }

    @Override
    void render(Assessment assessment, Language lang, int width, Appendable out) throws IOException {
      JsonReport.write(assessment.report(), out);
    }
  },
  /** {@link CsvReport}, for one scheme (the schemes' columns differ, so several would not make one table), in one or more periods. */
  CSV {
    @Override
    String render(Assessment assessment, Language lang) {
      return CsvReport.write(oneScheme(assessment).report(), lang);
    }

    @Override
    void render(Assessment assessment, Language lang, int width, Appendable out) throws IOException {
      CsvReport.write(oneScheme(assessment).report(), lang, out);
    }

    private Assessment oneScheme(Assessment assessment) {
      List<SchemeResult> results = assessment.results();
      if (results.size() != 1) {
        throw new InputException(
            "CSV output holds one scheme, but " + results.size() + " schemes have data: choose one with --scheme ("
                + results.stream().map(r -> r.scheme().id()).collect(Collectors.joining(", ")) + ")");
      }
      return assessment;
    }
  };

  /** Said under tables of sample data, in both languages like the tables' titles. */
  static final String SAMPLE_NOTE =
      "注：示例数据仅作演示，并非官方统计。Note: the sample data are illustrative, not official figures.";

  /** The output; a table is narrowed to {@code width} terminal columns. */
  String render(Assessment assessment, Language lang, int width) {
    return render(assessment, lang);
  }

  /** Writes the output as it goes (CSV row by row; the others as one text). */
  void render(Assessment assessment, Language lang, int width, Appendable out) throws IOException {
    out.append(render(assessment, lang, width));
  }

  /** The output, however wide. */
  String render(Assessment assessment, Language lang) {
    return render(assessment, lang, Integer.MAX_VALUE);
  }

  /** The targets and thresholds, below the ranking or register. */
  private static String tracking(SchemeResult result, Language lang) {
    StringBuilder s = new StringBuilder();
    for (String part : List.of(TargetList.render(result, lang), CheckList.render(result, lang))) {
      if (!part.isEmpty()) {
        s.append('\n').append(part);
      }
    }
    return s.toString();
  }

  /** The rewards and sanctions, flagged 【暂定】 like the ranking they follow from when it is provisional. */
  private static String outcomes(SchemeResult result, Language lang, boolean provisional) {
    String list = OutcomeList.render(result, lang);
    return list.isEmpty() ? "" : "\n" + (provisional ? (lang == Language.ZH ? "【暂定】" : "[provisional] ") : "") + list;
  }
}
