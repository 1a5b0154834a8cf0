"""Totals against their parts, and shares of one whole.

Judgement calls (documented in docs/checks.md):
- Whole counts must add up exactly. Money and decimals may have been rounded or cut to the
  places written, so the sum of the parts' possible values must meet the total's.
- A single part ("trong đó ... 06 triệu đồng", "riêng ... 85 văn bản") is a subset: part <= total.
- A list that says it is incomplete ("...", "v.v.", "như", "nhất là") or that names items
  without a number before the first numbered one ("gồm: Chủ tịch, 02 Phó Chủ tịch và 01 ...")
  is checked as sum <= total (each unnumbered item counts at least 1).
- Parts under a bare "trong đó" (no colon list, no parentheses) that fall short of the total
  are a warning, not a mismatch: Vietnamese reports use "trong đó" for "of which, notably".
- Anything else with two or more parts is a breakdown and must add up; a gap with no named
  "còn lại"/"khác" part is a mismatch.
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import defaultdict
from functools import lru_cache
from fractions import Fraction

from extractors.fact import Fact, Link

from .base import (Check, add_intervals, attribute_dims, exact, interval, is_whole_count,
                   lone_attributes, overlaps, paren_depth, ratio, scale_of, sentence_index, shown, sum_of)
from .numbers import fmt_vn
from .rounding import acceptance_interval, match

_INCOMPLETE = re.compile(r"\.\.\.|…|v\.v|\bnhư\b|nhất là|\bkhác\b(?!\s*\d)", re.I)
_SUBSET = re.compile(r"\briêng\b|nhất là|\bnhư\b", re.I)
_LIST_CUE = re.compile(r"gồm\s*:?|trong đó\s*[:,]?|cụ thể\s*:?|\(", re.I)
_TRONG_DO = re.compile(r"trong đó", re.I)
_TAIL_END = re.compile(r"[);.]|$")
_GOES_ON = re.compile(r"\.\.\.|…|v\.v")
_TRONG_DO_COLON = re.compile(r"trong đó\s*:", re.I)
_PIECE_CUT = re.compile(r"[,;]")
_OPENING_CLAUSE = re.compile(r"(?<!\w)(?:đã|đang|sẽ)(?!\w)", re.I)
_DIGIT = re.compile(r"\d")
_WORDS_ONLY = re.compile(r"[^,;:()%/]*")     # words (an age, "dưới 30 tuổi", is no figure)
_VALUE_CUE = re.compile(r"\s*(?:với\s+)?(?:trị giá|giá trị|số tiền|kinh phí|tổng (?:số )?tiền)\s*(?:là\s*)?", re.I)


def _texts(report) -> dict[int, str]:
    return {p.para_id: p.text for p in report.paragraphs} if report is not None else {}


def _compatible(total: Fact, part: Fact) -> bool:
    if total.kind == "fraction":
        return part.kind in ("count", "fraction")
    if total.kind == "money":
        return part.kind == "money"
    if total.kind == "count":
        return part.kind in ("count", "fraction")
    return part.kind == total.kind


def _part_value(f: Fact) -> Fact:
    """A fraction used as a part counts with its numerator ('06/13 chỉ tiêu' -> 06)."""
    if f.kind != "fraction":
        return f
    return Fact("count", f.start, f.end, f.raw, value=f.numerator, value_text=f.numerator_text,
                unit=f.numerator_unit or f.unit, qualifier=f.qualifier, para_id=f.para_id)


def _total_value(f: Fact) -> Fact:
    """A fraction as a total stands for its denominator ('06/13 chỉ tiêu, 07 còn lại')."""
    if f.kind != "fraction":
        return f
    return Fact("count", f.start, f.end, f.raw, value=f.denominator,
                value_text=f.denominator_text, unit=f.denominator_unit or f.unit,
                qualifier=f.qualifier, para_id=f.para_id)


def _suffix(f: Fact) -> str:
    """'23,2 tỷ đồng' -> ' tỷ đồng' (how to print sums in the total's own scale)."""
    raw, vt = f.raw, f.value_text
    i = raw.find(vt) if vt else -1
    return raw[i + len(vt):].rstrip(" ,.;)") if i >= 0 else ""


def _list_shape(total: Fact, parts: list[Fact], texts: dict[int, str]) -> dict:
    """What the text around a list of parts says about it being complete."""
    shape = {"incomplete": False, "unnumbered": 0, "trong_do": False, "subset": False}
    ptext = texts.get(parts[0].para_id, "")
    if not ptext:
        return shape
    first = min(p.start for p in parts)
    last = max(p.end for p in parts)
    # tail of the list: up to the closing parenthesis or the end of the clause
    m = _TAIL_END.search(ptext, last)
    tail = ptext[last:m.start()] if m else ""
    # "..." inside an item ("gạo, tập học sinh..., trị giá 1,34 tỷ") lists its contents;
    # only after the last numbered part does it say the list goes on
    if _GOES_ON.search(tail):
        shape["incomplete"] = True
    # lead-in: from the total (same paragraph) or the note's start to the first part
    lead_from = total.end if total.para_id == parts[0].para_id and total.end <= first else max(0, first - 120)
    lead = ptext[lead_from:first]
    if _TRONG_DO.search(lead) and not _TRONG_DO_COLON.search(lead) \
            and paren_depth(ptext, first) <= paren_depth(ptext, total.start if total.para_id == parts[0].para_id else 0):
        shape["trong_do"] = True
    if _SUBSET.search(lead):
        shape["subset"] = True
    cues = list(_LIST_CUE.finditer(lead))
    if cues:
        pieces = _PIECE_CUT.split(lead[cues[-1].end():])
        items = pieces[:-1]
        # "trong đó, địa phương đang bổ sung thông tin của người sử dụng đất, chủ sở hữu … 893.058
        # thửa đất": a clause (a verb after đã/đang/sẽ) opens the list; its commas cut its own
        # words, not items
        if items and _OPENING_CLAUSE.search(items[0]) and _TRONG_DO.match(cues[-1].group(0)) \
                and ":" not in cues[-1].group(0):
            items = []
        # "xây dựng cầu giao thông, trị giá 3,38 tỷ": the piece before "trị giá" names the
        # first part itself, it is not an item of its own
        if items and _VALUE_CUE.fullmatch(pieces[-1]):
            items = items[:-1]
        shape["unnumbered"] = sum(1 for it in items if it.strip() and not _DIGIT.search(it))
    return shape


# "\s(?:và|với)\s" with the v taken out front: the same matches, found faster
_ITEM_CUT = re.compile(r"[,;:()]|\sv(?:à|ới)\s")


@lru_cache(maxsize=64)   # each part of a list asks for the same paragraph
def _cuts(ptext: str) -> tuple[list[int], list[int]]:
    """Where each item separator of the paragraph starts and ends, in order (a separator never
    spans a figure's start, so those before a figure are the ones a search stopping there finds)."""
    ms = list(_ITEM_CUT.finditer(ptext))
    return [m.start() for m in ms], [m.end() for m in ms]


def _cut_after(ptext: str, pos: int) -> int:
    """Start of the first separator at or after pos (as _ITEM_CUT.search(ptext, pos) finds it),
    else len(ptext)."""
    starts, ends = _cuts(ptext)
    j = bisect_left(starts, pos)
    if j and ends[j - 1] > pos:
        # a separator found from the paragraph's start spans pos: one from pos may differ
        m = _ITEM_CUT.search(ptext, pos)
        return m.start() if m else len(ptext)
    # no separator starts between the end of the one before pos and starts[j]
    return starts[j] if j < len(starts) else len(ptext)


def _item_label(ptext: str, part: Fact, others: list[Fact]) -> str:
    """The list item a part sits in: from the separator (or the previous part) before it to the
    separator after it ("1.850 lượt cán bộ nữ", "đảng viên là người dân tộc thiểu số 112 đồng chí")."""
    return _item_labels(ptext, [part], others)[0]


def _item_labels(ptext: str, parts: list[Fact], others: list[Fact] | None = None) -> list[str]:
    """_item_label of each of `parts` among `others` (default: the parts themselves), with the
    others' ends sorted once."""
    ends = _cuts(ptext)[1]
    oends = sorted(o.end for o in (parts if others is None else others))
    out = []
    for part in parts:
        k = bisect_right(ends, part.start)
        i = bisect_right(oends, part.start)     # the others ending at or before the part
        lo = ends[k - 1] if k else 0
        if i and oends[i - 1] > lo:
            lo = oends[i - 1]
        out.append(ptext[lo:_cut_after(ptext, part.end)].strip())
    return out


_FEMALE = re.compile(r"(?<![\w])nữ(?![\w])", re.I)


def _sexes(labels: list[str]) -> bool:
    """Two items that are men and women ("nam 312 người", "nữ 218 người"): a partition."""
    if not all(attribute_dims(x) == {"sex"} for x in labels):
        return False
    return sum(bool(_FEMALE.search(x)) for x in labels) == 1


def _lone_attribute_parts(total: Fact, parts: list[Fact], texts, labels=None) -> list[bool]:
    """Which parts name a cross-cutting attribute no other part shares (see
    base.lone_attributes): "3.200 lượt cán bộ, trong đó 1.850 lượt cán bộ nữ, 1.600 lượt đảng
    viên" counts women and party members, who may overlap. `labels`: the parts' _item_label
    in their paragraph, when the caller has them."""
    ptext = texts.get(parts[0].para_id, "") if parts else ""
    if not ptext or len(parts) < 2 or any(p.para_id != parts[0].para_id for p in parts):
        return [False] * len(parts)
    if labels is None:
        labels = _item_labels(ptext, parts)
    return lone_attributes(labels, ignore=total.unit or "")


_COMPLETE_ITEM = re.compile(r"\bkhác\b|còn lại", re.I)


def _scaled_text(x: Fraction, sc: Fraction) -> str:
    # most totals have no scale: skip a Fraction division (and Fraction.__eq__)
    v = x if sc.denominator == 1 and sc.numerator == 1 else x / sc
    d = fmt_vn(v, 6) if v.denominator != 1 else fmt_vn(v)
    if "," in d:
        d = d.rstrip("0").rstrip(",")
    return d


def _two_totals(total: Fact, plist, texts) -> str:
    """A note that breaks down two figures of its sentence at once (reviewed 734, of which
    processed 303): some parts add up to the total and the rest to another count beside it."""
    from itertools import combinations
    vals = [int(exact(p)[0]) for _, p in plist]
    n = len(vals)
    if n > 14 or n < 3:
        return ""
    t = int(exact(total)[0])
    ptext = texts.get(total.para_id, "")
    others = {int(x.replace(".", "")) for x in re.findall(r"(?<![\d.,/])\d{1,3}(?:\.\d{3})*(?![\d,/])", ptext)}
    others.discard(t)
    for k in range(1, n):
        for sub in combinations(range(n), k):
            if sum(vals[i] for i in sub) != t:
                continue
            rest = [vals[i] for i in range(n) if i not in sub]
            if sum(rest) in others:
                a = " + ".join(plist[i][1].value_text for i in range(n) if i not in sub)
                b = " + ".join(plist[i][1].value_text for i in sub)
                return f"{a} = {fmt_vn(sum(rest))} and {b} = {fmt_vn(t)}"
    return ""


def _fraction_of_fractions(total_f: Fact, total_id: int, parts, relation: str) -> Check | None:
    """'67/124 xã' broken down as '22/51 xã; 45/45 xã': numerators add to the numerator and
    denominators to the denominator. Denominators short of the whole (with the numerators
    right) leave some units out of the breakdown: a warning; anything else off: mismatch."""
    nums = [exact(p, "numerator") for _, p in parts]
    dens = [exact(p, "denominator") for _, p in parts]
    tn, td = exact(total_f, "numerator"), exact(total_f, "denominator")
    if None in nums or None in dens or tn is None or td is None:
        return None
    sn, sd = sum(n for n, _ in nums), sum(d for d, _ in dens)
    ids = sorted({total_id} | {i for i, _ in parts})
    where = "the footnote's fractions" if relation == "breakdown" else "fractions"
    terms = " + ".join(p.raw.split(" ")[0] for _, p in parts)
    lhs = f"{where} {terms} = {fmt_vn(sn)}/{fmt_vn(sd)}; total {shown(total_f)}"
    if relation == "subset_of":
        ok = sn <= tn[0] and sd <= td[0]
        return Check("parts_total", "ok" if ok else "mismatch", shown(total_f),
                     f"≤ {fmt_vn(tn[0])}/{fmt_vn(td[0])}", "inequality",
                     lhs + (": within it" if ok else ": larger than the whole"), ids)
    if sn == tn[0] and sd == td[0]:
        return Check("parts_total", "ok", shown(total_f), f"{fmt_vn(sn)}/{fmt_vn(sd)}", "exact",
                     lhs + ": agree", ids)
    if sn == tn[0] and sd < td[0]:
        return Check("parts_total", "warning", shown(total_f), f"{fmt_vn(sn)}/{fmt_vn(sd)}", "",
                     lhs + f": the numerators agree but the parts cover {fmt_vn(sd)} of "
                     f"{fmt_vn(td[0])}; {fmt_vn(td[0] - sd)} are left out", ids)
    return Check("parts_total", "mismatch", shown(total_f), f"{fmt_vn(sn)}/{fmt_vn(sd)}", "",
                 lhs + ": they do not add up", ids)


_REST = re.compile(r"\b(?:còn|chưa|không|lại|khác|đang|sẽ|tiếp tục)\b", re.I)


def _act_on_counted(total_f: Fact, parts, texts: dict[int, str]) -> bool:
    """'kiểm tra 15/20 cơ sở, phát hiện 3 cơ sở vi phạm': each part opens its item with another
    action and no word of a remainder or of a state (còn, chưa, không, lại, khác, đang, sẽ, tiếp
    tục), so it counts some of the 15 checked, not the 5 left ('11/13 chỉ tiêu, 01 chỉ tiêu đạt
    …' opens with the figure, 'đã triển khai 13/19 nhiệm vụ, đang triển khai 04 nhiệm vụ' says
    a state: those are the rest)."""
    t = texts.get(total_f.para_id, "")
    if not t:
        return False
    for _, p in parts:
        if p.para_id != total_f.para_id or p.start < total_f.end:
            return False
        lead = t[max(t.rfind(c, 0, p.start) for c in ",;:") + 1:p.start].strip()
        if not lead or _DIGIT.search(lead) or _REST.search(lead):
            return False
    return True


def check_parts(total_f: Fact, total_id: int, parts: list[tuple[int, Fact]], relation: str,
                texts: dict[int, str]) -> Check | None:
    if total_f.kind == "fraction" and len(parts) >= 2 and all(p.kind == "fraction" for _, p in parts):
        return _fraction_of_fractions(total_f, total_id, parts, relation)
    if total_f.kind == "fraction" and relation == "part_of" and _act_on_counted(total_f, parts, texts):
        relation = "subset_of"
    plist = [(i, _part_value(p)) for i, p in parts]
    if total_f.kind == "fraction" and relation == "subset_of":
        # "đạt 11/13 chỉ tiêu, trong đó 05 …": "trong đó" names some of the 11 counted
        total = _part_value(total_f)
    else:
        total = _total_value(total_f)
        if total_f.kind == "fraction" and all(i != total_id for i, _ in plist):
            plist.insert(0, (total_id, _part_value(total_f)))
    if exact(total) is None or any(exact(p) is None for _, p in plist):
        return None
    ids = sorted({total_id} | {i for i, _ in plist})
    sc = scale_of(total)
    suf = _suffix(total)
    where = "the footnote's parts" if relation == "breakdown" else "parts"
    shape = _list_shape(total_f, [p for _, p in parts], texts)
    qualified = bool(total.qualifier) or any(p.qualifier for _, p in plist)
    kind = "bound" if qualified else "parts_total"
    terms = " + ".join(_scaled_text(ratio(p.value if p.value is not None else 0), sc)
                       if p.kind == "money" else (p.value_text or fmt_vn(p.value))
                       for _, p in plist)
    exact_sum = sum_of(p for _, p in plist)
    tv = ratio(exact(total)[0]) * sc
    sum_txt = _scaled_text(exact_sum, sc)
    t_txt = shown(total) if total_f.kind != "fraction" else f"{total.value_text} (of {shown(total_f)})"
    lhs = f"{where} {terms} = {sum_txt}{suf}"
    whole = all(is_whole_count(p) for _, p in plist) and is_whole_count(total)
    # "trong đó" (bare, or a "trong đó:" list linked as subset_of) may name only some parts
    may_be_short = shape["trong_do"] or relation == "subset_of"
    # a bare "trong đó 6.200 người cao tuổi, 4.100 trẻ em" (no colon, no brackets) reads "of
    # which": falling short of the total is consistent, unless an item says it is the rest
    ptext = texts.get(parts[0][1].para_id, "")
    part_facts = [p for _, p in parts]
    labels = _item_labels(ptext, part_facts) if ptext else None
    # one search over the labels joined: no match spans the "\n" between two of them
    claims_all = bool(ptext) and _COMPLETE_ITEM.search("\n".join(labels)) is not None
    # "trong đó nam 312 người, nữ 218 người": both sexes leave no one out
    both_sexes = bool(ptext) and len(labels) == 2 and _sexes(labels)
    claims_all = claims_all or both_sexes
    may_be_short = may_be_short and not both_sexes
    of_which = shape["trong_do"] and not claims_all

    lone = _lone_attribute_parts(total, part_facts, texts, labels) if total_f.kind != "fraction" else []
    if lone and any(lone) and not all(lone) and not qualified \
            and all(attribute_dims(x, total.unit or "") for x, one in zip(labels, lone) if not one):
        # "630 lao động, trong đó nữ 352, nam 268, người dân tộc thiểu số 215, hộ nghèo 96": the
        # others cut the total by one attribute (sex), the lone attributes count some of the same
        # people again
        t_iv = interval(total)
        over = [p for (_, p), one in zip(plist, lone) if one and t_iv[1] is not None
                and interval(p)[0] > t_iv[1]]
        if over:
            return Check(kind, "mismatch", t_txt, "each ≤ " + t_txt, "inequality",
                         f"{where} {', '.join(shown(p) for p in over)} larger than the total {t_txt}", ids)
        rest = [ip for ip, one in zip(parts, lone) if not one]
        c = check_parts(total_f, total_id, rest, relation, texts)
        if c is not None:
            c.message += ("; " + ", ".join(shown(p) for (_, p), one in zip(plist, lone) if one)
                          + " name overlapping attributes, each at most the total")
            c.fact_ids = ids
        return c
    if lone and all(lone) and not qualified:
        # every part names its own attribute (nữ, đảng viên, dân tộc thiểu số…): the same
        # people may be counted in several, so each is checked against the total on its own
        t_iv = interval(total)
        over = [p for _, p in plist if t_iv[1] is not None and interval(p)[0] > t_iv[1]]
        each = ", ".join(shown(p) for _, p in plist)
        msg = (f"{where} {each} name overlapping attributes of the total {t_txt}, so each is at "
               f"most the total — " + ("consistent" if not over else
                                       f"{', '.join(shown(p) for p in over)} larger than the total"))
        return Check(kind, "mismatch" if over else "ok", t_txt, "each ≤ " + t_txt, "inequality", msg, ids)

    if len(plist) == 1 or shape["subset"] or shape["incomplete"] or shape["unnumbered"]:
        k = shape["unnumbered"]
        s_iv = add_intervals([interval(p) for _, p in plist])
        s_lo = s_iv[0] + k if s_iv[0] is not None else None
        t_iv = interval(total)
        ok = s_lo is None or t_iv[1] is None or s_lo <= t_iv[1]
        extra = f" plus {k} unnumbered item(s)" if k else ""
        why = "a part" if len(plist) == 1 else "an incomplete list"
        msg = (f"{lhs}{extra}; total {t_txt}: {why}, so it may be at most the total — "
               + ("consistent" if ok else "larger than the total"))
        return Check(kind, "ok" if ok else "mismatch", sum_txt + suf, "≤ " + t_txt,
                     "inequality", msg, ids)

    if whole and not qualified:
        if exact_sum == tv:
            return Check(kind, "ok", t_txt, sum_txt + suf, "exact", f"{lhs}; total {t_txt}: agree", ids)
        gap = tv - exact_sum
        runs = _repeated_partition([ratio(exact(p)[0]) for _, p in plist], tv)
        if runs:
            return Check(kind, "ok", t_txt, sum_txt + suf, "exact",
                         f"{where} {terms} are {runs} breakdowns of the total {t_txt} in turn, "
                         f"each adding up to it", ids)
        split = _two_totals(total, plist, texts) if relation == "breakdown" else ""
        if split:
            return Check(kind, "ok", t_txt, split, "exact",
                         f"{where} {terms} break down two figures of the sentence: {split}", ids)
        if of_which and gap > 0:
            return Check(kind, "ok", t_txt, "≤ " + t_txt, "inequality",
                         f"{lhs}; total {t_txt}: 'trong đó' names some of it, the other "
                         f"{_scaled_text(gap, sc)} are not listed — consistent", ids)
        status = "warning" if (may_be_short and gap > 0) else "mismatch"
        note = ("; 'trong đó' may name only some parts" if status == "warning" else "")
        msg = (f"{lhs}, but the total says {t_txt} "
               f"({'short by' if gap > 0 else 'over by'} {_scaled_text(abs(gap), sc)}){note}")
        return Check(kind, status, t_txt, sum_txt + suf, "", msg, ids)

    s_iv = add_intervals([interval(p) for _, p in plist])
    t_iv = interval(total)
    ok = overlaps(s_iv, t_iv)
    if ok and not qualified:
        t_exact, places = exact(total)
        method = match(exact_sum / sc, t_exact, places)
        gap = abs(tv - exact_sum)
        if method is None and gap > _rounding_slack([p for _, p in plist] + [total]):
            # "3,2 + 2,15 + 0,9 = 6,25" against "6,45 tỷ": only if every part had been cut
            # down by most of a unit could they reach the total; no reader takes that on trust
            return Check(kind, "warning", t_txt, sum_txt + suf, "truncate",
                         f"{lhs}, but the total says {t_txt} (off by {_scaled_text(gap, sc)}"
                         f"{suf}): more than rounding the figures as written can explain; it "
                         f"adds up only if the parts were cut down rather than rounded", ids)
        method = method or "within_precision"
        how = {"exact": "exactly", "half_up": "rounded", "half_down": "rounded half down",
               "truncate": "truncated", "within_precision": "within the places written"}[method]
        return Check(kind, "ok", t_txt, sum_txt + suf, method,
                     f"{lhs}; total {t_txt}: agree ({how})", ids)
    if ok:
        return Check(kind, "ok", t_txt, sum_txt + suf, "inequality",
                     f"{lhs}; total {t_txt}: the bounds allow it", ids)
    short = s_iv[1] is not None and t_iv[0] is not None and s_iv[1] < t_iv[0]
    if of_which and short and not qualified:
        return Check(kind, "ok", t_txt, "≤ " + t_txt, "inequality",
                     f"{lhs}; total {t_txt}: 'trong đó' names some of it — consistent", ids)
    status = "warning" if (may_be_short and short) else "mismatch"
    msg = f"{lhs}, but the total says {t_txt}, beyond the places written"
    if status == "warning":
        msg += "; 'trong đó' may name only some parts"
    return Check(kind, status, t_txt, sum_txt + suf, "inequality" if qualified else "", msg, ids)


def parts_total(report, facts: list[Fact], links: list[Link], texts=None) -> list[Check]:
    """`texts`: para_id -> text of the report's paragraphs, when the caller has them."""
    texts = _texts(report) if texts is None else texts
    groups: dict[tuple[int, str], list[int]] = defaultdict(list)
    children: dict[int, set[int]] = defaultdict(set)
    for ln in links:
        if ln.relation in ("part_of", "subset_of", "breakdown"):
            groups[(ln.dst, ln.relation)].append(ln.src)
            children[ln.dst].add(ln.src)
    out = []
    for (dst, rel), srcs in sorted(groups.items()):
        total = facts[dst]
        srcs = sorted(set(srcs))
        # a part that is itself broken down inside the list is counted once, at its level
        nested = {c for s in srcs for c in children.get(s, ())}
        parts = [(s, facts[s]) for s in srcs if s not in nested and _compatible(total, facts[s])]
        if not parts:
            continue
        other = _same_unit_total(facts, dst, parts, texts)
        if other is not None:
            dst, total = other, facts[other]
        c = check_parts(total, dst, parts, rel, texts)
        if c:
            if other is not None:
                c.message += f" (the parts count {facts[other].unit}, as this figure does)"
            out.append(c)
    return out


def _repeated_partition(vals: list[Fraction], total: Fraction) -> int:
    """The parts, in order, cut into two or more runs that each add up to the total ("10.386
    chứng thư, trong đó 1.495 tổ chức, 8.891 cá nhân, … 4.074 cấp tỉnh và 6.312 cấp xã": by kind,
    then by level). Returns the number of runs, else 0."""
    if total.denominator == 1 and all(v.denominator == 1 for v in vals):
        vals, total = [v.numerator for v in vals], total.numerator     # whole: int arithmetic
    s = sum(vals)
    if total <= 0 or s != total * (s // total) or s < 2 * total:
        return 0
    runs, acc = 0, 0
    for v in vals:
        acc += v
        if acc == total:
            runs, acc = runs + 1, 0
        elif acc > total:
            return 0
    return runs if acc == 0 and runs >= 2 else 0


def _unit(f: Fact) -> str:
    return (f.unit or "").strip().lower()


def _same_unit_total(facts, dst: int, parts, texts) -> int | None:
    """The linked total counts one thing and every part another ("Xét xử 64 vụ án với 97 bị
    cáo (56 vụ án …, 08 vụ án …)": the bracket follows 97 bị cáo but breaks down 64 vụ án).
    The nearest earlier count of the parts' unit in the same sentence is their total."""
    total = facts[dst]
    units = {_unit(p) for _, p in parts}
    if total.kind != "count" or len(parts) < 2 or len(units) != 1 or any(p.kind != "count" for _, p in parts):
        return None
    u = units.pop()
    tu = _unit(total)
    if not u or not tu or u == tu or u.startswith(tu + " ") or tu.startswith(u + " "):
        return None
    text = texts.get(total.para_id, "")
    if not text:
        return None
    sent = sentence_index(text, total.start)
    best = None
    for j, f in enumerate(facts):
        if f.para_id != total.para_id or f.kind != "count" or _unit(f) != u or f.end > total.start \
                or sentence_index(text, f.start) != sent or f.qualifier:
            continue
        if best is None or f.start > facts[best].start:
            best = j
    return best


# ---- shares of one whole -------------------------------------------------------------

def _rounding_slack(facts: list[Fact]) -> Fraction:
    """How far rounding alone (half a unit of the last place written, in each figure's own
    scale) can move a sum of these figures away from the one they were written for."""
    slack = Fraction(0)
    for f in facts:
        slack += scale_of(f) / (2 * 10 ** exact(f)[1])
    return slack


def _share_tolerance(pcts: list[Fact]) -> tuple[Fraction, Fraction]:
    """Shares rounded or cut to their places can sum to [100 - sum u, 100 + sum u/2]."""
    us = [Fraction(1, 10 ** exact(p)[1]) for p in pcts]
    return 100 - sum(us), 100 + sum(us) / 2


def _pair_check(pct: Fact, count: Fact, whole: int, ids: list[int], label: str) -> Check:
    r, places = exact(pct)
    c = ratio(exact(count)[0])
    v = c * 100 / whole
    method = match(v, r, places)
    lhs = f"{fmt_vn(exact(count)[0])}/{fmt_vn(whole)}"
    vt = fmt_vn(v, places + 1)
    if method:
        how = {"exact": "exactly", "half_up": "rounded", "half_down": "rounded half down",
               "truncate": "truncated"}[method]
        return Check("shares_sum", "ok", fmt_vn(r) + "%", vt + "%", method,
                     f"{lhs} = {vt}%{label}; share {fmt_vn(r)}% is that {how}", ids)
    return Check("shares_sum", "mismatch", fmt_vn(r) + "%", vt + "%", "",
                 f"{lhs} = {vt}%{label}; reported share {fmt_vn(r)}% matches no rounding", ids)


def shares_sum(report, facts: list[Fact], links: list[Link], texts=None) -> list[Check]:
    texts = _texts(report) if texts is None else texts
    pairs = [(ln.src, ln.dst) for ln in links if ln.relation == "share_of"]
    pairs = [(p, c) if facts[p].kind == "percent" else (c, p) for p, c in pairs]
    pairs = [(p, c) for p, c in pairs if facts[p].kind == "percent" and not facts[p].qualifier
             and exact(facts[p]) and is_whole_count(facts[c])]
    part_parent = {ln.src: ln.dst for ln in links if ln.relation == "part_of"}

    def key(i):
        f = facts[i]
        t = texts.get(f.para_id, "")
        depth = paren_depth(t, f.start)
        opener = t.rfind("(", 0, f.start) if depth else -1
        return f.para_id, sentence_index(t, f.start), opener

    def own_bracket(p, c):
        # "05 tổ chức (chiếm 17,86%)", "214 hộ hài lòng (59,44%)": the bracket only restates
        # the share of the count before it (nothing but words between), so the pair sits where
        # the count does
        t = texts.get(facts[p].para_id, "")
        opener = t.rfind("(", 0, facts[p].start)
        return opener >= facts[c].end and _WORDS_ONLY.fullmatch(t, facts[c].end, opener) is not None \
            and ")" not in t[opener:facts[p].start]

    groups: dict[tuple, list[tuple[int, int]]] = defaultdict(list)
    for p, c in pairs:
        groups[key(c) if own_bracket(p, c) else key(p)].append((p, c))
    out = []
    top_pairs = {k: v for k, v in groups.items() if k[2] == -1}
    for k, grp in sorted(groups.items()):
        grp.sort(key=lambda pc: facts[pc[0]].start)
        if k[2] != -1:
            out.extend(_nested_shares(k, grp, facts, texts, top_pairs, part_parent))
            continue
        if len(grp) < 2:
            out.extend(_whole_share(grp[0], facts))
            continue
        out.extend(_partition(grp, facts))
    out.extend(_bare_shares(facts, texts, {p for p, _ in pairs}))
    return out


def _whole_share(pc, facts) -> list[Check]:
    """A lone count with a 100% share ("phát ra, thu về 181 phiếu, đạt tỷ lệ 100%") is its own
    whole: 181/181. Any other lone share has no whole to be checked against."""
    p, c = pc
    r, _ = exact(facts[p])
    if r != 100:
        return []
    n = fmt_vn(exact(facts[c])[0])
    return [Check("shares_sum", "ok", shown(facts[p]), "100%", "exact",
                  f"{n}/{n} = 100%: the count {shown(facts[c])} is the whole", sorted(pc))]


def _partition(grp, facts) -> list[Check]:
    pcts = [facts[p] for p, _ in grp]
    counts = [facts[c] for _, c in grp]
    ids = sorted({i for pc in grp for i in pc})
    W = int(sum(exact(c)[0] for c in counts))
    S = sum(ratio(exact(p)[0]) for p in pcts)
    lo, hi = _share_tolerance(pcts)
    s_txt = " + ".join(fmt_vn(exact(p)[0]) for p in pcts) + f" = {fmt_vn(S)}%"
    pair_checks = [_pair_check(facts[p], facts[c], W, sorted({p, c}),
                               f" (the whole {fmt_vn(W)} = {' + '.join(c_.value_text or fmt_vn(c_.value) for c_ in counts)})")
                   for p, c in grp]
    in_tol = lo <= S <= hi
    if all(c.status == "ok" for c in pair_checks):
        sum_c = Check("shares_sum", "ok" if in_tol else "mismatch", fmt_vn(S) + "%", "100%",
                      "", f"shares {s_txt}" + ("; within rounding of 100%" if in_tol else
                                              "; beyond rounding of 100%"), ids)
        return [sum_c] + pair_checks
    if S > hi:
        return [Check("shares_sum", "mismatch", fmt_vn(S) + "%", "100%", "",
                      f"shares of one whole {s_txt}, more than 100% even allowing for rounding",
                      ids)] + pair_checks
    if in_tol:
        return [Check("shares_sum", "ok", fmt_vn(S) + "%", "100%", "",
                      f"shares {s_txt}; within rounding of 100%", ids)] + pair_checks
    # the shares fall short of 100%: the counts listed may be only part of the whole
    Wlo, Whi = Fraction(0), None
    for p, c in grp:
        a, b = acceptance_interval(*exact(facts[p]))
        cnt = ratio(exact(facts[c])[0])
        if a > 0:
            Whi = cnt * 100 / a if Whi is None else min(Whi, cnt * 100 / a)
        Wlo = max(Wlo, cnt * 100 / b)
    import math
    cand = [w for w in range(max(W, math.ceil(Wlo)), math.floor(Whi) + 1)] if Whi is not None and Whi - Wlo < 10 ** 7 else []
    def fit(w):
        ms = [match(ratio(exact(facts[c])[0]) * 100 / w, *exact(facts[p])) for p, c in grp]
        if not all(ms):
            return None
        # prefer the whole that needs the plainest rounding
        return (sum(m != "exact" for m in ms), sum(m not in ("exact", "half_up") for m in ms), w)
    scored = sorted(filter(None, (fit(w) for w in cand)))
    if scored:
        best = scored[0][2]
        return [Check("shares_sum", "ok", fmt_vn(S) + "%", f"of a whole of {fmt_vn(best)}", "partial",
                      f"shares {s_txt} fit a whole of {fmt_vn(best)} of which the listed "
                      f"counts are {fmt_vn(W)}", ids)]
    warn = Check("shares_sum", "warning", fmt_vn(S) + "%", "100%", "",
                 f"shares {s_txt}: neither 100% nor consistent with one whole", ids)
    if any(c.status == "ok" for c in pair_checks):
        # some shares fit the whole made of the listed counts: the others are the odd ones
        bad = [c for c in pair_checks if c.status != "ok"]
        warn.message += "; against " + fmt_vn(W) + ": " + "; ".join(c.message for c in bad)
        return [warn] + bad
    return [warn]


def _nested_shares(k, grp, facts, texts, top_pairs, part_parent) -> list[Check]:
    """'(10 tổ chức ... xuất sắc, chiếm 17,86%)': a share of the count before the bracket."""
    para, sent, opener = k
    out = []
    for p, c in grp:
        parent = part_parent.get(c)
        if parent is None:
            before = [cc for pp, cc in top_pairs.get((para, sent, -1), [])
                      if facts[cc].end <= opener]
            parent = max(before, key=lambda i: facts[i].end) if before else None
        if parent is None or not is_whole_count(facts[parent]) or exact(facts[parent])[0] == 0:
            continue
        out.append(_pair_check(facts[p], facts[c], int(exact(facts[parent])[0]),
                               sorted({p, c, parent}), f" (of {shown(facts[parent])})"))
    return out


_STRUCTURE = re.compile(r"\bcơ cấu\b", re.I)


def _structure(text: str, start: int) -> bool:
    """The sentence introduces the shares as a structure ("Về cơ cấu kinh tế: nông nghiệp
    chiếm …"): they partition one whole, however far over 100% they add up."""
    lo = max(text.rfind(". ", 0, start), text.rfind("\n", 0, start), -1) + 1
    return bool(_STRUCTURE.search(text, lo, start))


_ITEM_START = re.compile(r"[,;:(]")
_NOT_SHARE = re.compile(r"\d|tăng|giảm|đạt|bằng|so với|tỷ lệ|tốc độ", re.I)


def _structure_item(text: str, start: int) -> bool:
    """A share named by its label alone in a structure list ("Cơ cấu lao động: nông, lâm nghiệp
    58,2%; công nghiệp, xây dựng 17,5%; …"): the sentence opens the list with "cơ cấu …:", and
    the item holds only words before the percent (no rate, change or figure)."""
    lo = max(text.rfind(". ", 0, start), text.rfind("\n", 0, start), -1) + 1
    m = _STRUCTURE.search(text, lo, start)
    colon = text.find(":", m.end(), start) if m else -1
    if colon < 0:
        return False
    item = max(m.start() for m in _ITEM_START.finditer(text, colon, start)) + 1
    return bool(text[item:start].strip()) and not _NOT_SHARE.search(text, item, start)


_REST_SHARE = re.compile(r"còn lại\s*(?:là\s*)?$", re.I)


def _continues(prev, i: int, f: Fact, t: str, groups, facts) -> bool:
    """A sentence that is only '<label> chiếm X%', right after a run of such shares that does
    not yet make 100%, goes on listing them ("Cơ cấu …: trồng trọt chiếm 71,6%. Chăn nuôi
    chiếm 21,8%. Dịch vụ chiếm 8,1%."), in the same paragraph or the next one; a run already
    at 100% is complete, and what follows is a share of something else."""
    if prev is None or prev[0] != i - 1 or prev[0] not in groups.get(prev[2], ()):
        return False
    if f.para_id not in (prev[1].para_id, prev[1].para_id + 1):
        return False
    if f.para_id == prev[1].para_id and sentence_index(t, prev[1].start) != sentence_index(t, f.start) - 1:
        return False
    nxt = facts[i + 1] if i + 1 < len(facts) else None
    if nxt is not None and nxt.para_id == f.para_id and sentence_index(t, nxt.start) == sentence_index(t, f.start):
        return False            # the sentence holds more figures: not a bare item of the list
    pcts = [facts[j] for j in groups[prev[2]]]
    if any(exact(p) is None for p in pcts):
        return False
    return sum(ratio(exact(p)[0]) for p in pcts) < _share_tolerance(pcts)[0]


def _bare_shares(facts, texts, linked: set[int]) -> list[Check]:
    """Consecutive 'chiếm X%' shares with no counts, and the labelled shares of a structure
    list: check only when they clearly partition, or when the last says it is the rest ('còn
    lại 38,5%', with the percent before it: they must make 100%)."""
    groups = defaultdict(list)
    rests = set()
    prev = None
    for i, f in enumerate(facts):
        if f.kind != "percent" or i in linked or f.qualifier or f.percent_of not in ("share", ""):
            continue
        t = texts.get(f.para_id, "")
        if not t:
            continue
        depth = paren_depth(t, f.start)
        key = (f.para_id, sentence_index(t, f.start), t.rfind("(", 0, f.start) if depth else -1)
        if _REST_SHARE.search(t, max(0, prev[1].end if prev and prev[1].para_id == f.para_id else 0), f.start):
            # "… chiếm 64,2%, còn lại 38,5% …": the rest and the share before it are one whole
            rests.add(key)
            if prev is not None and prev[2] == key and prev[0] not in groups[key]:
                groups[key].append(prev[0])
        elif f.percent_of == "share" and "chiếm" in t[max(0, f.start - 25):f.start]:
            if key not in groups and _continues(prev, i, f, t, groups, facts):
                key = prev[2]
        elif not _structure_item(t, f.start):
            prev = (i, f, key)
            continue
        prev = (i, f, key)
        groups[key].append(i)
    out = []
    for key, ids in sorted(groups.items()):
        ids.sort()
        if len(ids) < 2 or any(exact(facts[i]) is None for i in ids):
            continue
        pcts = [facts[i] for i in ids]
        S = sum(ratio(exact(p)[0]) for p in pcts)
        lo, hi = _share_tolerance(pcts)
        s_txt = " + ".join(fmt_vn(exact(p)[0]) for p in pcts) + f" = {fmt_vn(S)}%"
        if lo <= S <= hi:
            out.append(Check("shares_sum", "ok", fmt_vn(S) + "%", "100%", "",
                             f"shares {s_txt}; within rounding of 100%", ids))
        elif hi < S <= 101 or (S > hi and _structure(texts.get(pcts[0].para_id, ""), pcts[0].start)):
            out.append(Check("shares_sum", "mismatch", fmt_vn(S) + "%", "100%", "",
                             f"shares {s_txt}, more than 100% even allowing for rounding", ids))
        elif key in rests:
            out.append(Check("shares_sum", "mismatch", fmt_vn(S) + "%", "100%", "",
                             f"shares {s_txt}: 'còn lại' makes them one whole, but they are not "
                             f"100% even allowing for rounding", ids))
    return out
