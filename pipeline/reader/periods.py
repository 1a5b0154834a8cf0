"""Reporting periods written in Vietnamese report titles.

`parse_period(text, default_year=None) -> Period | None` finds the first period
expression in `text` (earliest match; the longest when two start together) and
returns its label as written plus start/end dates and whether the figures are
cumulative from the start of the year. Matching runs on a folded copy of the
text (lowercase, no diacritics, đ->d) so "Qúy I 2026", "QUÝ II/2024" and a file
name without accents ("nam 2025") all match; the label keeps the original text.

Kinds (see docs/reader.md):
  month        "tháng 8/2025", "tháng 11 năm 2025"        that month          not cumulative
  quarter      "quý II/2024", "quý I năm 2026", "quý 3"   that quarter        not cumulative
  half         "6 tháng đầu năm 2024"                     Jan 1 - Jun 30      cumulative
               "6 tháng cuối năm 2024"                    Jul 1 - Dec 31      not cumulative
               "6 tháng năm 2024"                         Jan 1 - Jun 30      cumulative
  quarter      "3 tháng đầu năm 2025" (cumulative), "3 tháng cuối năm"
  nine_months  "9 tháng (đầu) năm 2025"                   Jan 1 - Sep 30      cumulative
  as_of        "10 tháng năm 2025", "11 tháng đầu năm", "10 tháng" alone
                                                          Jan 1 - end of the Nth month, cumulative
  year         "năm 2025"                                 Jan 1 - Dec 31      not cumulative
  as_of        "tính đến 20-9-2025", "tính đến ngày 15/11/2025", "lũy kế đến ..."
                                                          Jan 1 of that year - the date, cumulative
  range        "năm học 2024-2025"                         Sep 1 2024 - Aug 31 2025
               "tuần 10 năm 2025"                          Monday - Sunday of ISO week 10
               "học kỳ I năm học 2024-2025"                 Sep 1 2024 - Jan 31 2025 (II: Feb 1 - May 31)
               "từ (ngày) 1/1/2025 đến (ngày) 30/6/2025", "từ ngày 17/3 đến ngày 21/3/2025",
               "từ ngày 01/12/2025 - 31/12/2025"
               "giai đoạn 2022 - 2025", "nhiệm kỳ 2020 - 2025" (when nothing shorter is written)
                                                          start - end         not cumulative
  none         "Tết Nguyên đán Bính Ngọ năm 2026", "mừng Xuân năm 2026": a holiday's year is no period
"""
from __future__ import annotations

import calendar
import datetime as dt
import re

from ..model import Period
from .normalize import fold, normalize

_ROMAN = {"i": 1, "ii": 2, "iii": 3, "iv": 4}
_Y = r"((?:19|20)\d{2})"
_SEP = r"\s*[/.\-]\s*"
_YEAR_OPT = rf"(?:(?:{_SEP}|\s*,?\s*(?:nam\s*)?){_Y})?"
_DATE = rf"(\d{{1,2}}){_SEP}(\d{{1,2}}){_SEP}{_Y}"
_DATE_WORDS = rf"(\d{{1,2}})\s+thang\s+(\d{{1,2}})\s+nam\s+{_Y}"
# a year's name in the sexagenary cycle ("Bính Ngọ"), folded
_CAN_CHI = (r"(?:giap|at|binh|dinh|mau|ky|canh|tan|nham|quy)\s+"
            r"(?:ty|suu|dan|mao|meo|thin|ti|ngo|mui|than|dau|tuat|hoi)")

