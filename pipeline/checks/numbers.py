"""Vietnamese number text <-> exact values.

Reports write '.' between thousands groups and ',' before decimals ("43.140", "70,87").
The checks need the written number of decimal places (a reported "70,80" claims two), so
they parse `Fact.value_text` themselves instead of trusting a float.
"""
from __future__ import annotations

from decimal import Decimal
from fractions import Fraction
from functools import lru_cache

from extractors.numbers import format_vi, parse_number


class NumberTextError(ValueError):
    pass


@lru_cache(maxsize=4096)   # the checks read the same few numbers of a report many times
def parse_vn(text: str) -> tuple[Decimal, int]:
    """'70,87' -> (Decimal('70.87'), 2); '43.140' -> (Decimal('43140'), 0).

    Raises NumberTextError on a malformed grouping such as '5.15'. The grammar is the
    extractors' (extractors.numbers); a sign is allowed here for differences.
    """
    t = (text or "").strip().replace(" ", "")
    sign = -1 if t.startswith("-") else 1
    try:
        n = parse_number(t.lstrip("+-"))
    except ValueError:
        raise NumberTextError(f"{text!r} is not a Vietnamese number") from None
    if n.malformed or n.text != t.lstrip("+-"):
        raise NumberTextError(f"{text!r} is not a Vietnamese number")
    return sign * n.value, n.decimals


def written(text: str, fallback: Decimal | None) -> tuple[Decimal, int] | None:
    """Exact value and written decimals from the text, else from the Decimal fallback."""
    if text:
        try:
            return parse_vn(text)
        except NumberTextError:
            pass
    if fallback is None:
        return None
    exp = fallback.normalize().as_tuple().exponent
    return fallback, max(0, -exp) if isinstance(exp, int) else 0


# Messages print the same few numbers many times. The text depends only on the value and
# its type (typed=True: a Fraction and an equal Decimal are formatted by different paths).
@lru_cache(maxsize=4096, typed=True)
def fmt_vn(x, places: int | None = None) -> str:
    """Decimal/Fraction/int -> Vietnamese text: 43140 -> '43.140', 70.886 -> '70,886'.

    With `places`, rounds half up to that many decimals (display only, never for checks).
    """
    if isinstance(x, Fraction):
        x = Decimal(x.numerator) / Decimal(x.denominator) if places is None else _frac_round(x, places)
    d = Decimal(x)
    if places is not None:
        d = d.quantize(Decimal(1).scaleb(-places), rounding="ROUND_HALF_UP")
    elif d == d.to_integral_value():
        d = d.quantize(Decimal(1))
    else:
        d = d.normalize()
    return format_vi(d)


def _frac_round(x: Fraction, places: int) -> Decimal:
    from .rounding import round_half_up
    return round_half_up(x, places)


def to_frac(d: Decimal) -> Fraction:
    return Fraction(d)
