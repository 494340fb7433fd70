package io.github.kaohe.load;

import io.github.kaohe.model.Expression;
import io.github.kaohe.model.Expression.Comparison;
import io.github.kaohe.model.Expression.Connective;
import io.github.kaohe.model.Expression.Function;
import io.github.kaohe.model.Expression.Operator;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Parses a formula's text into an {@link Expression}: a recursive-descent parser of a small
 * grammar, with limits on length and nesting so that no text makes it slow or deep. It evaluates
 * nothing.
 *
 * <pre>
 * or       := and ("or" and)*
 * and      := not ("and" not)*
 * not      := "not" not | compare
 * compare  := sum (("<" | "<=" | ">" | ">=" | "==" | "!=") sum)?
 * sum      := product (("+" | "-") product)*
 * product  := unary (("*" | "/") unary)*
 * unary    := "-" unary | primary
 * primary  := number | name | function "(" or ("," or)* ")" | "(" or ")"
 * </pre>
 *
 * Names are ids ({@code tax-per-mu}): a minus between two names needs spaces around it.
 * {@code × ÷ − ≤ ≥ ≠} may stand for {@code * / - <= >= !=}.
 */
final class ExpressionParser {
  /** The longest formula read. */
  static final int MAX_LENGTH = 4096;
  /** The deepest nesting of brackets and calls. */
  static final int MAX_DEPTH = 40;

  /** A formula that cannot be parsed, and where. */
  static final class ParseException extends Exception {
    private static final long serialVersionUID = 1L;
    private final int at;

    ParseException(int at, String message) {
      super(message, null, false, false);
      this.at = at;
    }

    /** The offset in the text where the problem is. */
    int at() {
      return at;
    }
  }

  private final String text;
  private int position;
  private int depth;

  private ExpressionParser(String text) {
    this.text = text;
  }

  /** The expression the text holds. */
  static Expression parse(String text) throws ParseException {
    if (text.length() > MAX_LENGTH) {
      throw new ParseException(0, "the formula is " + text.length() + " characters long; at most " + MAX_LENGTH
          + " are read: split it into derived facts");
    }
    if (text.isBlank()) {
      throw new ParseException(0, "the formula is empty");
    }
    ExpressionParser p = new ExpressionParser(text);
    Expression e = p.or();
    p.skipSpace();
    if (p.position < text.length()) {
      throw new ParseException(p.position, "unexpected '" + p.rest() + "' after a complete formula");
    }
    return e;
  }

  private String rest() {
    String r = text.substring(position);
    return r.length() > 20 ? r.substring(0, 20) + "…" : r;
  }

  private void skipSpace() {
    while (position < text.length() && Character.isWhitespace(text.charAt(position))) {
      position++;
    }
  }

  private boolean eat(String token) {
    skipSpace();
    if (text.startsWith(token, position)) {
      position += token.length();
      return true;
    }
    return false;
  }

  /** A keyword: the word, not the start of a longer name. */
  private boolean eatWord(String word) {
    skipSpace();
    int end = position + word.length();
    if (text.regionMatches(true, position, word, 0, word.length())
        && (end == text.length() || !nameChar(text.charAt(end)))) {
      position = end;
      return true;
    }
    return false;
  }

  private void enter() throws ParseException {
    if (++depth > MAX_DEPTH) {
      throw new ParseException(position, "the formula nests more than " + MAX_DEPTH + " levels deep");
    }
  }

  private Expression or() throws ParseException {
    enter();
    int at = skipAndMark();
    List<Expression> operands = new ArrayList<>(List.of(and()));
    while (eatWord("or")) {
      operands.add(and());
    }
    depth--;
    return operands.size() == 1 ? operands.get(0) : new Expression.Logic(Connective.OR, operands, at);
  }

  private Expression and() throws ParseException {
    int at = skipAndMark();
    List<Expression> operands = new ArrayList<>(List.of(not()));
    while (eatWord("and")) {
      operands.add(not());
    }
    return operands.size() == 1 ? operands.get(0) : new Expression.Logic(Connective.AND, operands, at);
  }

  private Expression not() throws ParseException {
    int at = skipAndMark();
    if (eatWord("not")) {
      enter();
      Expression operand = not();
      depth--;
      return new Expression.Logic(Connective.NOT, List.of(operand), at);
    }
    return compare();
  }

  private Expression compare() throws ParseException {
    int at = skipAndMark();
    Expression left = sum();
    Comparison c = comparison();
    if (c == null) {
      return left;
    }
    return new Expression.Compare(c, left, sum(), at);
  }

