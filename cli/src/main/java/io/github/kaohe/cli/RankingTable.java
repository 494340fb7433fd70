package io.github.kaohe.cli;

import io.github.kaohe.eval.Exclusion;
import io.github.kaohe.eval.SchemeResult;
import io.github.kaohe.eval.ScoreTable;
import io.github.kaohe.model.AdjustmentLayer;
import io.github.kaohe.model.Category;
import io.github.kaohe.model.Indicator;
import io.github.kaohe.model.Language;
import io.github.kaohe.model.Scheme;
import io.github.kaohe.report.PlaceColumns;
import io.github.kaohe.whatif.Provisional;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A scheme's ranking as a text table: a title with the scheme's Chinese and English name and the
 * period, then one row per entity with its place, name, total, the points of each top-level
 * category (after the place itself, 第50位, where the category scores a place) and its adjustments (bonuses less deductions), a category's points marked {@code *}
 * where they stand on a missing value (scored by the indicator's missing-value rule, said in a
 * footnote); under it the unit of points, once, which entities take no place and why (the place
 * {@value #UNRANKED_MARK}), entities not assessed and the evaluation's notes.
 */
final class RankingTable {
  /** After the points of a category scored in part on a missing value. */
  static final String MISSING_MARK = "*";
  /** The place of an entity that is assessed but takes no place, explained under the table. */
  static final String UNRANKED_MARK = "-";

  private RankingTable() {}

  static String render(SchemeResult result, Language lang) {
    return render(result, Optional.empty(), lang, Integer.MAX_VALUE);
  }

  static String render(SchemeResult result, Language lang, int width) {
    return render(result, Optional.empty(), lang, width);
  }

  /**
   * The table in at most {@code width} terminal columns: the last columns are left out (place,
   * name and total always stay), and a line says which. A provisional ranking is flagged 【暂定】 in
   * its title, lists the values pending under it, and has a column, after the total, of where each
   * entity can still end (名次已确定 where it cannot change).
   */
  static String render(SchemeResult result, Optional<Provisional.Result> provisional, Language lang, int width) {
    StringBuilder s = new StringBuilder();
    try {
      write(result, provisional, lang, width, s);
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a StringBuilder does not throw
    }
    return s.toString();
  }

  /** Writes the table as {@link #render} gives it, a line at a time. */
  static void write(SchemeResult result, Optional<Provisional.Result> provisional, Language lang, int width, Appendable s)
      throws IOException {
    boolean zh = lang == Language.ZH;
    Scheme scheme = result.scheme();
    TextTable table =
        new TextTable()
            .column(zh ? "名次" : "Place", TextTable.Align.RIGHT)
            .column(zh ? "名称" : "Name", TextTable.Align.LEFT)
            .column(zh ? "总分" : "Total", TextTable.Align.RIGHT);
    if (provisional.isPresent()) {
      table.column(zh ? "可能名次" : "May end", TextTable.Align.LEFT);
    }
    for (Category c : scheme.categories()) {
      // a place (第50位) in a column of its own, before the points it earns
      for (Indicator i : PlaceColumns.in(c)) {
        table.column(i.heading().in(lang), TextTable.Align.RIGHT);
      }
      table.column(c.heading().in(lang), TextTable.Align.RIGHT); // the policy's short name, if any
    }
    if (!scheme.adjustments().isEmpty()) {
      table.column(adjustmentsHeader(scheme, zh), TextTable.Align.RIGHT);
    }
    ScoreTable rows = result.table(); // each row read from the result's columns, no entity's tree built
    List<List<ScoreTable.Column>> placeColumns = new ArrayList<>(); // per top category, once: not per entity
    List<ScoreTable.Column> categories = new ArrayList<>();
    for (Category c : scheme.categories()) {
      placeColumns.add(PlaceColumns.in(c).stream().map(i -> rows.column(i.id())).toList());
      categories.add(rows.column(c.id()));
    }
    BitSet unranked = new BitSet();
    BitSet marked = new BitSet(); // entities with a category's points standing on a missing value
    table.rows(rows.size(), k -> {
      List<String> cells = new ArrayList<>();
      // An entity that is assessed but takes no place shows a dash.
      OptionalInt place = rows.place(k);
      if (place.isPresent()) {
        cells.add(Integer.toString(place.getAsInt()));
      } else {
        cells.add(UNRANKED_MARK);
        unranked.set(k);
      }
      cells.add(rows.entity(k).name().in(lang));
      cells.add(rows.total(k).toPlainString());
      provisional.ifPresent(p -> cells.add(p.describeBounds(rows.id(k)).map(l -> l.in(lang)).orElse("")));
      for (int c = 0; c < categories.size(); c++) {
        ScoreTable.Column category = categories.get(c);
        // A category whose points stand on a missing value, scored by the missing-value rule: marked.
        boolean mark = category.missing(k);
        if (mark) {
          marked.set(k);
        }
        for (ScoreTable.Column placeColumn : placeColumns.get(c)) {
          cells.add(PlaceColumns.cell(placeColumn.value(k)).in(lang));
        }
        cells.add(category.points(k).toPlainString() + (mark ? MISSING_MARK : ""));
      }
      if (!scheme.adjustments().isEmpty()) {
        cells.add(rows.adjustments(k).toPlainString());
      }
      return cells;
    });
    try {
      if (provisional.isPresent()) {
        s.append(zh ? "【暂定】" : "[provisional] ");
      }
      s.append(scheme.name().zh()).append(" · ").append(scheme.name().en()).append(" · ")
          .append(result.period().toString()).append('\n');
      TextTable shown = table.narrowedTo(width, provisional.isPresent() ? 4 : 3);
      shown.render(s);
      List<String> hidden = table.headers().subList(shown.headers().size(), table.headers().size());
      if (!hidden.isEmpty()) {
        s.append(zh ? "（终端太窄，未显示：" + String.join("、", hidden) + "；加宽终端或用 --format csv 查看）"
                : "(too narrow for: " + String.join(", ", hidden) + "; widen the terminal or use --format csv)")
            .append('\n');
      }
    } finally {
      table.close(); // the rows kept for writing, if writing stopped early
    }
    boolean places = scheme.categories().stream().anyMatch(c -> !PlaceColumns.in(c).isEmpty());
    s.append(zh ? "单位：分（总分及各项" + (places ? "，位次列除外）" : "）")
            : places ? "All figures are points (分), except the places." : "All figures are points (分).")
        .append('\n');
    if (provisional.isPresent()) {
      Provisional.Result p = provisional.get();
      for (var x : p.pending()) {
        s.append(zh ? "待定：" : "Pending: ").append(p.describe(x).in(lang)).append('\n');
      }
    }
    if (!unranked.isEmpty()) {
      List<String> names = unranked.stream().mapToObj(k -> rows.entity(k).name().in(lang)).toList();
      s.append(zh ? UNRANKED_MARK + " 参与考核、不参与排名（政策规定其只参评、不排序）：" + String.join("、", names)
              : UNRANKED_MARK + " assessed but not ranked, as the policy provides: " + String.join(", ", names))
          .append('\n');
    }
    if (!marked.isEmpty()) {
      s.append(zh ? MISSING_MARK + " 含缺失数据：按该指标的缺失值规则计分（kaohe explain 名称 可见详情）"
              : MISSING_MARK + " a value is missing: scored by the indicator's missing-value rule (kaohe explain NAME shows how)")
          .append('\n');
    }
    for (Exclusion x : result.excluded()) {
      s.append(zh ? "未参评：" : "Not assessed: ").append(x.entity().name().in(lang))
          .append(zh ? "（缺少 " : " (missing ").append(String.join(", ", x.indicators()))
          .append(zh ? "）" : ")").append('\n');
    }
    for (String note : result.notes()) {
      s.append(zh ? "说明：" : "Note: ").append(note).append('\n');
    }
  }

  /** 加分 when every layer is a bonus, 减分 when every layer is a deduction, else 加减分. */
  private static String adjustmentsHeader(Scheme scheme, boolean zh) {
    boolean bonuses = scheme.adjustments().stream().allMatch(AdjustmentLayer::isBonus);
    boolean deductions = scheme.adjustments().stream().noneMatch(AdjustmentLayer::isBonus);
    if (bonuses) {
      return zh ? "加分" : "Bonus";
    }
    return deductions ? (zh ? "减分" : "Deductions") : (zh ? "加减分" : "Adjustments");
  }
}