# (kind, compiled pattern) on folded text. "block" matches a date that is not a
# period ("ngày 14/3/2024") so the month inside it is not read as the period.
_PATTERNS = [
    ("as_of", re.compile(rf"\b(?:tinh|luy ke)\s+den\s+(?:het\s+)?(?:ngay\s+)?(?:{_DATE}|{_DATE_WORDS})")),
    ("as_of_month", re.compile(rf"\b(?:tinh|luy ke)\s+den\s+(?:het\s+)?thang\s+(\d{{1,2}}){_SEP}{_Y}")),
    # "từ ngày 17/3 đến ngày 21/3/2025": the first date may leave its year to the second; "đến hết ngày"
    # and "từ ngày 01/12/2025 - 31/12/2025": a dash for "đến"
    ("range", re.compile(rf"\btu\s+(?:ngay\s+)?(\d{{1,2}}){_SEP}(\d{{1,2}})(?:{_SEP}{_Y})?"
                         rf"(?:\s+den\s+(?:het\s+)?|\s*[-–]\s*)(?:ngay\s+)?{_DATE}")),
    # "học kỳ I năm học 2024-2025": a semester of the school year (see _SEMESTERS)
    ("semester", re.compile(rf"\bhoc\s+ky\s+(ii|i|[12])\b\s*,?\s*(?:cua\s+)?nam\s+hoc\s+{_Y}\s*[-–/]\s*{_Y}")),
    # "năm học 2024-2025": the school year, 1 September - 31 August
    ("school_year", re.compile(rf"\bnam\s+hoc\s+{_Y}\s*[-–/]\s*{_Y}")),
    # "tuần 10 năm 2025", "tuần thứ 32": the ISO week (Monday - Sunday)
    ("week", re.compile(rf"\btuan\s+(?:thu\s+)?(\d{{1,2}})\b{_YEAR_OPT}")),
    # a span of years names the period only when nothing shorter is written (RANGE_LAST)
    ("range_years", re.compile(rf"\b(?:giai\s+doan|nhiem\s+ky)\s+{_Y}\s*[-–]\s*{_Y}")),
    # "6 tháng đầu năm", "6 tháng cuối năm", and plain "6 tháng năm 2024" (the first half)
    ("half", re.compile(rf"\b(?:0?6|sau)\s+thang\s+(?:(dau|cuoi)\s+)?nam{_YEAR_OPT}")),
    # "3 tháng đầu năm 2025" is quý I (running from January), "3 tháng cuối năm" quý IV
    ("three_months", re.compile(rf"\b(?:0?3|ba)\s+thang\s+(dau|cuoi)\s+nam{_YEAR_OPT}")),
    ("nine_months", re.compile(rf"\b(?:0?9|chin)\s+thang(?:\s+dau)?(?:\s+nam)?{_YEAR_OPT}")),
    # "10 tháng năm 2025", "11 tháng đầu năm": months counted from January (year to date)
    # and "10 tháng", "11 tháng" alone, like "9 tháng" (not "10 tháng qua", a span of time)
    ("months_to_date", re.compile(rf"\b(?:(0?[2-578]|1[01])\s+thang(?:\s+dau)?\s+nam|(1[01])\s+thang(?:\s+dau)?\b"
                                  rf"(?!\s+(?:cuoi|qua|toi|tiep|nua|gan|sau|truoc)\b)){_YEAR_OPT}")),
    ("quarter", re.compile(rf"\bquy\s+(iv|iii|ii|i|[1-4])\b{_YEAR_OPT}")),
    ("block", re.compile(rf"\bngay\s+(?:{_DATE}|{_DATE_WORDS}|\d{{1,2}}\s+thang)")),
    # a holiday and its year ("Tết Nguyên đán Bính Ngọ năm 2026", "mừng Xuân Bính Ngọ 2026") name days the
    # text does not give, not the year: no period
    ("block", re.compile(rf"\b(?:tet(?:\s+(?:nguyen\s+dan|co\s+truyen|duong\s+lich|am\s+lich))?|(?:mung|don|vui)\s+xuan"
                         rf"|xuan(?=\s+{_CAN_CHI}))(?:\s+{_CAN_CHI})?(?:\s+nam)?\s+{_Y}")),
    ("month", re.compile(rf"\bthang\s+(\d{{1,2}})\b{_YEAR_OPT}")),
    ("year", re.compile(rf"\bnam\s+{_Y}\b")),
]


# kinds tried only when no other period is written: "Báo cáo ... nhiệm kỳ 2020 - 2025, quý II/2024"
RANGE_LAST = {"range_years"}
# semesters in whole months: the Ministry's calendar ends semester I in mid-January and semester II in
# late May, each province setting the days; (first month, day), (last month, day)
_SEMESTERS = {False: ((9, 1), (1, 31)), True: ((2, 1), (5, 31))}
_YEAR_AFTER = re.compile(rf"(?<!\d){_Y}(?!\d)")


def _date(y, m, d) -> dt.date | None:
    try:
        return dt.date(int(y), int(m), int(d))
    except (TypeError, ValueError):
        return None


def _month_end(y: int, m: int) -> dt.date:
    return dt.date(y, m, calendar.monthrange(y, m)[1])


