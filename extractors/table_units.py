"""Units of table cells, as a table states them: a unit column, a percent column, a header's
"(ĐVT: người)", a row label's "(triệu đồng)", a caption "Đơn vị tính: ..." above the table; and
which cells only number rows or columns. Used by extract_report for each table cell.
"""
from __future__ import annotations

import regex

_THOUSANDS = r"(?:1[.,]?000(?:[.,]?000)?\s*)?"       # "1.000 đồng": thousands of đồng
_UNIT_LABEL = regex.compile(r"^\(?\s*(?:đơn vị tính|đvt)\s*:\s*(?P<u>" + _THOUSANDS + r"[^()\d:]{1,30}?)\s*\)?\s*[.;]?$", regex.I)
# a caption line's unit, at its end: "Biểu 03: ... (ĐVT: người)", "(Đơn vị tính: triệu đồng)"
_CAPTION_UNIT = regex.compile(r"(?:^|\()\s*(?:đơn vị tính|đvt)\s*:\s*(?P<u>" + _THOUSANDS + r"[^()\d:]{1,30}?)\s*\)?\s*[.;]?$", regex.I)
# "(Đơn vị: nghìn đồng)": without "tính" only a caption whose words read as a unit (not "Đơn vị: UBND xã")
_CAPTION_UNIT_SHORT = regex.compile(r"(?:^|\()\s*đơn vị\s*:\s*(?P<u>" + _THOUSANDS + r"[^()\d:]{1,30}?)\s*\)?\s*[.;]?$", regex.I)
_MONEY_MULTIPLE = regex.compile(r"^1[.,]?000(?P<m>[.,]?000)?\s*(?:đồng|đ|vnđ|vnd)\.?$", regex.I)
_HEADER_MULTIPLE = regex.compile(r"\(\s*(1[.,]?000(?:[.,]?000)?\s*(?:đồng|đ|vnđ|vnd)\.?)(\s*/\s*[^()\d]{1,20})?\s*\)\s*$", regex.I)
# "(1.000 đồng)", "(ĐVT: 1.000đ/tháng)" in a header: a unit, no figure
UNIT_MULTIPLE_FACT = regex.compile(r"^1[.,]?000(?:[.,]?000)?\s*(?:đồng|đ|vnđ|vnd)", regex.I)


def _unit(u: str) -> str:
    """A unit as the money rule reads it: "1.000 đồng" is "nghìn đồng", "1.000.000đ" "triệu đồng"."""
    m = _MONEY_MULTIPLE.match(u)
    if m:
        return "triệu đồng" if m.group("m") else "nghìn đồng"
    return u


_END_UNIT = regex.compile(r"\((?=[^()]*[\p{L}%])\s*(?P<u>[^()\d]{1,20}?|[^()\d]{0,16}\b[kcd]?m[23])\s*\)\s*$")      # "Thu ngân sách (triệu đồng)"
# a unit column's header: "Đơn vị tính", "ĐVT", "ĐV tính", "Đ.v.t"
_UNIT_COLUMN = regex.compile(r"^(?:đơn\s*vị\s*tính|đv\.?\s*tính|đ\.?\s*v\.?\s*t\.?)(?![\p{L}])", regex.I)
_PERCENT_COLUMN = regex.compile(r"^\s*(?:tỷ|tỉ)\s*lệ", regex.I)


def numbers_column(text: str) -> bool:
    """A header cell that only numbers its column: "1", "(2)", "3=2/1"."""
    t = text.strip("() ")
    return t.isdigit() or bool(_COLNUM_FORMULA.match(text))


_ROW_NUMBER = regex.compile(r"^\(?(?:\d{1,3}(?:\.\d{1,3})*[.)]?|[IVXivx]{1,5}[.)]?|[a-zđ][.)]?)$")
_LETTER = regex.compile(r"\p{L}")
_COLNUM_FORMULA = regex.compile(r"^\(?\d{1,2}\)?\s*=\s*[\d()+\-*/x:.,\s]+$")


