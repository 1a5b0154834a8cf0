"""Runs the rules over one paragraph's text and returns its facts, in text order."""
from __future__ import annotations

import regex

from . import context, masks, vocab
from .fact import Fact
from .indicator import indicator
from .rules import change, count, fact, fraction, money, percent, ranges, rate, spelled
from .numbers import WELL_FORMED
from .scan import NumTok, Scan, parse_cached, phone_like

_SO_VOI = regex.compile(r"^\s*(?:so\s+với|so)\s+", regex.I)
_QUAL = r"(?:\s+(?:trên|hơn|dưới|gần|khoảng|xấp xỉ|tối thiểu|tối đa|ít nhất|từ))?"
_REACHED = regex.compile(rf"(?<![\p{{L}}])(?:đạt|bằng){_QUAL}\s*$")
_TARGETS_REACHED = regex.compile(rf"(?<![\p{{L}}])chỉ tiêu(?:\s+còn lại)?\s+(?:đạt|hoàn thành){_QUAL}\s*$")
# "trên" that names the higher level ("kinh phí cấp trên 34,7 tỷ đồng", "chuyển lên tuyến trên 46
# ca") or the text above ("như đã nêu trên 12 xã ..."), not "more than"; the verb "cấp" ("đã cấp
# trên 2.000 thẻ") and "ở trên 20 xã" still bound the figure
_NOT_ABOVE = regex.compile(
    r"(?<![\p{L}])(?:(?:kinh\s+phí|vốn|ngân\s+sách|nguồn|từ|của|cơ\s+quan|đơn\s+vị)\s+cấp"
    r"|(?:lên|về|từ|của)\s+tuyến|như\s+(?:đã\s+)?(?:(?:nêu|nói|kể|báo\s+cáo|trình\s+bày)(?:\s+ở)?|ở))"
    r"\s*$", regex.I)
# "đạt 85% DT": DT is the budget estimate (dự toán) in a sentence about money, an area (diện tích)
# elsewhere ("đạt 85% DT nhiễm bệnh"); not "thu hoạch", "chi bộ", the crop "vụ Hè Thu"
_MONEY_TALK = regex.compile(
    r"(?<![\p{L}\p{M}])(?:ngân\s+sách|vốn|kinh\s+phí|giải\s+ngân|(?:tỷ|triệu|nghìn|ngàn)\s+đồng"
    r"|(?<!hè\s+)(?:thu|chi)(?!\s+(?:hoạch|hút|gom|hồi|đông|bộ|hội|đoàn|cục|nhánh|tiết)(?![\p{L}\p{M}])))"
    r"(?![\p{L}\p{M}])",
    regex.I)

# Order matters: spans of several numerals first, then single numerals, then re-labelling.
RULES = (ranges.find, money.find, fraction.find, rate.find, percent.find, count.find, spelled.find)


def extract_text(text: str, in_table: bool = False, header: str = "", unit_hint: str = "") -> list[Fact]:
    """Facts in one paragraph. For a table cell pass in_table, its column header and the unit
    its row declares (an "Đơn vị tính" column), so a bare "22,45" under "%" is a percent."""
    bare = bare_numeral(text, in_table, header, unit_hint)
    if bare is not None:
        return bare
    if in_table and rank_cell(text, header):
        return []
    if in_table:
        mark = _FOOTNOTE_MARK.search(text)
        if mark:        # "1.250¹", "96,5*": the figure without its note mark
            return extract_text(text[:mark.start()], in_table, header, unit_hint)
        neg = _BRACKET_NEGATIVE.match(text)
        if neg and change_column(header):
            return _as_change(extract_text(neg.group(1), in_table, header, unit_hint), neg.start(1), "decrease")
    if in_table and "/" in text and header.endswith(")"):
        pair = _pair_cell(text, header, unit_hint)
        if pair is not None:
            return pair
    scan = Scan.of(text, in_table=in_table, header=header, unit_hint=unit_hint)
    if not scan.nums and not any(w in text.lower() for w in vocab.spelled()):
        return []
    masks.apply(scan)
    for rule in RULES:
        rule(scan)
    if in_table:
        if not scan.facts and (_CELL_RANGE.match(text) or _CELL_BOUND.match(text)):
            unit = _cell_unit(header, unit_hint)
            if unit:
                return _with_unit(text, unit)
        _cell_figure(scan)
        if len(scan.facts) == 1 and "/" in scan.facts[0].unit and scan.facts[0].raw == text.strip() \
                and scan.facts[0].kind == "count":
            return _with_unit(text, scan.facts[0].unit) or scan.facts    # as bare_numeral does
    change.find(scan)
    if in_table:
        _signed_cell(scan)
    facts = sorted(scan.facts, key=lambda f: f.start)
    for f in facts:
        _qualify(text, f)
        _percent_of(text, f)
        f.indicator = indicator(text, f)
    return facts


