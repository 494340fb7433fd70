package io.github.kaohe.eval;

import java.math.BigDecimal;

/** A category's points and how they came about. */
record Aggregate(BigDecimal points, String formula) {}
