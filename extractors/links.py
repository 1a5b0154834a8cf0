"""Links between facts that belong together (see extractors.fact.Link for the relations).

Within a paragraph: a percent and the fraction it restates, a percent of two percents, a total and
its parts in parentheses, after "gồm"/"trong đó" or a colon (also over "; " items with labels before
the figures), a count and its rest ("đã giải quyết X, còn lại Y"), a count and the share it makes
("chiếm X%").
Across paragraphs (report level): a total followed by "+"/"-" bullet lines, and a body figure
with the footnote anchored right after it.

Relations are conservative on purpose: a wrong link becomes a false alarm in the checks.
"trong đó" introduces a subset ("subset_of": parts may not add up to the whole); parentheses
right after a total, "gồm", bullets and footnotes introduce a breakdown ("part_of"/"breakdown").
"""
from __future__ import annotations

import regex

from . import context
from .fact import Fact, Link

# gaps between a fraction (or counts) and the percent that restates it
_RESTATE_GAP = regex.compile(
    r"^[\s,(]*(?:(?:và|,)\s*)?(?:đạt|chiếm|bằng|là)?\s*(?:(?:tỷ|tỉ) lệ)?\s*(?:đạt|là|:)?\s*$", regex.I)
# "42/139 cơ quan đơn vị, địa phương, đạt tỷ lệ 30%": the fraction's noun phrase runs on
_RESTATE_LONG_GAP = regex.compile(
    r"[^\d();.]{0,160}?[,(]?\s*\(?\s*(?:(?:đạt|chiếm)(?:\s+(?:tỷ|tỉ) lệ)?|(?:tỷ|tỉ) lệ(?:\s+đạt)?)\s*(?:là\s*)?", regex.I)
# "124/135 thôn, tổ dân phố đạt danh hiệu văn hóa (91,85%)": the percent alone in a bracket
_BRACKET_ONLY = regex.compile(r"[^\d();.]{0,160}\(\s*")
_CLOSE = regex.compile(r"\s*\)")
# "1.850/2.100 hộ sử dụng nước sạch, tỷ lệ hộ dùng nước hợp vệ sinh đạt 99,2%": words after
# "tỷ lệ" name another indicator
_OTHER_RATE = regex.compile(r"(?:tỷ|tỉ)\s+lệ\s+(?!(?:đạt|là)\b)\p{L}[^\d]*?\s(?:đạt|là)\s*$", regex.I)
_RATIO_GAP = regex.compile(r"[^\d();.]{0,160}?\s*\(?\s*(?:đạt|chiếm)(?:\s+(?:tỷ|tỉ) lệ)?\s*(?:là\s*)?", regex.I)
_PAREN_AFTER_WORDS = regex.compile(r"[^\d();.,]{0,80}\(\s*")
_SHARE_GAP = regex.compile(r"chiếm|(?:tỷ|tỉ) lệ", regex.I)
# "…, chiếm 98,24%", "…, tỷ lệ 30%" name the count's share; "…, tỷ lệ lấp đầy bình quân đạt 68,4%"
# names another indicator
_SHARE_WORDS = regex.compile(r"chiếm|(?:tỷ|tỉ) lệ\s*(?:là|đạt|:)?\s*$", regex.I)
# "05 tổ chức (chiếm 17,86%)": the share in a bracket right after its count
_SHARE_BRACKET = regex.compile(r"\s*\(\s*(?:chiếm|(?:tỷ|tỉ)\s+lệ)\s*(?:là\s*|:\s*)?", regex.I)
_DAT_GAP = regex.compile(r"[^\d;.]{0,40}(?:đạt|chiếm)[^\d;.]{0,15}")
_TARGET_NAMED = regex.compile(
    r"\s*(?:so\s+với\s+)?(?:chỉ\s+tiêu|kế\s+hoạch|KH)(?:\s+(?:được\s+)?(?:giao|năm|đề\s+ra))*\s*(?:là\s*|:\s*)?", regex.I)
# "Kết nạp 47 đảng viên mới (đạt 92,5% so với chỉ tiêu …": a few words of the count's noun phrase
# (or after a comma: "Kết nạp 24 đoàn viên mới, đạt 96% chỉ tiêu (26 đoàn viên)")
_TARGET_LEAD = regex.compile(r"[^\d();.,]{0,30}?\s*[(,]\s*(?:đạt|bằng)\s*(?:(?:tỷ|tỉ)\s+lệ\s*)?", regex.I)
# "đạt 90% chỉ tiêu (50 đảng viên)", "đạt 104,15% dự toán tỉnh giao (300 tỷ đồng)": the bracket
# holds the target, not a part of the figure before the percent
_TARGET_BRACKET = regex.compile(
    r"\s*(?:so\s+với\s+)?(?:chỉ\s+tiêu|kế\s+hoạch|KH|dự\s+toán|mục\s+tiêu)(?:\s+[^\s();.,\d]+){0,4}"
    r"\s*\(\s*(?:là\s*|:\s*)?", regex.I)