_PAIR_CELL = regex.compile(r"^\s*(\d[\d.,]*)\s*/\s*(\d[\d.,]*)\s*$")
# a header naming the two figures of its cells: "Lượt người (KH / TH)", "Số học viên (nam/nữ)"
_PAIR_HEADER = regex.compile(r"\(\s*([\p{L}\p{M}. ]{1,20}?)\s*/\s*([\p{L}\p{M}. ]{1,20}?)\s*\)$")
# ...unless it names a part over its whole ("Số lớp (đạt/KH)", "(TH/KH)"): a fraction
_PART_FIRST = regex.compile(r"^(?:đạt|th|thực\s+hiện|ước\s+th|hoàn\s+thành|có|số\s+đạt)$", regex.I)


def _pair_cell(text: str, header: str, unit_hint: str) -> list[Fact] | None:
    """A cell "1.250 / 1.180" under a header that names its two figures in brackets ("(KH /
    TH)"): two figures, each read as a lone figure under the header without the brackets; None
    for other cells (a part over its whole stays a fraction)."""
    m, h = _PAIR_CELL.match(text), _PAIR_HEADER.search(header)
    if not m or not h or _PART_FIRST.match(h.group(1).strip()):
        return None
    toks = []
    for g in (1, 2):
        if not WELL_FORMED.fullmatch(m.group(g)):
            return None
        toks.append(NumTok(m.start(g), m.end(g), parse_cached(m.group(g))))
    scan = Scan(text, True, header[:h.start()].rstrip(), unit_hint)
    for tok in toks:
        scan.nums.append(tok)
        count.table_cell(scan, tok)
    return scan.facts


# a column of positions: "Xếp hạng", "Thứ hạng", "Hạng", "Xếp thứ", "Vị trí xếp hạng"
_RANK_HEADER = regex.compile(r"^\s*(?:(?:vị\s+trí\s+)?xếp\s+(?:hạng|thứ)|thứ\s+hạng|hạng)(?![\p{L}\p{M}])", regex.I)
_RANK_CELL = regex.compile(r"^\s*(?:thứ\s+)?\d{1,3}(?:\s*/\s*\d{1,3})?\s*$", regex.I)


def rank_cell(text: str, header: str) -> bool:
    """A position under a rank column ("Xếp hạng | 12/63", "| 5"): no fact, as "xếp thứ 12/63"
    in a sentence is none."""
    return bool(header) and _RANK_HEADER.match(header.rsplit(" / ", 1)[-1]) is not None \
        and _RANK_CELL.match(text) is not None


_SIGNS = {"+": "increase", "-": "decrease", "−": "decrease", "–": "decrease"}
_CHANGE_VERBS = ("tăng", "giảm", "tăng thêm", "giảm thêm")


def _cell_figure(scan: Scan) -> None:
    """A table cell that opens with its figure and says more in brackets ("12 (giảm 3)",
    "+7", "1.250 (tăng 50)"): the opening figure is the cell's value, read from the column
    header and row unit as a lone figure is; a bare number after "tăng"/"giảm" in the
    brackets is a change in the same unit (change.find labels it), and one after a label
    ("45 (nữ 28)", "112 (nữ 61, dân tộc 9)") a part of it, in the same unit."""
    text = scan.text
    if not scan.nums:
        return
    tok = scan.nums[0]
    lead = text[:tok.start].strip()
    if lead and not (lead in _SIGNS and tok.start and text[tok.start - 1] == lead):
        return
    rest = text[tok.end:].strip()
    if rest and not rest.startswith("("):
        return
    if scan.free(0):
        share = _SHARE_BRACKET.search(scan.header) if "%" in rest and not scan.unit_hint.strip() else None
        if share:
            # "Số lượng (tỷ lệ)" over "4.215 (78,5%)": the header's bracket names the share in
            # the cell's brackets, so the opening figure is read under "Số lượng" alone
            header, scan.header = scan.header, scan.header[:share.start()].rstrip()
            count.table_cell(scan, tok)
            scan.header = header
        else:
            count.table_cell(scan, tok)
    head = next((f for f in scan.facts if f.start == tok.start), None)
    if head is None or not rest:
        return
    for i, t in scan.free_nums():
        if i == 0 or "(" not in text[head.end:t.start]:
            continue
        after = text[t.end:].lstrip()
        if after[:1] not in (")", ",", ";", ""):
            continue        # "giảm 3 vụ": its own unit, read by the rules
        if not context.phrase_before(text, t.start, _CHANGE_VERBS) and not _LABEL_BEFORE.search(text, 0, t.start):
            continue
        fact(scan, head.kind, t.start, t.end, t, unit=head.unit, scale=head.scale,
             value=t.num.value * (head.scale or 1))


