"""range: "từ 63 -96%", "từ 10 - 15 triệu đồng", "từ 5 đến 7 ngày". Unit and scale apply to both ends,
unless the low end has its own money words ("từ 500 nghìn đến 2 triệu đồng") or repeats the unit
("từ 100 m2 đến 150 m2").

Examples: extractors/examples/range.tsv."""
from __future__ import annotations

import regex

from .. import context, vocab
from ..masks import NUMBERED_THINGS
from ..numbers import NUMBER
from ..scan import Scan
from . import fact
from .money import read_money_unit

# two digits around a range word: most paragraphs have none, and this is cheaper than _RANGE
# a word or dash every _MAY_BE_RANGE match holds: ruling out the many paragraphs with none costs
# less than that scan
_RANGE_WORDS = ("-", "–", "—", "đến", "tới")
_MAY_BE_RANGE = regex.compile(r"\d\s*[%‰]?\s*(?:-|–|—|đến|tới)\s*\d|(?:đồng|triệu|tỷ|nghìn|ngàn)\s+(?:đến|tới)\s+\d"
                              r"|\d\s*\p{L}[\p{L}\p{M}\d²³]*(?:\s+\p{L}+){0,2}\s+(?:đến|tới)\s+\d")
# the low end may carry its own money words: "từ 2.000.000 đồng đến 4.000.000 đồng", "từ 500
# nghìn đến 2 triệu đồng" (then "từ" must open the range)
_RANGE = regex.compile(
    rf"(?P<from>(?<![\p{{L}}])(?:từ|Từ)\s+)?(?P<a>{NUMBER})"
    rf"(?P<sa>\s+(?:nghìn tỷ|ngàn tỷ|tỷ|triệu|nghìn|ngàn)(?:\s+đồng)?|\s+đồng)?"
    rf"\s*(?P<pa>[%‰])?\s*(?:-|–|—|đến|tới)\s*(?P<b>{NUMBER})(?P<pb>\s?[%‰])?")

# one word after a slash, no digit: "km/h" (not "3 - 5 hộ/15 hộ")
# the same unit at both ends: "diện tích mỗi lô từ 100 m2 đến 150 m2"
_UNIT_BOTH = regex.compile(
    rf"(?<![\p{{L}}])(?:từ|Từ)\s+(?P<a>{NUMBER})\s*(?P<ua>\p{{L}}[\p{{L}}\p{{M}}\d²³]*(?:\s+\p{{L}}+){{0,2}}?)"
    rf"\s+(?:đến|tới)\s+(?P<b>{NUMBER})")
# clock times and ages are no span of a quantity: "từ 7 giờ đến 17 giờ", "từ 18 tuổi đến 60 tuổi"
_NOT_SPAN_UNITS = {"giờ", "h", "phút", "giây", "tuổi"}
_MOVES = {"tăng", "giảm", "nâng", "hạ"}

_PER_WORD = regex.compile(r"\s*/\s*([\p{L}\p{M}][\p{L}\p{M}²³]*)")

_ABOUT = ("khoảng", "dao động", "trong khoảng", "xấp xỉ", "ước")


def _after_label(text: str, start: int) -> bool:
    """The word before the numeral names a place or a numbered thing ("tổ 3 - 4", "số 1 - 2")."""
    prev = context.word_before(text, start)
    return bool(prev) and (prev[0].lower() in NUMBERED_THINGS or prev[0][:1].isupper()
                           or bool(context.phrase_before(text, start, vocab.not_fact_words("word"))))


def find(scan: Scan) -> None:
    text = scan.text
    if not (any(w in text for w in _RANGE_WORDS) and _MAY_BE_RANGE.search(text)):
        return
    for m in _RANGE.finditer(text):
        a_i, b_i = scan.index_at(m.start("a")), scan.index_at(m.start("b"))
        if a_i is None or b_i is None or not (scan.free(a_i) and scan.free(b_i)):
            continue
        a, b = scan.nums[a_i].num, scan.nums[b_i].num
        if m.group("sa") and not m.group("from"):
            continue
        if a.value >= b.value and not m.group("sa"):
            continue
        end = m.end()
        unit, scale, base = "", None, ""
        if m.group("pb"):
            unit = m.group("pb").strip()      # "%", or "‰" ("giảm 0,5 - 1‰")
        else:
            sc = context.phrase_at(text, context.skip_spaces(text, end), vocab.scale_words())
            if sc:
                scale = vocab.scale_of()[sc[0].lower()]
                end = sc[1]
                cur = context.phrase_at(text, context.skip_spaces(text, end), vocab.currency_words())
                if cur:
                    end = cur[1]
                unit = "đồng"
            else:
                u, uend = context.read_unit(text, end)
                if u:
                    unit, end, base = u, uend, u
                    per = _PER_WORD.match(text, end) if u.lower() not in vocab.currency_of() else None
                    if per:      # "89 - 102 km/h", "50 - 100 mm/ngày": the unit is per something
                        # (a price range keeps its currency, as "3 - 5 triệu đồng/người" does)
                        unit, end = unit + "/" + per.group(1), per.end()
        if not m.group("from") and unit not in ("%", "‰") and not scale \
                and not context.phrase_before(text, m.start("a"), _ABOUT) \
                and not (context.unit_is_known(base) and not _after_label(text, m.start("a"))):
            # "a - b" without "từ" is too often a pair of labels or years ("tổ 3 - 4", "số 1 -
            # 2"); before a known count noun ("còn 3-5 ngày"), with a scale word ("1.500 - 1.600
            # tỷ đồng") or after "khoảng", "dao động" it is a range ("5 ngày" alone is wrong)
            continue
        if not unit:
            continue
        lo, hi = a.value, b.value
        if m.group("sa"):
            sa = context.phrase_at(text, context.skip_spaces(text, m.end("a")), vocab.scale_words())
            lo, hi = lo * (vocab.scale_of()[sa[0].lower()] if sa else 1), hi * (scale or 1)
            if unit != "đồng" or lo >= hi:
                continue
        elif scale:
            lo, hi = lo * scale, hi * scale
        fact(scan, "range", m.start("a") if not m.group("from") else m.start(), end, scan.nums[a_i],
             value=lo, low=lo, high=hi, unit=unit, scale=scale)
    for m in _UNIT_BOTH.finditer(text):
        _unit_at_both_ends(scan, m)


def _unit_at_both_ends(scan: Scan, m) -> None:
    """"từ 100 m2 đến 150 m2": a range whose low end repeats the unit of the high end."""
    text = scan.text
    a_i, b_i = scan.index_at(m.start("a")), scan.index_at(m.start("b"))
    if a_i is None or b_i is None or not (scan.free(a_i) and scan.free(b_i)):
        return
    ua, ua_end = context.read_unit(text, m.end("a"))
    ub, end = context.read_unit(text, m.end("b"))
    if not ua or ua_end != m.end("ua") or ua.lower() != ub.lower() or ua.lower() in _NOT_SPAN_UNITS \
            or read_money_unit(text, m.end("a")) or _PER_WORD.match(text, end):
        return
    prev = context.word_before(text, m.start())
    if prev and prev[0].lower() in _MOVES:
        return      # "tăng từ 45 đơn vị đến 50 đơn vị": a value before and after, no span
    a, b = scan.nums[a_i].num, scan.nums[b_i].num
    if a.value >= b.value:
        return
    fact(scan, "range", m.start(), end, scan.nums[a_i], value=a.value, low=a.value, high=b.value, unit=ub)