_TARGET_BEFORE_PAREN = regex.compile(
    r"(?:chỉ\s+tiêu|kế\s+hoạch|KH|dự\s+toán|mục\s+tiêu)(?:\s+[^\s();.,\d]+){0,4}\s*$", regex.I)
_OF_WHOLE = regex.compile(r"[^\d();.,]{0,30}\s(?:của|tại|ở|thuộc)\s+", regex.I)
_OF_TOTAL = regex.compile(r"(?:trên|/)\s*(?:tổng\s+số|tổng)(?![\p{L}])", regex.I)
# parts and subsets
_SUBSET = regex.compile(r"^\s*[,;:]?\s*(?:\(\s*)?trong\s+đó\s*[:,]?\s*", regex.I)
# "146 đơn thư, trong đó …", "312 hộ được hỗ trợ sửa chữa nhà ở, trong đó …": the rest of the
# total's noun phrase (no figure, see _words_then_subset; no bracket, no comma: "734 văn bản của Hội đồng nhân dân, Ủy ban
# nhân dân tỉnh, trong đó đề xuất xử lý 303 văn bản và đã xử lý 303 văn bản" lists stages) before
# the comma or ";"
_SUBSET_AFTER_WORDS = regex.compile(r"^[^();.,:]{1,80}[,;]\s*trong\s+đó\s*[:,]?\s*", regex.I)
_GOM = regex.compile(r"^\s*[,;:]?\s*(?:\(\s*)?(?:bao\s+)?gồm\s*:?\s*", regex.I)
# "Đoàn kiểm tra gồm 09 thành viên: 01 Trưởng đoàn, ...": "gồm" before the total, ":" after it
_GOM_BEFORE = regex.compile(r"(?:bao\s+)?gồm\s+(?:có\s+)?$", regex.I)
_COLON = regex.compile(r"^\s*:\s*")
_PAREN_PREFIX = regex.compile(r"^\s*(?:(?:bao\s+)?gồm|trong\s+đó|cụ\s+thể)\s*[:,]?\s*", regex.I)
_TRONG_DO = regex.compile(r"\s*trong\s+đó", regex.I)
_TRONG_DO_LEAD = regex.compile(r"\s*(?:trong\s+đó|riêng)", regex.I)
_RIENG = regex.compile(r"\s*[,;]\s*riêng\s+[^\d;.()]{0,80}", regex.I)
_PAREN = regex.compile(r"\(([^()]*)\)")
# "… so với cùng kỳ năm 2023 (" right before a bracket: what follows is the earlier figure
_BASELINE_BEFORE = regex.compile(r"so\s+với(?:\s+[^\s();.,]+){0,8}\s*$", regex.I)
_HARD_STOP = regex.compile(r"[.;()]")
_LETTER = regex.compile(r"[\p{L}]")
# a comma right before a digit is a decimal comma ("chiếm 19,57%"), not a list separator
_ITEM_SEP = regex.compile(r"\s*(?:,(?!\d)|\svà\s)\s*")
_ITEM_SEP_SEMI = regex.compile(r"\s*;\s*")
# remainders of a fraction's whole: "..., 07 chỉ tiêu còn lại", "... và 5 chỉ tiêu"
_SEMI_CON = regex.compile(r";\s*(?:còn\b|[\d.]+\s+[^;.\d()]{1,30}?\s+còn\s+lại)", regex.I)
_CLAUSE_OPENER = regex.compile(r"\s*,?\s*(?:và\s*)?(?:còn(?:\s+lại)?\s*)?", regex.I)
# "13/19 nhiệm vụ, đang triển khai 04 nhiệm vụ, ... là 02 nhiệm vụ": a short lead-in of words
_SHORT_LEAD = regex.compile(r"\s*(?:[\p{L}\p{M}]+\s+){1,14}")

AMOUNT = ("count", "money")


def family(f: Fact) -> str:
    return "money" if f.kind == "money" else ("count" if f.kind == "count" else f.kind)


def paragraph_links(text: str, facts: list[Fact]) -> list[Link]:
    links: list[Link] = []
    if len(facts) < 2:
        return links      # every relation joins two different facts
    _restates(text, facts, links)
    _ratio_of_percents(text, facts, links)
    _parenthesised_parts(text, facts, links)
    _listed_parts(text, facts, links)
    _particular(text, facts, links)
    _ratio_of_counts(text, facts, links)
    _shares(text, facts, links)
    _remainders(text, facts, links)
    _rest_of_total(text, facts, links)
    return _targets_are_no_parts(links)


