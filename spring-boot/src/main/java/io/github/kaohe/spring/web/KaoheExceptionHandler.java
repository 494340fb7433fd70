package io.github.kaohe.spring.web;

import io.github.kaohe.data.DataException;
import io.github.kaohe.data.DataProblem;
import io.github.kaohe.eval.EvaluationException;
import io.github.kaohe.eval.EvaluationProblem;
import io.github.kaohe.load.PolicyException;
import io.github.kaohe.load.Problem;
import io.github.kaohe.spring.NotFoundException;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;

/**
 * Kaohe's errors as RFC 9457 problem details ({@code application/problem+json}), for Kaohe's
 * endpoints only. Each lists every problem, as data, in a {@code problems} array:
 *
 * <ul>
 *   <li>422 {@code urn:kaohe:problem:bad-data}: the data have problems ({@link DataException}):
 *       each with {@code file}, {@code sheet}, {@code row}, {@code column}, {@code cell} (as a
 *       spreadsheet names it, for a workbook), {@code field} and {@code message};
 *   <li>422 {@code urn:kaohe:problem:evaluation-failed}: the data cannot be evaluated ({@link
 *       EvaluationException}): each with {@code scheme}, {@code period}, {@code entity}, {@code key};
 *   <li>422 {@code urn:kaohe:problem:invalid-policy}: a policy sent for validation does not load
 *       ({@link PolicyException}): each with {@code file}, {@code line}, {@code column}, {@code path};
 *   <li>404 {@code urn:kaohe:problem:not-found}: no such policy, scheme or entity;
 *   <li>400, 413, 415: a request that cannot be read, too large, or of a type not read.
 * </ul>
 *
 * Every problem also has {@code text}, the line the command line prints for it.
 */
@RestControllerAdvice(assignableTypes = KaoheController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
public class KaoheExceptionHandler {
  static final String TYPE = "urn:kaohe:problem:";

  @ExceptionHandler(DataException.class)
  public ResponseEntity<ProblemDetail> data(DataException e) {
    List<Object> problems = new ArrayList<>();
    for (DataProblem p : e.problems()) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("file", p.file());
      m.put("sheet", p.sheet());
      m.put("row", p.row());
      m.put("column", p.column());
      m.put("cell", !p.sheet().isEmpty() && p.row() > 0 && p.column() > 0 ? DataProblem.columnLetters(p.column()) + p.row() : null);
      m.put("field", p.field());
      m.put("message", p.message());
      m.put("text", p.toString());
      problems.add(m);
    }
    return problem(HttpStatus.UNPROCESSABLE_CONTENT, "bad-data", "The data have problems", summary(e.getMessage()), problems);
  }

  @ExceptionHandler(EvaluationException.class)
  public ResponseEntity<ProblemDetail> evaluation(EvaluationException e) {
    List<Object> problems = new ArrayList<>();
    for (EvaluationProblem p : e.problems()) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("scheme", p.scheme());
      m.put("period", p.period());
      m.put("entity", p.entity());
      m.put("key", p.key());
      m.put("message", p.message());
      m.put("text", p.toString());
      problems.add(m);
    }
    return problem(HttpStatus.UNPROCESSABLE_CONTENT, "evaluation-failed", "The data cannot be evaluated",
        summary(e.getMessage()), problems);
  }

  @ExceptionHandler(PolicyException.class)
  public ResponseEntity<ProblemDetail> policy(PolicyException e) {
    List<Object> problems = problems(e.problems());
    return problem(HttpStatus.UNPROCESSABLE_CONTENT, "invalid-policy", "The policy does not load",
        summary(e.getMessage()), problems);
  }

  @ExceptionHandler(NotFoundException.class)
  public ResponseEntity<ProblemDetail> notFound(NotFoundException e) {
    ResponseEntity<ProblemDetail> r = problem(HttpStatus.NOT_FOUND, "not-found", "Not found", e.getMessage(), null);
    ProblemDetail d = r.getBody();
    if (d != null) {
      d.setProperty("kind", e.kind());
      d.setProperty("id", e.id());
    }
    return r;
  }

  @ExceptionHandler(KaoheRequestException.class)
  public ResponseEntity<ProblemDetail> request(KaoheRequestException e) {
    return problem(e.status(), e.type(), e.status().getReasonPhrase(), e.getMessage(), null);
  }

  @ExceptionHandler(MissingServletRequestParameterException.class)
  public ResponseEntity<ProblemDetail> missing(MissingServletRequestParameterException e) {
    return problem(HttpStatus.BAD_REQUEST, "bad-request", "Bad Request",
        "the parameter '" + e.getParameterName() + "' is required", null);
  }

  @ExceptionHandler(MaxUploadSizeExceededException.class)
  public ResponseEntity<ProblemDetail> tooLarge(MaxUploadSizeExceededException e) {
    return problem(HttpStatus.CONTENT_TOO_LARGE, "too-large", "Content Too Large", UploadLimitResolver.message(e), null);
  }

  @ExceptionHandler(MultipartException.class)
  public ResponseEntity<ProblemDetail> multipart(MultipartException e) {
    return problem(HttpStatus.BAD_REQUEST, "bad-request", "Bad Request", "the multipart upload cannot be read: " + e.getMessage(), null);
  }

  /** Policy problems as data: file, line, column, path, message, severity, text. */
  static List<Object> problems(List<Problem> list) {
    List<Object> problems = new ArrayList<>();
    for (Problem p : list) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("file", p.file());
      m.put("line", p.line());
      m.put("column", p.column());
      m.put("path", p.path());
      m.put("message", p.message());
      m.put("severity", p.severity().name().toLowerCase(Locale.ROOT));
      m.put("text", p.toString());
      problems.add(m);
    }
    return problems;
  }

  /** The first line of an exception's message: "rows.csv has 3 problems:" without the colon. */
  private static String summary(String message) {
    String first = message.lines().findFirst().orElse(message);
    return first.endsWith(":") ? first.substring(0, first.length() - 1) : first;
  }

  static ResponseEntity<ProblemDetail> problem(HttpStatus status, String type, String title, String detail, @Nullable List<Object> problems) {
    ProblemDetail d = ProblemDetail.forStatusAndDetail(status, detail);
    d.setType(URI.create(TYPE + type));
    d.setTitle(title);
    if (problems != null) {
      d.setProperty("problems", problems);
    }
    return ResponseEntity.status(status).body(d);
  }
}
