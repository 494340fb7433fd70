package io.github.kaohe.junit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;
import static org.junit.platform.testkit.engine.EventConditions.container;
import static org.junit.platform.testkit.engine.EventConditions.displayName;
import static org.junit.platform.testkit.engine.EventConditions.event;
import static org.junit.platform.testkit.engine.EventConditions.finishedSuccessfully;
import static org.junit.platform.testkit.engine.EventConditions.finishedWithFailure;
import static org.junit.platform.testkit.engine.EventConditions.test;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.instanceOf;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.message;

import io.github.kaohe.testing.PolicyTestException;
import java.nio.file.Path;
import java.util.Objects;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.platform.engine.support.descriptor.FileSource;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.opentest4j.AssertionFailedError;

/** The integration run through the JUnit engine, as a build tool runs a user's test class. */
class KaoheTestsTest {
  private static EngineExecutionResults tests(Class<?> testClass) {
    return EngineTestKit.engine("junit-jupiter").selectors(selectClass(testClass)).execute();
  }

  @Test
  void aPassingFileGivesOnePassingTestPerCaseNamedAfterIt() {
    EngineExecutionResults events = tests(PassingPolicyCases.class);

    events.testEvents().assertStatistics(s -> s.started(2).succeeded(2).failed(0));
    events.testEvents().assertThatEvents()
        .haveExactly(1, event(test(), displayName("甲 leads on tax"), finishedSuccessfully()))
        .haveExactly(1, event(test(), displayName("jobs alone"), finishedSuccessfully()));
  }

  @Test
  void aFailingCaseFailsWithTheDifference() {
    EngineExecutionResults events = tests(FailingPolicyCases.class);

    events.testEvents().assertStatistics(s -> s.started(2).succeeded(1).failed(1));
    events.testEvents().assertThatEvents().haveExactly(1, event(
        test(),
        displayName("乙 is expected first but is second"),
        finishedWithFailure(
            instanceOf(AssertionFailedError.class),
            message("failing.tests.yaml:17:27: 乙 rank: expected 1, got 2 — total 7.00 vs 8.00 (甲)"))));
  }

  @Test
  void eachCasePointsAtItsLineInTheFile() {
    EngineExecutionResults events = tests(PassingPolicyCases.class);

    assertThat(events.testEvents().started().map(e -> e.getTestDescriptor().getSource().orElseThrow()))
        .allSatisfy(source -> assertThat(source).isInstanceOf(FileSource.class))
        .extracting(source -> ((FileSource) source).getPosition().orElseThrow().getLine())
        .containsExactly(5, 14);
  }

  @Test
  void withFullCoverageAddsATestThatNamesWhatNoCaseExercises() {
    EngineExecutionResults events = tests(FailingPolicyCases.Coverage.class);

    events.testEvents().assertStatistics(s -> s.started(2).succeeded(1).failed(1));
    events.testEvents().assertThatEvents().haveExactly(1, event(
        test(),
        displayName("coverage: every indicator, adjustment item, table row and class is exercised"),
        finishedWithFailure(message(m -> m.startsWith("Coverage of junit-firms: indicators 1/2")
            && m.endsWith("Not exercised:\n  firms indicator jobs (Jobs)")))));
  }

  @Test
  void aFileWithProblemsFailsTheFactoryWithEveryProblem() {
    EngineExecutionResults events = tests(FailingPolicyCases.Broken.class);

    events.containerEvents().assertThatEvents().haveExactly(1, event(
        container("broken"),
        finishedWithFailure(
            instanceOf(PolicyTestException.class),
            message(m -> m.contains("broken.tests.yaml:7:5: cases[0].expcet: unknown key 'expcet':"
                + " did you mean 'expect'?")))));
  }

  @Test
  void aMissingFileSaysWhereItWasLookedFor() {
    EngineExecutionResults events = tests(FailingPolicyCases.Missing.class);

    events.containerEvents().assertThatEvents().haveExactly(1, event(
        container("missing"),
        finishedWithFailure(
            instanceOf(IllegalArgumentException.class),
            message(m -> m.startsWith("no test file 'no-such.tests.yaml': neither a file")))));
  }

  @Test
  void aFileCanBeGivenByItsPath() throws Exception {
    Path file = Path.of(Objects.requireNonNull(getClass().getResource("passing.tests.yaml")).toURI());

    Stream<DynamicTest> tests = KaoheTests.from(file);

    assertThat(tests).extracting(DynamicTest::getDisplayName).containsExactly("甲 leads on tax", "jobs alone");
  }
}