def _targets_are_no_parts(links: list[Link]) -> list[Link]:
    """A figure a percent divides another by is that one's target, never a part of it:
    "Kết nạp 24 đoàn viên mới (đạt 96% so với chỉ tiêu 26 đoàn viên)"."""
    num = {lk.src: lk.dst for lk in links if lk.relation == "ratio_num"}
    pairs = {(lk.dst, num[lk.src]) for lk in links if lk.relation == "ratio_den" and lk.src in num}
    if not pairs:
        return links
    return [lk for lk in links if not (lk.relation in ("part_of", "subset_of") and (lk.src, lk.dst) in pairs)]


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
        if _SEMI_CON.match(text, hi):
            # "35/40 nhiệm vụ, đạt 87,5%; còn 06 nhiệm vụ …": the rest after ';' is still counted
            _, hi = context.sentence_bounds(text, hi + 1, hi + 1)
        rest = [k for k in range(j + 1, len(facts)) if facts[k].start < hi]
        if any(facts[k].kind == "fraction" for k in rest):
            continue
        parts = []
        for k in rest:
            f = facts[k]
            if f.kind != "count" or f.unit.lower() != fr.unit.lower() or k in linked or f.qualifier:
                continue
            lo, _ = context.clause_bounds(text, f.start, f.end)
            if lo <= fr.end or _inside_paren(text, f.start, fr.end) or _TRONG_DO_LEAD.match(text[lo:f.start]):
                parts = []      # same clause as the fraction, in brackets, or a "trong đó" subset
                break
            lead = text[max(lo, facts[k - 1].end):f.start]     # "... đạt trên 50% và 5 chỉ tiêu"
            if not (_CLAUSE_OPENER.fullmatch(lead) or _SHORT_LEAD.fullmatch(lead)):
                parts = []
                break
            parts.append(k)
        links.extend(Link(k, j, "part_of") for k in parts)


_REST_CUE = regex.compile(r"[^\d();.:,]{0,60},\s*(?:số\s+)?còn\s+lại\s*(?:là\s*)?", regex.I)
_WORDS_COMMA = regex.compile(r"[^\d();.:]{0,80},[^\d();.:]{0,40}")


def _rest_of_total(text, facts, links):
    """"Tổng số 1.560 hồ sơ, đã giải quyết 1.480 hồ sơ, còn lại 80 hồ sơ": a count of the total's
    noun and the rest ("còn lại") split the total between them (part_of: they must add up)."""
    if "còn" not in text:
        return
    linked = {i for lk in links for i in (lk.src, lk.dst)}
    for j in range(len(facts) - 2):
        t, a, b = facts[j], facts[j + 1], facts[j + 2]
        if not all(f.kind == "count" and _same_unit(f, t) and not f.qualifier for f in (a, b)) \
                or {j, j + 1, j + 2} & linked:
            continue
        if _WORDS_COMMA.fullmatch(text, t.end, a.start) and _REST_CUE.fullmatch(text, a.end, b.start):
            links.extend([Link(j + 1, j, "part_of"), Link(j + 2, j, "part_of")])


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
                if ((len(gap) <= 40 and _RESTATE_GAP.match(gap)) or _RESTATE_LONG_GAP.fullmatch(gap)
                        or (_BRACKET_ONLY.fullmatch(gap) and _CLOSE.match(text, p.end))) \
                        and not _OTHER_RATE.search(gap):
                    links.append(Link(i, j, "restates"))
                preceded = True
                break
            if f.kind in ("percent", "count", "money", "range", "rate", "change"):
                break     # another figure sits between: the percent is about that one
        # "đạt 86,98% (265.456/305.194 hồ sơ)": the fraction follows in parentheses
        if i + 1 < len(facts) and not preceded:
            f = facts[i + 1]
            if (f.kind == "fraction" or (f.kind == "money" and f.denominator is not None)) \
                    and _PAREN_AFTER_WORDS.fullmatch(text[p.end:f.start]) and not any(
                        lk.src == i for lk in links):
                links.append(Link(i, i + 1, "restates"))


