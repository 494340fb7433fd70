package io.github.kaohe.spring.web;

import io.github.kaohe.data.Period;
import io.github.kaohe.eval.ResultJson;
import io.github.kaohe.eval.SchemeResult;
import io.github.kaohe.load.PolicyException;
import io.github.kaohe.model.Language;
import io.github.kaohe.model.Policy;
import io.github.kaohe.spring.EntityExplanation;
import io.github.kaohe.spring.KaoheProperties;
import io.github.kaohe.spring.PolicyRegistry;
import io.github.kaohe.spring.PolicySources;
import io.github.kaohe.spring.RenderedReport;
import io.github.kaohe.spring.ReportFormat;
import io.github.kaohe.spring.ScoringService;
import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Kaohe's REST endpoints, under {@code kaohe.web.base-path} ({@code /kaohe}). Policies are named by
 * id only: no request names a file or a location on the server. Errors are problem details (RFC
 * 9457), see {@link KaoheExceptionHandler}.
 */
@RestController
@RequestMapping("${kaohe.web.base-path:/kaohe}")
public class KaoheController {
  private static final MediaType JSON = MediaType.APPLICATION_JSON;

  private final PolicyRegistry registry;
  private final ScoringService scoring;
  private final PolicySources sources;
  private final KaoheProperties properties;

  public KaoheController(PolicyRegistry registry, ScoringService scoring, PolicySources sources, KaoheProperties properties) {
    this.registry = registry;
    this.scoring = scoring;
    this.sources = sources;
    this.properties = properties;
  }

  /** The policies served: id, version, name, schemes. */
  @GetMapping("/policies")
  public ResponseEntity<byte[]> policies() {
    return json(registry.all().stream().map(PolicyViews::summary).toList());
  }

  /** One policy: its schemes, their categories and indicators with weights and units, adjustments, facts. */
  @GetMapping("/policies/{policy}")
  public ResponseEntity<byte[]> policy(@PathVariable("policy") String policy) {
    return json(PolicyViews.detail(registry.get(policy)));
  }

  /** Scores a scheme on the data sent: the documented JSON contract of one period's result. */
  @PostMapping("/policies/{policy}/schemes/{scheme}/score")
  public ResponseEntity<byte[]> score(
      @PathVariable("policy") String policy,
      @PathVariable("scheme") String scheme,
      @RequestParam(name = "period", required = false) @Nullable String period,
      @RequestParam(name = "file", required = false) @Nullable MultipartFile file,
      HttpServletRequest request) {
    Uploads.Upload upload = upload(request, file);
    SchemeResult result = scoring.evaluate(policy, scheme, upload.input(), period(period, upload));
    return ResponseEntity.ok().contentType(JSON).body(ResultJson.write(result).getBytes(StandardCharsets.UTF_8));
  }

  /**
   * Explains one entity's result on the data sent: JSON with the explanation's text, or the text
   * alone when the request accepts text/plain rather than JSON.
   */
  @PostMapping("/policies/{policy}/schemes/{scheme}/explain")
  public ResponseEntity<byte[]> explain(
      @PathVariable("policy") String policy,
      @PathVariable("scheme") String scheme,
      @RequestParam("entity") String entity,
      @RequestParam(name = "period", required = false) @Nullable String period,
      @RequestParam(name = "lang", required = false) @Nullable String lang,
      @RequestParam(name = "file", required = false) @Nullable MultipartFile file,
      HttpServletRequest request) {
    Uploads.Upload upload = upload(request, file);
    EntityExplanation e = scoring.explain(policy, scheme, upload.input(), entity, period(period, upload), language(lang));
    if (prefersText(request)) {
      return ResponseEntity.ok()
          .contentType(new MediaType(MediaType.TEXT_PLAIN, StandardCharsets.UTF_8))
          .body(e.text().getBytes(StandardCharsets.UTF_8));
    }
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("policy", e.result().policy().id());
    m.put("policyVersion", e.result().policy().version());
    m.put("scheme", e.result().scheme().id());
    m.put("period", e.result().period().toString());
    m.put("entity", e.entity().id());
    m.put("name", PolicyViews.label(e.entity().entity().name()));
    m.put("rank", e.entity().place().isPresent() ? e.entity().place().getAsInt() : null);
    m.put("score", e.entity().total());
    m.put("lang", e.language().name().toLowerCase(Locale.ROOT));
    m.put("explanation", e.text());
    return json(m);
  }

