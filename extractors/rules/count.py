"""count with unit: "112 đảng viên", "16.511 lượt người", "09 nhiệm vụ", "2.184 dịch vụ công trực tuyến".

A bare number (no count noun after it) is a count only where the sentence states it as a value
("Tổng số nhiệm vụ được giao là 21", "nâng tổng số chữ ký số lên 12.890") or alone in a table cell; it is a rate when its sentence
names one ("Tỷ lệ giáo viên/lớp ... đạt 1,38"). Scaled counts ("3,8 triệu người") multiply out.
Examples: extractors/examples/count.tsv."""
from __future__ import annotations

import regex

from .. import context, vocab
from .money import counted_tail, read_money_unit
from ..scan import Scan
from . import fact

# a digit and "/" right before a position; reverse (?r) so it is one match back from the
# position, not a scan of the text before it
_AFTER_NUMBER_SLASH = regex.compile(r"(?r)\d\s*/\s*")
_COPULA = {"là", "đạt", "được", "gồm", "có"}
_TOTAL = ("tổng số", "dân số")     # "tổng số 145 (nam 80, nữ 65)": a stated total
_AVERAGE = ("bình quân", "trung bình")    # "tuổi bình quân 46,2;", "điểm trung bình 7,85;": an average
_EXTREME = ("cao nhất", "thấp nhất", "lớn nhất", "nhỏ nhất")   # "cao nhất 9,2; thấp nhất 7,1"
# "nâng tổng số chữ ký số đang hoạt động lên 12.890": the new total of what the clause names
_RAISED_TOTAL = regex.compile(r"(?<![\p{L}])nâng\s+(?:tổng\s+)?số\s", regex.I)
_AGE = regex.compile(r"\s*tuổi(?![\p{L}\p{M}])")
# words that end the count's noun phrase before its bracket: "1.284 hồ sơ cư trú (thường trú 176, ...)"
_NOUN_TAIL = regex.compile(r"\s*(?:[\p{L}\p{M}]+\s+){0,3}[\p{L}\p{M}]*\s*")


_ORDINAL_HEADER = regex.compile(r"^\s*(?:stt|tt|số\s*tt|số thứ tự)\s*$", regex.I)
# a column of identifiers: "Mã số thuế", "Mã ĐVQHNS", "Số điện thoại", "Số tài khoản"
_CODE_HEADER = regex.compile(
    r"^\s*(?:mã(?![\p{L}\p{M}])|(?:số\s+)?điện\s+thoại|sđt|fax|số\s+(?:tài\s+khoản|hiệu|cccd|cmnd|căn\s+cước))",
    regex.I)
_PERCENT_HEADER = regex.compile(r"%|tỷ lệ|tỉ lệ", regex.I)
# "Kinh phí (triệu đồng)"; a bracket of signs, "Tăng (+), giảm (-)", names no unit
# (areas and volumes "m2", "km2", "m3" are the only units with a digit)
_HEADER_UNIT = regex.compile(r"\((?=[^()]*[\p{L}%])([^()\d]{1,20}|[^()\d]{0,16}\b[kcd]?m[23])\)\s*$")


def table_cell(scan: Scan, tok) -> None:
    """A cell holding only a number: a row number under "STT" and a code under "Mã số thuế" or
    "Số điện thoại" are no facts; a coded answer ("Có = 1", "Không = 0") is no quantity; under a "%"/"Tỷ lệ" header or with "%" as its
    row's unit it is a percent; with a money unit ("Triệu đồng", a header "(tỷ đồng)") it is
    money; otherwise a count in the row's or the header's unit."""
    head = scan.header.split(" / ")[-1] if scan.header else ""
    if _ORDINAL_HEADER.match(head) or _ORDINAL_HEADER.match(scan.header) or _CODE_HEADER.match(head):
        return
    unit = scan.unit_hint.strip()
    if "=" in unit:
        return
    if not unit:
        m = _HEADER_UNIT.search(head)
        unit = m.group(1).strip() if m else ""
    if unit == "%" or (not scan.unit_hint.strip() and _PERCENT_HEADER.search(scan.header)):
        fact(scan, "percent", tok.start, tok.end, tok, unit="%")
        return
    mu = read_money_unit(" " + unit, 0) if unit else None
    if mu and mu[2] >= len(unit):
        scale, currency, _ = mu
        fact(scan, "money", tok.start, tok.end, tok, unit="đồng" if currency == "VND" else currency,
             scale=scale, value=tok.num.value * (scale or 1))
        return
    fact(scan, "count", tok.start, tok.end, tok, unit=unit)