def _ratio_of_counts(text, facts, links):
    """A percent that states one count as a share of another count in its sentence:
    "10.029 hồ sơ ... trên tổng số 13.633 hồ sơ ..., đạt tỷ lệ 73,56%" and
    "2.707.729 tài khoản ..., kích hoạt 2.171.425 tài khoản (đạt tỷ lệ 80,2%)"."""
    done = {lk.src for lk in links if lk.relation in ("restates", "ratio_num")}
    parts = {lk.src for lk in links if lk.relation in ("part_of", "subset_of")}
    for i, p in enumerate(facts):
        if p.kind != "percent" or i in done or p.percent_of == "target" or i == 0:
            continue
        a = facts[i - 1]
        if a.kind != "count" or not a.unit:
            continue
        gap = text[a.end:p.start]
        if not (_RATIO_GAP.fullmatch(gap) and _SHARE_GAP.search(gap)):
            continue
        lo, _ = context.sentence_bounds(text, a.start, a.end)
        for j in range(i - 2, -1, -1):
            b = facts[j]
            if b.end <= lo:
                break
            if j in parts or b.kind != "count" or _inside_paren(text, b.start, lo):
                continue
            if not _same_unit(a, b) or b.value is None or a.value is None or b.value < a.value:
                break
            if _OF_TOTAL.search(text[b.end:a.start]) and j == i - 2:
                break     # "A ... trên tổng số B ..., đạt P%": the total comes second (below)
            if j + 1 < len(facts) and facts[j + 1].kind == "percent":
                break     # "4.154 ..., chiếm 93,7% ... 264 ..., chiếm 5,96%": siblings, not a whole
            links.append(Link(i, i - 1, "ratio_num"))
            links.append(Link(i, j, "ratio_den"))
            break
    # "Kết nạp 25 đảng viên (đạt 104,17% so với chỉ tiêu 24 đảng viên)": the target follows
    for i, p in enumerate(facts):
        if p.kind != "percent" or p.percent_of != "target" or i == 0 or i + 1 >= len(facts) or i in done:
            continue
        a, b = facts[i - 1], facts[i + 1]
        counts = a.kind == b.kind == "count" and _same_unit(a, b)
        # "đạt 312,45 tỷ đồng, đạt 104,15% dự toán (300 tỷ đồng)": money written in one scale
        money = a.kind == b.kind == "money" and a.scale == b.scale and a.scale is not None
        if not (counts or money):
            continue
        gap = text[a.end:p.start]
        after = text[p.end:b.start]
        if (_RESTATE_GAP.match(gap) or _TARGET_LEAD.fullmatch(gap)) and (
                _TARGET_NAMED.fullmatch(after) or _TARGET_BRACKET.fullmatch(after)):
            links.append(Link(i, i - 1, "ratio_num"))
            links.append(Link(i, i + 1, "ratio_den"))
    # "A X ... trên tổng số B X ..., đạt tỷ lệ P%"
    for i, p in enumerate(facts):
        if p.kind != "percent" or i < 2 or i in done or p.percent_of == "target":
            continue
        if any(lk.src == i and lk.relation in ("ratio_num", "restates") for lk in links):
            continue
        for ia, ib in ((i - 2, i - 1), (i - 3, i - 2)):
            if ia < 0:
                continue
            a, b = facts[ia], facts[ib]
            if a.kind != "count" or b.kind != "count" or not _same_unit(a, b):
                continue
            if ib == i - 2 and (facts[i - 1].kind != "count" or _same_unit(facts[i - 1], b)
                                or not _OF_WHOLE.fullmatch(text, b.end, facts[i - 1].start)):
                continue      # "… trên tổng số 1.520 tiêu chí của 80 xã, đạt tỷ lệ 88,3%": whose whole
            if not _OF_TOTAL.search(text[a.end:b.start]) or len(text[a.end:b.start]) > 160:
                continue
            if not _RATIO_GAP.fullmatch(text[facts[i - 1].end:p.start]):
                continue
            links.append(Link(i, ia, "ratio_num"))
            links.append(Link(i, ib, "ratio_den"))
            break


def _same_unit(a, b) -> bool:
    ua, ub = a.unit.lower(), b.unit.lower()
    return bool(ua) and (ua == ub or ua.startswith(ub + " ") or ub.startswith(ua + " "))


def _particular(text, facts, links):
    """"ban hành 402 văn bản, riêng Văn phòng Huyện ủy ban hành 85 văn bản": "riêng" singles out
    a subset of the figure before it."""
    for k, f in enumerate(facts):
        if f.kind not in AMOUNT or k == 0:
            continue
        t = facts[k - 1]
        if family(t) != family(f) or (f.kind == "count" and not _same_unit(f, t)):
            continue
        gap = text[t.end:f.start]
        if _RIENG.fullmatch(gap):
            links.append(Link(k, k - 1, "subset_of"))


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


def _item_spans(inner: str, lo: int, by_semicolon: bool) -> list[tuple[int, int]]:
    sep = _ITEM_SEP_SEMI if by_semicolon else _ITEM_SEP
    out, start = [], 0
    for m in sep.finditer(inner):
        out.append((lo + start, lo + m.start()))
        start = m.end()
    out.append((lo + start, lo + len(inner)))
    return [(a, b) for a, b in out if inner[a - lo:b - lo].strip()]


