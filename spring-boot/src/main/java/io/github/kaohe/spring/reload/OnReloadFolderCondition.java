package io.github.kaohe.spring.reload;

import org.springframework.boot.autoconfigure.condition.ConditionOutcome;
import org.springframework.boot.autoconfigure.condition.SpringBootCondition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * Whether {@code kaohe.reload.folder} names a folder: set and not blank, so that {@code
 * kaohe.reload.folder=${POLICY_FOLDER:}} without the variable watches nothing (and never the
 * working directory).
 */
public final class OnReloadFolderCondition extends SpringBootCondition {
  @Override
  public ConditionOutcome getMatchOutcome(ConditionContext context, AnnotatedTypeMetadata metadata) {
    String folder = context.getEnvironment().getProperty("kaohe.reload.folder");
    return folder == null || folder.isBlank()
        ? ConditionOutcome.noMatch("kaohe.reload.folder is not set")
        : ConditionOutcome.match("kaohe.reload.folder is " + folder);
  }
}
