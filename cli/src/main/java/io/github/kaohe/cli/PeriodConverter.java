package io.github.kaohe.cli;

import io.github.kaohe.data.Period;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Reads {@code --period 2015} or {@code --period 2015Q3}, with {@link Period#parse}'s message. */
final class PeriodConverter implements ITypeConverter<Period> {
  @Override
  public Period convert(String value) {
    try {
      return Period.parse(value);
    } catch (IllegalArgumentException e) {
      throw new TypeConversionException(e.getMessage());
    }
  }
}