# a header's last bracket naming a share, "Số lượng (tỷ lệ)", "Số hộ (tỷ lệ %)"
_SHARE_BRACKET = regex.compile(r"\(\s*(?:tỷ|tỉ)\s*lệ(?:\s*%)?\s*\)\s*$", regex.I)

# "(nữ 28", ", dân tộc 4": a word labelling a part of the cell's figure
_LABEL_BEFORE = regex.compile(r"[(,;]\s*[\p{L}][\p{L}\p{M} ]{0,25}\p{L}\s+$")


def _signed_cell(scan: Scan) -> None:
    """A cell that is one signed figure ("+7", "-12,5%", "+1.250") is a change that way."""
    text = scan.text.strip()
    if len(scan.facts) != 1 or text[:1] not in _SIGNS or not text[1:2].isdigit():
        return
    f = scan.facts[0]
    if f.kind in ("count", "percent", "money", "rate") and scan.text[f.end:].strip() == "":
        f.kind, f.direction = "change", _SIGNS[text[0]]
        sign = scan.text.index(text[0])
        if sign == f.start - 1:           # the sign is part of the figure as written
            f.start, f.raw = sign, scan.text[sign:f.end]


# a footnote mark right after a cell's figure: superscript digits or asterisks
_FOOTNOTE_MARK = regex.compile(r"(?<=\d)\s?(?:[¹²³⁴⁵⁶⁷⁸⁹⁰]{1,2}|\*{1,3})\s*$")
# the accountants' negative "(22)", "(1.250)"
_BRACKET_NEGATIVE = regex.compile(r"^\s*\(\s*(\d[\d.,]*)\s*\)\s*$")
# a column of differences: "Tăng (+), giảm (-)", "Tăng giảm (%)", "Tăng/giảm", "Tăng (giảm)",
# "Chênh lệch", "+/-"
_CHANGE_HEADER = regex.compile(
    r"^\s*(?:tăng\s*(?:\(\s*\+\s*\))?\s*(?:[,/;]\s*|\(\s*)?giảm|chênh\s+lệch)(?![\p{L}\p{M}])"
    r"|^\s*\(?\s*\+\s*/\s*[-−–]\s*\)?\s*$", regex.I)


def change_column(header: str) -> bool:
    """A column header naming rises and falls: its figures are changes."""
    return bool(header) and _CHANGE_HEADER.match(header.rsplit(" / ", 1)[-1]) is not None


def _as_change(facts: list[Fact], offset: int, direction: str) -> list[Fact]:
    """A lone figure read elsewhere in a cell, as a change that way: offsets moved by `offset`."""
    if len(facts) != 1 or facts[0].kind not in ("count", "percent", "money", "rate", "change"):
        return []
    f = facts[0]
    f.kind, f.direction = "change", direction
    f.start, f.end = f.start + offset, f.end + offset
    if f.unit == "%":
        f.percent_of = "change"
    return facts


def bare_numeral(text: str, in_table: bool, header: str, unit_hint: str) -> list[Fact] | None:
    """The facts of a text that is one well-formed numeral and nothing else ("22,45", "1.234";
    in a table cell also "12 450": a third of the paragraphs, mostly table cells), without the
    full pass; None for any other
    text. Nothing around the numeral can mask, qualify or label it (no mask pattern fits: a
    date or list marker needs a 1-2 digit group before a dot, a code a slash, a year 4 digits
    starting 19/20 and is left to the full pass, as is a phone number), so in running text it is
    no fact and in a table cell it is what count.table_cell reads from the cell's context, with
    no indicator (the clause is the numeral alone)."""
    spaced = in_table and _SPACE_GROUPED.fullmatch(text)
    if not spaced and (not WELL_FORMED.fullmatch(text) or text[:2] in ("19", "20") or phone_like(text, text, 0)):
        return None
    if not in_table or rank_cell(text, header):
        return []    # a bare number counts only after a copula or colon; a rank is no count
    scan = Scan(text, in_table, header, unit_hint)
    # "12 450": a cell grouping thousands with spaces holds one figure, read as "12.450"
    num = parse_cached(_SPACE.sub(".", text) if spaced else text)
    tok = NumTok(0, len(text), num)
    scan.nums.append(tok)
    count.table_cell(scan, tok)
    if len(scan.facts) == 1 and "/" in scan.facts[0].unit:
        return _with_unit(text, scan.facts[0].unit) or scan.facts
    if change_column(header):
        return _as_change(scan.facts, 0, "increase")    # unsigned under "Tăng (+), giảm (-)"
    return scan.facts


