"""A change stated with both of its values in one sentence.

"Thu ngân sách đạt 126,5 tỷ đồng, tăng 15% so với cùng kỳ (110 tỷ đồng)": the level before the
change (126,5 tỷ), the change (tăng 15%) and the earlier value in the bracket right after
"so với …" (110 tỷ) must agree. The cross-report checks (pipeline.compare, kind
`stated_change`) look the earlier value up in another report; this one needs none.

- A relative change (unit %): increase L/X − 1, decrease 1 − L/X, "bằng" L/X, times 100.
- An absolute change in the level's own unit: L − X (tăng) or X − L (giảm).
- Between two percents: "giảm 0,8 điểm phần trăm" is X − L; a change written with "%" between
  two percents may be points or relative, both are accepted.
- The values are taken exactly as written and the change must be one of their roundings or the
  truncation (docs/checks.md, rounding rule), as for a percent of two percents: a writer who
  computes from the printed figures gets exactly that.
"""
from __future__ import annotations

import re
from fractions import Fraction

from extractors.fact import Fact

from .base import Check, exact, facts_by_para, sentence_index, shown, value_of
from .numbers import fmt_vn
from .rounding import candidates, match

# "so với cùng kỳ năm 2023 (" right after the change, then the bracket with the earlier value
_SO_VOI_BRACKET = re.compile(r"\s*,?\s*so\s+với(?:\s+[^\s();.,]+){0,8}\s*\(", re.I)
_NOT_BASELINE = re.compile(r"\s*(?:trong\s+đó|gồm|bao\s+gồm|cụ\s+thể|riêng)", re.I)
# what may stand beside the earlier value in its bracket: "(cùng kỳ năm 2023: 76.200 lượt)",
# "(quý II sau điều chỉnh: 71,2 tỷ đồng)", "(ước thực hiện cùng kỳ: ...)"
_BRACKET_WORDS = re.compile(r"[\s:,/]*(?:(?:cùng\s+kỳ|năm|quý|tháng|kỳ|trước|là|đạt|có|sau|điều\s+chỉnh|"
                            r"ước|thực\s+hiện|chính\s+thức|[IVX]+)[\s:,/]*)*", re.I)
_TIMES_BRACKET = re.compile(r"\s*(?:so\s+với)?(?:\s+[^\s();.,]+){0,8}\s*\(", re.I)
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
# "ước đạt 186,4 triệu USD": an estimate is the figure the change was computed from, not a bound
_ESTIMATE = re.compile(r"\s*ước\b", re.I)
_POINTS = re.compile(r"điểm\s*(?:phần\s*trăm|%)|\bđiểm\b", re.I)


def _family(f: Fact) -> str:
    return "percent" if f.kind == "percent" else f.kind


def _unit(f: Fact) -> str:
    return (f.unit or "").strip().lower()


def _same_unit(a: Fact, b: Fact) -> bool:
    ua, ub = _unit(a), _unit(b)
    return ua == ub or ua.startswith(ub + " ") or ub.startswith(ua + " ")


_OPEN = re.compile(r"\s*\(\s*")
_CLOSE = re.compile(r"\s*\)")


def _past_twin(text: str, ch: Fact, facts: list[Fact], para: list[int]) -> int | None:
    """Where 'so với …' may start when the change is written twice, once in brackets: "giảm 6
    vụ (25%) so với …" — after the bracket, for the change before it and the one inside it."""
    twins = [facts[j] for j in para if facts[j].kind == "change" and facts[j] is not ch]
    m = _OPEN.match(text, ch.end)
    if m:           # "giảm 6 vụ (25%)": the bracket holds only the other change
        inner = next((f for f in twins if f.start == m.end()), None)
        close = _CLOSE.match(text, inner.end) if inner is not None else None
        return close.end() if close else None
    close = _CLOSE.match(text, ch.end)
    if close:       # "(25%)" itself, right after the change it restates
        before = text[:ch.start].rstrip()
        if before.endswith("(") and any(f.end == len(before[:-1].rstrip()) for f in twins):
            return close.end()
    return None


