package io.github.kaohe.spring;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Says, when the application does not start, which policies are invalid and every problem in them. */
public final class InvalidPoliciesFailureAnalyzer extends AbstractFailureAnalyzer<InvalidPoliciesException> {
  @Override
  protected FailureAnalysis analyze(Throwable rootFailure, InvalidPoliciesException cause) {
    return new FailureAnalysis(
        "Kaohe's policies were validated at startup, and " + cause.getMessage(),
        "Correct every problem above (each is at file:line:column; `kaohe validate FILE` lists the same), "
            + "or remove the policy from kaohe.policies or from the reload folder (kaohe.reload.folder).",
        cause);
  }
}
