"""An average stated with its total and its count: "Tổng quỹ lương chi trả cho 120 người lao động
là 540 triệu đồng, bình quân 4,5 triệu đồng/người" -> 540 triệu / 120 = 4,5 triệu (kind
`average`).

The average is a rate "x đơn vị/đối tượng" after "bình quân" or "trung bình" (one "/": "triệu
đồng/người/tháng" is also per month, and the total's period is not written); its total is the
one figure of the sentence in the rate's numerator unit (money in any scale, or a count whose noun
opens with that unit: "350 buổi tuyên truyền" for "buổi/xã"), its count the one count whose noun
opens with the word after "/" ("120 người lao động" for "/người"). With no such pair, or more
than one, nothing is said. The written average must be a rounding or the truncation of the
quotient; a total written in a larger scale ("3,24 tỷ đồng") may itself have been rounded, so
any quotient its interval allows is accepted.
"""
from __future__ import annotations

import re

from extractors.fact import Fact

from .base import (Check, exact, facts_by_para, interval, ratio, scale_of, sentence_index, shown,
                   value_of)
from .numbers import fmt_vn
from .rounding import acceptance_interval, candidates, match

_MEAN = re.compile(r"(?:bình quân|trung bình)[^\d,;()]{0,30}$", re.I)
_MONEY_UNIT = re.compile(r"^(?:(nghìn|ngàn|triệu|tỷ)\s+)?đồng$", re.I)
_SCALE = {"": 1, "nghìn": 10 ** 3, "ngàn": 10 ** 3, "triệu": 10 ** 6, "tỷ": 10 ** 9}


def _opens_with(unit: str, word: str) -> bool:
    unit, word = unit.strip().lower(), word.strip().lower()
    return bool(word) and (unit == word or unit.startswith(word + " "))


def averages(facts: list[Fact], texts: dict[int, str]) -> list[Check]:
    out = []
    by_para = facts_by_para(facts)
    for a, A in enumerate(facts):
        t = texts.get(A.para_id, "")
        # "triệu đồng/người/tháng" is also per month: the total's period is not written
        if A.kind != "rate" or A.qualifier or (A.unit or "").count("/") != 1 or not t \
                or not _MEAN.search(t, max(0, A.start - 40), A.start):
            continue
        num_unit, per = (x.strip() for x in A.unit.split("/"))
        w = exact(A)
        if w is None or not per:
            continue
        money = _MONEY_UNIT.match(num_unit)
        sent = sentence_index(t, A.start)
        here = [j for j in by_para[A.para_id] if j != a and sentence_index(t, facts[j].start) == sent
                and not facts[j].qualifier]
        totals = [j for j in here if (facts[j].kind == "money" if money else
                                      facts[j].kind == "count" and _opens_with(facts[j].unit or "", num_unit))]
        counts = [j for j in here if facts[j].kind == "count" and _opens_with(facts[j].unit or "", per)
                  and j not in totals]
        if len(totals) != 1 or len(counts) != 1:
            continue
        T, C = facts[totals[0]], facts[counts[0]]
        n = exact(C)
        if n is None or n[1] != 0 or n[0] == 0 or exact(T) is None:
            continue
        # the average as written ("4,5" of "4,5 triệu đồng/người") times unit_scale is its value
        # in đồng: the scale in the unit, or else (a money rate stores its value in đồng, its unit
        # "đồng/người") the ratio of the value to the written figure
        unit_scale = _SCALE[(money.group(1) or "").lower()] if money else 1
        if money and unit_scale == 1 and A.value is not None and w[0] != 0:
            unit_scale = ratio(A.value) / ratio(w[0])
        # the quotient is shown in the unit as written ("triệu đồng/người")
        k = (A.raw or "").find(A.value_text or "\0")
        written_unit = A.raw[k + len(A.value_text):].strip() if k >= 0 else ""
        shown_unit = written_unit if "/" in written_unit else f"{num_unit}/{per}"
        cnt = ratio(n[0])
        v = value_of(T) / cnt / unit_scale                  # the quotient in the average's unit
        lo, hi = (x / cnt / unit_scale for x in interval(T))
        x, places = w
        ids = sorted({a, totals[0], counts[0]})
        lhs = f"{shown(T)} / {shown(C)}"
        how = match(v, x, places)
        if how is None:
            a_lo, a_hi = acceptance_interval(x, places)
            if a_lo <= hi and lo <= a_hi and scale_of(T) > 1:
                how = "within_precision"
        if how:
            out.append(Check("average", "ok", shown(A), fmt_vn(x), how,
                             f"{lhs} = {fmt_vn(v, places + 2)} {shown_unit}; "
                             f"reported {shown(A)} agrees", ids))
        else:
            c = candidates(v, places)
            out.append(Check("average", "mismatch", shown(A), fmt_vn(c["half_up"]), "",
                             f"{lhs} = {fmt_vn(v, places + 2)} {shown_unit}; "
                             f"reported {shown(A)} matches no rounding ({fmt_vn(c['half_up'])} "
                             f"rounded, {fmt_vn(c['truncate'])} truncated)", ids))
    return out
