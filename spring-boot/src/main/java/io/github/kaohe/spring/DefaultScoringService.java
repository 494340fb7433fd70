package io.github.kaohe.spring;

import io.github.kaohe.data.DataException;
import io.github.kaohe.data.DataProblem;
import io.github.kaohe.data.Dataset;
import io.github.kaohe.data.Period;
import io.github.kaohe.eval.EntityResult;
import io.github.kaohe.eval.EvaluationException;
import io.github.kaohe.eval.Evaluator;
import io.github.kaohe.eval.Explanation;
import io.github.kaohe.eval.SchemeResult;
import io.github.kaohe.model.Language;
import io.github.kaohe.model.Policy;
import io.github.kaohe.model.Scheme;
import io.github.kaohe.report.CsvReport;
import io.github.kaohe.report.HtmlReport;
import io.github.kaohe.report.JsonReport;
import io.github.kaohe.report.MarkdownReport;
import io.github.kaohe.report.Report;
import io.github.kaohe.report.XlsxReport;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.SortedSet;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * The {@link ScoringService} the auto-configuration provides: policies from the registry, data read
 * as the command line reads files, evaluation by {@link Evaluator}, reports by kaohe-report. Each
 * call looks the policy up once, so a policy swapped by a reload serves the next call whole.
 * Thread-safe.
 */
public class DefaultScoringService implements ScoringService {
  private final PolicyRegistry registry;
  private final List<ScoringObserver> observers;
  private final boolean parallel;

  /**
   * @param registry where policies are found by id
   * @param observers told of every evaluation and failure (metrics)
   * @param parallel whether large periods are scored on every core ({@link Evaluator#parallel()})
   */
  public DefaultScoringService(PolicyRegistry registry, List<ScoringObserver> observers, boolean parallel) {
    this.registry = Objects.requireNonNull(registry, "registry");
    this.observers = List.copyOf(observers);
    this.parallel = parallel;
  }

  @Override
  public Dataset read(String policy, String scheme, DataInput input, @Nullable Period period) {
    return read(registry.get(policy).policy(), scheme, input, period);
  }

  private Dataset read(Policy policy, String schemeId, DataInput input, @Nullable Period period) {
    Scheme scheme = scheme(policy, schemeId);
    try {
      return DataInputReader.read(scheme, input, period);
    } catch (DataException e) {
      failed(policy, schemeId, e);
      throw e;
    }
  }

  @Override
  public SchemeResult evaluate(String policyId, String scheme, DataInput input, @Nullable Period period) {
    Policy policy = registry.get(policyId).policy();
    Dataset data = read(policy, scheme, input, period);
    return evaluate(policy, scheme, data, List.of(periodIn(policy, scheme, data, input, period))).get(0);
  }

  @Override
  public EntityExplanation explain(
      String policy, String scheme, DataInput input, String entity, @Nullable Period period, Language language) {
    SchemeResult result = evaluate(policy, scheme, input, period);
    EntityResult found = result.entityNamed(entity).orElseThrow(() -> NotFoundException.entity(
        scheme, entity, result.entities().stream().map(e -> e.entity().name().zh()).toList()));
    return new EntityExplanation(result, found, language, Explanation.of(result, found, language));
  }

  @Override
  public Report assess(String policyId, String scheme, DataInput input, @Nullable Period period) {
    Policy policy = registry.get(policyId).policy();
    Dataset data = read(policy, scheme, input, period);
    Period last = periodIn(policy, scheme, data, input, period);
    List<Period> periods = data.periods().stream()
        .filter(p -> p.compareTo(last) <= 0 && p.isYear() == last.isYear())
        .toList();
    return Report.of(evaluate(policy, scheme, data, periods));
  }

  @Override
  public RenderedReport render(Report report, ReportFormat format, Language language) {
    byte[] content = switch (format) {
      case HTML -> HtmlReport.write(report).getBytes(StandardCharsets.UTF_8);
      case XLSX -> XlsxReport.write(report, language);
      case MD -> MarkdownReport.write(report, language).getBytes(StandardCharsets.UTF_8);
      case CSV -> CsvReport.write(report, language).getBytes(StandardCharsets.UTF_8);
      case JSON -> JsonReport.write(report).getBytes(StandardCharsets.UTF_8);
    };
    String schemes = report.schemes().size() == 1 ? "_" + report.schemes().get(0).scheme().id() : "";
    String name = report.policy().id() + schemes + "_" + report.periodRange() + "." + format.extension();
    return new RenderedReport(content, format, name);
  }

  private List<SchemeResult> evaluate(Policy policy, String scheme, Dataset data, List<Period> periods) {
    Evaluator evaluator = parallel ? Evaluator.of(policy).parallel() : Evaluator.of(policy);
    long start = System.nanoTime();
    List<SchemeResult> results;
    try {
      results = evaluator.evaluate(scheme, data, periods);
    } catch (EvaluationException e) {
      failed(policy, scheme, e);
      throw e;
    }
    Duration time = Duration.ofNanos(System.nanoTime() - start);
    int entities = results.stream().mapToInt(r -> r.entities().size()).sum();
    for (ScoringObserver o : observers) {
      o.evaluated(policy.id(), scheme, time, entities);
    }
    return results;
  }

  /** The period asked for, which the data must have; else the data's latest. */
  private Period periodIn(Policy policy, String scheme, Dataset data, DataInput input, @Nullable Period period) {
    SortedSet<Period> available = data.periods();
    String problem = null;
    if (available.isEmpty()) {
      problem = "there are no data rows";
    } else if (period != null && !available.contains(period)) {
      problem = "there are no rows for period " + period + "; the data have "
          + available.stream().map(Period::toString).collect(Collectors.joining(", "));
    }
    if (problem != null) {
      DataException e = new DataException(List.of(new DataProblem(input.name(), 0, 0, "period", problem)));
      failed(policy, scheme, e);
      throw e;
    }
    return period != null ? period : available.last();
  }

  private static Scheme scheme(Policy policy, String id) {
    return policy.findScheme(id).orElseThrow(() -> NotFoundException.scheme(
        policy.id(), id, policy.schemes().stream().map(Scheme::id).toList()));
  }

  private void failed(Policy policy, String scheme, RuntimeException e) {
    for (ScoringObserver o : observers) {
      o.failed(policy.id(), scheme, e);
    }
  }
}
