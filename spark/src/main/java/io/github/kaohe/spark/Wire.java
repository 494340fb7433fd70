package io.github.kaohe.spark;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import org.jspecify.annotations.Nullable;

/**
 * How the rows that Spark shuffles and caches are written by Java serialisation (Spark's default
 * serialiser): texts as UTF-8 bytes and decimals as a scale and an unscaled long, in the stream's
 * own block data, instead of String, BigDecimal and array objects each with its class description.
 * Millions of rows go through a shuffle, so this is most of what a pass costs besides scoring.
 */
final class Wire {
  private Wire() {}

  static void text(DataOutput out, @Nullable String s) throws IOException {
    if (s == null) {
      out.writeInt(-1);
      return;
    }
    byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
    out.writeInt(bytes.length);
    out.write(bytes);
  }

  static @Nullable String text(DataInput in) throws IOException {
    int length = in.readInt();
    if (length < 0) {
      return null;
    }
    byte[] bytes = new byte[length];
    in.readFully(bytes);
    return new String(bytes, StandardCharsets.UTF_8);
  }

  static String nonNullText(DataInput in) throws IOException {
    String s = text(in);
    if (s == null) {
      throw new java.io.InvalidObjectException("a text is missing");
    }
    return s;
  }

  static void texts(DataOutput out, @Nullable String @Nullable [] texts) throws IOException {
    out.writeInt(texts == null ? -1 : texts.length);
    if (texts != null) {
      for (String s : texts) {
        text(out, s);
      }
    }
  }

  static @Nullable String @Nullable [] texts(DataInput in) throws IOException {
    int length = in.readInt();
    if (length < 0) {
      return null;
    }
    String[] texts = new String[length];
    for (int i = 0; i < length; i++) {
      texts[i] = text(in);
    }
    return texts;
  }

  static void decimal(DataOutput out, @Nullable BigDecimal d) throws IOException {
    if (d == null) {
      out.writeByte(0);
      return;
    }
    BigInteger unscaled = d.unscaledValue();
    if (unscaled.bitLength() < 64) {
      out.writeByte(1);
      out.writeInt(d.scale());
      out.writeLong(unscaled.longValue());
    } else {
      byte[] bytes = unscaled.toByteArray();
      out.writeByte(2);
      out.writeInt(d.scale());
      out.writeInt(bytes.length);
      out.write(bytes);
    }
  }

  static @Nullable BigDecimal decimal(DataInput in) throws IOException {
    byte kind = in.readByte();
    if (kind == 0) {
      return null;
    }
    int scale = in.readInt();
    if (kind == 1) {
      return BigDecimal.valueOf(in.readLong(), scale);
    }
    byte[] bytes = new byte[in.readInt()];
    in.readFully(bytes);
    return new BigDecimal(new BigInteger(bytes), scale);
  }

  static void decimals(DataOutput out, @Nullable BigDecimal @Nullable [] decimals) throws IOException {
    out.writeInt(decimals == null ? -1 : decimals.length);
    if (decimals != null) {
      for (BigDecimal d : decimals) {
        decimal(out, d);
      }
    }
  }

  static @Nullable BigDecimal @Nullable [] decimals(DataInput in) throws IOException {
    int length = in.readInt();
    if (length < 0) {
      return null;
    }
    BigDecimal[] decimals = new BigDecimal[length];
    for (int i = 0; i < length; i++) {
      decimals[i] = decimal(in);
    }
    return decimals;
  }
}
