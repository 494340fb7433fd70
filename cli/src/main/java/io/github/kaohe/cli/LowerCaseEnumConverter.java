package io.github.kaohe.cli;

import io.github.kaohe.model.Language;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Reads an enum option written in lower case ({@code --lang zh}, {@code --format json}); picocli
 * alone would only accept the constant's name ({@code ZH}).
 */
abstract class LowerCaseEnumConverter<E extends Enum<E>> implements ITypeConverter<E> {
  private final Class<E> type;

  LowerCaseEnumConverter(Class<E> type) {
    this.type = type;
  }

  @Override
  public E convert(String value) {
    for (E constant : type.getEnumConstants()) {
      if (constant.name().equalsIgnoreCase(value.strip())) {
        return constant;
      }
    }
    throw new TypeConversionException(
        "'" + value + "' is not one of "
            + Arrays.stream(type.getEnumConstants())
                .map(c -> c.name().toLowerCase(Locale.ROOT))
                .collect(Collectors.joining(", ")));
  }

  /** {@code --lang zh|en}. */
  static final class LanguageConverter extends LowerCaseEnumConverter<Language> {
    LanguageConverter() {
      super(Language.class);
    }
  }

  /** {@code --format table|json|csv}. */
  static final class FormatConverter extends LowerCaseEnumConverter<OutputFormat> {
    FormatConverter() {
      super(OutputFormat.class);
    }
  }

  /** {@code --format html|xlsx|md|csv|json} of {@code report}. */
  static final class ReportFormatConverter extends LowerCaseEnumConverter<ReportFormat> {
    ReportFormatConverter() {
      super(ReportFormat.class);
    }
  }
}
