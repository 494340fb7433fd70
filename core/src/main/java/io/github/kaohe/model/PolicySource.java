package io.github.kaohe.model;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * The document a policy encodes.
 *
 * @param title the document's title
 * @param issuer who issued it
 * @param date the date the document bears
 * @param published when it was published, if different from {@code date}
 * @param reference its document number (文号), if it has one
 * @param url where it can be read
 */
public record PolicySource(
    Label title,
    String issuer,
    LocalDate date,
    Optional<LocalDate> published,
    Optional<String> reference,
    Optional<String> url) {
  public PolicySource {
    Objects.requireNonNull(title, "title");
    Checks.text(issuer, "issuer");
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(published, "published");
    Objects.requireNonNull(reference, "reference");
    Objects.requireNonNull(url, "url");
    published.ifPresent(
        p -> Checks.require(!p.isBefore(date), "published (%s) must not be before date (%s)", p, date));
  }

  public static PolicySource of(Label title, String issuer, LocalDate date) {
    return new PolicySource(title, issuer, date, Optional.empty(), Optional.empty(), Optional.empty());
  }
}
