"""A percent against the fraction it restates, and a percent of two percents."""
from __future__ import annotations

import re
from fractions import Fraction

from extractors.fact import Fact, Link

from .base import Check, QUAL_WORDS, exact, interval, overlaps, shown
from .numbers import fmt_vn
from .rounding import candidates, grim_counts, match, percent


def _pct(d) -> str:
    return fmt_vn(d) + "%"


def _true_text(v: Fraction, places: int) -> str:
    """The true value to one place more than written: 70,886."""
    return fmt_vn(v, places + 1)


def _bound_check(kind, pct: Fact, v: Fraction, lhs: str, ids) -> Check:
    """A qualified percent ('trên 98%') against a true value: an inequality, never equality."""
    iv = interval(pct)
    ok = overlaps(iv, (v, v))
    word = QUAL_WORDS.get(pct.qualifier, pct.qualifier)
    msg = (f"{lhs} = {_true_text(v, 2)}%; reported {word} {_pct(exact(pct)[0])}: "
           + ("consistent" if ok else "contradicts the bound"))
    return Check("bound", "ok" if ok else "mismatch", shown(pct), _true_text(v, 2) + "%",
                 "inequality", msg, ids)


def percent_agrees(pct: Fact, v: Fraction) -> bool:
    """check_percent_value(..., pct, v, ...).status == "ok", without composing the message."""
    if pct.qualifier:
        return overlaps(interval(pct), (v, v))
    r, places = exact(pct)
    return match(v, r, places) is not None


def check_percent_value(kind: str, pct: Fact, v: Fraction, lhs: str, ids: list[int],
                        grim_den: int | None = None) -> Check:
    """Is the percent `pct` some rounding of the true value v? lhs names the arithmetic."""
    if pct.qualifier:
        return _bound_check(kind, pct, v, lhs, ids)
    r, places = exact(pct)
    method = match(v, r, places)
    true_txt = _true_text(v, places)
    if method:
        how = {"exact": "exactly", "half_up": "rounded", "half_down": "rounded half down",
               "truncate": "truncated"}[method]
        msg = f"{lhs} = {true_txt}%; reported {_pct(r)} is the true value {how}"
        return Check(kind, "ok", _pct(r), true_txt + "%", method, msg, ids)
    c = candidates(v, places)
    rounded = {c["half_up"], c["half_down"]}
    rtxt = " or ".join(fmt_vn(x) for x in sorted(rounded))
    msg = (f"{lhs} = {true_txt}%; reported {_pct(r)} matches no rounding "
           f"({rtxt} rounded, {fmt_vn(c['truncate'])} truncated)")
    if grim_den is not None:
        ns = grim_counts(r, places, grim_den)
        if not ns:
            msg += f"; no whole count out of {fmt_vn(grim_den)} gives {_pct(r)}"
        else:
            msg += f"; {_pct(r)} of {fmt_vn(grim_den)} would be a count of {' or '.join(fmt_vn(n) for n in ns)}"
    return Check(kind, "mismatch", _pct(r), true_txt + "%", "", msg, ids)


def fraction_percent(facts: list[Fact], links: list[Link], report=None) -> list[Check]:
    out = []
    for ln in links:
        if ln.relation != "restates":
            continue
        pi, fi = ln.src, ln.dst
        if facts[pi].kind != "percent" and facts[fi].kind == "percent":
            pi, fi = fi, pi
        pct, frac = facts[pi], facts[fi]
        if pct.kind != "percent" or exact(pct) is None:
            continue
        num, den = exact(frac, "numerator"), exact(frac, "denominator")
        if num is None or den is None:
            continue
        if den[0] == 0:
            out.append(Check("fraction_percent", "warning", shown(pct), "", "",
                             f"{shown(frac)} has a zero denominator", [ln.src, ln.dst]))
            continue
        v = percent(num[0], den[0])
        lhs = f"{fmt_vn(num[0])}/{fmt_vn(den[0])}"
        whole = num[1] == 0 and den[1] == 0
        c = check_percent_value("fraction_percent", pct, v, lhs, sorted({ln.src, ln.dst}),
                                int(den[0]) if whole else None)
        if c.status == "mismatch":
            c = _relinked(c, facts, pi, frac, report) or _other_percent(c, facts, pi, fi, report) or c
        out.append(c)
    return out