def _build(kind: str, m: re.Match, label: str, default_year, later_year=None) -> Period | None:
    g = [x for x in m.groups()]
    if kind == "as_of":
        d = _date(g[2], g[1], g[0]) if g[0] else _date(g[5], g[4], g[3])
        if d is None:
            return None
        return Period(label, "as_of", dt.date(d.year, 1, 1), d, True)
    if kind == "as_of_month":
        mo, y = int(g[0]), int(g[1])
        if not 1 <= mo <= 12:
            return None
        return Period(label, "as_of", dt.date(y, 1, 1), _month_end(y, mo), True)
    if kind == "range":
        b = _date(g[5], g[4], g[3])
        a = _date(g[2] or (b and b.year), g[1], g[0])
        if a is not None and b is not None and not g[2] and b < a:
            a = _date(b.year - 1, g[1], g[0])      # "từ ngày 15/12 đến ngày 14/3/2025"
        if a is None or b is None or b < a:
            return None
        return Period(label, "range", a, b, False)
    if kind == "semester":
        a, b = int(g[1]), int(g[2])
        if b != a + 1:
            return None
        (m1, d1), (m2, d2) = _SEMESTERS[g[0] in ("ii", "2")]
        start = dt.date(a if m1 >= 9 else b, m1, d1)
        return Period(label, "range", start, dt.date(b, m2, d2), False)
    if kind == "school_year":
        a, b = int(g[0]), int(g[1])
        if b != a + 1:
            return None
        return Period(label, "range", dt.date(a, 9, 1), dt.date(b, 8, 31), False)
    if kind == "range_years":
        a, b = int(g[0]), int(g[1])
        if b < a:
            return None
        return Period(label, "range", dt.date(a, 1, 1), dt.date(b, 12, 31), False)
    y = g[-1] or default_year or later_year
    if y is None:
        return None
    y = int(y)
    if kind == "half":
        if g[0] != "cuoi":
            return Period(label, "half", dt.date(y, 1, 1), dt.date(y, 6, 30), True)
        return Period(label, "half", dt.date(y, 7, 1), dt.date(y, 12, 31), False)
    if kind == "three_months":
        if g[0] == "dau":
            return Period(label, "quarter", dt.date(y, 1, 1), dt.date(y, 3, 31), True)
        return Period(label, "quarter", dt.date(y, 10, 1), dt.date(y, 12, 31), False)
    if kind == "nine_months":
        return Period(label, "nine_months", dt.date(y, 1, 1), dt.date(y, 9, 30), True)
    if kind == "months_to_date":
        return Period(label, "as_of", dt.date(y, 1, 1), _month_end(y, int(g[0] or g[1])), True)
    if kind == "week":
        try:
            monday = dt.date.fromisocalendar(y, int(g[0]), 1)
        except ValueError:
            return None
        return Period(label, "range", monday, monday + dt.timedelta(days=6), False)
    if kind == "quarter":
        q = _ROMAN.get(g[0]) or int(g[0])
        return Period(label, "quarter", dt.date(y, 3 * q - 2, 1), _month_end(y, 3 * q), False)
    if kind == "month":
        mo = int(g[0])
        if not 1 <= mo <= 12:
            return None
        return Period(label, "month", dt.date(y, mo, 1), _month_end(y, mo), False)
    if kind == "year":
        return Period(label, "year", dt.date(y, 1, 1), dt.date(y, 12, 31), False)
    return None


def parse_period(text: str, default_year: int | None = None) -> Period | None:
    """The first reporting period written in `text`, or None. A period written without its
    year takes `default_year` (the issue date's), else the next year the text writes:
    "quý I và phương hướng, nhiệm vụ quý II năm 2024" is quý I/2024."""
    if not text:
        return None
    text = normalize(text)
    folded = fold(text)
    cands = []
    for kind, pat in _PATTERNS:
        for m in pat.finditer(folded):
            last = kind in RANGE_LAST
            cands.append((last, m.start(), -(m.end() - m.start()), kind, m))
    cands.sort(key=lambda c: c[:3])
    pos = 0
    for last, start, _, kind, m in cands:
        if start < pos and not last:
            continue
        if kind == "block":
            pos = m.end()
            continue
        label = text[m.start():m.end()].strip(" ,")
        later = _YEAR_AFTER.search(folded, m.end())
        p = _build(kind, m, label, default_year, later and later.group(1))
        if p is not None:
            return p
    return None
