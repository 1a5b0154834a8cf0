"""money in VND: "23,2 tỷ đồng", "500 triệu đồng", "350 triệu", "10.848.343.000 đồng",
"230.473 triệu đồng/13.203.300 triệu đồng" (a money fraction: numerator and denominator kept).
"tỷ lệ" and "triệu tập" are not money.

Examples: extractors/examples/money.tsv."""
from __future__ import annotations

from decimal import Decimal
from functools import lru_cache

import regex
_SLASH = regex.compile(r"\s*/\s*")
_BEFORE_SLASH = regex.compile(r"(?r)([\d.,]+)\s*/\s*")     # matched back from a position
_PER_WORD = regex.compile(r"\s*/\s*[\p{L}]")
_PER_WORDS = regex.compile(r"(?:\s*/\s*[\p{L}\p{M}][\p{L}\p{M}\d²³]*)+")

from .. import context, vocab
from ..scan import Scan
from . import fact

# the medals listed before a number: "27 huy chương: 8 vàng, 9 bạc, 10 đồng"
_MEDALS_BEFORE = regex.compile(r"\d\s+(?:huy\s+chương\s+)?(?:vàng|bạc)\s*(?:,|;|và)\s*\d+$", regex.I)
_NOT_SCALE_NEXT = {"lệ", "tập", "trọng"}   # tỷ lệ, triệu tập, tỷ trọng


@lru_cache(maxsize=1024)      # money, rate and count each ask after the same numerals
def read_money_unit(text: str, pos: int):
    """After a numeral: (scale, currency, end) or None when no money words follow."""
    p = context.skip_spaces(text, pos)
    scale = None
    sc = context.phrase_at(text, p, vocab.scale_words())
    if sc:
        nxt = context.word_at(text, context.skip_spaces(text, sc[1]))
        if nxt and nxt[0].lower() in _NOT_SCALE_NEXT:
            return None
        scale = vocab.scale_of()[sc[0].lower()]
        p = sc[1]
    q = context.skip_spaces(text, p)
    cur = context.phrase_at(text, q, vocab.currency_words())
    if cur and scale is None and _MEDALS_BEFORE.search(text, max(0, pos - 30), pos):
        return None     # "8 vàng, 9 bạc, 10 đồng": bronze medals, not money
    if cur:
        # "đồng chí", "đồng bào" are count nouns that start like the currency
        longer = context.phrase_at(text, q, vocab.units())
        if longer and longer[1] > cur[1]:
            return None
        return scale, vocab.currency_of()[cur[0].lower()], cur[1]
    if scale is not None:
        # "350 triệu" is money; "3,8 triệu người" is a count of people in millions
        unit, _ = context.read_unit(text, p)
        if unit or (scale == 1000 and counted_tail(text, p)):
            return None
        return scale, "VND", p
    return None


_SMALL_TAIL = regex.compile(r"\s+(\d{3})(?![\d.,])")


def counted_tail(text: str, pos: int):
    """After "12 nghìn": the rest of the number and its count noun ("12 nghìn 450 nhân khẩu") as
    (tail match, unit, end), or None (then "12 nghìn" alone may be money). Only after "nghìn":
    "350 triệu 5 hộ" is money and a count."""
    m = _SMALL_TAIL.match(text, pos)
    if not m or read_money_unit(text, m.end()) is not None:
        return None
    unit, end = context.read_unit(text, m.end())
    return (m, unit, end) if unit and context.unit_is_known(unit) else None


def find(scan: Scan) -> None:
    text = scan.text
    for i, tok in list(scan.free_nums()):
        if not scan.free(i):
            continue
        mu = read_money_unit(text, tok.end)
        if not mu:
            continue
        scale, currency, end = mu
        if _compound(scan, i, tok, mu):
            continue
        if _PER_WORD.match(text, end):
            continue      # "30 triệu đồng/người" is a rate (rate.py)
        mult = scale or Decimal(1)
        value = tok.num.value * mult
        unit = "đồng" if currency == "VND" else currency
        # money fraction: "230.473 triệu đồng/13.203.300 triệu đồng"
        m = _SLASH.match(text, end)
        if m:
            j = scan.index_at(m.end())
            if j is not None and scan.free(j):
                mu2 = read_money_unit(text, scan.nums[j].end)
                if mu2:
                    den = scan.nums[j].num.value * (mu2[0] or Decimal(1))
                    fact(scan, "money", tok.start, mu2[2], tok, value=value, unit=unit, scale=scale,
                         numerator=value, denominator=den, numerator_text=tok.num.text,
                         denominator_text=scan.nums[j].num.text, numerator_unit=unit, denominator_unit=unit)
                    continue
        # "654,935/871,321 triệu đồng": the scale after the denominator covers the numerator
        m = _BEFORE_SLASH.match(text, 0, tok.start)
        if m:
            j = scan.index_at(m.start(1))
            if j is not None and scan.free(j) and scan.nums[j].end == m.end(1):
                a = scan.nums[j]
                num = a.num.value * mult
                if num <= value or "vượt" in text[max(0, a.start - 60):a.start]:
                    fact(scan, "money", a.start, end, a, value=num, unit=unit, scale=scale,
                         numerator=num, denominator=value, numerator_text=a.num.text,
                         denominator_text=tok.num.text, numerator_unit=unit, denominator_unit=unit)
                    continue
        fact(scan, "money", tok.start, end, tok, value=value, unit=unit, scale=scale)


def _compound(scan: Scan, i: int, tok, mu) -> bool:
    """"65 tỷ 300 triệu đồng", "2 triệu 500 nghìn đồng": a larger scale word followed by a
    smaller one is one sum of money, read as such (not two facts "65 tỷ" and "300 triệu"); a
    rate when a "/người" follows ("1 triệu 500 nghìn đồng/người/tháng")."""
    scale, currency, end = mu
    if not scale or currency != "VND":
        return False
    text = scan.text
    p = context.skip_spaces(text, end)
    j = scan.index_at(p)
    if j is None or j == i or not scan.free(j):
        return False
    b = scan.nums[j]
    if b.num.decimals or b.num.value >= 1000:
        return False
    mu2 = read_money_unit(text, b.end)
    if not mu2 or not mu2[0] or mu2[0] >= scale or mu2[1] != currency:
        return False
    value = tok.num.value * scale + b.num.value * mu2[0]
    per = _PER_WORDS.match(text, mu2[2]) if _PER_WORD.match(text, mu2[2]) else None
    if per:     # "1 triệu 500 nghìn đồng/người/tháng": the sum is a rate
        fact(scan, "rate", tok.start, per.end(), tok, value=value, scale=scale,
             unit="đồng" + _SLASH.sub("/", per.group(0)))
        return True
    fact(scan, "money", tok.start, mu2[2], tok, value=value, unit="đồng", scale=scale)
    return True

