"""Shared pieces of the checks: the Check record, exact values of facts, clause text."""
from __future__ import annotations

import math
import re
from dataclasses import dataclass, field
from decimal import Decimal
from fractions import Fraction
from functools import lru_cache

from extractors.fact import Fact

from .numbers import fmt_vn, written
from .rounding import acceptance_interval


@dataclass
class Check:
    kind: str          # fraction_percent | percent_of_percents | parts_total | shares_sum | ...
    status: str        # ok | mismatch | warning
    reported: str      # what the report says, as written ("70,87%")
    expected: str      # what the other figures give ("70,886%"), or "" for warnings
    method: str        # half_up | half_down | truncate | exact | inequality | within_precision | ''
    message: str       # one line, plain words, with the arithmetic
    fact_ids: list[int] = field(default_factory=list)

    def as_dict(self) -> dict:
        return {k: getattr(self, k) for k in self.__dataclass_fields__}


INF = None  # an open end of an interval

# How wide a qualified number's true value may be, relative to the written x.
# "gần 4.000" is a little under 4.000; "khoảng 4.000" is near it either side.
NEARLY_FLOOR = Fraction(8, 10)
APPROX_BAND = Fraction(1, 10)


def exact(f: Fact, part: str = "value") -> tuple[Decimal, int] | None:
    """(value, written decimals) of a fact's number, from its text when there is one."""
    if part == "numerator":
        return written(f.numerator_text, f.numerator)
    if part == "denominator":
        return written(f.denominator_text, f.denominator)
    return written(f.value_text, f.value)


def ratio(x) -> Fraction:
    """Fraction(x) for a Decimal (or int, Fraction) by its integer ratio: the same value
    without Fraction's slow generic path for Decimals."""
    return Fraction(*x.as_integer_ratio())


def scale_of(f: Fact) -> Fraction:
    """Multiplier from the written number to `value` (1e9 for '23,2 tỷ đồng')."""
    if f.scale is not None:
        return ratio(f.scale)
    if f.kind != "money":
        return Fraction(1)
    w = written(f.value_text, None)
    if w and f.value is not None and w[0] != 0:
        a, b = f.value.as_integer_ratio()   # value / written as one Fraction
        c, d = w[0].as_integer_ratio()
        return Fraction(a * d, b * c)
    return Fraction(1)


def value_of(f: Fact) -> Fraction | None:
    """The fact's exact value in its own unit: the written number times scale_of(f)."""
    w = exact(f)
    if w is None:
        return None
    a, b = w[0].as_integer_ratio()
    if f.scale is not None:
        c, d = f.scale.as_integer_ratio()
        return Fraction(a * c, b * d)       # written * scale as one Fraction
    if f.kind != "money":
        return Fraction(a, b)               # scale 1
    if f.value is not None and w[0] != 0:
        # scale_of is value / written, so written * scale_of is exactly value
        return ratio(f.value)
    return Fraction(a, b)                   # scale_of is 1