def _other_percent(c: Check, facts, pct_i: int, frac_i: int, report) -> Check | None:
    """The fraction is restated by another percent of its sentence and the linked one says
    something else ("đạt 75,2% (số tiền … 654,935/871,321 triệu đồng, trường hợp đạt 100%
    thì …)": the link chose the wrong percent). The pair that does agree is reported."""
    from .base import sentence_index
    frac, pct = facts[frac_i], facts[pct_i]
    text = _para_text(report, frac.para_id)
    if not text:
        return None
    here = sentence_index(text, frac.start)
    num, den = exact(frac, "numerator"), exact(frac, "denominator")
    v = percent(num[0], den[0])
    for j, g in enumerate(facts):
        if j == pct_i or g.kind != "percent" or g.qualifier or g.para_id != frac.para_id \
                or exact(g) is None or sentence_index(text, g.start) != here \
                or not percent_agrees(g, v):     # only an agreeing pair is reported
            continue
        alt = check_percent_value("fraction_percent", g, v, f"{fmt_vn(num[0])}/{fmt_vn(den[0])}",
                                  sorted({j, frac_i}))
        if alt.status == "ok":
            alt.message += f" (this percent restates it, not {shown(pct)})"
            return alt
    return None


def _relinked(c: Check, facts, pct_i: int, frac: Fact, report) -> Check | None:
    """The percent sits beside another fraction of its sentence that it does restate
    ("42/139 …, đạt tỷ lệ 30% (4/15 sở, ngành …)"): the link chose the wrong fraction."""
    from .base import sentence_index
    pct = facts[pct_i]
    text = _para_text(report, pct.para_id)
    if not text:
        return None
    here = sentence_index(text, pct.start)
    for j, g in enumerate(facts):
        if g is frac or g.kind != "fraction" or g.para_id != pct.para_id \
                or sentence_index(text, g.start) != here:
            continue
        num, den = exact(g, "numerator"), exact(g, "denominator")
        if not num or not den or den[0] == 0:
            continue
        v = percent(num[0], den[0])
        if not percent_agrees(pct, v):          # only an agreeing pair is reported
            continue
        alt = check_percent_value("fraction_percent", pct, v, f"{fmt_vn(num[0])}/{fmt_vn(den[0])}",
                                  sorted({pct_i, j}))
        if alt.status == "ok":
            alt.message += f" (it restates this fraction of the sentence, not {shown(frac)})"
            return alt
    return None


def percent_of_percents(facts: list[Fact], links: list[Link]) -> list[Check]:
    """P = A/B*100 ('chiếm 85,17/82,41% số hộ, đạt 103,35%').

    The quotient is taken from A and B exactly as written, and P must be one of its
    roundings or its truncation: a writer who divides the printed figures gets exactly that.
    No slack is granted for the unrounded A and B behind the printed ones (that slack,
    ±0,02 around 103 for two-place inputs, would accept 103,26 for 86,24/83,50 = 103,281).
    """
    nums, dens = {}, {}
    for ln in links:
        if ln.relation == "ratio_num":
            nums[ln.src] = ln.dst
        elif ln.relation == "ratio_den":
            dens[ln.src] = ln.dst
    out = []
    for p in sorted(set(nums) & set(dens)):
        P, A, B = facts[p], facts[nums[p]], facts[dens[p]]
        a, b = exact(A), exact(B)
        if exact(P) is None or a is None or b is None or b[0] == 0:
            continue
        ids = sorted({p, nums[p], dens[p]})
        v = percent(a[0], b[0])
        lhs = f"{fmt_vn(a[0])}/{fmt_vn(b[0])}"
        out.append(check_percent_value("percent_of_percents", P, v, lhs, ids))
    return out


_OVER_OK = re.compile(r"vượt|tăng|so với|bằng", re.I)


def fraction_order(facts: list[Fact], report=None, links: list[Link] = ()) -> list[Check]:
    """A fraction with numerator above denominator, with no 'vượt' to explain it. A percent
    over 100 restating it ("427/388 cuộc kiểm tra …, đạt 110,05% chỉ tiêu") says the target
    was exceeded: no warning (fraction_percent checks that pair)."""
    over_100 = set()
    for ln in links:
        if ln.relation == "restates":
            for p, q in ((ln.src, ln.dst), (ln.dst, ln.src)):
                w = exact(facts[p]) if facts[p].kind == "percent" else None
                if w is not None and w[0] > 100:
                    over_100.add(q)
    out = []
    for i, f in enumerate(facts):
        if f.kind != "fraction":
            continue
        num, den = exact(f, "numerator"), exact(f, "denominator")
        if num is None or den is None or num[0] <= den[0]:
            continue
        text = _para_text(report, f.para_id)
        around = text[max(0, f.start - 60):f.end + 30] if text else f.raw
        if _OVER_OK.search(around) or i in over_100:
            continue
        out.append(Check("fraction_order", "warning", shown(f), f"numerator ≤ {fmt_vn(den[0])}",
                         "", f"{shown(f)}: the part {fmt_vn(num[0])} is larger than the whole "
                         f"{fmt_vn(den[0])} and nothing says it was exceeded ('vượt')", [i]))
    return out


def _para_text(report, para_id: int) -> str:
    if report is None:
        return ""
    for p in report.paragraphs:
        if p.para_id == para_id:
            return p.text
    return ""
