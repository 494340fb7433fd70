package io.github.kaohe.spark;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import io.github.kaohe.internal.SerialValues;
import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * How the rows that Spark shuffles and caches are written by Java serialisation (Spark's default
 * serialiser): texts as UTF-8 bytes and decimals as a scale and an unscaled long ({@link SerialValues}),
 * in the stream's own block data, instead of String, BigDecimal and array objects each with its class description.
 * Millions of rows go through a shuffle, so this is most of what a pass costs besides scoring.
 */
final class Wire {
  private Wire() {}

  static void text(DataOutput out, @Nullable String s) throws IOException {
    SerialValues.writeText(out, s);
  }

  static @Nullable String text(DataInput in) throws IOException {
    return SerialValues.readText(in);
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
    SerialValues.writeDecimal(out, d);
  }

  static @Nullable BigDecimal decimal(DataInput in) throws IOException {
    return SerialValues.readDecimal(in);
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