def _items_hold_parts(text, facts, parts, inner_lo, inner_hi, total=None) -> bool:
    """Every ";" item holds a part; or, split at "," / "và", the first item holds one and no
    item holds two ("01 cuộc cấp huyện, 19 cuộc cấp xã, thị trấn" passes; "gồm: Chủ tịch,
    02 Phó Chủ tịch" does not: its first item is unnumbered)."""
    inner = text[inner_lo:inner_hi]
    head = _PAREN_PREFIX.match(inner)
    lo = inner_lo + (head.end() if head else 0)
    inner = text[lo:inner_hi]
    if ";" in inner:
        items = _item_spans(inner, lo, True)
        return all(any(a <= facts[k].start < b for k in parts) for a, b in items)
    items = _item_spans(inner, lo, False)
    counts = [sum(1 for k in parts if a <= facts[k].start < b) for a, b in items]
    if not (counts and counts[0] >= 1 and max(counts) == 1):
        return False
    if total is not None and total.unit and any(not _same_unit(facts[k], total) for k in parts):
        # parts named by other nouns ("05 câu lạc bộ và 34 cá nhân") must open their items;
        # "thành lập mới 91 Trung tâm ..., tổ chức lại 33 ..." lists events, not a breakdown
        return all(text[a:facts[k].start].strip() == "" for (a, b) in items for k in parts
                   if a <= facts[k].start < b)
    return True


def _parenthesised_parts(text, facts, links):
    for m in _PAREN.finditer(text):
        inner_lo, inner_hi = m.start(1), m.end(1)
        inside = [k for k, f in enumerate(facts) if inner_lo <= f.start and f.end <= inner_hi]
        if not inside:
            continue
        subset = bool(_TRONG_DO.match(text[inner_lo:inner_hi]))
        for fam in ("count", "money"):
            parts = [k for k in inside if family(facts[k]) == fam]
            if not parts:
                continue
            total_i = _total_before(text, facts, m.start(), fam)
            if total_i is None:
                continue
            if not subset and _BASELINE_BEFORE.search(text, facts[total_i].end, m.start()):
                continue      # "giảm 6 vụ so với cùng kỳ (20 vụ)": the bracket is the baseline
            if not subset and _TARGET_BEFORE_PAREN.search(text, facts[total_i].end, m.start()) and any(
                    f.kind == "percent" and f.percent_of == "target" and facts[total_i].end <= f.start < m.start()
                    for f in facts):
                continue      # "đạt 90% chỉ tiêu (50 đảng viên)": the bracket is the target
            total = facts[total_i]
            if len(parts) == 1 and facts[parts[0]].unit.lower() != total.unit.lower():
                continue      # "05 laptop ... (05 đồng chí)": one part of another kind is not a part
            if not subset and any(family(facts[k]) not in (fam, "percent") for k in inside):
                continue      # mixed amounts ("24 cầu ..., trị giá 9,2 tỷ") outside "trong đó"
            if not _items_hold_parts(text, facts, parts, inner_lo, inner_hi, total):
                if not (subset and len(parts) == 1):
                    continue
            rel = "subset_of" if subset or len(parts) == 1 else "part_of"
            links.extend(Link(k, total_i, rel) for k in parts)
        _paired_subset(text, facts, links, m, inside, subset)


def _total_before(text, facts, paren_start, fam):
    """The last fact of family `fam` before "(" in the same sentence; percents may sit between
    it and the parenthesis, other amounts of the family may not."""
    lo, _ = context.sentence_bounds(text, paren_start, paren_start)
    for j in range(len(facts) - 1, -1, -1):
        f = facts[j]
        if f.end > paren_start:
            continue
        if f.start < lo:
            return None
        if family(f) == fam:
            gap = text[f.end:paren_start]
            if len(gap) > 80 or _HARD_STOP.search(gap):
                return None
            return j
        if f.kind in ("percent", "change", "fraction") or family(f) != fam:
            continue
    return None


def _paired_subset(text, facts, links, m, inside, subset):
    """"A hồ sơ ... trên tổng số B hồ sơ, đạt 73,56% (Trong đó, ... A2 hồ sơ ... trên tổng số
    B2 hồ sơ, đạt 96,05%)": the inner pair is a subset of the outer pair, term by term."""
    if not subset:
        return
    inner = [k for k in inside if facts[k].kind == "count"]
    outer = [j for j in range(len(facts)) if facts[j].end <= m.start() and facts[j].kind == "count"]
    pi = _ratio_pair(text, facts, inner)
    po = _ratio_pair(text, facts, outer[-2:] if len(outer) >= 2 else [])
    if pi and po:
        links.append(Link(pi[0], po[0], "subset_of"))
        links.append(Link(pi[1], po[1], "subset_of"))


def _ratio_pair(text, facts, idx):
    if len(idx) != 2:
        return None
    a, b = idx
    if _OF_TOTAL.search(text[facts[a].end:facts[b].start]):
        return a, b
    return None


