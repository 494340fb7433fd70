package io.github.kaohe.spring.web;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.github.kaohe.spring.DataInput;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.util.unit.DataSize;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartRequest;
import org.springframework.web.util.WebUtils;

/**
 * The data a request brings, within the size limit: a multipart upload (a part named {@code file},
 * or the only file part), or a body of CSV ({@code text/csv}), an Excel workbook ({@code
 * application/vnd.openxmlformats-officedocument.spreadsheetml.sheet} or {@code
 * application/octet-stream}) or JSON rows ({@code application/json}). A file's kind is known by its
 * name's extension or, failing that, by its first bytes. Nothing names a file on the server.
 */
final class Uploads {
  private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

  private Uploads() {}

  /** The data and, for JSON, the period the body names. */
  record Upload(DataInput input, @Nullable String period) {}

  static Upload read(HttpServletRequest request, @Nullable MultipartFile part, long maxBytes) {
    MultipartFile file = part != null ? part : anyFile(request);
    if (file != null) {
      if (file.getSize() > maxBytes) {
        throw tooLarge(file.getSize(), maxBytes);
      }
      String name = safeName(file.getOriginalFilename(), "upload");
      return new Upload(file(bytes(file), name), null);
    }
    if (WebUtils.getNativeRequest(request, MultipartRequest.class) != null) {
      throw KaoheRequestException.badRequest("the upload has no file: send the data as a part named 'file' (curl -F file=@data.csv)");
    }
    String type = request.getContentType() == null ? "" : request.getContentType().toLowerCase(Locale.ROOT);
    byte[] body = body(request, maxBytes);
    if (body.length == 0) {
      throw KaoheRequestException.badRequest("there are no data: upload a CSV or XLSX file as the part 'file', "
          + "or send CSV (text/csv), a workbook or JSON rows (application/json) as the body");
    }
    if (type.startsWith("application/json") || type.contains("+json")) {
      return rows(body);
    }
    if (type.startsWith("text/csv") || type.startsWith("text/plain") || type.startsWith("text/tab-separated-values")) {
      return new Upload(DataInput.csv(body, "data.csv"), null);
    }
    if (type.startsWith(XLSX) || type.startsWith("application/octet-stream") || type.isEmpty()) {
      return new Upload(file(body, isZip(body) ? "data.xlsx" : "data.csv"), null);
    }
    throw KaoheRequestException.unsupported("a body of type " + request.getContentType() + " is not read: send text/csv, "
        + XLSX + ", application/json, or a multipart upload");
  }

  /** The body, read up to the limit. */
  static byte[] body(HttpServletRequest request, long maxBytes) {
    long declared = request.getContentLengthLong();
    if (declared > maxBytes) {
      throw tooLarge(declared, maxBytes);
    }
    try {
      byte[] bytes = request.getInputStream().readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
      if (bytes.length > maxBytes) {
        throw tooLarge(-1, maxBytes);
      }
      return bytes;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the request body", e);
    }
  }

  static byte[] bytes(MultipartFile file) {
    try {
      return file.getBytes();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the upload", e);
    }
  }

  static @Nullable MultipartFile anyFile(HttpServletRequest request) {
    MultipartRequest multipart = WebUtils.getNativeRequest(request, MultipartRequest.class);
    if (multipart == null) {
      return null;
    }
    Iterator<String> names = multipart.getFileNames();
    return names.hasNext() ? multipart.getFile(names.next()) : null;
  }

  static KaoheRequestException tooLarge(long size, long maxBytes) {
    return KaoheRequestException.tooLarge((size > 0 ? "the upload has " + DataSize.ofBytes(size).toKilobytes() + " KB, over"
        : "the upload is over") + " the limit of " + DataSize.ofBytes(maxBytes).toKilobytes() + " KB (kaohe.web.max-upload-size)");
  }

  private static DataInput file(byte[] bytes, String name) {
    String n = name.toLowerCase(Locale.ROOT);
    boolean xlsx = n.endsWith(".xlsx") || (!n.endsWith(".csv") && !n.endsWith(".txt") && !n.endsWith(".tsv") && isZip(bytes));
    return xlsx ? DataInput.xlsx(bytes, name) : DataInput.csv(bytes, name);
  }

  /** A workbook is a zip file: it starts with PK, 3, 4. */
  private static boolean isZip(byte[] b) {
    return b.length >= 4 && b[0] == 'P' && b[1] == 'K' && b[2] == 3 && b[3] == 4;
  }

  /** The last segment of a name a client gave, without control characters, at most 100 characters. */
  static String safeName(@Nullable String name, String fallback) {
    if (name == null) {
      return fallback;
    }
    String last = name.replace('\\', '/');
    last = last.substring(last.lastIndexOf('/') + 1);
    StringBuilder s = new StringBuilder();
    last.codePoints().filter(c -> !Character.isISOControl(c)).limit(100).forEach(s::appendCodePoint);
    String safe = s.toString().strip();
    return safe.isEmpty() || safe.equals(".") || safe.equals("..") ? fallback : safe;
  }

  /** JSON rows: {@code [{…}, …]} or {@code {"period": "2015", "rows": [{…}, …]}}. */
  private static Upload rows(byte[] body) {
    JsonNode root;
    try {
      root = Json.MAPPER.readTree(body);
    } catch (JsonProcessingException e) {
      JsonLocation at = e.getLocation();
      throw KaoheRequestException.badRequest("the body is not JSON"
          + (at == null ? "" : " (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")") + ": " + e.getOriginalMessage());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    JsonNode rows = root == null ? null : root.isArray() ? root : root.get("rows");
    if (rows == null || !rows.isArray()) {
      throw KaoheRequestException.badRequest(
          "send the rows as a JSON array, or as {\"period\": \"2015\", \"rows\": [{\"entity\": \"…\", \"tax-total\": 135000, …}]}");
    }
    String period = null;
    if (root.isObject() && root.hasNonNull("period")) {
      period = root.get("period").asText();
    }
    List<Map<String, @Nullable Object>> list = new ArrayList<>();
    for (int i = 0; i < rows.size(); i++) {
      JsonNode row = rows.get(i);
      if (!row.isObject()) {
        throw KaoheRequestException.badRequest("rows[" + i + "] is not an object of column → value");
      }
      Map<String, @Nullable Object> values = new LinkedHashMap<>();
      row.properties().forEach(f -> values.put(f.getKey(), value(f.getValue())));
      list.add(values);
    }
    return new Upload(DataInput.rows(list, "rows"), period);
  }

  private static @Nullable Object value(JsonNode v) {
    if (v.isNull() || v.isMissingNode()) {
      return null;
    }
    if (v.isNumber()) {
      return v.decimalValue();
    }
    if (v.isBoolean()) {
      return v.booleanValue();
    }
    if (v.isTextual()) {
      return v.textValue();
    }
    return v.isArray() ? List.of() : Map.of();
  }
}