  /** A report of the scheme on the data sent, in the period and the data's earlier ones: html, xlsx, md, csv or json. */
  @PostMapping("/policies/{policy}/schemes/{scheme}/report")
  public ResponseEntity<byte[]> report(
      @PathVariable("policy") String policy,
      @PathVariable("scheme") String scheme,
      @RequestParam(name = "format", defaultValue = "html") String format,
      @RequestParam(name = "period", required = false) @Nullable String period,
      @RequestParam(name = "lang", required = false) @Nullable String lang,
      @RequestParam(name = "file", required = false) @Nullable MultipartFile file,
      HttpServletRequest request) {
    ReportFormat f = ReportFormat.named(format).orElseThrow(() ->
        KaoheRequestException.badRequest("format: '" + format + "' is not a report format; formats: html, xlsx, md, csv, json"));
    Uploads.Upload upload = upload(request, file);
    RenderedReport r = scoring.report(policy, scheme, upload.input(), period(period, upload), f, language(lang));
    boolean inline = f == ReportFormat.HTML || f == ReportFormat.JSON || f == ReportFormat.MD;
    ContentDisposition disposition = (inline ? ContentDisposition.inline() : ContentDisposition.attachment())
        .filename(r.fileName(), StandardCharsets.UTF_8)
        .build();
    return ResponseEntity.ok()
        .contentType(MediaType.parseMediaType(f.mediaType()))
        .header(HttpHeaders.CONTENT_DISPOSITION, disposition.toString())
        .body(r.content());
  }

  /**
   * Validates a policy's YAML sent as the body (or a file part): 200 with its id, version and
   * warnings when it loads, else a problem detail listing every problem with line and column. The
   * policy is not registered. An overlay may extend a bundled policy by id, never a file.
   */
  @PostMapping("/validate")
  public ResponseEntity<byte[]> validate(
      @RequestParam(name = "file", required = false) @Nullable MultipartFile file, HttpServletRequest request) {
    long max = sources.maxBytes();
    MultipartFile part = file != null ? file : Uploads.anyFile(request);
    byte[] yaml;
    String name;
    if (part != null) {
      if (part.getSize() > max) {
        throw policyTooLarge(max);
      }
      yaml = Uploads.bytes(part);
      name = Uploads.safeName(part.getOriginalFilename(), "policy.yaml");
    } else {
      try {
        yaml = Uploads.body(request, max);
      } catch (KaoheRequestException e) {
        throw policyTooLarge(max);
      }
      name = "policy.yaml";
    }
    PolicySources.Loaded loaded = sources.text(yaml, name);
    Policy p = loaded.policy();
    if (!loaded.valid() || p == null) {
      throw new PolicyException(loaded.problems());
    }
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("valid", true);
    m.put("id", p.id());
    m.put("version", p.version());
    m.put("name", PolicyViews.label(p.name()));
    m.put("warnings", KaoheExceptionHandler.problems(loaded.warnings()));
    return json(m);
  }

  private static KaoheRequestException policyTooLarge(long max) {
    return KaoheRequestException.tooLarge("the policy is over the limit of " + max / 1024 + " KB (kaohe.max-policy-size)");
  }

  private Uploads.Upload upload(HttpServletRequest request, @Nullable MultipartFile file) {
    return Uploads.read(request, file, properties.getWeb().getMaxUploadSize().toBytes());
  }

  private static @Nullable Period period(@Nullable String param, Uploads.Upload upload) {
    String text = param != null && !param.isBlank() ? param : upload.period();
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return Period.parse(text.strip());
    } catch (IllegalArgumentException e) {
      throw KaoheRequestException.badRequest("period: " + e.getMessage());
    }
  }

  private Language language(@Nullable String lang) {
    if (lang == null || lang.isBlank()) {
      return properties.getWeb().getLanguage();
    }
    return switch (lang.strip().toLowerCase(Locale.ROOT)) {
      case "zh", "zh-cn", "cn", "chinese" -> Language.ZH;
      case "en", "english" -> Language.EN;
      default -> throw KaoheRequestException.badRequest("lang: '" + lang + "' is not a language; languages: zh, en");
    };
  }

  /** Whether the client asks for text/plain before JSON. */
  private static boolean prefersText(HttpServletRequest request) {
    String accept = request.getHeader(HttpHeaders.ACCEPT);
    if (accept == null || accept.isBlank()) {
      return false;
    }
    List<MediaType> types;
    try {
      types = MediaType.parseMediaTypes(accept);
    } catch (RuntimeException e) {
      return false;
    }
    types = new java.util.ArrayList<>(types);
    types.sort(java.util.Comparator.comparingDouble(MediaType::getQualityValue).reversed());
    for (MediaType t : types) {
      if (t.isCompatibleWith(MediaType.TEXT_PLAIN) && !t.isWildcardType()) {
        return true;
      }
      if (t.isCompatibleWith(JSON) && !t.isWildcardType()) {
        return false;
      }
    }
    return false;
  }

  private static ResponseEntity<byte[]> json(Object tree) {
    return ResponseEntity.ok().contentType(JSON).body(Json.write(tree).getBytes(StandardCharsets.UTF_8));
  }
}
