"""fraction: "112/158 đảng viên", "06/13 chỉ tiêu", "696 bài/4.900 đảng viên",
"104.462 hồ sơ trực tuyến/108.117 tổng hồ sơ", "2.846.632 tài khoản ... /2.935.139 công dân",
and with "trên": "5 trên 7 xã", "35 trên tổng số 45 hồ sơ". Cases over the people they involve
("412 vụ/687 bị cáo") are two counts.

A/B is a fraction only when the context says so: not a date (no "ngày"/"tháng" before, not a
day/month pair without a count noun), and A <= B unless the clause says "vượt". A shared sign
("85,17/82,41%") makes two percents, not a fraction; "giờ/người/ngày" (no digits after the
slash) is a rate, handled by rate.py.

Examples: extractors/examples/fraction.tsv, extractors/examples/percent.tsv (shared sign)."""
from __future__ import annotations

from decimal import Decimal

import regex

from .. import context
from ..scan import Scan
from . import fact

# numerator unit words: letters and spaces only, at most 6 words, optionally an ellipsis
_NUM_UNIT = regex.compile(r"(?:\s+[\p{L}\p{M}]+){1,6}?(?:\s*(?:\.\.\.|…))?(?=\s*/\s*(?:tổng\s+(?:số\s+)?)?\d)", regex.I)
# "3.547.970 nhân khẩu/ tổng số 3.725.678 nhân khẩu": the slash may read "of a total of"
_SLASH = regex.compile(r"\s*/\s*(?:tổng\s+(?:số\s+)?)?", regex.I)


_PCT_AFTER = regex.compile(r"[^.;\d]{0,60}?(\d{3}(?:,\d+)?)\s?%")
_PCT_BEFORE = regex.compile(r"(\d{3}(?:,\d+)?)\s?%[^.;\d]{0,80}$")


def _over_target(text: str, start: int, end: int) -> bool:
    """"590/537 cuộc kiểm tra, đạt 109,87% chỉ tiêu" or "Đạt 100,90% chỉ tiêu kết nạp đảng viên
    mới (112/111 đảng viên)": a percent over 100 beside the fraction says the numerator may
    exceed the denominator (a target beaten), as "vượt" does."""
    m = _PCT_AFTER.match(text, end) or _PCT_BEFORE.search(text, max(0, start - 100), start)
    return bool(m) and int(m.group(1).split(",")[0]) >= 100


_POWERS_OF_TEN = {Decimal(10) ** k for k in range(2, 6)}
# wholes a health or population rate is counted per: the people, the live births
_PER_CAPITA = {"dân", "người dân", "dân số", "trẻ đẻ sống", "trẻ sinh sống", "trẻ đẻ ra sống"}


def _per_power_of_ten(a, b, num_unit: str, den_unit: str) -> bool:
    """A numerator counting one thing over a round 100, 1.000, 10.000 or 100.000 of another is a
    rate, when it cannot be a part of that whole: it has decimals, exceeds it, or the whole is
    the population ("12 bác sĩ/10.000 dân"); with no noun of its own it is a rate only per the
    population or per live births ("tỷ số tử vong mẹ 25/100.000 trẻ đẻ sống")."""
    if b.num.value not in _POWERS_OF_TEN or b.num.decimals or not den_unit:
        return False
    if not num_unit:
        return den_unit.lower() in _PER_CAPITA
    if num_unit.lower() == den_unit.lower():
        return False
    return bool(a.num.decimals) or a.num.value > b.num.value or den_unit.lower() in _PER_CAPITA


# cases and the people they involve: "412 vụ/687 bị cáo", "12 vụ/18 đối tượng" are no part of a whole
_CASES = {"vụ", "vụ án", "vụ việc"}
_PEOPLE_IN_CASES = {"bị cáo", "bị can", "đối tượng", "người", "bị hại"}


# "5 trên 7 xã", "35 trên tổng số 45 hồ sơ": a bare numeral, "trên", the whole with its noun
_TREN = regex.compile(r"\s+trên\s+(?:tổng\s+(?:số\s+)?)?(?=\d)", regex.I)
_LISTED = regex.compile(r"\d\s*,\s*$")           # "mức 1, 2 trên ...": the last of a list
_LEVEL_WORDS = {"mức", "cấp", "loại", "nhóm", "hạng", "độ", "bậc"}