def _baseline(text: str, ch: Fact, facts: list[Fact], para: list[int]) -> int | None:
    """The one figure in the bracket right after 'so với …' that follows the change."""
    m = _SO_VOI_BRACKET.match(text, ch.end)
    if not m:
        pos = _past_twin(text, ch, facts, para)
        m = _SO_VOI_BRACKET.match(text, pos) if pos is not None else None
    if not m and _unit(ch) == "lần":
        # "gấp 2,5 lần năm 2020 (312 tỷ đồng)": a multiple names its base with or without "so với"
        m = _TIMES_BRACKET.match(text, ch.end)
    if not m:
        return None
    close = text.find(")", m.end())
    if close < 0 or "(" in text[m.end():close] or _NOT_BASELINE.match(text, m.end()):
        return None
    inside = [j for j in para if m.end() <= facts[j].start and facts[j].end <= close]
    if len(inside) != 1:
        return None
    j = inside[0]
    rest = text[m.end():facts[j].start] + " " + text[facts[j].end:close]
    if not _BRACKET_WORDS.fullmatch(_YEAR.sub(" ", rest)):
        return None                     # "(trường hợp dưới 70% thì …)" is no earlier value
    return j


def _levels(text: str, ch: Fact, base: Fact, facts: list[Fact], para: list[int], i: int) -> list[int]:
    """The figures the change may be about, nearest first: those before it in its sentence of
    the baseline's kind (and unit, for counts); other changes and percents of another kind are
    skipped, an amount of another kind ends the search (the change is about that one)."""
    sent = sentence_index(text, ch.start)
    out = []
    for j in reversed([k for k in para if k < i]):
        f = facts[j]
        if sentence_index(text, f.start) != sent:
            break
        if f.kind == "change" or f.percent_of == "change":
            continue
        if _family(f) != _family(base):
            if f.kind in ("count", "money") and base.kind in ("count", "money"):
                break
            continue
        if (f.qualifier and not _ESTIMATE.match(f.raw or "")) or exact(f) is None \
                or (f.kind == "count" and not _same_unit(f, base)):
            continue
        out.append(j)
    return out


def _expected(direction: str, L: Fraction, X: Fraction, relative: bool, points: bool):
    """The candidate true values of the change (several when the wording allows two readings)."""
    out = []
    if points or not relative:
        d = {"increase": L - X, "decrease": X - L}.get(direction)
        if d is not None:
            out.append(("difference", d))
    if relative and X != 0:
        r = {"increase": (L / X - 1) * 100, "decrease": (1 - L / X) * 100,
             "ratio": L / X * 100}.get(direction)
        if r is not None:
            out.append(("relative", r))
    return out


def inline_changes(report, facts: list[Fact], texts=None) -> list[Check]:
    """`texts`: para_id -> text of the report's paragraphs, when the caller has them."""
    if report is None:
        return []
    texts = {p.para_id: p.text for p in report.paragraphs} if texts is None else texts
    by_para = facts_by_para(facts)
    out = []
    done: set[int] = set()          # changes checked against the bracket after them
    for i, ch in enumerate(facts):
        if ch.kind != "change" or ch.qualifier or ch.direction not in ("increase", "decrease", "ratio"):
            continue
        text = texts.get(ch.para_id, "")
        para = by_para.get(ch.para_id, [])
        if not text or exact(ch) is None:
            continue
        xb = _baseline(text, ch, facts, para)
        if xb is None:
            pair = _dated_pair(text, ch, facts, para, i)
            if pair is not None:
                c = _one(facts, i, *pair)
                if c is not None:
                    c.fact_ids = sorted(c.fact_ids)
                    out.append(c)
                    done.add(i)
            continue
        base = facts[xb]
        if base.kind not in ("count", "money", "percent") or base.qualifier or exact(base) is None:
            continue
        checks = [c for c in (_one(facts, i, lv, xb) for lv in _levels(text, ch, base, facts, para, i)) if c]
        if not checks:
            continue
        good = next((c for c in checks if c.status == "ok"), None)
        if good is not None and good is not checks[0]:
            good.message += f" (the nearer {shown(facts[checks[0].fact_ids[0]])} does not fit)"
        chosen = good or checks[0]
        chosen.fact_ids = sorted(chosen.fact_ids)
        out.append(chosen)
        done.add(i)
    for pid, para in by_para.items():
        out += _listed(texts.get(pid, ""), facts, para, done)
    return out


_SO_VOI_LIST = re.compile(r"so\s+với(?:\s+[^\s();.,]+){0,8}\s*\(", re.I)
# between two listed changes: a few words, no figure, bracket or sentence end ("chết, giảm")
_LIST_GAP = re.compile(r"[^\d();.!?]{0,30}")


