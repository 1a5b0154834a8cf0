"""change: "tăng 12.685 người so với tháng trước", "tăng 52%", "bằng 131% so với cùng kỳ",
"giảm 3,2%". Runs after the other rules and re-labels the count/percent/money/rate fact that a
change verb governs; the baseline comes from "so với ..." in the same clause.

Examples: extractors/examples/change.tsv."""
from __future__ import annotations

import regex

from .. import context, vocab
from ..scan import Scan

_VERBS = (("tăng thêm", "increase"), ("giảm thêm", "decrease"), ("giảm đi", "decrease"),
          ("tăng", "increase"), ("giảm", "decrease"), ("bằng", "ratio"), ("gấp", "ratio"))


_VERB_WORDS = tuple(v for v, _ in _VERBS)


def baseline(text: str, start: int, end: int) -> str:
    """What the change is measured against: "so với ..." in the figure's clause (or just after
    it), else earlier in its sentence ("so với cùng kỳ giảm 3 vụ, giảm 2 người chết")."""
    lo, hi = context.clause_bounds(text, start, end)
    seg = text[lo:hi + 40 if hi < len(text) else hi].lower()
    slo, _ = context.sentence_bounds(text, start, end)
    for part in (seg, text[slo:lo].lower()):
        for cue, role, value, _ in vocab.cues():
            if role == "baseline" and cue.lower() in part:
                return value
        if "so với" in part:
            return "other"
    return ""


_SO_VOI_PERIOD = regex.compile(
    r"\s*(?:so\s+)?(?:với\s+)?(?:cùng\s+kỳ|tháng\s+trước|quý\s+trước|kỳ\s+trước|năm\s+trước|"
    r"đầu\s+năm|cuối\s+năm|tháng\s+\d|quý\s+[IV\d]|năm\s+\d|so\s+với\s+(?!chỉ\s+tiêu|kế\s+hoạch|dự\s+toán|KH|mục\s+tiêu|nghị\s+quyết|NQ))",
    regex.I)
_SO_VOI = regex.compile(r"\s*(?:trở lên|trở xuống)?\s*so\s+với", regex.I)
_DIRECTION_WORD = regex.compile(r"(?<![\p{L}])(tăng|giảm)(?![\p{L}])", regex.I)


# "kéo giảm tai nạn giao thông từ 5% trở lên", "kéo giảm số vụ, số người chết, số người bị thương
# từ 5% trở lên": a verb (not "tăng trưởng", "tăng cường"), its object (a list of nouns; no
# "đạt"/"chiếm"/"có"/"tỷ lệ", which make the figure a share, nor "phấn đấu", a new clause) and a
# bound "từ ... trở lên/xuống" on the percent
_PLANNED_MOVE = regex.compile(
    r"(?<![\p{L}])(tăng|giảm)(?!\s+(?:trưởng|cường))"
    r"(?:\s*,?\s+(?!(?:đạt|chiếm|là|có|tỷ|tỉ|phấn)(?![\p{L}]))[\p{L}\p{M}]+){1,12}\s+từ\s+$", regex.I)
_BOUND_AFTER = regex.compile(r"\s*trở\s+(?:lên|xuống)(?![\p{L}])", regex.I)


def _compared(text: str, f) -> str:
    """"cắt giảm thời gian ... từ 15% trở lên so với ...": a percent compared to a baseline
    in a clause that says which way it moves; "kéo giảm tai nạn giao thông từ 5% trở lên": a
    planned move bounded from below, with no baseline written."""
    if not _SO_VOI.match(text, f.end):
        if _BOUND_AFTER.match(text, f.end) and "từ" in text[max(0, f.start - 6):f.start]:
            lo, _ = context.sentence_bounds(text, f.start, f.end)
            m = _PLANNED_MOVE.search(text, lo, f.start)
            if m:
                return "increase" if m.group(1).lower() == "tăng" else "decrease"
        return ""
    lo, _ = context.clause_bounds(text, f.start, f.end)
    words = _DIRECTION_WORD.findall(text[max(0, lo - 120):f.start])
    if not words:
        return ""
    return "increase" if words[-1].lower() == "tăng" else "decrease"


# "đạt 102,5% so với cùng kỳ" is "bằng 102,5% so với cùng kỳ": this period over an earlier one
# ("đạt 95% so với kế hoạch", "đạt 95% năm 2025" are no comparison of periods)
_REACHED = regex.compile(r"(?<![\p{L}])đạt\s*$", regex.I)
_EARLIER_PERIOD = regex.compile(
    r"\s*(?:(?:so\s+với|so)\s+(?:cùng\s+kỳ|(?:tháng|quý|kỳ|năm)\s+trước|(?:tháng|quý|năm)\s+[IV\d])"
    r"|cùng\s+kỳ|(?:tháng|quý|kỳ|năm)\s+trước)(?![\p{L}])", regex.I)


