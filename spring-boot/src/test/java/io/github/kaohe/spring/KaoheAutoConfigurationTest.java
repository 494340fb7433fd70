package io.github.kaohe.spring;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.kaohe.data.Dataset;
import io.github.kaohe.data.Period;
import io.github.kaohe.eval.SchemeResult;
import io.github.kaohe.load.Problem;
import io.github.kaohe.model.Language;
import io.github.kaohe.report.Report;
import io.github.kaohe.spring.reload.PolicyFolderWatcher;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.core.io.ClassPathResource;

/** The auto-configuration's conditions: no policy, bundled and file policies, bad policies, the application's own beans, properties. */
class KaoheAutoConfigurationTest {
  private final ApplicationContextRunner runner =
      new ApplicationContextRunner().withConfiguration(AutoConfigurations.of(KaoheAutoConfiguration.class));

  @TempDir Path dir;

  @Test
  void withoutPoliciesTheRegistryIsEmptyAndTheServiceIsThere() {
    runner.run(context -> {
      assertThat(context).hasNotFailed();
      assertThat(context).hasSingleBean(PolicyRegistry.class).hasSingleBean(ScoringService.class)
          .hasSingleBean(PolicySources.class).doesNotHaveBean(PolicyFolderWatcher.class);
      assertThat(context.getBean(PolicyRegistry.class).all()).isEmpty();
      assertThat(context.getBean(ScoringService.class)).isInstanceOf(DefaultScoringService.class);
    });
  }

  @Test
  void bundledClasspathAndFilePoliciesAreLoaded() throws IOException {
    Path file = dir.resolve("other-firms.yaml");
    Files.writeString(file, firms().replace("id: test-firms", "id: other-firms").replace("version: \"1.0\"", "version: \"2.5\""));
    runner
        .withPropertyValues(
            "kaohe.policies[0]=kaifeng-2014",
            "kaohe.policies[1]=classpath:policies/firms.yaml",
            "kaohe.policies[2]=file:" + file.toAbsolutePath())
        .run(context -> {
          assertThat(context).hasNotFailed();
          PolicyRegistry registry = context.getBean(PolicyRegistry.class);
          assertThat(registry.all()).extracting(RegisteredPolicy::id)
              .containsExactly("kaifeng-2014", "test-firms", "other-firms");
          assertThat(registry.get("other-firms").version()).isEqualTo("2.5");
          assertThat(registry.get("kaifeng-2014").origin()).isEqualTo("kaifeng-2014");
        });
  }

  @Test
  void anInvalidPolicyStopsTheStartWithEveryProblemListed() {
    runner
        .withPropertyValues(
            "kaohe.policies[0]=classpath:policies/bad.yaml",
            "kaohe.policies[1]=kaifeng-2014",
            "kaohe.policies[2]=no-such-policy")
        .run(context -> {
          assertThat(context).hasFailed();
          Throwable failure = context.getStartupFailure();
          InvalidPoliciesException e = cause(failure);
          assertThat(e.failed()).extracting(PolicySources.Loaded::location)
              .containsExactly("classpath:policies/bad.yaml", "no-such-policy");
          List<Problem> bad = e.failed().get(0).errors();
          assertThat(bad).hasSize(3).allSatisfy(p -> {
            assertThat(p.file()).isEqualTo("bad.yaml");
            assertThat(p.line()).isPositive();
            assertThat(p.column()).isPositive();
          });
          assertThat(e.getMessage())
              .contains("2 policies do not load (4 problems)")
              .contains("bad.yaml:20:17: schemes[0].categories[0].weight")
              .contains("unknown key 'unti': did you mean 'unit'?")
              .contains("unknown scoring method 'proportional'")
              .contains("no policy 'no-such-policy' is bundled on the class path (bundled: kaifeng-2014)");
          FailureAnalysis analysis = new InvalidPoliciesFailureAnalyzer().analyze(failure);
          assertThat(analysis).isNotNull();
          for (Problem p : e.problems()) {
            assertThat(analysis.getDescription()).contains(p.toString());
          }
          assertThat(analysis.getAction()).contains("kaohe.policies");
        });
  }

  @Test
  void twoPoliciesWithOneIdStopTheStart() {
    runner
        .withPropertyValues("kaohe.policies=classpath:policies/firms.yaml,classpath:/policies/firms.yaml")
        .run(context -> {
          assertThat(context).hasFailed();
          assertThat(cause(context.getStartupFailure()).getMessage())
              .contains("the policy id 'test-firms' is also loaded from classpath:policies/firms.yaml");
        });
  }

  @Test
  void theApplicationsOwnRegistryAndServiceReplaceOurs() {
    PolicyRegistry own = new InMemoryPolicyRegistry();
    ScoringService service = new OwnScoringService();
    runner
        .withBean("myRegistry", PolicyRegistry.class, () -> own)
        .withBean("myService", ScoringService.class, () -> service)
        .withPropertyValues("kaohe.policies=kaifeng-2014")
        .run(context -> {
          assertThat(context).hasNotFailed();
          assertThat(context).getBean(PolicyRegistry.class).isSameAs(own);
          assertThat(context).getBean(ScoringService.class).isSameAs(service);
          assertThat(context).doesNotHaveBean("kaohePolicyRegistry").doesNotHaveBean("kaoheScoringService");
          // The startup policies go into the application's registry.
          assertThat(own.find("kaifeng-2014")).isPresent();
        });
  }

