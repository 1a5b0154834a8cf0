"""Vietnamese number formatting and the rounding rules reports use.

'.' groups thousands, ',' marks decimals. Percents in real reports are either rounded
half up or simply truncated, so both are produced (and both must be accepted by checks).
"""
from __future__ import annotations

from decimal import ROUND_DOWN, ROUND_HALF_DOWN, ROUND_HALF_UP, Decimal

METHODS = {"half_up": ROUND_HALF_UP, "truncate": ROUND_DOWN, "half_down": ROUND_HALF_DOWN}


def fmt_int(n: int, zero_pad: bool = False) -> str:
    """1523 -> '1.523'; 8 -> '08' when zero_pad (offices write '08 đồng chí')."""
    s = f"{n:,}".replace(",", ".")
    if zero_pad and 0 <= n < 10:
        s = "0" + s
    return s


def fmt_dec(d: Decimal, places: int | None = None) -> str:
    """Decimal -> '70,87' (thousands grouped); keeps the given number of places."""
    if places is not None:
        d = d.quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)
    sign = "-" if d < 0 else ""
    d = abs(d)
    whole, _, frac = f"{d:f}".partition(".")
    out = fmt_int(int(whole))
    return sign + out + ("," + frac if frac else "")


def quantize(value: Decimal, places: int, method: str) -> Decimal:
    return value.quantize(Decimal(1).scaleb(-places), rounding=METHODS[method])


def ratio_percent(num: int | Decimal, den: int | Decimal) -> Decimal:
    """Exact enough percent (30 significant digits) of num/den."""
    return Decimal(num) * 100 / Decimal(den)


def acceptable(true: Decimal, places: int) -> set[Decimal]:
    """Every written value a careful office could have produced at `places` decimals."""
    return {quantize(true, places, m) for m in METHODS}


def wrong_percent(true: Decimal, places: int, rng) -> Decimal:
    """A written percent that no rounding of `true` gives (a typo-sized slip)."""
    ok = acceptable(true, places)
    step = Decimal(1).scaleb(-places)
    base = quantize(true, places, "half_up")
    for delta in rng.sample([2, -2, 3, -3, 5, 7, -4], 7):
        cand = base + step * delta
        if cand not in ok and cand > 0:
            return cand
    raise AssertionError("no wrong percent found")


def money_text(vnd: int, rng=None) -> tuple[str, str]:
    """VND amount -> (number text, scale word): 23_200_000_000 -> ('23,2', 'tỷ đồng')."""
    if vnd >= 1_000_000_000:
        d = Decimal(vnd) / Decimal(1_000_000_000)
        return fmt_dec(d.normalize()), "tỷ đồng"
    d = Decimal(vnd) / Decimal(1_000_000)
    return fmt_dec(d.normalize()), "triệu đồng"
