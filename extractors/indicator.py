"""The indicator a fact measures: the words of its clause that name what is counted.

"Tổ chức kết nạp mới 112/158 đảng viên, đạt 70,87% chỉ tiêu" gives "Tổ chức kết nạp mới đảng
viên" for the fraction and, since ", đạt 70,87% chỉ tiêu" names nothing by itself, "Tổ chức kết
nạp mới đảng viên (đạt chỉ tiêu)" for the percent.
"""
from __future__ import annotations

from functools import lru_cache

import regex
_SLASHES = regex.compile(r"(?<=\s|^)[/\-–]+(?=\s|$)|\s/|/\s")
_QUOTE_CHARS = "\"“”'‘’"
_QUOTES = regex.compile(f"[{_QUOTE_CHARS}]")
_WS = regex.compile(r"\s+")
# str.split() splits at these four separators, which \s does not match; at all others alike
_SPLIT_ONLY = "\x1c\x1d\x1e\x1f"
_WORDS = regex.compile(r"[\p{L}\p{M}]+")

from . import context
from .fact import Fact
from .numbers import NUMBER

_NUMS = regex.compile(rf"(?<![\p{{L}}\d])(?:{NUMBER})\s?%?")
_LEAD = regex.compile(r"^[\s\-+*•–]*(?:[a-zđ]\)|\d{1,2}[.)]|[IVX]+\.)?\s*")
_FILLER = {"đạt", "tỷ", "lệ", "tỉ", "chiếm", "và", "với", "là", "được", "có", "trên", "tổng", "số",
           "chỉ", "tiêu", "kế", "hoạch", "giao", "so", "cùng", "kỳ", "tăng", "giảm", "bằng", "trong",
           "đó", "gồm", "khoảng", "gần", "hơn", "dưới", "đồng", "triệu", "tỷ", "nghìn", "đã", "đến",
           "nay", "tháng", "năm", "quý", "trước"}
_MAX = 160


# facts of one clause share its text (a fraction and the percent that restates it): cache by text
@lru_cache(maxsize=2048)
def _clean(seg: str) -> str:
    seg = _NUMS.sub(" ", seg)
    if "/" in seg or "-" in seg or "–" in seg:       # most clauses have no slash or dash...
        seg = _SLASHES.sub(" ", seg)
    if any(q in seg for q in _QUOTE_CHARS):         # ...and no quotes: skip those passes
        seg = _QUOTES.sub("", seg)
    seg = seg[_LEAD.match(seg).end():]              # _LEAD is anchored and always matches
    if any(c in seg for c in _SPLIT_ONLY):
        return _WS.sub(" ", seg).strip(" ,;:.-–")
    return " ".join(seg.split()).strip(" ,;:.-–")     # the same, without a regex pass


@lru_cache(maxsize=2048)
def _content_words(seg: str) -> int:
    return sum(1 for w in _WORDS.findall(seg.lower()) if w not in _FILLER)


def indicator(text: str, f: Fact) -> str:
    lo, hi = context.clause_bounds(text, f.start, f.end)
    phrase = _clean(text[lo:hi])
    if _content_words(phrase) < 2 and lo > 0:
        # "đạt 70,87% chỉ tiêu" -> borrow the previous clause's subject
        plo, _ = context.clause_bounds(text, max(0, lo - 2), max(0, lo - 1))
        prev = _clean(text[plo:lo])
        if prev:
            phrase = f"{prev} ({phrase})" if phrase else prev
    return phrase[:_MAX]