  @Test
  void kaoheEnabledFalseConfiguresNothing() {
    runner.withPropertyValues("kaohe.enabled=false", "kaohe.policies=no-such-policy").run(context -> {
      assertThat(context).hasNotFailed();
      assertThat(context).doesNotHaveBean(PolicyRegistry.class).doesNotHaveBean(ScoringService.class);
    });
  }

  @Test
  void propertiesAreBound() {
    runner
        .withPropertyValues(
            "kaohe.max-policy-size=2KB",
            "kaohe.parallel=true",
            "kaohe.web.base-path=/assess",
            "kaohe.web.max-upload-size=3MB",
            "kaohe.web.language=en",
            "kaohe.reload.quiet-period=50ms",
            "kaohe.reload.poll-interval=1s")
        .run(context -> {
          KaoheProperties p = context.getBean(KaoheProperties.class);
          assertThat(p.getMaxPolicySize().toKilobytes()).isEqualTo(2);
          assertThat(p.isParallel()).isTrue();
          assertThat(p.getWeb().getBasePath()).isEqualTo("/assess");
          assertThat(p.getWeb().getMaxUploadSize().toMegabytes()).isEqualTo(3);
          assertThat(p.getWeb().getLanguage()).isEqualTo(Language.EN);
          assertThat(p.getReload().getQuietPeriod().toMillis()).isEqualTo(50);
          assertThat(p.getReload().getFolder()).isNull();
          assertThat(context.getBean(PolicySources.class).maxBytes()).isEqualTo(2048);
        });
  }

  @Test
  void aPolicyOverTheSizeLimitDoesNotLoad() {
    runner.withPropertyValues("kaohe.max-policy-size=1KB", "kaohe.policies=classpath:policies/firms.yaml").run(context -> {
      assertThat(context).hasFailed();
      assertThat(cause(context.getStartupFailure()).getMessage())
          .contains("firms.yaml: the file is larger than kaohe.max-policy-size (1024B)");
    });
  }

  @Test
  void aReloadFolderIsLoadedAtStartupAndWatched() throws IOException {
    Files.writeString(dir.resolve("firms.yaml"), firms());
    Files.writeString(dir.resolve("firms.tests.yaml"), "not a policy: its tests are left alone");
    runner.withPropertyValues("kaohe.reload.folder=" + dir).run(context -> {
      assertThat(context).hasNotFailed().hasSingleBean(PolicyFolderWatcher.class);
      assertThat(context.getBean(PolicyRegistry.class).find("test-firms")).isPresent();
      assertThat(context.getBean(PolicyFolderWatcher.class).isRunning()).isTrue();
    });
  }

  @Test
  void aBlankReloadFolderWatchesNothing() {
    runner.withPropertyValues("kaohe.reload.folder=", "kaohe.policies=").run(context -> {
      assertThat(context).hasNotFailed().doesNotHaveBean(PolicyFolderWatcher.class);
      assertThat(context.getBean(PolicyRegistry.class).all()).isEmpty();
    });
  }

  @Test
  void anInvalidPolicyInTheReloadFolderStopsTheStart() throws IOException {
    Files.writeString(dir.resolve("bad.yaml"), resource("policies/bad.yaml"));
    runner.withPropertyValues("kaohe.reload.folder=" + dir).run(context -> {
      assertThat(context).hasFailed();
      assertThat(cause(context.getStartupFailure()).problems()).hasSize(3);
    });
  }

  @Test
  void aReloadFolderThatIsNoFolderStopsTheStart() {
    runner.withPropertyValues("kaohe.reload.folder=" + dir.resolve("missing")).run(context -> {
      assertThat(context).hasFailed();
      assertThat(cause(context.getStartupFailure()).getMessage()).contains("kaohe.reload.folder is not a folder");
    });
  }

  static InvalidPoliciesException cause(Throwable failure) {
    Throwable t = failure;
    while (t != null && !(t instanceof InvalidPoliciesException)) {
      t = t.getCause();
    }
    assertThat(t).as("cause of %s", failure).isInstanceOf(InvalidPoliciesException.class);
    return (InvalidPoliciesException) Objects.requireNonNull(t);
  }

  static String firms() {
    return resource("policies/firms.yaml");
  }

  static String resource(String name) {
    try {
      return new ClassPathResource(name).getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** An application's own service: nothing of ours. */
  static final class OwnScoringService implements ScoringService {
    @Override
    public Dataset read(String policy, String scheme, DataInput input, Period period) {
      throw new UnsupportedOperationException();
    }

    @Override
    public SchemeResult evaluate(String policy, String scheme, DataInput input, Period period) {
      throw new UnsupportedOperationException();
    }

    @Override
    public EntityExplanation explain(String policy, String scheme, DataInput input, String entity, Period period, Language language) {
      throw new UnsupportedOperationException();
    }

    @Override
    public Report assess(String policy, String scheme, DataInput input, Period period) {
      throw new UnsupportedOperationException();
    }

    @Override
    public RenderedReport render(Report report, ReportFormat format, Language language) {
      throw new UnsupportedOperationException();
    }
  }
}
