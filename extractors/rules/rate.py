"""rate: a unit with slashes and no digits after them: "7,5 giờ/người/ngày", "30 triệu đồng/người"
(but "12 xã/phường", places of either kind, is a count).

Examples: extractors/examples/rate.tsv."""
from __future__ import annotations

import regex
_SLASH_DIGIT = regex.compile(r"\s*/\s*\d")
_PER_WORDS = regex.compile(r"(?:\s*/\s*[\p{L}\p{M}][\p{L}\p{M}\d²³]*)+")
_SLASH = regex.compile(r"\s*/\s*")

from .. import context, vocab
from ..scan import Scan
from . import fact
from .money import read_money_unit

# one more word of the numerator's noun before the slash: "450 con lợn/trang trại"
_NOUN_WORD = regex.compile(r"\s[\p{L}\p{M}]+(?=\s*/\s*[\p{L}\p{M}])")
# a longer noun before a time: "3.450 tấn rác thải sinh hoạt/tháng" (so much of it a month)
_NOUN_PER_TIME = regex.compile(
    r"(?:\s[\p{L}\p{M}]+){2,4}(?=\s*/\s*(?:ngày|tuần|tháng|quý|năm)(?![\p{L}\p{M}]))")
_LAST_WORD = regex.compile(r"[\p{L}\p{M}][\p{L}\p{M}\d²³]*$")
_PER = regex.compile(r"(?:\s*/\s*[\p{L}\p{M}][\p{L}\p{M}\d²³]*(?:\s[\p{L}\p{M}]+)?)+")


def find(scan: Scan) -> None:
    text = scan.text
    if "/" not in text:
        return
    for i, tok in list(scan.free_nums()):
        if not scan.free(i):
            continue
        mu = read_money_unit(text, tok.end)
        if mu:
            scale, _, uend = mu
            unit_start = context.skip_spaces(text, tok.end)
        else:
            unit, uend = context.read_unit(text, tok.end)
            if not unit:
                continue
            scale = None
            unit_start = context.skip_spaces(text, tok.end)
        if not mu and (w := _NOUN_WORD.match(text, uend) or _NOUN_PER_TIME.match(text, uend)):
            uend = w.end()
        m = _PER.match(text, uend)
        if not m or _SLASH_DIGIT.match(text, uend):
            continue
        # keep only single-word denominators ("người", "ngày"), not a following phrase
        per = _PER_WORDS.match(text, uend).group(0)
        end = uend + len(per)
        while True:
            # a known unit of several words: "450 con lợn/trang trại", "2,4 tỷ đồng/hợp tác xã/năm",
            # "32 giường/vạn dân"
            last = _LAST_WORD.search(text, uend, end)
            known = last and (context.phrase_at(text, last.start(), vocab.units())
                              or context.phrase_at(text, last.start(), vocab.compound_nouns()))
            if not known or known[1] <= end:
                break
            end = known[1]
            more = _PER_WORDS.match(text, end)
            if more and more.group(0):
                end = more.end()
        if mu:
            # the value is in đồng ("1,2 triệu đồng/người/tháng" = 1.200.000), so is the unit:
            # "đồng/người/tháng", as money facts say "đồng"
            unit = ("đồng" if mu[1] == "VND" else _money_word(text, unit_start, uend)) \
                + _SLASH.sub("/", text[uend:end])
        else:
            unit = _SLASH.sub("/", text[unit_start:end])
        # "12 xã/phường": communes or wards, a count of both kinds, not a rate
        alternatives = not mu and all(w.strip().lower() in vocab.alternatives() for w in unit.split("/"))
        value = tok.num.value * (scale or 1)
        fact(scan, "count" if alternatives else "rate", tok.start, end, tok, value=value,
             scale=scale, unit=unit)


def _money_word(text: str, start: int, end: int) -> str:
    """The currency word of a money unit, after its scale word: "USD" in "2 triệu USD"."""
    sc = context.phrase_at(text, start, vocab.scale_words())
    return text[context.skip_spaces(text, sc[1]) if sc else start:end]
