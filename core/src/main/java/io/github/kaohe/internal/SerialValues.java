package io.github.kaohe.internal;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import org.jspecify.annotations.Nullable;

/**
 * Texts and decimals as the serial forms of rows and standings write them (a cluster shuffles
 * millions): a text as its UTF-8 bytes, a decimal as its scale and unscaled long (bytes only beyond
 * 63 bits), each with its own mark for null, instead of String and BigDecimal objects with their
 * class descriptions. Shared by core's serial forms and the Spark module's.
 */
public final class SerialValues {
  private static final byte NULL = 0;
  private static final byte LONG = 1;
  private static final byte BYTES = 2;

  private SerialValues() {}

  /** Writes a text, or null. */
  public static void writeText(DataOutput out, @Nullable String s) throws IOException {
    if (s == null) {
      out.writeInt(-1);
      return;
    }
    byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
    out.writeInt(bytes.length);
    out.write(bytes);
  }

  /** Reads what {@link #writeText} wrote. */
  public static @Nullable String readText(DataInput in) throws IOException {
    int length = in.readInt();
    if (length < 0) {
      return null;
    }
    byte[] bytes = new byte[length];
    in.readFully(bytes);
    return new String(bytes, StandardCharsets.UTF_8);
  }

  /** Writes a decimal, or null. */
  public static void writeDecimal(DataOutput out, @Nullable BigDecimal d) throws IOException {
    if (d == null) {
      out.writeByte(NULL);
      return;
    }
    BigInteger unscaled = d.unscaledValue();
    if (unscaled.bitLength() < 64) {
      out.writeByte(LONG);
      out.writeInt(d.scale());
      out.writeLong(unscaled.longValue());
    } else {
      byte[] bytes = unscaled.toByteArray();
      out.writeByte(BYTES);
      out.writeInt(d.scale());
      out.writeInt(bytes.length);
      out.write(bytes);
    }
  }

  /** Reads what {@link #writeDecimal} wrote. */
  public static @Nullable BigDecimal readDecimal(DataInput in) throws IOException {
    byte kind = in.readByte();
    if (kind == NULL) {
      return null;
    }
    int scale = in.readInt();
    if (kind == LONG) {
      return BigDecimal.valueOf(in.readLong(), scale);
    }
    byte[] bytes = new byte[in.readInt()];
    in.readFully(bytes);
    return new BigDecimal(new BigInteger(bytes), scale);
  }
}