def sum_of(fs) -> Fraction:
    """Σ value_of(f), adding integer ratios over a common denominator (the written numbers
    have power-of-ten denominators) and making one Fraction at the end."""
    ratios = []
    for f in fs:
        scaled = f.scale is not None or f.kind == "money"
        ratios.append((value_of(f) if scaled else exact(f)[0]).as_integer_ratio())
    den = math.lcm(*(d for _, d in ratios))
    return Fraction(sum(n * (den // d) for n, d in ratios), den)


def facts_by_para(facts: list[Fact], only=None) -> dict[int, list[int]]:
    """{para_id: indices of its facts, in order}; with `only`, just those paragraphs."""
    out: dict[int, list[int]] = {}
    for i, f in enumerate(facts):
        if only is None or f.para_id in only:
            out.setdefault(f.para_id, []).append(i)
    return out


def is_whole_count(f: Fact) -> bool:
    w = exact(f)
    return f.kind == "count" and w is not None and w[1] == 0


def interval(f: Fact) -> tuple[Fraction | None, Fraction | None] | None:
    """The true values the written fact allows, as a closed interval (None = unbounded).

    A whole count is exact. Money and percents may have been rounded or cut to the places
    written (in their own scale: '1,1 tỷ' means 1,05..1,2 tỷ). Qualifiers widen it.
    """
    w = exact(f)
    if w is None:
        return None
    x, places = w
    xv = value_of(f)
    q = f.qualifier
    if q in ("gt", "ge"):
        return xv, INF
    if q in ("lt", "le"):
        return INF, xv
    if q == "nearly":
        return xv * NEARLY_FLOOR, xv
    if q == "approx":
        return xv * (1 - APPROX_BAND), xv * (1 + APPROX_BAND)
    if f.kind == "count" and places == 0:
        return xv, xv
    a, b = acceptance_interval(x, places)
    if f.scale is None and f.kind != "money":
        return a, b                         # scale 1
    sc = scale_of(f)
    return a * sc, b * sc


def add_intervals(ivs):
    lo, hi = Fraction(0), Fraction(0)
    for a, b in ivs:
        lo = None if (lo is None or a is None) else lo + a
        hi = None if (hi is None or b is None) else hi + b
    return lo, hi


def overlaps(a, b) -> bool:
    (alo, ahi), (blo, bhi) = a, b
    if ahi is not None and blo is not None and ahi < blo:
        return False
    if bhi is not None and alo is not None and bhi < alo:
        return False
    return True


def shown(f: Fact) -> str:
    """A fact as the report wrote it, for messages: '70,87%', '23,2 tỷ đồng', '08 đồng chí'."""
    return f.raw.strip() or fmt_vn(f.value)


QUAL_WORDS = {"gt": "more than", "ge": "at least", "lt": "under", "le": "at most",
              "nearly": "nearly", "approx": "about"}

_BOUNDARY = re.compile(r"(?<=[.;!?…])\s+|\n")


def clause(text: str, start: int, end: int) -> str:
    """The sentence (or ';'-clause) of `text` holding [start, end)."""
    cuts = [0] + [m.end() for m in _BOUNDARY.finditer(text)] + [len(text) + 1]
    lo = max(c for c in cuts if c <= start)
    hi_candidates = [m.start() for m in _BOUNDARY.finditer(text) if m.start() >= end]
    hi = min(hi_candidates) if hi_candidates else len(text)
    return text[lo:hi].strip()


def sentence_index(text: str, pos: int) -> int:
    """Number of sentence ends ('. ' before a capital or digit, or a newline) before pos."""
    n = 0
    for m in _SENTENCE_END.finditer(text):
        if m.start() >= pos:
            break                           # matches come in order: none further counts
        nxt = text[m.end():m.end() + 1]
        if nxt == "" or nxt.isupper() or nxt.isdigit() or nxt in "(\n" or m.group() == "\n":
            n += 1
    return n


_SENTENCE_END = re.compile(r"[.!?…]\s+(?=\S)|\n")
_PAREN = re.compile(r"[()]")


def paren_depth(text: str, pos: int) -> int:
    d = 0
    for ch in _PAREN.findall(text[:pos]):     # only the brackets before pos matter
        if ch == "(":
            d += 1
        else:
            d = max(0, d - 1)
    return d


# Cross-cutting attributes of people or households. "nữ", "đảng viên", "dân tộc thiểu số" name
# a kind of member, not a slice of a partition: "1.536 đảng viên (nữ 498, dân tộc thiểu số 112)"
# and a "Tổng số | Nữ | Đảng viên" table count the same people twice. An attribute is a
# partition only with its complement beside it ("nam 25, nữ 20").
_ATTRIBUTES = (
    ("sex", re.compile(r"(?<![\w])(?:nữ|phụ nữ|(?<!việt )(?<!miền )nam(?! bộ| định| trung| phi| mỹ| á)(?![\w]))(?![\w])", re.I)),
    ("ethnic", re.compile(r"dân tộc thiểu số|\bDTTS\b|đồng bào dân tộc|người dân tộc|dân tộc kinh", re.I)),
    ("party", re.compile(r"đảng viên", re.I)),
    ("youth_union", re.compile(r"đoàn viên", re.I)),
    ("religion", re.compile(r"tôn giáo|có đạo|theo đạo|chức sắc", re.I)),
    ("age", re.compile(r"cao tuổi|(?<![\w])trẻ(?![\w])|thanh niên|(?:dưới|trên|từ)\s+\d+(?:\s+đến\s+\d+)?\s+tuổi", re.I)),
    ("poverty", re.compile(r"(?<![\w])nghèo(?![\w])", re.I)),
    ("disability", re.compile(r"khuyết tật", re.I)),
    ("veteran", re.compile(r"cựu chiến binh", re.I)),
)


def attribute_dims(text: str, ignore: str = "") -> set[str]:
    """The attribute dimensions a label names ("cán bộ nữ" -> {"sex"}), leaving out the words of
    `ignore` (the total's own noun: "đảng viên" in "1.536 đảng viên (đảng viên nữ 498 …)")."""
    return set(_attribute_dims(text or "", ignore or ""))


@lru_cache(maxsize=4096)   # list items recur across a series' reports
def _attribute_dims(text: str, ignore: str) -> frozenset[str]:
    t = text
    if ignore and ignore.strip():
        t = re.sub(re.escape(ignore.strip()), " ", t, flags=re.I)
    return frozenset(name for name, rx in _ATTRIBUTES if rx.search(t))


def lone_attributes(labels: list[str], ignore: str = "") -> list[bool]:
    """For each label: does it name an attribute whose dimension no other label shares? Such an
    item is a subset of the whole ("of whom women"), not a slice of it."""
    dims = [attribute_dims(x, ignore) for x in labels]
    count: dict[str, int] = {}
    for ds in dims:
        for d in ds:
            count[d] = count.get(d, 0) + 1
    return [bool(ds) and all(count[d] == 1 for d in ds) for ds in dims]
