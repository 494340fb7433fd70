package io.github.kaohe.spring;

import io.github.kaohe.model.Language;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/** Kaohe's configuration: {@code kaohe.*}. */
@ConfigurationProperties("kaohe")
public class KaoheProperties {
  /** Whether Kaohe is configured at all: the registry, the scoring service and what uses them. */
  private boolean enabled = true;

  /**
   * The policies loaded and validated at startup: ids of policies bundled on the class path
   * (kaifeng-2014), or YAML files as classpath: or file: locations. An invalid policy stops the
   * application, with every problem listed.
   */
  private List<String> policies = new ArrayList<>();

  /** The largest policy YAML read: at startup, on reload, and by the validate endpoint. */
  private DataSize maxPolicySize = DataSize.ofMegabytes(1);

  /**
   * Whether a large period (50,000 values or more) is scored on every core. A web service scores
   * concurrent requests on their own threads already, so this is off by default.
   */
  private boolean parallel = false;

  /** The REST endpoints. */
  private final Web web = new Web();

  /** Safe reload of policies from a folder. */
  private final Reload reload = new Reload();

  public boolean isEnabled() {
    return enabled;
  }

  public void setEnabled(boolean enabled) {
    this.enabled = enabled;
  }

  public List<String> getPolicies() {
    return policies;
  }

  public void setPolicies(List<String> policies) {
    this.policies = policies;
  }

  public DataSize getMaxPolicySize() {
    return maxPolicySize;
  }

  public void setMaxPolicySize(DataSize maxPolicySize) {
    this.maxPolicySize = maxPolicySize;
  }

  public boolean isParallel() {
    return parallel;
  }

  public void setParallel(boolean parallel) {
    this.parallel = parallel;
  }

  public Web getWeb() {
    return web;
  }

  public Reload getReload() {
    return reload;
  }

  /** {@code kaohe.web.*}: the REST endpoints. */
  public static class Web {
    /** Whether the REST endpoints are served (a servlet web application with Spring MVC). */
    private boolean enabled = false;

    /** The path under which the endpoints are served. */
    private String basePath = "/kaohe";

    /**
     * The largest data upload (CSV, XLSX or JSON rows); larger is refused with 413. Spring's own
     * spring.servlet.multipart.max-file-size (1 MB unless set) also applies to multipart uploads.
     */
    private DataSize maxUploadSize = DataSize.ofMegabytes(10);

    /** The language of explanations and reports when a request does not ask for one (lang=zh|en). */
    private Language language = Language.ZH;

    public boolean isEnabled() {
      return enabled;
    }

    public void setEnabled(boolean enabled) {
      this.enabled = enabled;
    }

    public String getBasePath() {
      return basePath;
    }

    public void setBasePath(String basePath) {
      this.basePath = basePath;
    }

    public DataSize getMaxUploadSize() {
      return maxUploadSize;
    }

    public void setMaxUploadSize(DataSize maxUploadSize) {
      this.maxUploadSize = maxUploadSize;
    }

    public Language getLanguage() {
      return language;
    }

    public void setLanguage(Language language) {
      this.language = language;
    }
  }

  /** {@code kaohe.reload.*}: safe reload of policies from a folder. */
  public static class Reload {
    /**
     * A folder of policy YAML files (*.yaml, *.yml; not *.tests.yaml), loaded at startup with the
     * others and watched: an edited policy is validated and swapped in atomically; an invalid edit
     * never replaces the valid policy, and its problems are logged and shown by the health endpoint.
     * Unset: no reload.
     */
    private @Nullable Path folder;

    /** How long the folder must be quiet after a change before it is read, so that a file is read whole. */
    private Duration quietPeriod = Duration.ofMillis(300);

    /** How often the folder is checked when no change is signalled (file systems that signal none). */
    private Duration pollInterval = Duration.ofSeconds(5);

    public @Nullable Path getFolder() {
      return folder;
    }

    public void setFolder(@Nullable Path folder) {
      this.folder = folder;
    }

    public Duration getQuietPeriod() {
      return quietPeriod;
    }

    public void setQuietPeriod(Duration quietPeriod) {
      this.quietPeriod = quietPeriod;
    }

    public Duration getPollInterval() {
      return pollInterval;
    }

    public void setPollInterval(Duration pollInterval) {
      this.pollInterval = pollInterval;
    }
  }
}