  private Comparison comparison() {
    if (eat("<=") || eat("≤")) {
      return Comparison.LE;
    }
    if (eat(">=") || eat("≥")) {
      return Comparison.GE;
    }
    if (eat("==")) {
      return Comparison.EQ;
    }
    if (eat("!=") || eat("≠")) {
      return Comparison.NE;
    }
    if (eat("<")) {
      return Comparison.LT;
    }
    if (eat(">")) {
      return Comparison.GT;
    }
    return null;
  }

  private Expression sum() throws ParseException {
    Expression left = product();
    while (true) {
      int at = skipAndMark();
      if (eat("+")) {
        left = new Expression.Binary(Operator.ADD, left, product(), at);
      } else if (eat("-") || eat("−")) {
        left = new Expression.Binary(Operator.SUBTRACT, left, product(), at);
      } else {
        return left;
      }
    }
  }

  private Expression product() throws ParseException {
    Expression left = unary();
    while (true) {
      int at = skipAndMark();
      if (eat("*") || eat("×")) {
        left = new Expression.Binary(Operator.MULTIPLY, left, unary(), at);
      } else if (eat("/") || eat("÷")) {
        left = new Expression.Binary(Operator.DIVIDE, left, unary(), at);
      } else {
        return left;
      }
    }
  }

  private Expression unary() throws ParseException {
    int at = skipAndMark();
    if (eat("-") || eat("−")) {
      enter();
      Expression operand = unary();
      depth--;
      return new Expression.Negate(operand, at);
    }
    return primary();
  }

  private int skipAndMark() {
    skipSpace();
    return position;
  }

  private Expression primary() throws ParseException {
    int at = skipAndMark();
    if (position >= text.length()) {
      throw new ParseException(position, "the formula ends where a value is expected");
    }
    char c = text.charAt(position);
    if (c == '(' || c == '（') {
      position++;
      Expression inner = or();
      if (!eat(")") && !eat("）")) {
        throw new ParseException(at, "this bracket is not closed");
      }
      return inner;
    }
    if (Character.isDigit(c) || c == '.') {
      return number(at);
    }
    if (nameChar(c)) {
      String name = name();
      skipSpace();
      if (position < text.length() && (text.charAt(position) == '(' || text.charAt(position) == '（')) {
        return call(name, at);
      }
      return new Expression.Name(name, at);
    }
    throw new ParseException(at, "unexpected '" + c + "' where a number, a name or '(' is expected");
  }

  private Expression number(int at) throws ParseException {
    int start = position;
    while (position < text.length() && (Character.isDigit(text.charAt(position)) || text.charAt(position) == '.')) {
      position++;
    }
    String digits = text.substring(start, position);
    if (digits.length() > 40) {
      throw new ParseException(at, "the number has " + digits.length() + " digits; at most 40 are read");
    }
    try {
      return new Expression.Number(new BigDecimal(digits), at);
    } catch (NumberFormatException e) {
      throw new ParseException(at, "'" + digits + "' is not a number");
    }
  }

  private static boolean nameChar(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '.'
        || c == '-';
  }

  /** An id: letters and digits, with '-', '_' or '.' between them (a trailing '-' is a minus). */
  private String name() {
    int start = position;
    while (position < text.length()) {
      char c = text.charAt(position);
      if (Character.isLetterOrDigit(c) && c < 128) {
        position++;
      } else if ((c == '-' || c == '_' || c == '.') && position + 1 < text.length()
          && Character.isLetterOrDigit(text.charAt(position + 1)) && text.charAt(position + 1) < 128) {
        position++;
      } else {
        break;
      }
    }
    return text.substring(start, position);
  }

  private Expression call(String name, int at) throws ParseException {
    Function function;
    try {
      function = Function.valueOf(name.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new ParseException(at, "unknown function '" + name + "' (known: min, max, abs, ln, log10, exp, sqrt, pow, if)");
    }
    position++; // the bracket
    enter();
    List<Expression> arguments = new ArrayList<>();
    if (!eat(")") && !eat("）")) {
      do {
        arguments.add(or());
      } while (eat(",") || eat("，"));
      if (!eat(")") && !eat("）")) {
        throw new ParseException(position, "expected ',' or ')' in the arguments of " + function.written());
      }
    }
    depth--;
    if (arguments.size() < function.least() || arguments.size() > function.most()) {
      String wanted = function.least() == function.most() ? Integer.toString(function.least())
          : function.most() == Integer.MAX_VALUE ? "at least " + function.least()
          : function.least() + " to " + function.most();
      throw new ParseException(at, function.written() + " takes " + wanted + " arguments, but is given " + arguments.size());
    }
    return new Expression.Call(function, arguments, at);
  }
}