def _listed(text: str, facts: list[Fact], para: list[int], done: set[int]) -> list[Check]:
    """Several changes after their baselines: "11 vụ, làm chết 7 người, bị thương 9 người; so với
    cùng kỳ (14 vụ, 9 người chết, 12 người bị thương) giảm 3 vụ, giảm 2 người chết, giảm 3 người
    bị thương". The k figures in the bracket, the k changes right after it and the last k
    figures before "so với" in the sentence are read in order, when their units agree pairwise."""
    out = []
    if not text or "so" not in text:
        return out
    for m in _SO_VOI_LIST.finditer(text):
        close = text.find(")", m.end())
        if close < 0 or "(" in text[m.end():close]:
            continue
        sent = sentence_index(text, m.start())
        inside = [j for j in para if m.end() <= facts[j].start and facts[j].end <= close]
        after = [j for j in para if facts[j].start > close and sentence_index(text, facts[j].start) == sent]
        k = len(inside)
        changes = after[:k]
        levels = [j for j in para if facts[j].end <= m.start() and sentence_index(text, facts[j].start) == sent
                  and facts[j].kind != "change"][-k:] if k else []
        if k < 2 or len(changes) < k or len(levels) < k or any(j in done for j in changes) \
                or any(facts[j].kind != "change" or facts[j].qualifier for j in changes) \
                or any(facts[j].kind not in ("count", "money") or facts[j].qualifier or exact(facts[j]) is None
                       for j in inside + levels):
            continue
        if not all(_LIST_GAP.fullmatch(text, facts[a].end, facts[b].start)
                   for a, b in zip(changes, changes[1:])):
            continue
        if not all(facts[lv].kind == facts[b].kind and (facts[lv].kind != "count" or _same_unit(facts[lv], facts[b]))
                   for lv, b in zip(levels, inside)):
            continue
        got = [_one(facts, c, lv, b) for c, lv, b in zip(changes, levels, inside)]
        for c in got:
            if c is not None:
                c.fact_ids = sorted(c.fact_ids)
                out.append(c)
    return out


def _one(facts: list[Fact], i: int, lv: int, xb: int) -> Check | None:
    """The change facts[i] between the level facts[lv] and the earlier value facts[xb]."""
    ch, level, base = facts[i], facts[lv], facts[xb]
    L, X = value_of(level), value_of(base)
    if L is None or X is None:
        return None
    unit = _unit(ch)
    if unit == "lần":
        return _times(facts, i, lv, xb, L, X)
    pct_unit = unit in ("%", "phần trăm")
    points = bool(_POINTS.search(unit))
    both_pct = level.kind == "percent" and base.kind == "percent"
    if points and not both_pct:
        return None
    if not pct_unit and not points:
        # an absolute change counts the level's own things ("giảm 6 vụ" of "14 vụ")
        if ch.direction == "ratio" or level.kind == "percent" or (
                level.kind == "count" and unit and not _same_unit(ch, level)):
            return None
    relative = pct_unit
    if both_pct and pct_unit:
        points = True                   # "tăng 2,3%" between two rates: points or relative
    cands = _expected(ch.direction, L, X, relative, points)
    if not cands:
        return None
    r, places = exact(ch)
    sc = Fraction(1)
    if not relative and not points and base.kind == "money":
        # "tăng 16,5 tỷ đồng": the change's number in its own scale
        if ch.scale is None:
            return None
        sc = Fraction(ch.scale)
    ids = [lv, i, xb]
    words = {"increase": "an increase", "decrease": "a decrease", "ratio": "a ratio"}[ch.direction]
    lhs = f"{shown(level)} now, {shown(base)} before"
    for how, v in cands:
        m = match(v / sc, r, places)
        if m:
            msg = (f"{lhs}: {words} of {fmt_vn(v / sc, places + 1)}"
                   f"{'%' if how == 'relative' else ''} ({how}); reported {shown(ch)} agrees ({m})")
            return Check("inline_change", "ok", shown(ch),
                         fmt_vn(v / sc, places + 1) + ("%" if how == "relative" else ""), m, msg, ids)
    parts = []
    for how, v in cands:
        c = candidates(v / sc, places)
        parts.append(f"{how} {fmt_vn(v / sc, places + 2)} → {fmt_vn(c['half_up'], places)} rounded, "
                     f"{fmt_vn(c['truncate'], places)} truncated")
    how, v = cands[0]
    msg = f"{lhs}: {words}; reported {shown(ch)} matches no rounding of " + "; ".join(parts)
    if v < 0 and ch.direction in ("increase", "decrease"):
        msg += " (the figure went the other way)"
    expected = fmt_vn(v / sc, places + 1) + ("%" if how == "relative" else "")
    return Check("inline_change", "mismatch", shown(ch), expected, "", msg, ids)