def _reached_against_period(text: str, f, start: int) -> bool:
    # "đạt trên 102%": 'đạt' before the qualifier; "ước đạt 98,2%": the qualifier ends with it
    return _EARLIER_PERIOD.match(text, f.end) is not None and any(
        _REACHED.search(text, max(0, at - 12), at) is not None for at in {start, f.start})


_THAN = {"cao hơn": "increase", "nhiều hơn": "increase", "thấp hơn": "decrease", "ít hơn": "decrease",
         "vượt": "increase"}


_THAN_PERIOD = regex.compile(
    r"(cao|thấp|nhiều|ít)\s+hơn\s+(?:so\s+với\s+)?(?:cùng\s+kỳ(?:\s+năm\s+trước)?|năm\s+trước|tháng\s+trước|"
    r"quý\s+trước|kỳ\s+trước|(?:niên\s+)?vụ\s+trước|(?:mức\s+)?trung\s+bình\s+nhiều\s+năm|TBNN)\s*,?\s*$", regex.I)


# "cao hơn bình quân cả nước 0,17 điểm phần trăm", "vượt 0,8 điểm phần trăm": percentage points
# after a comparison, with what is compared to (a few words) between, are a difference
_THAN_POINTS = regex.compile(
    r"(?<![\p{L}])(cao\s+hơn|thấp\s+hơn|nhiều\s+hơn|ít\s+hơn|vượt)(?:\s+[\p{L}\p{M}]+){0,6}\s+$", regex.I)


# "cao hơn bình quân của tỉnh 0,7%", "vượt kế hoạch 12%": a percent after a comparison with an
# average or a plan named between is the difference from it
_THAN_BASE = regex.compile(
    r"(?<![\p{L}])(cao\s+hơn|thấp\s+hơn|vượt)\s+(?:so\s+với\s+)?(?:mức\s+)?(?:bình\s+quân|trung\s+bình|"
    r"chỉ\s+tiêu|kế\s+hoạch|mục\s+tiêu|dự\s+toán)(?:\s+[\p{L}\p{M}]+){0,4}\s+$", regex.I)


def _than(text: str, f, start: int) -> str:
    """"thấp hơn 0,38 điểm phần trăm so với kịch bản", "cao hơn 1,2% so với bình quân cả nước",
    "cao hơn cùng kỳ 0,3 tấn/ha", "vượt 0,8 điểm phần trăm chỉ tiêu": a difference from a
    baseline, not a bound on the value."""
    if "hơn" in text[max(0, start - 40):start] and (m := _THAN_PERIOD.search(text[max(0, start - 60):start])):
        return "ratio" if f.unit == "lần" else _THAN[m.group(1).lower() + " hơn"]
    if f.unit == "điểm phần trăm" and (m := _THAN_POINTS.search(text, max(0, f.start - 80), f.start)):
        return _THAN[" ".join(m.group(1).lower().split())]
    if f.unit == "%" and (m := _THAN_BASE.search(text, max(0, f.start - 80), f.start)):
        return _THAN[" ".join(m.group(1).lower().split())]
    if text[f.end:f.end + 1] != " " or not _SO_VOI.match(text, f.end):
        return ""
    hit = context.phrase_before(text, f.start, tuple(_THAN))
    if not hit:
        return ""
    return "ratio" if f.unit == "lần" else _THAN[hit[0].lower()]


# "Tăng thu so với dự toán 286 tỷ đồng", "giảm so với cùng kỳ 5 vụ": the verb, then what it is
# compared with, then the amount
_VERB_THEN_BASE = regex.compile(
    r"(?<![\p{L}])(tăng|giảm)(?:\s+(?:thu|chi))?\s+so\s+với(?:\s+[\p{L}\p{M}]+){1,5}\s+$", regex.I)


_EXEMPTED = regex.compile(r"(?<![\p{L}])miễn\s*,?\s*$", regex.I)


_SIGNS = {"+": "increase", "-": "decrease", "−": "decrease", "–": "decrease"}


def _signed(text: str, f) -> str:
    """"(+12,3% so với cùng kỳ)", "giảm 3 người (-15%)": a percent written with a sign, in
    brackets or compared "so với", is a change that way."""
    sign = text[f.start - 1:f.start]
    if sign not in _SIGNS or f.start < 2:
        return ""
    if text[f.start - 2] == "(" or (text[f.start - 2] == " " and _SO_VOI.match(text, f.end)):
        return _SIGNS[sign]
    return ""