def cell_units(report) -> tuple[dict[int, str], set[int]]:
    """para_id -> the unit a table cell's figure is counted in, as the table states it:
    a percent column ("Tỷ lệ (%)", "So sánh (%) / So với KH") gives "%" whatever the row's unit;
    else the row's "Đơn vị tính"/"ĐVT" column; else a header's "(ĐVT: người)"; else (when the
    column header has no unit of its own in brackets) a unit at the end of the row's label
    ("Thu ngân sách (triệu đồng)") or the table's caption ("Đơn vị tính: triệu đồng" just above
    the table, or as a row of its header). Also the paragraphs of header rows that come
    before a table's first labelled row, the row numbers of tables without labelled rows, and
    body rows that only number the columns ("1 | 2 | 3 | 4" repeated on a table's next page)."""
    out: dict[int, str] = {}
    head: set[int] = set()
    paras = report.paragraphs
    rows: dict[tuple, str] = {}            # (table, row) -> its Đơn vị tính cell
    cells: list = []
    caption: dict[int, str] = {}           # table -> the unit its caption states
    first_row: dict[int, int] = {}         # table -> first row with a header label (its body)
    seen_rows: set[tuple] = set()          # (table, row) whose first cell was looked at
    table_paras = [(i, p) for i, p in enumerate(paras) if p.source == "table" and p.table_id is not None]
    for _, p in table_paras:
        if p.header and p.table_id not in first_row:
            first_row[p.table_id] = p.row
    # tables the reader found no figures in ("1 | Tổ chức hội nghị | 03 cuộc"): a row number
    # in the first cell, with a label beside it, numbers its row
    unlabelled_numbers: dict[tuple, int] = {}
    unlabelled_labels: set[tuple] = set()
    prev = None
    for i, p in table_paras:
        tid = p.table_id
        if prev != tid and tid not in caption:
            caption[tid] = _caption_unit(paras, i)
        prev = tid
        body = first_row.get(tid)
        if body is None:
            if p.col == 0 and _ROW_NUMBER.match(p.text):
                unlabelled_numbers[(tid, p.row)] = p.para_id
            elif p.col == 1 and _LETTER.search(p.text):
                unlabelled_labels.add((tid, p.row))
            continue                       # no labelled rows: nothing more to say
        if p.row < body:                   # a header row
            m = _UNIT_LABEL.match(p.text) if "đvt" in p.text.lower() or "đơn vị" in p.text.lower() else None
            if m and not caption[tid]:
                caption[tid] = _unit(m.group("u"))        # a header cell "ĐVT: tỷ đồng"
            elif not m and not caption[tid] and "đơn vị" in p.text.lower():
                caption[tid] = _short_unit_label(p.text)  # "Đơn vị: hộ", "(Đơn vị: triệu đồng)"
            head.add(p.para_id)
            continue
        if (tid, p.row) not in seen_rows:
            seen_rows.add((tid, p.row))
            if p.row_header and p.row_header != p.text and _ROW_NUMBER.match(p.text):
                head.add(p.para_id)    # the row's number (STT column), whatever its header says
                continue
        if not p.header:
            continue
        cells.append(p)
        last = p.header.rsplit(" / ", 1)[-1].strip().lower()
        # a corner "ĐVT: người" states the table's unit (read with the header rows), no unit column
        if (_UNIT_COLUMN.match(last) and not _UNIT_LABEL.match(last)) or \
                (last == "đơn vị" and not p.row_header.startswith(p.text)):
            rows[(tid, p.row)] = _unit(p.text.strip())
    head.update(pid for rc, pid in unlabelled_numbers.items() if rc in unlabelled_labels)
    head.update(_column_number_rows(table_paras, first_row))
    # a table whose sub-headers all read as units has a row of units under its header
    subs: dict[int, set[str]] = {}
    for p in cells:
        if " / " in p.header:
            subs.setdefault(p.table_id, set()).add(p.header.rsplit(" / ", 1)[1].strip())
    units_row = {tid for tid, us in subs.items() if all(_as_unit(u) for u in us)}
    col_units: dict[tuple, str] = {}
    for p in cells:
        h = p.header
        key = (h, p.table_id in units_row)
        cu = col_units.get(key)
        if cu is None:
            cu = col_units[key] = _column_unit(h, key[1])
        if cu == "%":
            out[p.para_id] = "%"
            continue
        ru = rows.get((p.table_id, p.row))
        if ru is not None:
            out[p.para_id] = ru
        elif cu:
            out[p.para_id] = cu
        elif not _END_UNIT.search(h.rsplit(" / ", 1)[-1]):
            lu = _label_unit(p.row_header) if p.row_header.endswith(")") else ""
            u = lu or caption.get(p.table_id, "")
            if u:
                out[p.para_id] = u
    return out, head


