"""Vietnamese number grammar: '.' groups thousands, ',' marks decimals.

"16.511" -> 16511, "70,87" -> 70.87 (two places kept), "10.848.343.000" -> 10848343000.
A dotted group that is not three digits ("5.15") is malformed: we keep what was written and
flag it instead of guessing whether the author meant 515 or 5,15.
"""
from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

import regex
_DOTTED = regex.compile(r"\d+(?:\.\d+)+")

# A numeral as written. The malformed alternative (dotted groups of any width) comes last so
# well-formed readings win; a trailing ",d" is the decimal part.
NUMBER = r"(?:\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:\.\d+)+|\d+(?:,\d+)?)"
NUMBER_RE = regex.compile(NUMBER)

WELL_FORMED = regex.compile(r"\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?")


@dataclass(frozen=True)
class Number:
    value: Decimal
    text: str
    decimals: int          # places after the decimal comma as written
    malformed: bool = False


def parse_number(text: str) -> Number:
    """Read a numeral written the Vietnamese way. Raises ValueError on non-numerals."""
    t = text.strip()
    if not t or not t[0].isdigit():
        raise ValueError(f"not a number: {text!r}")
    if WELL_FORMED.fullmatch(t):
        int_part, _, dec_part = t.partition(",")
        digits = int_part.replace(".", "")
        value = Decimal(digits + ("." + dec_part if dec_part else ""))
        return Number(value, t, len(dec_part))
    if _DOTTED.fullmatch(t):
        # Malformed grouping: keep the literal reading of the digits with '.' as written,
        # i.e. the value the text would have if '.' were a decimal point, and flag it.
        return Number(Decimal(t) if t.count(".") == 1 else Decimal(t.replace(".", "")), t,
                      len(t.rsplit(".", 1)[1]) if t.count(".") == 1 else 0, malformed=True)
    raise ValueError(f"not a number: {text!r}")


def format_vi(value: Decimal, decimals: int | None = None) -> str:
    """Write a Decimal the Vietnamese way (for messages): 70886.2 -> '70.886,2'."""
    if decimals is not None:
        value = value.quantize(Decimal(1).scaleb(-decimals)) if decimals > 0 else value.quantize(Decimal(1))
    sign = "-" if value < 0 else ""
    s = format(abs(value), "f")
    int_part, _, dec_part = s.partition(".")
    groups = []
    while len(int_part) > 3:
        groups.insert(0, int_part[-3:])
        int_part = int_part[:-3]
    groups.insert(0, int_part)
    out = ".".join(groups)
    return sign + out + ("," + dec_part if dec_part else "")
