package io.github.kaohe.spring.actuate;

import io.github.kaohe.spring.PolicyRegistry;
import io.github.kaohe.spring.reload.PolicyFolderWatcher;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.jspecify.annotations.Nullable;

/**
 * Gauges of the registry: {@code kaohe.policies} (policies loaded) and, with a reload folder,
 * {@code kaohe.reload.failing} (files whose latest edit was not taken) and {@code kaohe.reloads}
 * (edits taken).
 */
public class KaoheMeters implements MeterBinder {
  private final PolicyRegistry registry;
  private final @Nullable PolicyFolderWatcher watcher;

  public KaoheMeters(PolicyRegistry registry, @Nullable PolicyFolderWatcher watcher) {
    this.registry = registry;
    this.watcher = watcher;
  }

  @Override
  public void bindTo(MeterRegistry meters) {
    Gauge.builder("kaohe.policies", registry, r -> r.all().size())
        .description("Policies loaded")
        .register(meters);
    PolicyFolderWatcher w = watcher;
    if (w != null) {
      Gauge.builder("kaohe.reload.failing", w, x -> x.status().failing().size())
          .description("Policy files whose latest edit was not taken")
          .register(meters);
      FunctionCounter.builder("kaohe.reloads", w, x -> x.status().reloads())
          .description("Policy edits taken")
          .register(meters);
    }
  }
}
