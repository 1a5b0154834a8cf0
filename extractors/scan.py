"""The shared state of one paragraph's extraction: its numerals, what is masked, what is claimed.

Rules run in a fixed order (see engine.RULES); each claims the numerals it turns into a fact, so
a numeral belongs to at most one fact. Masks (dates, document numbers, names, ordinals) are
computed first and block every rule.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache

import regex

from .fact import Fact
from .numbers import NUMBER, Number, parse_number

# a numeral not glued to letters, except a currency "đ" or a measure written solid ("500.000đ",
# "3.000kg", "1,3ha", "500m2"); never the head of a longer numeral ("3" of "3.000kg")
_GLUED_UNIT = r"(?:đ|kg|ha|km|km2|km²|m2|m²|m3|m³|m|mm|cm|tấn|tạ|lít)"
NUM_TOKEN = regex.compile(
    rf"(?<![\p{{L}}\p{{M}}\d.,])({NUMBER})"
    rf"(?:(?![\p{{L}}\p{{M}}\d]|[.,]\d)|(?={_GLUED_UNIT}(?![\p{{L}}\p{{M}}\d])))")


# a leading 0 before 3+ digits, a dotted group of 5+ digits, or 8+ digits whose first group has
# 4 or more ("1900.9095", "1800.6789": hotlines; grouping by thousands has at most 3) is not a quantity
_PHONE_LIKE = regex.compile(r"0\d{2,}(?:\.\d+)*|\d+(?:\.\d+)*\.\d{5,}(?:\.\d+)*"
                            r"|(?=(?:\d\.?){8})\d{4,}(?:\.\d+)+")
_PHONE_RUN = regex.compile(r"0\d{2,4}[ .]\d{3,4}[ .]\d{3,4}(?!\d)")


def phone_like(text: str, g: str, start: int) -> bool:
    """Numeral g at start is a telephone or code number: "0293.3871234", "0293 3871 234" (both
    start with 0 or hold a dot, so most numerals skip the two regexes)."""
    return (g[0] == "0" or "." in g) and bool(_PHONE_LIKE.fullmatch(g) or _PHONE_RUN.match(text, start))


# the same numerals recur across a report ("01", "100", "2024"); Number is immutable
parse_cached = lru_cache(maxsize=4096)(parse_number)


@dataclass(slots=True)
class NumTok:
    start: int
    end: int
    num: Number


@dataclass
class Scan:
    text: str
    in_table: bool = False
    header: str = ""                  # table cell: its column header
    unit_hint: str = ""               # table cell: the unit its row declares ("%", "Văn bản")
    row_header: str = ""
    nums: list[NumTok] = field(default_factory=list)
    masked: list[tuple[int, int, str]] = field(default_factory=list)   # (start, end, reason)
    claimed: set[int] = field(default_factory=set)                     # indices into nums
    facts: list[Fact] = field(default_factory=list)
    _masked_nums: set[int] = field(default_factory=set)   # numerals overlapped by a mask
    _by_start: dict[int, int] = field(default_factory=dict)

    @classmethod
    def of(cls, text: str, in_table: bool = False, header: str = "", unit_hint: str = "") -> "Scan":
        s = cls(text, in_table, header, unit_hint)
        for m in NUM_TOKEN.finditer(text):
            g = m.group(1)
            if (g[0] == "0" or "." in g) and phone_like(text, g, m.start(1)):   # test inline: most numerals skip the call
                continue
            try:
                s.nums.append(NumTok(m.start(1), m.end(1), parse_cached(g)))
            except ValueError:
                continue
        s._by_start = {t.start: i for i, t in enumerate(s.nums)}
        return s

    # -- masks and claims -------------------------------------------------------------
    def mask(self, start: int, end: int, reason: str) -> None:
        self.masked.append((start, end, reason))
        for i, t in enumerate(self.nums):
            if t.start < end and start < t.end:
                self._masked_nums.add(i)

    def is_masked(self, start: int, end: int) -> bool:
        return any(s < end and start < e for s, e, _ in self.masked)

    def index_at(self, start: int) -> int | None:
        return self._by_start.get(start)

    def free(self, i: int) -> bool:
        return i not in self.claimed and i not in self._masked_nums

    def free_at(self, start: int) -> bool:
        i = self.index_at(start)
        return i is not None and self.free(i)

    def claim_span(self, start: int, end: int) -> None:
        for i, t in enumerate(self.nums):
            if t.start >= start and t.end <= end:
                self.claimed.add(i)

    def add(self, fact: Fact) -> Fact:
        self.facts.append(fact)
        self.claim_span(fact.start, fact.end)
        return fact

    def free_nums(self):
        for i, t in enumerate(self.nums):
            if self.free(i):
                yield i, t
