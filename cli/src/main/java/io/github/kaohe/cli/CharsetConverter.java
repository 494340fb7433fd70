package io.github.kaohe.cli;

import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Reads {@code --encoding GBK}, {@code --encoding UTF-8}. */
final class CharsetConverter implements ITypeConverter<Charset> {
  @Override
  public Charset convert(String value) {
    try {
      return Charset.forName(value.strip());
    } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
      throw new TypeConversionException(
          "'" + value + "' is not an encoding Java knows: try UTF-8, GBK, GB18030 or UTF-16");
    }
  }
}
