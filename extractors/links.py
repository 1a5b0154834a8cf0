"""Links between facts that belong together (see extractors.fact.Link for the relations).

Within a paragraph: a percent and the fraction it restates, a percent of two percents, a total and
its parts in parentheses or after "gồm"/"trong đó", a count and the share it makes ("chiếm X%").
Across paragraphs (report level): a total followed by "+"/"-" bullet lines, and a body figure
with the footnote anchored right after it.

Relations are conservative on purpose: a wrong link becomes a false alarm in the checks.
"trong đó" introduces a subset ("subset_of": parts may not add up to the whole); parentheses
right after a total, "gồm", bullets and footnotes introduce a breakdown ("part_of"/"breakdown").
"""
from __future__ import annotations

import regex
# "42/139 cơ quan đơn vị, địa phương, đạt tỷ lệ 30%": the fraction's noun phrase runs on
_RESTATE_LONG_GAP = regex.compile(r"[^\d();.]{0,90}(?:đạt|chiếm)(?:\s+(?:tỷ|tỉ) lệ)?\s*", regex.I)
_CLAUSE_OPENER = regex.compile(r"\s*,?\s*(?:và\s*)?(?:còn(?:\s+lại)?\s*)?", regex.I)
_PAREN_AFTER_WORDS = regex.compile(r"[^\d();.,]{0,80}\(\s*")
_PAREN_OPEN = regex.compile(r"\s*\(\s*")
_LETTER = regex.compile(r"[\p{L}]")
_PAREN = regex.compile(r"\(([^()]*)\)")
_HARD_STOP = regex.compile(r"[.;()]")
_TRONG_DO = regex.compile(r"\s*trong\s+đó", regex.I)
_DAT_GAP = regex.compile(r"[^\d]{0,40}(?:đạt|chiếm)[^\d]{0,15}")

from . import context
from .fact import Fact, Link

_RESTATE_GAP = regex.compile(
    r"^[\s,(]*(?:(?:và|,)\s*)?(?:đạt|chiếm|bằng|là)?\s*(?:(?:tỷ|tỉ) lệ)?\s*(?:đạt|là|:)?\s*$", regex.I)
_SHARE_GAP = regex.compile(r"chiếm|(?:tỷ|tỉ) lệ", regex.I)
_SUBSET = regex.compile(r"^\s*[,;:]?\s*(?:\(\s*)?trong\s+đó\s*[:,]?\s*", regex.I)
_GOM = regex.compile(r"^\s*[,;:]?\s*(?:\(\s*)?(?:bao\s+)?gồm\s*:?\s*", regex.I)
_PAREN_PREFIX = regex.compile(r"^\s*(?:(?:bao\s+)?gồm|trong\s+đó|cụ\s+thể)\s*[:,]?\s*", regex.I)

AMOUNT = ("count", "money")


def family(f: Fact) -> str:
    return "money" if f.kind == "money" else ("count" if f.kind == "count" else f.kind)


def paragraph_links(text: str, facts: list[Fact]) -> list[Link]:
    links: list[Link] = []
    _restates(text, facts, links)
    _ratio_of_percents(text, facts, links)
    _parenthesised_parts(text, facts, links)
    _listed_parts(text, facts, links)
    _shares(text, facts, links)
    _remainders(text, facts, links)
    return links


def _remainders(text, facts, links):
    """"đạt và vượt 06/13 chỉ tiêu, 07 chỉ tiêu còn lại ..." / "11/13 chỉ tiêu, còn 02 chỉ tiêu":
    counts of the fraction's own unit that open the following clauses of its sentence split its
    denominator with the numerator. Linked as parts of the fraction (the checks add numerator +
    parts = denominator)."""
    linked = {lk.src for lk in links}
    for j, fr in enumerate(facts):
        if fr.kind != "fraction" or not fr.unit or fr.numerator is None or fr.numerator >= fr.denominator:
            continue
        _, hi = context.sentence_bounds(text, fr.end, fr.end)
        rest = [k for k in range(j + 1, len(facts)) if facts[k].start < hi]
        if any(facts[k].kind == "fraction" for k in rest):
            continue
        parts = []
        for k in rest:
            f = facts[k]
            if f.kind != "count" or f.unit.lower() != fr.unit.lower() or k in linked or f.qualifier:
                continue
            lo, _ = context.clause_bounds(text, f.start, f.end)
            lo = max(lo, facts[k - 1].end)      # "... đạt trên 50% và 5 chỉ tiêu"
            if not _CLAUSE_OPENER.fullmatch(text[lo:f.start]) or _inside_paren(text, f.start, fr.end):
                parts = []
                break
            parts.append(k)
        links.extend(Link(k, j, "part_of") for k in parts)


def _between_clear(text: str, a: Fact, b: Fact, facts: list[Fact]) -> bool:
    return not any(a.end <= f.start and f.end <= b.start for f in facts if f is not a and f is not b)


def _restates(text, facts, links):
    for i, p in enumerate(facts):
        if p.kind != "percent" or (p.extra.get("shared_sign") and not _first_of_pair(facts, i)):
            continue
        preceded = False
        lo, _ = context.sentence_bounds(text, p.start, p.end)
        for j in range(i - 1, -1, -1):
            if facts[j].end <= lo:
                break
            f = facts[j]
            if f.kind in ("fraction",) or (f.kind == "money" and f.denominator is not None):
                gap = text[f.end:p.start]
                if (len(gap) <= 40 and _RESTATE_GAP.match(gap)) or _RESTATE_LONG_GAP.fullmatch(gap):
                    links.append(Link(i, j, "restates"))
                preceded = True
                break
            if f.kind == "percent":
                break
        # "đạt 86,98% (265.456/305.194 hồ sơ)": the fraction follows in parentheses
        if i + 1 < len(facts) and not preceded:
            f = facts[i + 1]
            if (f.kind == "fraction" or (f.kind == "money" and f.denominator is not None)) \
                    and _PAREN_AFTER_WORDS.fullmatch(text[p.end:f.start]) and not any(
                        lk.src == i for lk in links):
                links.append(Link(i, i + 1, "restates"))