def _column_number_rows(table_paras, first_row: dict[int, int]) -> list[int]:
    """The cells of body rows that only number the columns, "1 | 2 | 3 | 4" or "(1) | (2) | (3)":
    a header repeated where a table runs onto the next page."""
    by_row: dict[tuple, list] = {}
    for _, p in table_paras:
        body = first_row.get(p.table_id)
        if body is not None and p.row >= body:
            by_row.setdefault((p.table_id, p.row), []).append(p)
    out = []
    for ps in by_row.values():
        texts = [p.text.strip("() ") for p in ps]
        if len(ps) >= 3 and all(t.isdigit() for t in texts) and \
                [int(t) for t in texts] == list(range(1, len(ps) + 1)):
            out.extend(p.para_id for p in ps)
    return out


def _column_unit(header: str, units_row: bool = False) -> str:
    """"%" for a percent column; the unit a header states as "ĐVT: X"; a sub-header's unit
    ("Thu ngân sách / Triệu đồng"; a count noun, "Đàn bò / con", only in a row of units);
    else ""."""
    parts = header.split(" / ")
    if "%" in header or _PERCENT_COLUMN.match(parts[-1]):
        return "%"
    for part in parts:
        m = _CAPTION_UNIT.search(part)
        if m:
            return _unit(m.group("u"))
    m = _HEADER_MULTIPLE.search(parts[-1])
    if m:
        return _unit(m.group(1)) + "".join((m.group(2) or "").split())
    if len(parts) > 1 and len(parts[-1]) <= 20:
        # a row of units under the header ("Thu ngân sách / Triệu đồng"): money units only,
        # as count nouns also name columns ("Năm 2024 / Kế hoạch"), unless every sub-header
        # of the table is a unit ("Đàn bò / con", "Sản lượng / tấn")
        return _as_unit(_unit(parts[-1].strip()), money_only=not units_row)
    return ""


def _caption_unit(paras, first: int) -> str:
    """The unit stated by the short lines just above a table ("Đơn vị tính: người"; "Đơn vị:
    nghìn đồng" when its words read as a unit)."""
    for j in range(first - 1, max(first - 3, -1), -1):
        q = paras[j]
        if q.source == "table" or len(q.text) > 200:
            break
        m = _CAPTION_UNIT.search(q.text)
        if m:
            return _unit(m.group("u"))
        u = _short_unit_label(q.text, whole=False)
        if u:
            return u
    return ""


def _short_unit_label(text: str, whole: bool = True) -> str:
    """The unit of "Đơn vị: nghìn đồng" (a whole header cell, or the end of a caption line)
    when its words read as a unit; "" for "Đơn vị: UBND xã Tân Hà"."""
    m = (_CAPTION_UNIT_SHORT.match if whole else _CAPTION_UNIT_SHORT.search)(text)
    u = _unit(m.group("u")) if m else ""
    return u if u and _as_unit(u) else ""


def _label_unit(label: str) -> str:
    """A unit in brackets at the end of a row's label, when it reads as one: "%", money
    ("triệu đồng") or a known count noun ("người", "ha")."""
    m = _END_UNIT.search(label)
    return _as_unit(m.group("u")) if m else ""


_PER = regex.compile(r"[\p{L}\p{M}²³]{1,8}(?: [\p{L}\p{M}]{1,8})?")


def _as_unit(u: str, money_only: bool = False) -> str:
    """u when it reads as a unit: "%", money ("triệu đồng"), a known count noun ("người") or
    one of those per a short word ("triệu đồng/người/năm", "tạ/ha")."""
    if u == "%":
        return u
    if "/" in u:
        # a rate: "triệu đồng/người/năm", "tạ/ha", "m²/người" (a unit over short words)
        first, *per = u.split("/")
        ok = per and all(_PER.fullmatch(x.strip()) for x in per)
        return u if ok and _as_unit(first.strip(), money_only) else ""
    from .rules.money import read_money_unit
    from . import context, vocab
    mu = read_money_unit(" " + u, 0)
    if mu and mu[2] > len(u):
        return u
    if money_only:
        return ""
    known = context.phrase_at(u, 0, vocab.units())
    return u if known and known[1] == len(u) else ""