def _labelled_list(scan: Scan) -> None:
    """Bare counts in "(label N, label N)" right after a count (and the rest of its noun): they
    share its unit. The bracket is read as a part's sub-parts are (_bracket_parts)."""
    text = scan.text
    if "(" not in text:
        return
    for m in _SUB_BRACKET.finditer(text):
        before = [f for f in scan.facts if f.end <= m.start() and f.kind == "count"]
        if not before or not _NOUN_TAIL.fullmatch(text, before[-1].end, m.start()):
            continue
        subs = _bracket_parts(scan, m, before[-1].value)
        if subs and len(subs) >= 2:
            for i in subs:
                tok = scan.nums[i]
                fact(scan, "count", tok.start, tok.end, tok, unit=before[-1].unit)


# "17 đảng viên bằng các hình thức: khiển trách 9, cảnh cáo 5, ..." and "1.892 thủ tục, trong đó
# cấp tỉnh 1.456, cấp xã 436 thủ tục": a total, then its parts as "label N" items
_PARTS_INTRO = regex.compile(
    r"[^\d.;:()]{0,40}:\s*|[^\d.;:()]{0,40}?[,;]?\s*(?:trong\s+đó|bao\s+gồm|gồm)\s*:?\s*", regex.I)
# a label may pair two words with a comma: "phản ánh, kiến nghị 40"
_PART = regex.compile(r"(?P<label>\p{Ll}[\p{L}\p{M}]*(?:,?\s+[\p{L}\p{M}]+){0,4}?)\s+(?P<num>\d[\d.,]*)")
_PART_SEP = regex.compile(r"\s*(?:,|và)\s*")
_PART_END = regex.compile(r"\s*(?:[,;.]|và(?![\p{L}])|$)")


def _listed_parts(scan: Scan) -> None:
    """Bare counts in an unbracketed list of "label N" parts after a count: each takes the unit
    the list names in one of its items, else the total's ("khiển trách 9, cảnh cáo 5"). A part
    may carry its own bracket of "label N" sub-parts ("nam 30 (đảng viên 12), nữ 15"), which take
    the same unit; a bracket with no bare number ("(chiếm 41,7%)") is passed over."""
    text = scan.text
    for total in sorted((f for f in scan.facts if f.kind == "count" and f.unit), key=lambda f: f.start):
        intro = _PARTS_INTRO.match(text, total.end)
        if intro:
            _parts_from(scan, intro.end(), total)
    # "14 đảng viên, tăng 3 so với năm 2024; trong đó khiển trách 8, ..., khai trừ 2 đảng viên":
    # the total is not next to the list, so a part must name the unit
    for intro in _PARTS_LEAD.finditer(text):
        _parts_from(scan, intro.end(), None)


_PARTS_LEAD = regex.compile(r"(?<![\p{L}\p{M}])(?:trong\s+đó|bao\s+gồm)\s*:?\s*", regex.I)


def _parts_from(scan: Scan, pos: int, total) -> None:
    """Read the "label N" parts from pos; with no total (None), only a list in which a part names
    the unit counts, and no bound applies."""
    text = scan.text
    bare, units, labels, nested = [], [], [], []
    while (m := _PART.match(text, pos)) and (i := scan.index_at(m.start("num"))) is not None:
        labels.append(" ".join(m.group("label").lower().split()))
        done = next((f for f in scan.facts if f.start == m.start("num")), None)
        if done is not None:
            if done.kind != "count":
                break
            units.append(done.unit)
            pos, value = done.end, done.value
        elif scan.free(i) and _PART_END.match(text, _after_bracket(scan, scan.nums[i].end)):
            bare.append(i)
            pos, value = scan.nums[i].end, scan.nums[i].num.value
        else:
            break
        if (br := _SUB_BRACKET.match(text, pos)) is not None:
            subs = _bracket_parts(scan, br, value)
            if subs is None:
                break
            nested += subs
            pos = br.end()
        sep = _PART_SEP.match(text, pos)
        if not sep:
            break
        pos = sep.end()
    # parts have labels of their own and none exceeds the total; "3 tổ, gồm tổ 1, tổ 2 và
    # tổ 3" names the groups, it does not count them
    if len(bare) + len(units) < 2 or len(set(labels)) < len(labels):
        return
    if total is None:
        if not units or not units[0]:
            return
    elif any(scan.nums[i].num.value > total.value for i in bare):
        return
    unit = units[0] if units else total.unit
    for i in bare + nested:
        tok = scan.nums[i]
        fact(scan, "count", tok.start, tok.end, tok, unit=unit)


