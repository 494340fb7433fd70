package io.github.kaohe.spring.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;

/**
 * An upload over Spring's multipart limit ({@code spring.servlet.multipart.max-file-size}) fails
 * before a handler is chosen, so Kaohe's exception handler never sees it: this answers it, for
 * Kaohe's paths only, as the same 413 problem detail. Other paths are left to the application.
 */
final class UploadLimitResolver implements HandlerExceptionResolver, Ordered {
  private final String basePath;

  UploadLimitResolver(String basePath) {
    String b = basePath.startsWith("/") ? basePath : "/" + basePath;
    this.basePath = b.endsWith("/") ? b.substring(0, b.length() - 1) : b;
  }

  @Override
  public @Nullable ModelAndView resolveException(
      HttpServletRequest request, HttpServletResponse response, @Nullable Object handler, Exception ex) {
    if (!(ex instanceof MaxUploadSizeExceededException e) || !ours(request)) {
      return null;
    }
    Map<String, Object> problem = new LinkedHashMap<>();
    problem.put("type", KaoheExceptionHandler.TYPE + "too-large");
    problem.put("title", "Content Too Large");
    problem.put("status", HttpStatus.CONTENT_TOO_LARGE.value());
    problem.put("detail", message(e));
    problem.put("instance", request.getRequestURI());
    try {
      response.setStatus(HttpStatus.CONTENT_TOO_LARGE.value());
      response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
      response.getOutputStream().write(Json.write(problem).getBytes(StandardCharsets.UTF_8));
      response.flushBuffer();
    } catch (IOException io) {
      return null;
    }
    return new ModelAndView();
  }

  private boolean ours(HttpServletRequest request) {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    return path.equals(basePath) || path.startsWith(basePath + "/");
  }

  static String message(MaxUploadSizeExceededException e) {
    long max = e.getMaxUploadSize();
    return "the upload is over the limit" + (max > 0 ? " of " + max / 1024 + " KB" : "")
        + " (spring.servlet.multipart.max-file-size and max-request-size; kaohe.web.max-upload-size)";
  }

  @Override
  public int getOrder() {
    return Ordered.HIGHEST_PRECEDENCE + 1;
  }
}
