package io.github.kaohe.load;

import io.github.kaohe.model.Label;
import org.jspecify.annotations.Nullable;

/** Reads a label (zh/en); the binders share the policy binder's, which knows the policy's languages. */
interface LabelReader {
  @Nullable Label read(ParsedNode node, String path);
}