def _find_tren(scan: Scan) -> None:
    """A fraction written with "trên" ("of"): the numerator bare, the whole a count of a known
    noun and not smaller, so "trên 7 xã" is not read as "more than 7 communes"."""
    text = scan.text
    for i, a in list(scan.free_nums()):
        m = _TREN.match(text, a.end)
        if not m or not scan.free(i):
            continue
        j = scan.index_at(m.end())
        if j is None or j == i or not scan.free(j) or _LISTED.search(text, 0, a.start):
            continue
        prev = context.word_before(text, a.start)
        if prev and prev[0].lower() in _LEVEL_WORDS:
            continue            # "định danh mức 1, 2 trên tổng số 2.775.718 hồ sơ": a level
        b = scan.nums[j]
        den_unit, end = context.read_unit(text, b.end)
        if b.num.value in _POWERS_OF_TEN and den_unit.lower() in _PER_CAPITA:
            # "tỷ suất sinh 14 trên 1.000 dân": per 1.000 people
            fact(scan, "rate", a.start, end, a, unit=f"/{b.num.text} {den_unit}")
            continue
        if not den_unit or not context.unit_is_known(den_unit) or not b.num.value \
                or a.num.value > b.num.value or a.num.decimals or b.num.decimals:
            continue
        _fraction(scan, a, b, end, den_unit, den_unit, den_unit)


def find(scan: Scan) -> None:
    text = scan.text
    if "trên" in text:
        _find_tren(scan)
    if "/" not in text:
        return      # every other fraction (and shared-sign pair) is written with a slash
    for i, a in list(scan.free_nums()):
        if not scan.free(i):
            continue
        pos = a.end
        num_unit = ""
        m = _SLASH.match(text, pos)
        if not m:
            mu = _NUM_UNIT.match(text, pos)
            if not mu:
                continue
            num_unit = mu.group(0).strip(" .…")
            m = _SLASH.match(text, mu.end())
            if not m:
                continue
        j = scan.index_at(m.end())
        if j is None or j == i:
            continue
        b = scan.nums[j]
        if scan.is_masked(b.start, b.end) or j in scan.claimed:
            continue
        # shared percent sign: "85,17/82,41%" -> two percents
        if not num_unit and text[b.end:b.end + 2].lstrip().startswith("%"):
            pend = text.index("%", b.end) + 1
            fact(scan, "percent", a.start, a.end, a, unit="%", extra={"shared_sign": True})
            fact(scan, "percent", b.start, pend, b, unit="%", extra={"shared_sign": True})
            continue
        den_unit, end = context.read_unit(text, b.end)
        if num_unit.lower() in _CASES and den_unit.lower() in _PEOPLE_IN_CASES:
            # "xét xử 412 vụ/687 bị cáo": so many cases involving so many people, two counts
            fact(scan, "count", a.start, a.end + len(text[a.end:m.start()].rstrip()), a, unit=num_unit)
            fact(scan, "count", b.start, end, b, unit=den_unit)
            continue
        if _per_power_of_ten(a, b, num_unit, den_unit):
            # "28,5 thuê bao/100 dân", "110 bé trai/100 bé gái": a rate per 100 or per 1.000
            fact(scan, "rate", a.start, end, a, unit=f"{num_unit}/{b.num.text} {den_unit}")
            continue
        lo, hi = context.clause_bounds(text, a.start, b.end)
        says_exceed = "vượt" in text[lo:hi].lower() or _over_target(text, a.start, b.end)
        if a.num.value > b.num.value and not (says_exceed and context.unit_is_known(den_unit or num_unit)):
            continue
        if (not num_unit and not den_unit and a.num.decimals == 0 and b.num.decimals == 0
                and 1 <= a.num.value <= 31 and 1 <= b.num.value <= 12 and not scan.in_table):
            scan.mask(a.start, b.end, "day/month")
            continue
        if not num_unit and not den_unit and not scan.in_table:
            # a bare A/B in running text: only in a copula/target context ("đạt 13/19")
            prev = context.word_before(text, a.start)
            if not prev or prev[0].lower() not in {"là", "đạt", "được", "có", "hoàn", "thành", "vượt"}:
                continue
        unit = den_unit or num_unit
        if b.num.value == 0:
            continue
        _fraction(scan, a, b, end if den_unit else b.end, num_unit or den_unit, den_unit or num_unit, unit)


def _fraction(scan: Scan, a, b, end: int, num_unit: str, den_unit: str, unit: str) -> None:
    """The fact for numeral a over numeral b, its span running from a to `end`."""
    fact(scan, "fraction", a.start, end, a,
         value=a.num.value / b.num.value, numerator=a.num.value, denominator=b.num.value,
         numerator_text=a.num.text, denominator_text=b.num.text,
         numerator_unit=num_unit, denominator_unit=den_unit, unit=unit,
         malformed=a.num.malformed or b.num.malformed)
