package io.github.kaohe.cli;

import io.github.kaohe.eval.SchemeResult;
import io.github.kaohe.model.Language;
import io.github.kaohe.report.CsvReport;
import io.github.kaohe.report.JsonReport;
import java.io.IOException;
import java.util.List;
import java.util.stream.Collectors;

/** How {@code score} writes its results. */
enum OutputFormat {
  /** Aligned text tables for people, one per scheme. */
  TABLE {
    @Override
    String render(Assessment assessment, Language lang, int width) {
      String tables =
          assessment.allResults().stream()
              .map(r -> (r.scheme().scored() ? RankingTable.render(r, assessment.provisionalOf(r), lang, width)
                  + outcomes(r, lang, assessment.provisionalOf(r).isPresent())
                  : RegisterSummary.render(r, lang)) + tracking(r, lang))
              .collect(Collectors.joining("\n"));
      String funds = FundList.render(assessment.allResults(), lang);
      String all = PeriodLine.render(assessment, lang) + tables + (funds.isEmpty() ? "" : "\n" + funds);
      return assessment.sampleData() ? all + "\n" + SAMPLE_NOTE + "\n" : all;
    }
  },
  /** {@link JsonReport}: an object for one scheme, an array for several. */
  JSON {
    @Override
    String render(Assessment assessment, Language lang) {
      return JsonReport.write(assessment.report());
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