def _listed_parts(text, facts, links):
    """"N đơn vị; gồm: a ..., b ..." / "N hồ sơ; trong đó: a ..., b ..." in running text."""
    low = text.lower()
    if "gồm" not in low and "trong" not in low and ":" not in low:
        return      # every pattern below needs one of these: most paragraphs have none
    for j, total in enumerate(facts):
        if total.kind not in AMOUNT:
            continue
        rest = text[total.end:]
        base = total.end
        m = _SUBSET.match(rest) or _GOM.match(rest) or _words_then_subset(rest, facts, j) \
            or _GOM_AFTER_WORDS.match(rest) \
            or (_GOM_BEFORE.search(text, max(0, total.start - 15), total.start) and _COLON.match(rest)) \
            or _COLON.match(rest) or _COLON_AFTER_WORDS.match(rest)
        if not m and (after := _after_own_figures(text, facts, j)):
            # "18.560 tấn, tăng 4,6% so với cùng kỳ, trong đó thịt lợn 13.240 tấn": the total's own
            # percents and changes sit between it and "trong đó"
            base = after
            m = _SUBSET_AFTER_FIGURES.match(text[base:])
        if not m or "(" in m.group(0):
            continue
        subset = "trong" in m.group(0).lower()
        lo = base + m.end()
        _, hi = context.sentence_bounds(text, lo, lo)
        if m.group(0).rstrip().endswith(":"):
            hi = _semicolon_items_end(text, facts, lo, hi, family(total))
        colon_items = _item_spans(text[lo:hi], lo, True) if m.group(0).rstrip().endswith(":") else []
        if len(colon_items) >= 2:
            # "45 vụ …, gồm: trộm cắp tài sản 20 vụ; cố ý gây thương tích 8 vụ; …": labels before
            # the figures; every ";" item holds one part (of the total's noun, for counts)
            parts = [k for k, f in enumerate(facts) if lo <= f.start < hi and family(f) == family(total)
                     and not _inside_paren(text, f.start, lo)]
            if not all(sum(a <= facts[k].start < b for k in parts) == 1 for a, b in colon_items) or (
                    total.kind == "count" and not all(_same_unit(facts[k], total) for k in parts)):
                if not subset:
                    continue
        elif m.re is _COLON_AFTER_WORDS or (
                m.re is _COLON and not _GOM_BEFORE.search(text, max(0, total.start - 15), total.start)):
            # "đánh giá 92 tổ chức cơ sở đảng: 18 tổ chức …, 68 tổ chức …": without a cue word,
            # only items that open with a count of the total's own noun ("giải ngân 412,6 tỷ
            # đồng: vốn tỉnh 256,3 tỷ đồng; vốn huyện …" passed above: one figure per ";" item)
            parts = _opening_run(text, facts, lo, hi, family(total))
            if len(parts) < 2 or not all(_same_unit(facts[k], total) for k in parts):
                continue
        elif m.re is _GOM_AFTER_WORDS:
            # "9 đơn vị hành chính cấp huyện, gồm 1 thành phố, 1 thị xã và 7 huyện, với 124 xã": after
            # words, only items that open with a figure are parts, and the list ends at the first
            # item that does not
            parts = _opening_run(text, facts, lo, hi, family(total))
            if len(parts) < 2 or (total.kind == "count" and not all(
                    facts[k].unit[:1].islower() for k in parts)):
                continue
        else:
            parts = [k for k, f in enumerate(facts) if lo <= f.start < hi and family(f) == family(total)
                     and not _inside_paren(text, f.start, lo)]
        if subset and total.kind == "money" and j and facts[j - 1].kind == "count" \
                and _WITH_MONEY.fullmatch(text, facts[j - 1].end, total.start):
            # "28 dự án với tổng vốn 6.450 tỷ đồng, trong đó 5 dự án FDI …": counts in the list are
            # parts of the count the money goes with
            counts = [k for k, f in enumerate(facts) if lo <= f.start < hi and f.kind == "count"
                      and not _inside_paren(text, f.start, lo)]
            if counts and _nouns_fit(text, facts, counts, facts[j - 1], lo, hi):
                links.extend(Link(k, j - 1, "subset_of") for k in counts)
        if total.kind == "money":
            # "6.450 tỷ đồng, trong đó … 185 triệu USD": another currency is no part of the total
            parts = [k for k in parts if facts[k].unit.lower() == total.unit.lower()]
        if not parts:
            continue
        if m.re in (_SUBSET_AFTER_WORDS, _SUBSET_AFTER_FIGURES) and total.kind == "count" and not all(
                _same_unit(facts[k], total) for k in parts):
            # words between the total and "trong đó": the parts must count its noun, or the noun of
            # the count it is paired with ("245 hộ với 1.023 nhân khẩu …, trong đó đã di dời 86 hộ")
            if j and facts[j - 1].kind == "count" and _PAIRED.fullmatch(text, facts[j - 1].end, total.start):
                if all(_same_unit(facts[k], facts[j - 1]) for k in parts):
                    links.extend(Link(k, j - 1, "subset_of") for k in parts)
                continue
            if not _nouns_fit(text, facts, parts, total, lo, hi):
                continue
        if subset and total.kind == "count" and j and facts[j - 1].kind == "count" and _PAIRED_WITH.fullmatch(
                text, facts[j - 1].end, total.start) and not all(_same_unit(facts[k], total) for k in parts):
            # "1.245 cơ sở lưu trú với 18.600 buồng, trong đó 42 khách sạn": parts of the first count
            # of the pair, or of neither; "18 lớp cho 1.260 học viên, trong đó: 6 lớp … với 420 học
            # viên; …": parts of each, by noun
            first = [k for k in parts if _same_unit(facts[k], facts[j - 1])]
            own = [k for k in parts if k not in first and (_same_unit(facts[k], total) or _same_head(facts[k], total))]
            if len(first) + len(own) == len(parts):
                links.extend(Link(k, j - 1, "subset_of") for k in first)
                links.extend(Link(k, j, "subset_of") for k in own)
            continue
        if total.kind == "count" and subset and any(_same_unit(facts[k], total) for k in parts):
            # "42 km, trong đó có 8 km đã được mở rộng 4 làn xe": the parts count the total's noun
            # (or another of its classifier: "320 lượt cán bộ, trong đó … 85 lượt đảng viên")
            parts = [k for k in parts if _same_unit(facts[k], total) or _same_head(facts[k], total)]
        if not subset and m.re is not _GOM_AFTER_WORDS and not _items_ok(
                parts, text[lo:facts[parts[0]].start]) and not _items_hold_parts(text, facts, parts, lo, hi, total):
            continue      # "gồm: Chủ tịch, 02 Phó Chủ tịch ...": unnumbered items, not a breakdown
        rel = "subset_of" if subset or len(parts) == 1 else "part_of"
        for k in parts:
            links.append(Link(k, j, rel))
        # a percent right after a single subset part restates part/total ("đạt tỷ lệ 87,2%")
        if len(parts) == 1:
            k = parts[0]
            if k + 1 < len(facts) and facts[k + 1].kind == "percent":
                gap = text[facts[k].end:facts[k + 1].start]
                if (_RESTATE_GAP.match(gap) or _DAT_GAP.fullmatch(gap)) and facts[k + 1].value is not None \
                        and facts[k + 1].value <= 100 and not any(
                            lk.src == k + 1 and lk.relation in ("ratio_num", "restates") for lk in links):
                    links.append(Link(k + 1, k, "ratio_num"))
                    links.append(Link(k + 1, j, "ratio_den"))
        else:
            # "trong đó 86 hộ nghèo, chiếm 6,91%, 112 hộ cận nghèo, chiếm 9,0%": each part's share
            for k in parts:
                if k + 1 < len(facts) and facts[k + 1].kind == "percent" and _PART_SHARE.fullmatch(
                        text, facts[k].end, facts[k + 1].start) and not any(
                            lk.src == k + 1 and lk.relation in ("ratio_num", "restates") for lk in links):
                    links.append(Link(k + 1, k, "ratio_num"))
                    links.append(Link(k + 1, j, "ratio_den"))


