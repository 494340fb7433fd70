package io.github.kaohe.spring.reload;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.kaohe.spring.InMemoryPolicyRegistry;
import io.github.kaohe.spring.PolicyRegistry;
import io.github.kaohe.spring.PolicySources;
import io.github.kaohe.spring.RegisteredPolicy;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.DefaultResourceLoader;
import org.springframework.util.unit.DataSize;

/** Reloading, step by step: each check of the folder is called by the test, not by the watching thread. */
class PolicyFolderWatcherTest {
  @TempDir Path dir;

  private final PolicyRegistry registry = new InMemoryPolicyRegistry();
  private PolicyFolderWatcher watcher;
  private String firms;

  @BeforeEach
  void start() throws IOException {
    firms = new ClassPathResource("policies/firms.yaml").getContentAsString(StandardCharsets.UTF_8);
    Files.writeString(dir.resolve("firms.yaml"), firms);
    watcher = new PolicyFolderWatcher(dir, new PolicySources(new DefaultResourceLoader(), DataSize.ofKilobytes(64)),
        registry, Duration.ofMillis(10), Duration.ofSeconds(1));
    List<PolicySources.Loaded> loaded = watcher.loadAll();
    assertThat(loaded).allMatch(PolicySources.Loaded::valid);
    loaded.forEach(l -> registry.put(new RegisteredPolicy(l.policy(), l.location(), Instant.now())));
  }

  @Test
  void aValidEditIsSwappedIn() throws IOException {
    Files.writeString(dir.resolve("firms.yaml"), firms.replace("version: \"1.0\"", "version: \"1.1\""));
    watcher.check();
    assertThat(registry.get("test-firms").version()).isEqualTo("1.1");
    assertThat(watcher.status().reloads()).isEqualTo(1);
    assertThat(watcher.status().lastError()).isEmpty();
  }

  @Test
  void anInvalidEditNeverReplacesTheValidPolicyAndIsReportedUntilCorrected() throws IOException {
    RegisteredPolicy before = registry.get("test-firms");
    Files.writeString(dir.resolve("firms.yaml"), firms.replace("weight: 10, method: proportional-to-best", "weight: 9, method: proportional-to-best")
        .replace("version: \"1.0\"", "version: \"1.1\""));
    watcher.check();
    assertThat(registry.get("test-firms")).isSameAs(before);
    ReloadError error = watcher.status().lastError().orElseThrow();
    assertThat(error.file()).isEqualTo("firms.yaml");
    assertThat(error.lines()).singleElement().asString()
        .startsWith("firms.yaml:27:").contains("the parts of this category weigh 9 in all, but its weight is 10");
    // Read once: the same bytes are not read again.
    watcher.check();
    assertThat(watcher.status().reloads()).isZero();
    // Corrected: taken, and the error is gone.
    Files.writeString(dir.resolve("firms.yaml"), firms.replace("version: \"1.0\"", "version: \"1.2\""));
    watcher.check();
    assertThat(registry.get("test-firms").version()).isEqualTo("1.2");
    assertThat(watcher.status().failing()).isEmpty();
  }

  @Test
  void aNewFileIsAddedAndARemovedOneTakesItsPolicyAway() throws IOException {
    Files.writeString(dir.resolve("more.yaml"), firms.replace("id: test-firms", "id: more-firms"));
    watcher.check();
    assertThat(registry.find("more-firms")).isPresent();
    Files.delete(dir.resolve("more.yaml"));
    watcher.check();
    assertThat(registry.find("more-firms")).isEmpty();
    assertThat(registry.find("test-firms")).isPresent();
  }

  @Test
  void aPolicyCannotTakeAnotherFilesId() throws IOException {
    Files.writeString(dir.resolve("copy.yaml"), firms.replace("version: \"1.0\"", "version: \"9.9\""));
    watcher.check();
    assertThat(registry.get("test-firms").version()).isEqualTo("1.0");
    assertThat(watcher.status().failing().get("copy.yaml").lines()).singleElement().asString()
        .contains("the policy id 'test-firms' is already served from file:");
  }

  @Test
  void anOverlayIsReadAgainWhenTheFileItExtendsChanges() throws IOException {
    Files.writeString(dir.resolve("overlay.yaml"), """
        kaohe: 1
        extends: firms.yaml
        id: overlay-firms
        version: "o1"
        schemes:
          - id: firms
            categories:
              - id: size
                indicators:
                  - {id: tax, unit: 元}
        """);
    watcher.check();
    assertThat(registry.get("overlay-firms").policy().scheme("firms").indicator("tax").unit()).isEqualTo("元");
    RegisteredPolicy overlay = registry.get("overlay-firms");
    Files.writeString(dir.resolve("firms.yaml"), firms.replace("name: {zh: 税收, en: Tax}", "name: {zh: 税收收入, en: Tax revenue}"));
    watcher.check();
    assertThat(registry.get("overlay-firms")).isNotSameAs(overlay);
    assertThat(registry.get("overlay-firms").policy().scheme("firms").indicator("tax").name().zh()).isEqualTo("税收收入");
  }

  @Test
  void theWatchingThreadTakesAnEditByItself() throws Exception {
    watcher.start();
    try {
      Files.writeString(dir.resolve("firms.yaml"), firms.replace("version: \"1.0\"", "version: \"2.0\""));
      long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
      while (!registry.get("test-firms").version().equals("2.0") && System.nanoTime() < deadline) {
        Thread.sleep(20);
      }
      assertThat(registry.get("test-firms").version()).isEqualTo("2.0");
    } finally {
      watcher.stop();
    }
    assertThat(watcher.isRunning()).isFalse();
  }
}