# "giảm 11 vụ (8,1%)", "giảm 1.686 ha (bằng 2,24%)", "tăng 37 trường hợp so với cùng kỳ (47%)":
# the bracket right after a change restates it as a percent
_BRACKET_AFTER_CHANGE = regex.compile(
    r"(?:\s+so\s+với[^\d();.,]{0,40})?\s*\(\s*(?:bằng|tương\s+ứng|tương\s+đương|tức)?\s*", regex.I)
_POINTS = {"điểm phần trăm", "‰", "điểm"}      # "thấp hơn 0,38 điểm phần trăm so với kịch bản (7,5%)"
_CLOSE = regex.compile(r"\s*\)")


# "giảm 1,6% (-884 ha)", "tăng 1,2% (0,7 tạ/ha)": the amount of a percent change, in brackets
_BRACKET_AMOUNT = regex.compile(r"\s*\(\s*[-−–+]?\s*")


def _bracketed_restatements(scan: Scan) -> None:
    text = scan.text
    facts = sorted(scan.facts, key=lambda f: f.start)
    for prev, f in zip(facts, facts[1:]):
        if prev.kind != "change" or prev.direction not in ("increase", "decrease") \
                or not _CLOSE.match(text, f.end):
            continue
        if (f.kind == "percent" and prev.unit != "%" and prev.unit not in _POINTS
                and _BRACKET_AFTER_CHANGE.fullmatch(text, prev.end, f.start)):
            f.kind, f.direction, f.baseline = "change", prev.direction, prev.baseline
        elif (f.kind in ("count", "money", "rate") and prev.unit == "%" and f.unit
                and _BRACKET_AMOUNT.fullmatch(text, prev.end, f.start)):
            f.kind, f.direction, f.baseline = "change", prev.direction, prev.baseline


_AND = regex.compile(r"\s+và\s+")


def _shared_verb(scan: Scan) -> None:
    """"giảm 48 vụ và 61 người so với cùng kỳ": one verb governs both amounts."""
    text = scan.text
    facts = sorted(scan.facts, key=lambda f: f.start)
    for prev, f in zip(facts, facts[1:]):
        if prev.kind == "change" and prev.unit != "%" and f.kind == "count" and f.unit \
                and _AND.fullmatch(text, prev.end, f.start) and not context.qualifier_before(text, f.start):
            f.kind, f.direction, f.baseline = "change", prev.direction, prev.baseline


def find(scan: Scan) -> None:
    _find(scan)
    if "(" in scan.text:
        _bracketed_restatements(scan)
    if " và " in scan.text:
        _shared_verb(scan)


def _find(scan: Scan) -> None:
    text = scan.text
    for f in scan.facts:
        if f.kind not in ("count", "percent", "money", "rate"):
            continue
        start = f.start
        q = context.qualifier_before(text, start)
        if q:
            start = q[1]
        hit = context.phrase_before(text, start, _VERB_WORDS)
        if not hit and f.kind == "percent" and (d := _signed(text, f)):
            f.kind, f.direction, f.baseline = "change", d, baseline(text, f.start, f.end)
            continue
        if not hit and (m := _VERB_THEN_BASE.search(text, max(0, start - 60), start)):
            f.kind, f.baseline = "change", baseline(text, f.start, f.end)
            f.direction = "increase" if m.group(1).lower() == "tăng" else "decrease"
            continue
        if not hit and (d := _than(text, f, start)):
            f.kind, f.direction, f.baseline, f.qualifier = "change", d, baseline(text, f.start, f.end), ""
            continue
        if not hit:
            if f.unit == "%" and (d := _compared(text, f)):
                f.kind, f.direction, f.baseline = "change", d, baseline(text, f.start, f.end)
            elif f.kind == "percent" and _reached_against_period(text, f, start):
                f.kind, f.direction, f.baseline = "change", "ratio", baseline(text, f.start, f.end)
            continue
        verb, vstart = hit
        if _EXEMPTED.search(text, max(0, vstart - 8), vstart):
            continue      # "miễn, giảm 27 việc", "miễn giảm học phí cho 120 em": relief granted
        direction = dict(_VERBS)[verb.lower()]
        if direction == "increase" and f.unit == "lần":
            direction = "ratio"       # "tăng 7 lần so với cùng kỳ": seven times, as "gấp 7 lần"
        base = baseline(text, f.start, f.end)
        if direction == "ratio" and verb.lower() == "bằng":
            # "bằng 131% so với cùng kỳ" compares periods; "bằng 98,44% dự toán" or "bằng 78,75%
            # so với chỉ tiêu" measure against a target: a percent, not a change
            _, hi = context.clause_bounds(text, f.start, f.end)
            after = text[f.end:hi]
            if not _SO_VOI_PERIOD.match(after):
                continue
        f.kind = "change"
        f.direction = direction
        f.baseline = base
        f.extra["verb_start"] = vstart
