package io.github.kaohe.spring.web;

import org.springframework.http.HttpStatus;

/** A request Kaohe's endpoints cannot serve as sent: answered with its status as a problem detail. */
final class KaoheRequestException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final HttpStatus status;
  private final String type;

  private KaoheRequestException(HttpStatus status, String type, String message) {
    super(message);
    this.status = status;
    this.type = type;
  }

  /** 400: a parameter or body that cannot be read. */
  static KaoheRequestException badRequest(String message) {
    return new KaoheRequestException(HttpStatus.BAD_REQUEST, "bad-request", message);
  }

  /** 413: an upload or policy over its limit. */
  static KaoheRequestException tooLarge(String message) {
    return new KaoheRequestException(HttpStatus.CONTENT_TOO_LARGE, "too-large", message);
  }

  /** 415: a body of a kind that is not read. */
  static KaoheRequestException unsupported(String message) {
    return new KaoheRequestException(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "unsupported-media-type", message);
  }

  HttpStatus status() {
    return status;
  }

  String type() {
    return type;
  }
}