# a whole cell of digit groups split by single (non-breaking) spaces: "12 450", "1 250 000,5"; a
# leading 0 or a first group over three digits is a phone number ("0918 456 789", "0263 3851 234")
_SPACE_GROUPED = regex.compile(r"[1-9]\d{0,2}(?:[ \u00a0]\d{3})+(?:,\d+)?")
_SPACE = regex.compile(r"[ \u00a0]")

_CELL_RANGE = regex.compile(r"^\s*(?:từ\s+)?\d[\d.,]*\s*(?:-|–|÷|đến)\s*\d[\d.,]*\s*$", regex.I)
# a target written as a bound, "≥ 60", "≤ 2", "> 90": the figure in its column's unit
_CELL_BOUND = regex.compile(r"^\s*(?:≥|≤|>=|<=|>|<)\s*\d[\d.,]*\s*$")
_HEADER_UNIT = regex.compile(r"\((?=[^()]*[\p{L}%])([^()\d]{1,30}|[^()\d]{0,26}\b[kcd]?m[23])\)\s*$")


def _cell_unit(header: str, unit_hint: str) -> str:
    if unit_hint.strip():
        return unit_hint.strip()
    m = _HEADER_UNIT.search(header.rsplit(" / ", 1)[-1]) if header else None
    return m.group(1).strip() if m else ""


def _with_unit(text: str, unit: str) -> list[Fact]:
    """The facts of a cell read as if its column's unit were written after it ("62,5" under
    "Năng suất (tạ/ha)" is the rate "62,5 tạ/ha"; "3 - 5" under "(triệu đồng/người)" a range),
    kept within the cell's own text."""
    if "=" in unit:
        return []
    facts = extract_text(text + ("" if unit == "%" else " ") + unit)
    n = len(text.rstrip())
    out = []
    for f in facts:
        if f.start >= n:
            continue
        f.end = min(f.end, n)
        f.raw = text[f.start:f.end]
        f.indicator = ""
        out.append(f)
    return out


def name_whole_cell(text: str, facts: list[Fact], row_header: str) -> None:
    """A table cell that is one figure and nothing else is named by its row's label."""
    if row_header:
        for f in facts:
            if f.raw == text.strip():
                f.indicator = row_header


def _qualify(text: str, f: Fact) -> None:
    q = context.qualifier_before(text, f.start)
    if q and q[0] == "gt" and _NOT_ABOVE.search(text, max(0, q[1] - 40), q[1]) \
            and text[q[1]:q[1] + 4].lower() == "trên":
        q = None
    if q:
        f.qualifier = q[0]
        f.start = q[1]
        f.raw = text[f.start:f.end]
    q = context.qualifier_after(text, f.end)
    if q and not f.qualifier:
        f.qualifier = q[0]


def _percent_of(text: str, f: Fact) -> None:
    if f.unit != "%":
        return
    if f.kind == "change":
        f.percent_of = "change"
        return
    if f.kind != "percent":
        return
    lo, hi = context.clause_bounds(text, f.start, f.end)
    after = _SO_VOI.sub("", text[f.end:hi].lower(), count=1)
    before = text[lo:f.start].lower()
    for cue, role, value, where in vocab.cues():
        if role != "percent_of":
            continue
        c = cue if cue.isupper() else cue.lower()
        seg_after = _SO_VOI.sub("", text[f.end:hi], count=1) if cue.isupper() else after
        if where == "after" and seg_after.lstrip().startswith(c):
            if cue == "DT" and not _MONEY_TALK.search(text, *context.sentence_bounds(text, f.start, f.end)):
                continue
            f.percent_of = value
            return
    if context.char_before(text, lo) == ":":
        # "Tỷ lệ đã thực hiện: 85,28%": the label before the colon names the percent
        plo, _ = context.clause_bounds(text, max(0, lo - 2), max(0, lo - 2))
        before = text[plo:f.start].lower()
    for cue, role, value, where in vocab.cues():
        if role == "percent_of" and where == "before" and cue.lower() in before:
            f.percent_of = value
            return
    if _TARGETS_REACHED.search(before):
        f.percent_of = "target"      # "40 chỉ tiêu đạt trên 75%": the targets are met to that degree
    elif "chỉ tiêu" not in before and (context.read_unit(text, f.end)[0] or _REACHED.search(before)):
        # "100% cơ sở y tế", "90% TTHC": a percent of the things named after it; "đạt 87,9%"
        # with no plan named is how much of the whole was done ("chỉ tiêu đề ra là đạt 100%" is
        # the plan itself)
        f.percent_of = "share"