def _times(facts: list[Fact], i: int, lv: int, xb: int, L: Fraction, X: Fraction) -> Check | None:
    """'gấp 2,5 lần năm 2020 (312 tỷ đồng)' after 845 tỷ đồng: the multiple is L/X, as written."""
    ch, level, base = facts[i], facts[lv], facts[xb]
    if X == 0 or level.kind != base.kind or level.kind == "percent":
        return None
    r, places = exact(ch)
    v = L / X
    ids = [lv, i, xb]
    lhs = f"{shown(level)} now, {shown(base)} before: {fmt_vn(v, places + 2)} times"
    m = match(v, r, places)
    if m:
        return Check("inline_change", "ok", shown(ch), fmt_vn(v, places + 1), m,
                     f"{lhs}; reported {shown(ch)} agrees ({m})", ids)
    c = candidates(v, places)
    return Check("inline_change", "mismatch", shown(ch), fmt_vn(v, places + 1), "",
                 f"{lhs}; reported {shown(ch)} matches no rounding ({fmt_vn(c['half_up'], places)} "
                 f"rounded, {fmt_vn(c['truncate'], places)} truncated)", ids)


# "năm 2025 là 31 vụ, năm 2024 là 38 vụ, giảm 5 vụ": two levels, each after its own year
_DATED = re.compile(r"năm\s+((?:19|20)\d\d)\s*(?:là|đạt|có|:)?\s*$", re.I)
_CHANGE_GAP = re.compile(r"\s*[,;]\s*")
_TO_CHANGE = re.compile(r"\s*[,;]\s*(?:tăng|giảm)?\s*", re.I)


def _dated_pair(text: str, ch: Fact, facts: list[Fact], para: list[int], i: int):
    """(level, baseline) for a change right after two figures of one kind (and unit) that each
    follow their year, nothing else between: the later year is the level. None otherwise, and
    when 'so với' follows the change (the comparison is named elsewhere)."""
    before = [j for j in para if j < i]
    if len(before) < 2 or re.match(r"\s*,?\s*so\s+với", text[ch.end:], re.I):
        return None
    a, b = before[-2], before[-1]
    A, B = facts[a], facts[b]
    if A.kind != B.kind or A.kind not in ("count", "money", "percent") or A.qualifier or B.qualifier \
            or (A.kind == "count" and not _same_unit(A, B)) or not _TO_CHANGE.fullmatch(text, B.end, ch.start) \
            or sentence_index(text, A.start) != sentence_index(text, ch.start):
        return None
    ya = _DATED.search(text, max(0, A.start - 30), A.start)
    yb = _DATED.search(text, A.end, B.start)
    if not ya or not yb or not _CHANGE_GAP.match(text, A.end) or ya.group(1) == yb.group(1):
        return None
    return (a, b) if ya.group(1) > yb.group(1) else (b, a)


def baselines_not_parts(facts: list[Fact], links: list, texts: dict[int, str]) -> list:
    """The earlier value in the bracket after a change ("gấp 2,5 lần năm 2020 (312 tỷ đồng)") is
    what the change compares with, never a part of the figure before it: links that make it one
    are dropped (else "bằng 0,5 lần năm 2020 (600 tỷ đồng)" after 300 tỷ reads as a part larger
    than its total)."""
    changes = [i for i, f in enumerate(facts) if f.kind == "change"]
    if not changes:
        return links
    by_para = facts_by_para(facts)
    bases = set()
    for i in changes:
        text = texts.get(facts[i].para_id, "")
        if text:
            xb = _baseline(text, facts[i], facts, by_para[facts[i].para_id])
            if xb is not None:
                bases.add(xb)
    if not bases:
        return links
    return [ln for ln in links if not (ln.relation in ("part_of", "subset_of") and ln.src in bases)]
