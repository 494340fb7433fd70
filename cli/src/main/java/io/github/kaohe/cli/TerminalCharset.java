package io.github.kaohe.cli;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.jspecify.annotations.Nullable;

/**
 * The charset to write to the terminal in. The JVM's choice may be ASCII (a POSIX locale), which
 * would print every Chinese name as '?'; Kaohe then writes UTF-8, what terminals use nowadays.
 * A charset that can write Chinese (GBK on a Chinese Windows console) is kept.
 */
final class TerminalCharset {
  private TerminalCharset() {}

  static Charset detect() {
    // stdout.encoding: Java 19 and later; sun.stdout.encoding: a Windows console on Java 17.
    for (String property : new String[] {"stdout.encoding", "sun.stdout.encoding"}) {
      Charset charset = charset(System.getProperty(property));
      if (charset != null && charset.newEncoder().canEncode("考核")) {
        return charset;
      }
    }
    return StandardCharsets.UTF_8;
  }

  private static @Nullable Charset charset(
      @Nullable String name) {
    if (name == null) {
      return null;
    }
    try {
      return Charset.forName(name);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }
}
