# Writes decimal-math-long-arguments.csv: arguments of p + 12 to p + 26 digits (longer than the working
# precision, so that DecimalMath rounds them) whose results lie 1E-(p+3) to 9E-(p+7) (relative)
# from a rounding boundary at p digits: a midpoint for the half modes, a p-digit number for the
# directed ones. Their correct rounding is worked out here, by Python's decimal module at 200
# digits; the distance to the boundary is checked to be what was asked for.
#   python3 decimal-math-long-arguments.py > decimal-math-long-arguments.csv
import random
from decimal import Decimal, Context, localcontext, ROUND_HALF_EVEN, ROUND_HALF_UP, ROUND_HALF_DOWN, ROUND_UP, ROUND_DOWN, ROUND_FLOOR, ROUND_CEILING

random.seed(20261206)
HIGH = Context(prec=200, rounding=ROUND_HALF_EVEN)
MODES = {"HALF_EVEN": ROUND_HALF_EVEN, "HALF_UP": ROUND_HALF_UP, "HALF_DOWN": ROUND_HALF_DOWN, "UP": ROUND_UP,
         "DOWN": ROUND_DOWN, "FLOOR": ROUND_FLOOR, "CEILING": ROUND_CEILING}


def boundary(v, p, mode):
    """A rounding boundary at p digits next to v: a midpoint for the half modes, else a p-digit number."""
    q = Context(prec=p, rounding=ROUND_DOWN).plus(v)
    if mode.startswith("HALF"):
        ulp = Decimal(1).scaleb(q.adjusted() - p + 1)
        return HIGH.add(q, HIGH.multiply(ulp, Decimal("0.5")) * (1 if q >= 0 else -1))
    return q


def near(v, p, mode):
    """A value within 1E-(p+3) to 9E-(p+7) of a boundary next to v, on a random side, and its distance."""
    b = boundary(v, p, mode)
    rel = Decimal(random.randint(1, 9)).scaleb(-(p + random.randint(3, 7))) * random.choice([1, -1])
    global last
    last = b
    return HIGH.multiply(b, HIGH.add(1, rel))


def rounded(v, p, mode):
    return Context(prec=p, rounding=MODES[mode]).plus(v)


def digits(v, n):
    return Context(prec=n, rounding=ROUND_HALF_EVEN).plus(v)


def check(exact, b, p):
    """The exact value is 1E-(p+9) or more from its boundary, relatively, so 200 digits decide its rounding."""
    d = abs(HIGH.divide(HIGH.subtract(exact, b), b))
    assert Decimal("1E-%d" % (p + 9)) < d < Decimal("1E-%d" % (p + 2)), (exact, b, d)


rows = []
for i in range(140):
    p = random.choice([20, 34, 34, 34, 50])
    mode = random.choice(list(MODES))
    kind = ["ln-near-one", "ln", "log10", "exp", "pow", "pow-large", "geometricMean"][i % 7]
    n = random.randint(p + 12, p + 26)
    if kind == "ln-near-one":
        target = near(Decimal(random.uniform(0.0005, 0.0155) * random.choice([1, -1])).quantize(Decimal("1E-18")), p, mode)
        x = digits(HIGH.exp(target), n)
        exact = HIGH.ln(x)
        rows.append(("ln", x, "", p, mode, exact, last))
    elif kind == "ln":
        target = near(Decimal(random.uniform(-600, 600)).quantize(Decimal("1E-15")), p, mode)
        x = digits(HIGH.exp(target), n)
        exact = HIGH.ln(x)
        rows.append(("ln", x, "", p, mode, exact, last))
    elif kind == "log10":
        target = near(Decimal(random.uniform(-250, 250)).quantize(Decimal("1E-15")), p, mode)
        x = digits(HIGH.power(10, target), n)
        exact = HIGH.log10(x)
        rows.append(("log10", x, "", p, mode, exact, last))
    elif kind == "exp":
        target = near(HIGH.exp(Decimal(random.uniform(-600, 600)).quantize(Decimal("1E-15"))), p, mode)
        x = digits(HIGH.ln(target), n)
        exact = HIGH.exp(x)
        rows.append(("exp", x, "", p, mode, exact, last))
    elif kind in ("pow", "pow-large"):
        y = Decimal(random.randint(1, 99999)).scaleb(-3) if kind == "pow" else Decimal(random.randint(10**6, 10**8)).scaleb(-3)
        y = y * random.choice([1, -1])
        lnb = Decimal(random.uniform(0.01, 3)) * random.choice([1, -1]) if kind == "pow" else Decimal(random.uniform(0.001, 0.5)) * random.choice([1, -1])
        target = near(HIGH.exp(HIGH.multiply(y, lnb)), p, mode)
        b = digits(HIGH.exp(HIGH.divide(HIGH.ln(target), y)), n)
        exact = HIGH.exp(HIGH.multiply(y, HIGH.ln(b)))
        rows.append(("pow", b, y, p, mode, exact, last))
    else:
        w1, w2 = random.randint(1, 9), random.randint(1, 9)
        a = digits(HIGH.exp(Decimal(random.uniform(-300, 300))), n)
        target = near(HIGH.exp(Decimal(random.uniform(-200, 200))), p, mode)
        # target^(w1 + w2) = a^w1 b^w2
        b = digits(HIGH.exp(HIGH.divide(HIGH.subtract(HIGH.multiply(w1 + w2, HIGH.ln(target)), HIGH.multiply(w1, HIGH.ln(a))), w2)), n)
        exact = HIGH.exp(HIGH.divide(HIGH.add(HIGH.multiply(w1, HIGH.ln(a)), HIGH.multiply(w2, HIGH.ln(b))), w1 + w2))
        rows.append(("geometricMean", "%s;%s" % (a, b), "%d;%d" % (w1, w2), p, mode, exact, last))
print("function,argument,exponent,precision,mode,expected")
for f, x, y, p, mode, exact, b in rows:
    check(exact, b, p)
    print("%s,%s,%s,%d,%s,%s" % (f, x, y, p, mode, rounded(exact, p, mode)))