_SUB_BRACKET = regex.compile(r"\s*\((?P<items>[^()]*)\)")
# an item of a bracket may open with a capital or an abbreviation: "(MN 18, TH 22, THCS 18)"
_BRACKET_ITEM = regex.compile(r"(?P<label>[\p{L}\p{M}]+(?:,?\s+[\p{L}\p{M}]+){0,7}?)\s+(?P<num>\d[\d.,]*)")
_BRACKET_SEP = regex.compile(r"\s*(?:,|;|và)\s*")


def _after_bracket(scan: Scan, pos: int) -> int:
    """Where a part's list goes on: after the bracket that follows it, if any."""
    br = _SUB_BRACKET.match(scan.text, pos)
    return br.end() if br else pos


def _bracket_parts(scan: Scan, br, whole) -> list[int] | None:
    """The bare numbers of a bracket of "label N" sub-parts, none above the part `whole`; [] for
    a bracket with no bare number (a share, a count already read); None for anything else."""
    text, pos, end = scan.text, br.start("items"), br.end("items")
    free = [i for i, tok in enumerate(scan.nums) if pos <= tok.start < end and scan.free(i)]
    if not free:
        return []
    found = []
    while (m := _BRACKET_ITEM.match(text, pos, end)) and (i := scan.index_at(m.start("num"))) is not None \
            and i in free and scan.nums[i].num.value <= whole:
        found.append(i)
        pos = scan.nums[i].end
        sep = _BRACKET_SEP.match(text, pos, end)
        if not sep:
            break
        pos = sep.end()
    return found if found == free and not text[pos:end].strip() else None


# "khai trừ 1 đảng viên, cảnh cáo 2, khiển trách 3 đảng viên": a bare part between two parts
# that name the same unit
_LABEL = r"\p{Ll}[\p{L}\p{M}]*(?:\s+[\p{L}\p{M}]+){0,3}"
_BETWEEN_PARTS = regex.compile(rf"\s*,\s*(?P<label>{_LABEL})\s+(?P<num>\d[\d.,]*)\s*,\s*(?P<next>{_LABEL})\s+")


def _between_parts(scan: Scan) -> None:
    text = scan.text
    counts = sorted((f for f in scan.facts if f.kind == "count" and f.unit), key=lambda f: f.start)
    for a, b in zip(counts, counts[1:]):
        m = a.unit.lower() == b.unit.lower() and _BETWEEN_PARTS.fullmatch(text, a.end, b.start)
        if m and m.group("label").lower() == m.group("next").lower():
            continue      # "1 tổ, tổ 2, tổ 3 người": named groups, not parts
        i = scan.index_at(m.start("num")) if m else None
        if i is not None and scan.free(i) and scan.nums[i].end == m.end("num"):
            tok = scan.nums[i]
            fact(scan, "count", tok.start, tok.end, tok, unit=b.unit)


def _compound_count(scan: Scan, tok, sc, tail) -> bool:
    """"12 nghìn 450 nhân khẩu": a scaled number and a smaller one make one count."""
    m, unit, end = tail
    scale = vocab.scale_of()[sc[0].lower()]
    j = scan.index_at(m.start(1))
    if j is None or not scan.free(j) or scan.nums[j].num.value >= scale or tok.num.decimals:
        return False
    fact(scan, "count", tok.start, end, tok, unit=unit, scale=scale,
         value=tok.num.value * scale + scan.nums[j].num.value)
    return True


_RESPECTIVELY = regex.compile(r"\s+lượt(?![\p{L}])")
_ALLOWANCE = ("trợ cấp", "hỗ trợ", "phụ cấp", "thưởng", "bồi thường", "chi trả")
_DIGIT_NEXT = regex.compile(r"\s*\d")


def _one_off(text: str, start: int, end: int) -> bool:
    """"hỗ trợ 1 lần 2 triệu đồng/hộ", "trợ cấp 1 lần cho 56 người": "1 lần" says the payment is
    made once, it counts nothing ("tổ chức 1 lần" still counts)."""
    return bool(_DIGIT_NEXT.match(text, end) or context.phrase_before(text, start, _ALLOWANCE))


def find(scan: Scan) -> None:
    _find_with_units(scan)
    _labelled_list(scan)
    if ":" in scan.text or "gồm" in scan.text or "trong đó" in scan.text:
        _listed_parts(scan)
    if "," in scan.text:
        _between_parts(scan)


