"""Exact rounding of a true value to the places a report wrote.

True values are Fractions (112/158*100 is not a finite decimal), so nothing here touches a
float. Reports round half up, half down (rarely, as a spreadsheet tie rule) or simply cut
the digits off; a reported value is accepted when any of the three gives it.
"""
from __future__ import annotations

import math
from decimal import Decimal
from fractions import Fraction

METHODS = ("half_up", "half_down", "truncate")


def _split(v, places: int) -> tuple[int, int, int, int]:
    """(sign, q, r, d) with |v| * 10^places = q + r/d, 0 <= r < d: integer arithmetic
    on v's exact ratio instead of Fraction objects (v is a Fraction, int or Decimal)."""
    n, d = v.as_integer_ratio()
    q, r = divmod(abs(n) * 10 ** places, d)
    return (-1 if n < 0 else 1), q, r, d


def _dec(n: int, places: int) -> Decimal:
    return Decimal(n).scaleb(-places)


def round_half_up(v: Fraction, places: int) -> Decimal:
    """Ties away from zero (the schoolbook rule: 70,885 -> 70,89)."""
    sign, q, r, d = _split(v, places)
    return _dec(sign * (q + (2 * r >= d)), places)


def round_half_down(v: Fraction, places: int) -> Decimal:
    """Ties toward zero (70,885 -> 70,88)."""
    sign, q, r, d = _split(v, places)
    return _dec(sign * (q + (2 * r > d)), places)


def truncate(v: Fraction, places: int) -> Decimal:
    """Digits cut off (80,358 -> 80,35)."""
    sign, q, _, _ = _split(v, places)
    return _dec(sign * q, places)


def is_exact(v: Fraction, places: int) -> bool:
    return _split(v, places)[2] == 0


def candidates(v: Fraction, places: int) -> dict[str, Decimal]:
    sign, q, r, d = _split(v, places)
    return {"half_up": _dec(sign * (q + (2 * r >= d)), places),
            "half_down": _dec(sign * (q + (2 * r > d)), places),
            "truncate": _dec(sign * q, places)}


def match(v: Fraction, reported: Decimal, places: int) -> str | None:
    """How `reported` (written with `places` decimals) came from the true value v, or None.

    'exact' when v needs no more places than written; otherwise the first of
    half_up, half_down, truncate that gives it (half_up and half_down only differ on ties).
    """
    sign, q, r, d = _split(v, places)
    if r == 0:
        # both ratios are in lowest terms, so equal values have equal ratios
        return "exact" if reported.as_integer_ratio() == v.as_integer_ratio() else None
    # reported == _dec(sign * k, places) in integers: rn / rd == sign * k / 10^places (exact
    # while k has fewer digits than the Decimal context's 28, where _dec does not round)
    rn, rd = reported.as_integer_ratio()
    rn *= 10 ** places
    for method, k in (("half_up", q + (2 * r >= d)), ("half_down", q + (2 * r > d)),
                      ("truncate", q)):
        if (rn == sign * k * rd) if k < _EXACT_BELOW else (_dec(sign * k, places) == reported):
            return method
    return None


_EXACT_BELOW = 10 ** 27


def percent(num, den) -> Fraction:
    """num / den * 100 exactly (Decimals, ints or Fractions; den != 0), as one Fraction."""
    a, b = num.as_integer_ratio()
    c, d = den.as_integer_ratio()
    return Fraction(100 * a * d, b * c)


def grim_counts(reported: Decimal, places: int, den: int, scale: int = 100) -> list[int]:
    """Whole counts n (0..den) such that some rounding of n/den*scale gives `reported`.

    Like the GRIM test: with a known denominator only a few percentages are possible.
    """
    if den <= 0:
        return []
    centre = Fraction(reported) * den / scale
    out = []
    for n in range(math.floor(centre) - 2, math.ceil(centre) + 3):
        if 0 <= n and match(Fraction(n * scale, den), reported, places):
            out.append(n)
    return out


def acceptance_interval(x: Decimal, places: int) -> tuple[Fraction, Fraction]:
    """All true values some rounding could write as x: [x - u/2, x + u) with u = 10^-places.

    The bounds are inclusive on both ends here (a tie is reachable by half up/down rules and
    the open top end only matters for exact ties, which callers treat as consistent).
    """
    # in units of u/2 = d / D, with x = n/d = N/D: two Fractions instead of five
    n, d = x.as_integer_ratio()
    D = 2 * d * 10 ** places
    N = 2 * n * 10 ** places
    if n >= 0:
        return Fraction(N - d, D), Fraction(N + 2 * d, D)
    return Fraction(N - 2 * d, D), Fraction(N + d, D)
