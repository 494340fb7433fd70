package io.github.kaohe.model;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A fund that pays the money rewards of one or more schemes each year, e.g. Kaifeng's 2,000 万元
 * for the cluster and service zones. The money the tables give in a year is added up and checked
 * against the fund's amount; the result says whether it fits and by how much.
 *
 * <p>A fund that {@code grows} grows each year after {@code from} by a rate the policy does not
 * fix (开封: 以后逐年按财政增长幅度递增): after its first year {@code amount} is the least it can be, so a
 * sum above it is not called over, but reported with the average yearly growth the fund must have
 * had for the sum to fit.
 *
 * @param id unique within its policy
 * @param name Chinese and English name
 * @param amount what the fund holds in its first year, in {@code unit}
 * @param unit the unit of the amount and of the money it pays, e.g. 万元; every table it pays from
 *     gives money in this unit
 * @param from the fund's first year; earlier years are not checked
 * @param grows whether the amount grows after the first year by a rate the policy does not give
 * @param schemes the schemes whose rule-table money it pays, at least one
 * @param tables the tables whose money it pays; empty for every money table of those schemes
 * @param countPayees whether money a table pays to its payee (a firm of the zone, say) is paid
 *     from the fund too
 * @param source the section of the source document it comes from
 */
public record Fund(
    String id,
    Label name,
    BigDecimal amount,
    String unit,
    int from,
    boolean grows,
    List<String> schemes,
    List<String> tables,
    boolean countPayees,
    Optional<String> source) {

  public Fund {
    Checks.id(id, "fund id");
    Objects.requireNonNull(name, "name");
    Checks.positive(amount, "amount of fund '" + id + "'");
    Checks.text(unit, "unit");
    schemes = Checks.list(schemes, "schemes");
    tables = Checks.list(tables, "tables");
    Objects.requireNonNull(source, "source");
    Checks.require(!schemes.isEmpty(), "fund '%s' pays from no scheme: name the schemes whose rewards it pays", id);
    Checks.unique(schemes, s -> s, "scheme of fund '" + id + "'");
    Checks.unique(tables, t -> t, "table of fund '" + id + "'");
  }

  /** Whether the fund pays the money of this table of this scheme. */
  public boolean pays(String scheme, String table) {
    return schemes.contains(scheme) && (tables.isEmpty() || tables.contains(table));
  }
}
