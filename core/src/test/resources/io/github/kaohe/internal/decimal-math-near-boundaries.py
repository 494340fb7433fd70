"""Writes decimal-math-near-boundaries.csv: arguments whose results lie within 10^-(p+g) of a
rounding boundary at p digits, with the correctly rounded result, worked out by Python's decimal
module at 120 digits (its ln, exp, log10 and sqrt are correctly rounded). A rounding that stops
too early, with too few guard digits or a wrong error bound, rounds some of them the wrong way.
Run: python3 decimal-math-near-boundaries.py > decimal-math-near-boundaries.csv"""
import random
from decimal import Decimal, Context, localcontext, ROUND_HALF_EVEN, ROUND_HALF_UP, ROUND_HALF_DOWN, \
    ROUND_UP, ROUND_DOWN, ROUND_CEILING, ROUND_FLOOR

HIGH = Context(prec=120)
HALF = {'HALF_EVEN': ROUND_HALF_EVEN, 'HALF_UP': ROUND_HALF_UP, 'HALF_DOWN': ROUND_HALF_DOWN}
DIRECTED = {'UP': ROUND_UP, 'DOWN': ROUND_DOWN, 'CEILING': ROUND_CEILING, 'FLOOR': ROUND_FLOOR}
THIRD = Decimal('0.3333333333')


def boundary(rnd, p, mode_is_half, lo, hi):
    """A rounding boundary at p digits in [lo, hi): a midpoint for the half modes, else a p-digit number."""
    v = Decimal(str(rnd.uniform(lo, hi)))
    e = v.adjusted()
    unit = Decimal(1).scaleb(e - p + 1)
    m = (v / unit).to_integral_value(rounding=ROUND_FLOOR)
    return (m + (Decimal('0.5') if mode_is_half else 0)) * unit


def rounded_arg(x, digits):
    return Context(prec=digits).plus(x)


def main():
    rnd = random.Random(2014)
    print('function,argument,exponent,precision,mode,expected')
    for p in (5, 10, 16, 34):
        for g in (2, 4, 8, 16):
            for mode, rounding in list(HALF.items()) + list(DIRECTED.items()):
                half = mode in HALF
                for side in (-1, 1):
                    eps = Decimal(side).scaleb(-(p + g))
                    digits = p + g + 12
                    # ln: x = e^(b(1 + eps)), the result within eps of the boundary b
                    b = boundary(rnd, p, half, 0.2, 5.0) * rnd.choice((1, -1))
                    x = rounded_arg(HIGH.exp(b * (1 + eps)), digits)
                    emit('ln', x, '', p, mode, HIGH.ln(x), rounding)
                    # log10: x = 10^(b(1 + eps))
                    b = boundary(rnd, p, half, 0.2, 5.0) * rnd.choice((1, -1))
                    x = rounded_arg(HIGH.power(10, b * (1 + eps)), digits)
                    emit('log10', x, '', p, mode, HIGH.log10(x), rounding)
                    # exp: x = ln(b(1 + eps))
                    b = boundary(rnd, p, half, 0.01, 1000.0)
                    x = rounded_arg(HIGH.ln(b * (1 + eps)), digits)
                    emit('exp', x, '', p, mode, HIGH.exp(x), rounding)
                    # sqrt: x = (b(1 + eps))^2
                    b = boundary(rnd, p, half, 0.001, 1000.0)
                    x = rounded_arg(HIGH.power(b * (1 + eps), 2), 2 * p + g + 12)
                    emit('sqrt', x, '', p, mode, HIGH.sqrt(x), rounding)
                    # pow: x^0.3333333333 = b(1 + eps)
                    b = boundary(rnd, p, half, 0.5, 50.0)
                    x = rounded_arg(HIGH.power(b * (1 + eps), HIGH.divide(1, THIRD)), digits)
                    emit('pow', x, THIRD, p, mode, HIGH.power(x, THIRD), rounding)


def emit(function, x, y, p, mode, exact, rounding):
    expected = Context(prec=p, rounding=rounding).plus(exact)
    # the 120-digit value is far from the boundary at its own last digits: the rounding is certain
    print(f'{function},{x},{y},{p},{mode},{expected}')


if __name__ == '__main__':
    main()
