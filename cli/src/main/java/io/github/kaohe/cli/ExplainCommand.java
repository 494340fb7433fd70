package io.github.kaohe.cli;

import io.github.kaohe.eval.EntityResult;
import io.github.kaohe.eval.Exclusion;
import io.github.kaohe.eval.Explanation;
import io.github.kaohe.eval.FundResult;
import io.github.kaohe.eval.Funds;
import io.github.kaohe.eval.SchemeResult;
import io.github.kaohe.model.Language;
import io.github.kaohe.whatif.Provisional;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code kaohe explain}: how one entity's points, total and place came about. */
@Command(
    name = "explain",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
      "Explains how one entity's points, total and place came about.",
      "Every value, rule, computation and adjustment, with the clause of the source it follows."
    },
    exitCodeListHeading = ExitCodes.HEADING,
    exitCodeList = {ExitCodes.OK_LINE, ExitCodes.INVALID_LINE, ExitCodes.BAD_INPUT_LINE},
    footerHeading = "%nExample:%n",
    footer = "  kaohe explain 甲 --policy my-policy.yaml --data firms.csv --lang en")
final class ExplainCommand extends KaoheCommand {
  /** How many entities a \"no such entity\" message names. */
  private static final int KNOWN_SHOWN = 30;

  @SuppressWarnings("NullAway.Init") // required: picocli sets it or fails
  @Parameters(
      index = "0",
      paramLabel = "ENTITY",
      description = "The entity: its id, Chinese or English name, or an alias.")
  String entity;

  @Mixin AssessmentOptions what = new AssessmentOptions();

  @Mixin LanguageOption lang = new LanguageOption();

  @Mixin PendingOption pending = new PendingOption();

  @Override
  int run() {
    Assessment base = assess(what.request());
    Assessment assessment = pending.any() ? base.provisional(pending.evaluate(base, this::warn)) : base;
    List<String> explanations = new ArrayList<>();
    List<SchemeResult> results = assessment.results();
    List<FundResult> funds = results.isEmpty() ? List.of() : Funds.check(results.get(0).policy(), results);
    for (SchemeResult result : results) {
      result.entityNamed(entity).ifPresent(e -> explanations.add(
          assessment.provisionalOf(result).map(p -> provisional(p, e)).orElse("") + Explanation.of(result, e, lang.get())
              + FundList.forEntity(funds, result, e, lang.get())));
    }
    if (explanations.isEmpty()) {
      throw notFound(assessment);
    }
    out().print(PeriodLine.render(assessment, lang.get()));
    out().print(String.join("\n", explanations));
    return ExitCodes.OK;
  }

  /** 【暂定】可能第 1～2 名；待定：乙 的 税收，可能为 0～80 万元 — over the explanation of a provisional ranking. */
  private String provisional(Provisional.Result p, EntityResult e) {
    boolean zh = lang.get() == Language.ZH;
    String bounds = p.describeBounds(e.id()).map(l -> l.in(lang.get())).orElse("");
    String values = p.pending().stream().map(x -> p.describe(x).in(lang.get())).collect(Collectors.joining(zh ? "；" : "; "));
    return (zh ? "【暂定】" + bounds + "；待定：" : "[provisional] " + bounds + "; pending: ") + values + "\n";
  }

  /** Says why the entity has no result: it was excluded, or no entity has that name. */
  private InputException notFound(Assessment assessment) {
    for (SchemeResult result : assessment.results()) {
      for (Exclusion x : result.excluded()) {
        if (x.entity().allNames().contains(entity)) {
          return new InputException(
              "'" + entity + "' was not assessed in " + result.period() + ": the data lack "
                  + String.join(", ", x.indicators()) + ", whose missing-value rule excludes the entity");
        }
      }
    }
    long count = assessment.results().stream().mapToLong(r -> r.entities().size()).sum();
    String known =
        assessment.results().stream()
            .flatMap(r -> r.entities().stream())
            .limit(KNOWN_SHOWN)
            .map(e -> e.id().equals(e.entity().name().zh()) ? e.id() : e.id() + " (" + e.entity().name().zh() + ")")
            .collect(Collectors.joining(", "));
    String more = count > KNOWN_SHOWN ? String.format(Locale.ROOT, ", … (%,d in all)", count) : "";
    return new InputException("no entity '" + entity + "' in the results; they have: " + known + more);
  }
}