def _find_with_units(scan: Scan) -> None:
    text = scan.text
    for i, tok in list(scan.free_nums()):
        if not scan.free(i):
            continue
        nxt = text[tok.end:tok.end + 2]
        if nxt[:1] in "/-" and nxt[1:2].isdigit() or _AFTER_NUMBER_SLASH.match(text, 0, tok.start):
            continue   # part of an unrecognised A/B or code ("250,5 tỷ đồng/5.432 hộ" is kept)
        pos, scale = tok.end, None
        sc = context.phrase_at(text, context.skip_spaces(text, pos), vocab.scale_words())
        if sc:
            unit_after, _ = context.read_unit(text, sc[1])
            if unit_after:
                scale, pos = vocab.scale_of()[sc[0].lower()], sc[1]
            elif vocab.scale_of()[sc[0].lower()] == 1000 and (tail := counted_tail(text, sc[1])) \
                    and _compound_count(scan, tok, sc, tail):
                continue
        unit, end = context.read_unit(text, pos)
        if unit and unit.lower() == "lần" and (tok.num.value == 1 and _one_off(text, tok.start, end)
                                                or _RESPECTIVELY.match(text, end)):
            continue      # "1 lần" paid once; "số 1, 2 và 3 lần lượt là ...": "respectively"
        if unit:
            fact(scan, "count", tok.start, end, tok, unit=unit, scale=scale,
                 value=tok.num.value * (scale or 1))
            continue
        if scan.in_table and text.strip() == tok.num.text:
            table_cell(scan, tok)
            continue
        prev = context.word_before(text, tok.start)
        colon = context.char_before(text, tok.start) == ":"
        stated = (prev and prev[0].lower() in _COPULA) or colon \
            or bool(prev and prev[0].lower() == "số" and context.phrase_before(text, tok.start, _TOTAL)) \
            or bool(prev and prev[0].lower() in ("quân", "bình", "nhất")
                    and context.phrase_before(text, tok.start, _AVERAGE + _EXTREME)
                    and _PART_END.match(text, tok.end))
        raised = bool(prev and prev[0].lower() == "lên" and _RAISED_TOTAL.search(
            text, context.clause_bounds(text, tok.start, tok.end)[0], tok.start))
        stated = stated or raised
        age = _AGE.match(text, tok.end)
        if age and (stated or tok.num.decimals):
            # an average age: "tuổi bình quân là 28,5 tuổi", "giảm 2,1 tuổi" ("dưới 1 tuổi",
            # "từ 18 tuổi" describe who, and stay no fact)
            fact(scan, "count", tok.start, age.end(), tok, unit="tuổi")
        elif stated:
            unit = _subject_unit(text, tok.start) if prev and prev[0].lower() in ("là", "lên") else ""
            per = "" if unit else _named_ratio(text, tok.start)
            fact(scan, "rate" if per else "count", tok.start, tok.end, tok, unit=per or unit)


_SO = regex.compile(r"(?<![\p{L}\p{M}])(?:tổng\s+)?số\s+(?=[\p{L}])", regex.I)


def _subject_unit(text: str, start: int) -> str:
    """The known noun a "số ... là N" clause counts: "Tổng số nhiệm vụ được giao là 21" -> "nhiệm
    vụ", "số hồ sơ giải quyết đúng hạn là 120.088" -> "hồ sơ"; "" when the subject names none.
    """
    lo, _ = context.clause_bounds(text, start, start)
    m = _SO.search(text, lo, start)
    # or a clause that opens with the noun: "nhiệm vụ đã hoàn thành là 18"
    at = m.end() if m else context.skip_spaces(text, lo)
    unit, uend = context.read_unit(text, at)
    return unit if unit and uend < start and context.unit_is_known(unit) else ""


# "Tỷ lệ giáo viên/lớp cấp tiểu học đạt 1,38, cấp trung học cơ sở đạt 1,86": the sentence names a
# ratio of two nouns, and the bare figures stated for it are that rate
_RATIO_NAME = regex.compile(
    r"(?<![\p{L}])(?:tỷ|tỉ)\s+lệ\s+(?P<num>[\p{L}\p{M}]+(?:\s+[\p{L}\p{M}]+){0,2}?)\s*/\s*(?=[\p{L}])", regex.I)


def _named_ratio(text: str, start: int) -> str:
    """The unit "giáo viên/lớp" of a bare figure whose sentence opens with "tỷ lệ giáo viên/lớp"."""
    lo, _ = context.sentence_bounds(text, start, start)
    m = _RATIO_NAME.search(text, lo, start)
    if not m:
        return ""
    den, dend = context.read_unit(text, m.end())
    if not den or dend > start:
        return ""
    return f"{' '.join(m.group('num').split())}/{den}"