_PAIRED = regex.compile(r"\s*(?:với|,)\s*")
_PAIRED_WITH = regex.compile(r"[^\d();.,]{0,40}\s(?:với|cho)\s+")
_WITH_MONEY = regex.compile(r"[^\d();.,]{0,40}?\svới\s[^\d();.,]{0,40}")
_COLON_AFTER_WORDS = regex.compile(r"^[^\d();.,:]{1,60}:\s*")
# a part's own share right after it: "86 hộ nghèo, chiếm 6,91%", "18 tổ chức … (chiếm 19,57%)"
_PART_SHARE = regex.compile(r"[^\d();.,]{0,60}?[,(]\s*chiếm\s*(?:(?:tỷ|tỉ)\s+lệ\s*)?")


def _words_then_subset(rest, facts, j):
    """_SUBSET_AFTER_WORDS when no figure sits in the words: digits that are no fact may ("1.560 trẻ
    em dưới 5 tuổi được cân đo; trong đó 142 trẻ …")."""
    m = _SUBSET_AFTER_WORDS.match(rest)
    if m and j + 1 < len(facts) and facts[j + 1].start < facts[j].end + m.end():
        return None
    return m


def _same_head(a, b) -> bool:
    """Units that open with one classifier: "lượt cán bộ" / "lượt đảng viên", "hộ dân" / "hộ nghèo"."""
    ha, hb = a.unit.lower().split()[:1], b.unit.lower().split()[:1]
    return bool(ha) and ha == hb


