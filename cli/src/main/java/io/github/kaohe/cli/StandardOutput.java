package io.github.kaohe.cli;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import org.jspecify.annotations.Nullable;

/**
 * Standard output as the commands write it: a {@link PrintWriter}, which never throws, that keeps
 * the first failure of the stream below it (a full disk, a closed pipe), so that a command can end
 * with an error and the reason instead of exit code 0 with its output lost.
 */
final class StandardOutput extends PrintWriter {
  private final Failures failures;

  private StandardOutput(Failures failures, Charset charset) {
    super(new OutputStreamWriter(failures, charset), true);
    this.failures = failures;
  }

  /** A writer onto the stream in the charset, flushed at each line. */
  static StandardOutput of(OutputStream out, Charset charset) {
    return new StandardOutput(new Failures(out), charset);
  }

  /** The first failure to write, or null if every write succeeded. */
  @Nullable IOException failure() {
    return failures.first;
  }

  /** Remembers the first exception of the stream it writes to, and passes it on. */
  private static final class Failures extends FilterOutputStream {
    @Nullable IOException first;

    Failures(OutputStream out) {
      super(out);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      try {
        out.write(b, off, len);
      } catch (IOException e) {
        throw remember(e);
      }
    }

    @Override
    public void write(int b) throws IOException {
      try {
        out.write(b);
      } catch (IOException e) {
        throw remember(e);
      }
    }

    @Override
    public void flush() throws IOException {
      try {
        out.flush();
      } catch (IOException e) {
        throw remember(e);
      }
    }

    private IOException remember(IOException e) {
      if (first == null) {
        first = e;
      }
      return e;
    }
  }
}
