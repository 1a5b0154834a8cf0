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


def _scaled(v: Fraction, places: int) -> Fraction:
    return v * Fraction(10) ** places


def _dec(n: int, places: int) -> Decimal:
    return Decimal(n).scaleb(-places)


def round_half_up(v: Fraction, places: int) -> Decimal:
    """Ties away from zero (the schoolbook rule: 70,885 -> 70,89)."""
    s = _scaled(Fraction(v), places)
    n = math.floor(abs(s) + Fraction(1, 2))
    return _dec(n if s >= 0 else -n, places)


def round_half_down(v: Fraction, places: int) -> Decimal:
    """Ties toward zero (70,885 -> 70,88)."""
    s = _scaled(Fraction(v), places)
    n = math.ceil(abs(s) - Fraction(1, 2))
    return _dec(n if s >= 0 else -n, places)


def truncate(v: Fraction, places: int) -> Decimal:
    """Digits cut off (80,358 -> 80,35)."""
    s = _scaled(Fraction(v), places)
    n = math.floor(abs(s))
    return _dec(n if s >= 0 else -n, places)


def is_exact(v: Fraction, places: int) -> bool:
    return _scaled(Fraction(v), places).denominator == 1


def candidates(v: Fraction, places: int) -> dict[str, Decimal]:
    return {"half_up": round_half_up(v, places), "half_down": round_half_down(v, places),
            "truncate": truncate(v, places)}


def match(v: Fraction, reported: Decimal, places: int) -> str | None:
    """How `reported` (written with `places` decimals) came from the true value v, or None.

    'exact' when v needs no more places than written; otherwise the first of
    half_up, half_down, truncate that gives it (half_up and half_down only differ on ties).
    """
    v = Fraction(v)
    if is_exact(v, places):
        return "exact" if Fraction(reported) == v else None
    for method, r in candidates(v, places).items():
        if r == reported:
            return method
    return None


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
    u = Fraction(1, 10 ** places)
    x = Fraction(x)
    if x >= 0:
        return x - u / 2, x + u
    return x - u, x + u / 2