def _semicolon_items_end(text, facts, lo, hi, fam):
    """A list announced by a colon runs on over "; " items that each hold one figure of its family
    (one per noun): "gồm: trộm cắp 20 vụ; cố ý gây thương tích 8 vụ; …", "trong đó: 6 lớp … với
    420 học viên; 12 lớp … với 840 học viên"."""
    def held(a, b):
        return sorted(f.unit.lower() for f in facts if a <= f.start < b and family(f) == fam)
    first = held(lo, hi)
    if not first or len(set(first)) != len(first):
        return hi       # "trong đó: chính thức 1.196, dự bị 52; đảng viên nữ 415": a "," list ends at ";"
    while hi < len(text) and text[hi] == ";":
        _, nhi = context.sentence_bounds(text, hi + 1, hi + 1)
        if held(hi, nhi) != first:
            break
        hi = nhi
    return hi


def _nouns_fit(text, facts, parts, total, lo, hi) -> bool:
    """Parts after "trong đó" that name another noun than the total's are still its parts when
    they share its classifier ("3.560 hộ dân tộc thiểu số, trong đó 410 hộ nghèo"), or when two or
    more count one noun between them, each alone in its item and none above the total ("56 đảng
    viên …, trong đó 8 đồng chí nữ, 12 đồng chí là người dân tộc thiểu số"), a noun the total's
    own words do not name."""
    if all(_same_unit(facts[k], total) or _same_head(facts[k], total) for k in parts):
        return True
    if len(parts) < 2 or not all(_same_unit(facts[k], facts[parts[0]]) for k in parts):
        return False
    if facts[parts[0]].unit.lower() in text[total.end:lo].lower() or any(
            facts[k].value is None or total.value is None or facts[k].value > total.value for k in parts):
        # "68 Quyết định danh mục TTHC; trong đó, công bố mới 247 TTHC …": the parts count what
        # the total's own words name (its contents), not kinds of the total
        return False
    items = _item_spans(text[lo:hi], lo, ";" in text[lo:hi])
    return all(sum(a <= facts[k].start < b for k in parts) <= 1 for a, b in items)
_GOM_AFTER_WORDS = regex.compile(r"^[^\d();.,:]{1,60},\s*(?:bao\s+)?gồm\s*:?\s*", regex.I)
_SUBSET_AFTER_FIGURES = regex.compile(r"^[^\d(;.,:]{0,40}[,;]\s*trong\s+đó\s*[:,]?\s*", regex.I)
_OWN_FIGURE_GAP = regex.compile(r"[^\d);.]{0,60}")      # "36.800 con (tăng 1,9% so với cùng kỳ)"


def _after_own_figures(text, facts, j):
    """End of the percents and changes (with their words) that follow fact j in its sentence before
    any other amount: "9.875 tấn, bằng 52,4% kế hoạch năm", "2,35 triệu lượt, tăng 18,4% so với
    cùng kỳ". None when no such figure follows."""
    _, hi = context.sentence_bounds(text, facts[j].end, facts[j].end)
    end, k = None, j + 1
    while k < len(facts) and facts[k].start < hi:
        f = facts[k]
        if not (f.kind == "percent" or (f.kind == "change" and f.unit in ("%", "lần"))):
            break
        if not _OWN_FIGURE_GAP.fullmatch(text, end or facts[j].end, f.start):
            break
        end, k = f.end, k + 1
    return end


def _opening_run(text, facts, lo, hi, fam):
    """Facts of family `fam` that open consecutive items ("," / "và") from lo, up to the first
    item that does not open with one."""
    starts = {f.start: k for k, f in enumerate(facts) if family(f) == fam}
    out = []
    for a, b in _item_spans(text[lo:hi], lo, False):
        while a < b and text[a] == " ":
            a += 1
        if a not in starts:
            break
        out.append(starts[a])
    return out


def _inside_paren(text, pos, lo):
    seg = text[lo:pos]
    return seg.count("(") > seg.count(")")


def _shares(text, facts, links):
    explained = {lk.src for lk in links if lk.relation in ("restates", "ratio_num")}
    for i, p in enumerate(facts):
        if p.kind != "percent" or p.percent_of != "share" or i == 0 or i in explained:
            continue
        c = facts[i - 1]
        if c.kind != "count":
            continue
        gap = text[c.end:p.start]
        if (len(gap) <= 80 and _SHARE_WORDS.search(gap) and not _HARD_STOP.search(gap)) \
                or _SHARE_BRACKET.fullmatch(gap):
            links.append(Link(i, i - 1, "share_of"))
