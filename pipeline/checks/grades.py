"""Shares of the four grades of one evaluation.

Party members, Party organisations and civil servants are each graded on one scale:
"hoàn thành xuất sắc nhiệm vụ", "hoàn thành tốt nhiệm vụ", "hoàn thành nhiệm vụ", "không hoàn
thành nhiệm vụ". When a report gives a bare percent after each of the four, one after the
other (in one sentence or over several sentences and paragraphs), everyone graded is in one of
them: the four make 100%, within the rounding of their places (14,5 + 72,3 + 11,2 + 0,8 = 98,8:
mismatch). Fewer grades may be a partial list ("hoàn thành tốt nhiệm vụ trở lên") and give no
row. Percents after "chiếm", or linked to a count, are left to shares_sum.
"""
from __future__ import annotations

import re

from .base import Check, exact, ratio
from .numbers import fmt_vn
from .parts import _share_tolerance

_GRADE = re.compile(r"(không\s+)?hoàn thành\s+(?:(xuất sắc|tốt)\s+)?nhiệm vụ\s*(?:là|đạt|có)?\s*$", re.I)
_ITEM = re.compile(r"[,;:.(\n]")


def _grade(text: str, start: int) -> str | None:
    """The grade the percent at start is the share of: its item holds the label alone."""
    lo = max((m.end() for m in _ITEM.finditer(text, 0, start)), default=0)
    m = _GRADE.search(text, lo, start)
    if m is None or "chiếm" in text[lo:start]:
        return None
    return "không" if m.group(1) else (m.group(2) or "").lower() or "hoàn thành"


def grade_shares(facts, links, texts) -> list[Check]:
    linked = {i for ln in links if ln.relation == "share_of" for i in (ln.src, ln.dst)}
    out, run = [], []

    def close():
        grades = [g for _, g in run]
        if len(run) == 4 and len(set(grades)) == 4:
            out.append(_check([i for i, _ in run], facts))
        run.clear()

    for i, f in enumerate(facts):
        g = None
        if f.kind == "percent" and not f.qualifier and i not in linked and exact(f) is not None:
            g = _grade(texts.get(f.para_id, ""), f.start)
        if g is None:
            close()
            continue
        if run and (run[-1][0] != i - 1 or f.para_id - facts[run[-1][0]].para_id > 1
                    or g in {x for _, x in run}):
            close()
        run.append((i, g))
    close()
    return out


def _check(ids: list[int], facts) -> Check:
    pcts = [facts[i] for i in ids]
    total = sum(ratio(exact(p)[0]) for p in pcts)
    lo, hi = _share_tolerance(pcts)
    s = " + ".join(fmt_vn(exact(p)[0]) for p in pcts) + f" = {fmt_vn(total)}%"
    if lo <= total <= hi:
        return Check("shares_sum", "ok", fmt_vn(total) + "%", "100%", "",
                     f"the four grades {s}; within rounding of 100%", ids)
    return Check("shares_sum", "mismatch", fmt_vn(total) + "%", "100%", "",
                 f"the four grades {s}: everyone graded has one grade, so they make 100%, "
                 f"but not even allowing for rounding", ids)
