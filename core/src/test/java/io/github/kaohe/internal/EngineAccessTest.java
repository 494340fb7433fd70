package io.github.kaohe.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.kaohe.eval.Evaluator;
import org.junit.jupiter.api.Test;

/** The engine's door: installed by the engine when it is first used, and the engine's own once asked for. */
class EngineAccessTest {
  @Test
  void theEngineInstallsItsAccessWhenFirstUsed() {
    // asking for the access initialises the engine's class if need be, which installs it
    assertThat(EngineAccess.engine()).isNotNull().isSameAs(EngineAccess.engine());
    assertThat(EngineAccess.engine().getClass().getName()).startsWith(Evaluator.class.getPackageName());
  }

  @Test
  void anEngineThatInstalledNothingIsReportedNotTakenForAnEngine() {
    EngineAccess.Engine installed = EngineAccess.engine();
    EngineAccess.Engine other = (policy, scheme, data, period) -> null;
    try {
      EngineAccess.install(other);
      assertThat(EngineAccess.engine()).isSameAs(other);

      // the engine's class is loaded already: asking again for its access finds none
      EngineAccess.install(null);
      assertThatThrownBy(EngineAccess::engine)
          .isInstanceOf(IllegalStateException.class)
          .hasMessage("the engine did not install its access");
    } finally {
      EngineAccess.install(installed);
    }
    assertThat(EngineAccess.engine()).isSameAs(installed);
  }
}