def _first_of_pair(facts, i):
    return i + 1 < len(facts) and facts[i + 1].extra.get("shared_sign") and facts[i].end < facts[i + 1].start


def _ratio_of_percents(text, facts, links):
    for i in range(len(facts) - 2):
        a, b = facts[i], facts[i + 1]
        if not (a.extra.get("shared_sign") and b.extra.get("shared_sign")):
            continue
        for k in range(i + 2, min(i + 4, len(facts))):
            p = facts[k]
            if p.kind == "percent" and p.percent_of == "target":
                lo, _ = context.sentence_bounds(text, b.start, b.end)
                if p.start - b.end <= 80:
                    links.append(Link(k, i, "ratio_num"))
                    links.append(Link(k, i + 1, "ratio_den"))
                break


def _items_ok(segment_facts, seg_text_before_first):
    return not _LETTER.search(_PAREN_PREFIX.sub("", seg_text_before_first).strip(" ,;:"))


def _parenthesised_parts(text, facts, links):
    for m in _PAREN.finditer(text):
        inner_lo, inner_hi = m.start(1), m.end(1)
        # the total: the last amount fact before "(" in the same sentence, only percents between
        total_i = None
        for j in range(len(facts) - 1, -1, -1):
            f = facts[j]
            if f.end > m.start():
                continue
            if f.kind == "percent" or (f.kind == "change" and f.unit == "%"):
                continue
            if f.kind in AMOUNT:
                total_i = j
            break
        if total_i is None:
            continue
        total = facts[total_i]
        gap = text[total.end:m.start()]
        if len(gap) > 80 or _HARD_STOP.search(gap):
            continue
        inside = [k for k, f in enumerate(facts) if inner_lo <= f.start and f.end <= inner_hi]
        parts = [k for k in inside if family(facts[k]) == family(total)]
        if len(parts) < 1:
            continue
        if len(parts) == 1 and facts[parts[0]].unit.lower() != total.unit.lower():
            continue      # "05 laptop ... (05 đồng chí)": one part of another kind is not a part
        prefix = text[inner_lo:inner_hi]
        subset = bool(_TRONG_DO.match(prefix))
        if ";" in prefix:
            items = [s for s in prefix.split(";") if s.strip()]
            ok = all(sum(1 for k in parts if facts[k].raw in s) >= 1 for s in items) and len(parts) == len(items)
        else:
            ok = _items_ok(parts, text[inner_lo:facts[parts[0]].start])
            # every other amount inside must be a part (no mixed counts like "24 cầu ... 9,2 tỷ")
            ok = ok and all(family(facts[k]) == family(total) or facts[k].kind == "percent" for k in inside)
        if not ok:
            continue
        rel = "subset_of" if subset or len(parts) == 1 else "part_of"
        for k in parts:
            links.append(Link(k, total_i, rel))


def _listed_parts(text, facts, links):
    """"N đơn vị; gồm: a ..., b ..." / "N hồ sơ; trong đó: a ..., b ..." in running text."""
    for j, total in enumerate(facts):
        if total.kind not in AMOUNT:
            continue
        rest = text[total.end:]
        m = _SUBSET.match(rest) or _GOM.match(rest)
        if not m or "(" in m.group(0):
            continue
        subset = "trong" in m.group(0).lower()
        lo = total.end + m.end()
        _, hi = context.sentence_bounds(text, lo, lo)
        parts = [k for k, f in enumerate(facts) if lo <= f.start < hi and family(f) == family(total)
                 and not _inside_paren(text, f.start, lo)]
        if not parts:
            continue
        if not subset and not _items_ok(parts, text[lo:facts[parts[0]].start]):
            continue      # "gồm: Chủ tịch, 02 Phó Chủ tịch ...": unnumbered items, not a breakdown
        rel = "subset_of" if subset or len(parts) == 1 else "part_of"
        for k in parts:
            links.append(Link(k, j, rel))
        # a percent right after a single subset part restates part/total ("đạt tỷ lệ 87,2%")
        if len(parts) == 1:
            k = parts[0]
            if k + 1 < len(facts) and facts[k + 1].kind == "percent":
                gap = text[facts[k].end:facts[k + 1].start]
                if _RESTATE_GAP.match(gap) or _DAT_GAP.fullmatch(gap):
                    links.append(Link(k + 1, k, "ratio_num"))
                    links.append(Link(k + 1, j, "ratio_den"))


def _inside_paren(text, pos, lo):
    seg = text[lo:pos]
    return seg.count("(") > seg.count(")")


def _shares(text, facts, links):
    for i, p in enumerate(facts):
        if p.kind != "percent" or p.percent_of != "share" or i == 0:
            continue
        c = facts[i - 1]
        if c.kind != "count":
            continue
        gap = text[c.end:p.start]
        if len(gap) <= 80 and _SHARE_GAP.search(gap) and not _HARD_STOP.search(gap):
            links.append(Link(i, i - 1, "share_of"))
