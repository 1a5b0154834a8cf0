"""Checks inside tables, working from the facts found in cells.

Two layouts occur in the reports:
- statistics forms: an STT column ("1.4.", "1.4.1.") gives the row hierarchy; a row named
  "Tổng số ..." is checked against its child rows, and a "Tỷ lệ ..." row (unit %) against
  its two child count rows (the total and the part);
- grids: a row or column labelled "Tổng cộng" / "Tổng số" / "Cộng" against the other cells
  of its column or row; a fraction cell next to a percent cell in one row ("9,49/ 9,5 |
  99,9%") as a fraction and its percent.
"""
from __future__ import annotations

import re
from collections import defaultdict
from fractions import Fraction
from functools import lru_cache

from .base import Check, exact, is_whole_count, lone_attributes, value_of
from .numbers import fmt_vn
from .parts import _repeated_partition
from .ratios import check_percent_value, percent_agrees
from .rounding import percent

_STT = re.compile(r"^\s*(\d+(?:\.\d+)*)\.?\s*$")
_TOTAL = re.compile(r"^\s*(tổng cộng|tổng số|cộng|tổng)\b", re.I)
_TOTAL_ONLY = re.compile(r"^\s*(tổng cộng|tổng số|cộng|tổng|toàn (?:tỉnh|huyện|thành phố|thị xã|quận|xã|phường|thị trấn|ngành|đảng bộ|khối)|cả nước)\s*[:.]?\s*$", re.I)
_RATE = re.compile(r"^\s*tỷ lệ\b", re.I)


class _Table:
    def __init__(self):
        self.text = defaultdict(str)            # (row, col) -> cell text
        self.facts = defaultdict(list)          # (row, col) -> fact ids
        self.values = {}                        # (row, col) -> its one quantity fact id
        self.row_cols = {}                      # row -> its columns, both in order

    def value(self, facts, rc):
        return self.values.get(rc)


def _tables(report, facts) -> dict[int, _Table]:
    tabs: dict[int, _Table] = defaultdict(_Table)
    para = {}
    for p in report.paragraphs:
        if p.source == "table" and p.table_id is not None and p.row is not None and p.role == "narrative":
            text = tabs[p.table_id].text
            rc = (p.row, p.col)
            # a cell's paragraphs joined by spaces ("" + " " + x strips to x.strip())
            text[rc] = (text[rc] + " " + p.text).strip() if rc in text else p.text.strip()
            para[p.para_id] = (p.table_id, p.row, p.col)
    for i, f in enumerate(facts):
        if f.para_id in para:
            tid, r, c = para[f.para_id]
            tabs[tid].facts[(r, c)].append(i)
    # a cell's value and a row's cells are asked for many times: find them once
    for t in tabs.values():
        row_cols = defaultdict(list)
        for r, c in t.text:
            row_cols[r].append(c)
        t.row_cols = {r: sorted(row_cols[r]) for r in sorted(row_cols)}
        t.values = {rc: ids[0] for rc, ids in t.facts.items()
                    if len(ids) == 1 and facts[ids[0]].kind in ("count", "money", "percent", "fraction")}
    return tabs


def _num(facts, i) -> Fraction | None:
    return value_of(facts[i])


def _row_info(t: _Table, facts):
    """row -> (stt tuple | None, label, unit text, value fact id | None) for form-like rows."""
    info = {}
    for r, cols in t.row_cols.items():
        stt, label, unit, val = None, "", "", None
        for c in cols:
            txt = t.text[(r, c)]
            m = _STT.match(txt) if c == cols[0] else None
            if m:
                stt = tuple(int(x) for x in m.group(1).split("."))
                continue
            v = t.value(facts, (r, c))
            if v is not None and _bare(txt):
                if val is None:
                    val = v
                continue
            if not label and txt and not _bare(txt):
                label = txt
            elif label and txt and len(txt) <= 30 and val is None:
                unit = txt
        info[r] = (stt, label, unit.lower(), val)
    return info


@lru_cache(maxsize=4096)   # every cell is asked several times
def _bare(text: str) -> bool:
    return bool(re.fullmatch(r"[\d.,/ %]+", text.strip())) and any(ch.isdigit() for ch in text)


def _children(info) -> dict[tuple, list[int]]:
    """stt -> the rows numbered one level below it ("1.4." -> "1.4.1.", "1.4.2."), in row order."""
    kids = defaultdict(list)
    for rr, (s, *_rest) in info.items():
        if s is not None:
            kids[s[:-1]].append(rr)
    return kids


def _form_checks(t: _Table, facts) -> list[Check]:
    info = _row_info(t, facts)
    children = _children(info)
    out = []
    for r, (stt, label, unit, val) in sorted(info.items()):
        if stt is None or val is None:
            continue
        kids = [k for k in children.get(stt, ()) if info[k][3] is not None]
        if not kids:
            continue
        f = facts[val]
        if (_RATE.match(label) or unit == "%") and len(kids) == 2:
            a, b = kids
            if _TOTAL.match(info[b][1]) and not _TOTAL.match(info[a][1]):
                a, b = b, a                     # the "Tổng số" child is the denominator
            den, num = _num(facts, info[a][3]), _num(facts, info[b][3])
            if not den or num is None or info[a][2] != info[b][2]:
                continue
            v = percent(num, den)
            pct = f if f.kind == "percent" else _as_percent(f)
            lhs = f"{fmt_vn(exact(facts[info[b][3]])[0])}/{fmt_vn(exact(facts[info[a][3]])[0])}"
            c = check_percent_value("table_percent", pct, v, lhs, sorted({val, info[a][3], info[b][3]}),
                                    int(den) if den.denominator == 1 and num.denominator == 1 else None)
            c.message = f"row {_stt(stt)} '{_short(label)}': " + c.message
            out.append(c)
        elif _TOTAL.match(label) and unit != "%" and f.kind in ("count", "money"):
            # "1.3. Trong đó: nữ" details its siblings, it is not one more of them
            same = [k for k in kids if info[k][2] == unit and facts[info[k][3]].kind == f.kind
                    and not _SUBSET_ROW.match(info[k][1])]
            if len(same) < 2:
                continue
            c = _sum_check(facts, val, [info[k][3] for k in same],
                           f"row {_stt(stt)} '{_short(label)}'", [_stt(info[k][0]) for k in same],
                           [info[k][1] for k in same])
            if c.status != "ok":
                _explained_by_note(c, t, r, facts, val, [info[k][3] for k in same])
            out.append(c)
    return out


def _explained_by_note(c: Check, t: _Table, r: int, facts, val: int, parts: list[int]):
    """A note in the same row that names the missing count ("Có 6/21 nhiệm vụ chưa hoàn thành")."""
    gap = _num(facts, val) - sum(_num(facts, i) for i in parts)
    if gap <= 0:
        return
    vcol = next((cc for (rr, cc), ids in t.facts.items() if rr == r and val in ids), None)
    for (rr, cc), text in t.text.items():
        # the note is written after the figure: the STT ("1.") and label cells are not notes
        if rr != r or vcol is None or cc <= vcol:
            continue
        # read the note's own numbers ("Có 6/21 nhiệm vụ ...": the count before the slash)
        for m in re.finditer(r"(?<![\d.,/])(\d{1,3}(?:\.\d{3})*|\d+)(?![\d,])", text):
            if text[:m.start()].rstrip().endswith("/"):
                continue
            if Fraction(int(m.group(1).replace(".", ""))) == gap:
                c.status, c.method = "ok", "note"
                c.message += f"; the row's note names the other {fmt_vn(gap)} ('{_short(text, 60)}')"
                c.fact_ids = sorted(set(c.fact_ids) | set(t.facts.get((rr, cc), [])))
                return


def _as_percent(f):
    from copy import copy
    g = copy(f)
    g.kind = "percent"
    return g


def _stt(stt) -> str:
    return ".".join(map(str, stt)) + "."


def _short(s: str, n: int = 50) -> str:
    return s if len(s) <= n else s[: n - 1] + "…"


# A child row that counts something outside the total's scope: procedures of the central
# agencies' local offices ("Số TTHC ngành dọc") beside "TTHC thuộc thẩm quyền … tại địa phương".
_OTHER_SCOPE = re.compile(r"ngành dọc|trung ương|không thuộc|ngoài (?:thẩm quyền|phạm vi)", re.I)


def _other_scope_rows(vals, tv, labels, names, outside=None):
    """Some child rows add up exactly to the total and every other one is labelled as outside
    its scope (or flagged in `outside`: a lone attribute column such as 'Đảng viên' beside
    'Nam | Nữ'): (rows that make the total, rows left out) by name, else None."""
    from itertools import combinations
    n = len(vals)
    if not labels or n > 12:
        return None
    outside = outside or [False] * n
    for k in range(n - 1, 0, -1):
        for sub in combinations(range(n), k):
            if sum(vals[i] for i in sub) != tv:
                continue
            rest = [i for i in range(n) if i not in sub]
            if all(outside[i] or _OTHER_SCOPE.search(labels[i] or "") for i in rest):
                return [names[i] for i in sub], [f"{names[i]} '{_short(labels[i], 40)}'" for i in rest]
    return None


def _sum_check(facts, total_id, part_ids, where, names, labels=None, outside=None) -> Check:
    tv = _num(facts, total_id)
    vals = [_num(facts, i) for i in part_ids]
    ids = sorted({total_id, *part_ids})
    terms = " + ".join(facts[i].value_text or fmt_vn(facts[i].value) for i in part_ids)
    s = sum(vals)
    tt = facts[total_id].value_text or fmt_vn(facts[total_id].value)
    if s == tv:
        return Check("table_total", "ok", tt, fmt_vn(s), "exact", f"{where}: {terms} = {fmt_vn(s)}; agree", ids)
    scope = _other_scope_rows(vals, tv, labels, names, outside)
    if scope:
        made, left = scope
        sub = " + ".join(facts[part_ids[names.index(m)]].value_text for m in made)
        return Check("table_total", "ok", tt, f"{sub} = {tt}", "subset",
                     f"{where}: rows {', '.join(made)} make the total ({sub} = {tt}); "
                     f"row {'; '.join(left)} counts something outside it and is not a part", ids)
    runs = _repeated_partition(vals, tv)
    if runs:
        # "Tổng số | Nam | Nữ | Dưới 30 tuổi | Từ 30 tuổi trở lên": the same people, by sex and
        # then by age; each run of columns adds up to the total
        return Check("table_total", "ok", tt, fmt_vn(s), "exact",
                     f"{where}: {terms} are {runs} breakdowns of {tt} in turn, each adding up to it", ids)
    # a leading run of the children that adds up exactly: the rest overlap the total
    run = Fraction(0)
    for k, v in enumerate(vals[:-1]):
        run += v
        if run == tv:
            rest = ", ".join(names[k + 1:])
            return Check("table_total", "warning", tt, fmt_vn(s), "",
                         f"{where}: {terms} = {fmt_vn(s)}, not {tt}; the first {k + 1} rows add up "
                         f"to it, so row(s) {rest} seem to overlap them", ids)
    whole = all(is_whole_count(facts[i]) for i in ids)
    if not whole:
        from .base import add_intervals, interval, overlaps
        if overlaps(add_intervals([interval(facts[i]) for i in part_ids]), interval(facts[total_id])):
            return Check("table_total", "ok", tt, fmt_vn(s), "within_precision",
                         f"{where}: {terms} = {fmt_vn(s)}; {tt} within the places written", ids)
    return Check("table_total", "mismatch", tt, fmt_vn(s), "",
                 f"{where}: {terms} = {fmt_vn(s)}, but the total says {tt}", ids)


def _grid_checks(t: _Table, facts) -> list[Check]:
    out = []
    rows = sorted({r for r, _ in t.text})
    cols = sorted({c for _, c in t.text})
    label = {r: next((x for x in (t.text[(r, c)] for c in t.row_cols[r])
                      if x and not _bare(x) and not _STT.match(x) and not _ROMAN.match(x)), "")
             for r in rows}
    head = {c: " ".join(x for x in (t.text.get((r, c), "") for r in rows[:2]) if not _bare(x))
            for c in cols}
    # in a grid the total row/column is named by the total word alone ("Tổng cộng");
    # "Tổng số VBQPPL ..." in a form is one indicator among others, handled by _form_checks
    total_rows = [r for r in rows if _TOTAL_ONLY.match(label[r])]
    rate_col = {c for c in cols if "%" in head[c] or _RATE.search(head[c] or "")}
    if not total_rows:
        # "Tổng diện tích tự nhiên | 17.993 | 100": a row opening with the total word whose
        # percent cell says 100 names the whole the other rows are shares of
        total_rows = [r for r in rows[1:] if _TOTAL.match(label[r]) and any(
            (i := t.value(facts, (r, c))) is not None and facts[i].value == 100 for c in rate_col)]
    # the row-number column is not a quantity
    pct_col = rate_col | {c for c in cols if re.search(r"\bS?TT\b", head[c] or "")}
    out += _grid_percent(t, facts, rows, cols, head, label, rate_col, pct_col)
    # "Tăng (+), giảm (-)" with no "%": the difference of two columns, in their own unit
    diff_col = {c for c in cols if c not in pct_col and _DIFF_HDR.search(head[c] or "")}
    out += _grid_change(t, facts, rows, cols, head, label, rate_col, pct_col, diff_col)
    out += _share_column(t, facts, rows, cols, head, label, rate_col, pct_col, total_rows)
    # group rows numbered I, II, … hold the subtotals of the rows under them
    groups = [r for r in rows[1:] if r not in total_rows and _ROMAN.match(t.text.get((r, cols[0]), ""))]
    members = {}
    for g in groups:
        after = [r for r in rows if r > g]
        stop = next((r for r in after if r in groups or r in total_rows), None)
        # its members are numbered 1, 2, …; an unnumbered row after them ("CHỈ SỐ CHUNG") is not one
        members[g] = [r for r in after if (stop is None or r < stop)
                      and _ARABIC.match(t.text.get((r, cols[0]), ""))]
    # subtotal rows after their group ("Cộng khu vực I", "Cộng xã Lộc An") add the rows since
    # the previous subtotal, group or total row; when the first one has no row before it they
    # head their groups instead, and add the rows up to the next one
    subtotals = [r for r in rows[1:] if r not in total_rows and r not in groups
                 and _SUBTOTAL.match(label[r])]
    bounds = set(members) | set(total_rows) | set(subtotals)
    heading = bool(subtotals) and not any(r < subtotals[0] and r not in bounds and
                                          any(t.value(facts, (r, c)) is not None for c in cols[1:])
                                          for r in rows[1:])
    for st in subtotals:
        if heading:
            stop = next((r for r in rows if r > st and r in bounds), None)
            members[st] = [r for r in rows if r > st and (stop is None or r < stop)]
        else:
            start = max((r for r in rows[1:] if r < st and r in bounds), default=rows[0])
            members[st] = [r for r in rows[1:] if start < r < st]
        groups.append(st)
    in_group = {r for rs in members.values() for r in rs}

    def _cells(rs, c, kind):
        got = [(t.value(facts, (r, c)), r) for r in rs if not _SUBSET_ROW.match(label[r])]
        return [x for x in got if x[0] is not None and facts[x[0]].kind == kind]

    for tr in total_rows:
        for c in cols:
            v = t.value(facts, (tr, c))
            if v is None or c in pct_col or facts[v].kind not in ("count", "money"):
                continue
            plain = [r for r in rows if r not in total_rows and r not in rows[:1]]
            cells = _cells(plain, c, facts[v].kind)
            tops = _cells([r for r in plain if r not in in_group], c, facts[v].kind)
            if groups and len(tops) >= 2 and all(t.value(facts, (g, c)) is not None for g in groups):
                cells = tops            # the grand total adds the group rows, not every row
            if len(cells) >= 2:
                out.append(_sum_check(facts, v, [x[0] for x in cells],
                                      f"column '{_short(head[c].strip(), 30)}' total",
                                      [label[x[1]] for x in cells]))
    for g in groups:
        for c in cols:
            v = t.value(facts, (g, c))
            if v is None or c in pct_col or facts[v].kind not in ("count", "money"):
                continue
            cells = _cells(members[g], c, facts[v].kind)
            if len(cells) >= 2:
                out.append(_sum_check(facts, v, [x[0] for x in cells],
                                      f"column '{_short(head[c].strip(), 30)}' group '{_short(label[g], 30)}'",
                                      [label[x[1]] for x in cells]))
    total_cols = [c for c in cols if any(_TOTAL_ONLY.match(t.text.get((r, c), "")) for r in rows[:2])]
    for tc in total_cols:
        part_cols, lone = _part_columns(t, facts, rows, cols, head, tc, pct_col)
        for r in rows:
            v = t.value(facts, (r, tc))
            if v is None or facts[v].kind not in ("count", "money"):
                continue
            cells = [(t.value(facts, (r, c)), c, alone) for c, alone in zip(part_cols, lone)]
            cells = [x for x in cells if x[0] is not None and facts[x[0]].kind == facts[v].kind]
            if len(cells) >= 2:
                out.append(_sum_check(facts, v, [x[0] for x in cells], f"row '{_short(label[r], 30)}' total",
                                      [head[x[1]] for x in cells], [head[x[1]] for x in cells],
                                      [x[2] for x in cells]))
    # a fraction cell followed by a percent cell: "9,49/ 9,5 | 99,9%" (the percent cells
    # are the few in t.values; walk them in row, column order instead of every cell)
    colset = set(cols)
    for r, c in sorted((r, c1 - 1) for (r, c1), b in t.values.items()
                       if c1 - 1 in colset and facts[b].kind == "percent"):
        b = t.values[(r, c + 1)]
        hdr = " ".join(t.text.get((rr, c), "") for rr in rows[:2]).lower()
        if "hạng" in hdr:               # "12/63" under "Thứ hạng" is a rank, not a score
            continue
        nd = _cell_fraction(t.text.get((r, c), ""))
        if nd is None:
            continue
        (num, den), ids = nd, sorted({b, *t.facts.get((r, c), [])})
        if den[0] == 0:
            continue
        v = percent(num[0], den[0])
        lhs = f"{fmt_vn(num[0])}/{fmt_vn(den[0])}"
        c_ = check_percent_value("table_percent", facts[b], v, lhs, ids)
        c_.message = f"row '{_short(label[r], 30)}': " + c_.message
        out.append(c_)
    return out


_ARABIC = re.compile(r"^\s*\d{1,3}\s*[.)]?\s*$")
_ROMAN = re.compile(r"^\s*[IVX]{1,5}\s*[.)]?\s*$")
# "Cộng khu vực I" is a subtotal; "Cộng đồng …", "Cộng dồn …" (running total), "Cộng tác viên" are not
_SUBTOTAL = re.compile(r"^\s*(?:tổng cộng|cộng)\s+(?!(?:đồng|dồn|tác|sự|hòa|hưởng)\b)[^\s:]", re.I)
# a row that details the row above it ("Trong đó: thôn Suối Cát", "- Riêng xã A") is no part
_SUBSET_ROW = re.compile(r"^\s*[-–+*•]?\s*(?:trong đó|riêng|bao gồm|gồm)\b", re.I)


def _part_columns(t: _Table, facts, rows, cols, head, tc, skip):
    """The columns a total column adds up. Left out: columns under a "Trong đó" header (the cell
    itself and the empty cells its merge covers to the right) and columns naming an attribute
    without its complement ("Tổng số | Nữ | Đảng viên": women and party members are some of the
    total, counted again; "Tổng số | Nam | Nữ" is a partition). Returns (columns, lone): with
    only lone attributes, no columns; beside other columns, a lone attribute column is left out
    when the others add up to the total (`_other_scope_rows`)."""
    sub = set()
    for r in rows[:2]:
        under = False
        for c in cols:
            txt = t.text.get((r, c), "").strip()
            if txt:
                under = bool(_SUBSET_ROW.match(txt))
            if under and c != tc:
                sub.add(c)
    cand = [c for c in cols if c != tc and c not in skip and c not in sub
            and any(t.value(facts, (r, c)) is not None for r in rows)]
    lone = lone_attributes([head[c] for c in cand])
    if all(lone):
        return [], []                   # only attributes: nothing says they partition the total
    return cand, lone


_CHANGE_HDR = re.compile(r"so với|cùng kỳ|tăng|giảm", re.I)
# "So với kế hoạch năm (%)" is an achievement rate, a ratio like "Tỷ lệ (%)", not a change
_TARGET_HDR = re.compile(r"so với\s+(?:kế hoạch|kh\b|chỉ tiêu|dự toán|nghị quyết|mục tiêu)", re.I)
# an absolute change column names the move itself ("Tăng (+), giảm (-)", "+/-"); "Cùng kỳ" or
# "So với …" alone heads a column of values
_DIFF_HDR = re.compile(r"\btăng\b|\bgiảm\b|\+\s*/\s*-", re.I)
_POINTS_HDR = re.compile(r"\bđiểm\b", re.I)


def _change_hdr(h: str) -> bool:
    return bool(_CHANGE_HDR.search(_TARGET_HDR.sub(" ", h or "")))
_BASE_HDR = re.compile(r"chỉ tiêu|kế hoạch|tổng số|\btổng\b|được giao|phải thực hiện", re.I)
# a rate column that names its base: "So KH (%)", "So với kế hoạch (%)", "% KH"
_PLAN_RATE = re.compile(r"\bso\s+(?:với\s+)?(?:kế hoạch|kh|chỉ tiêu|dự toán|nghị quyết|mục tiêu)\b"
                        r"|%\s*(?:kế hoạch|kh)\b", re.I)


def _plan_pair(head, cnt: list[int], pc: int) -> tuple[int, int] | None:
    """(plan, done) columns for a rate column that names the plan as its base, when the two
    columns just before it are not that pair ("Kế hoạch | Thực hiện | Cùng kỳ | So KH (%)"):
    the one column headed by the plan, and the first after it that is neither a base nor an
    earlier period."""
    if not _PLAN_RATE.search(head[pc] or ""):
        return None
    plans = [c for c in cnt if _BASE_HDR.search(head[c] or "") and not _CHANGE_HDR.search(head[c] or "")]
    if len(plans) != 1:
        return None
    done = [c for c in cnt if c > plans[0] and not _BASE_HDR.search(head[c] or "")
            and not _CHANGE_HDR.search(head[c] or "")]
    return (plans[0], done[0]) if done else None


def _grid_percent(t: _Table, facts, rows, cols, head, label, rate_col, skip_col) -> list[Check]:
    """A percent column against the two count columns just before it
    ("Chỉ tiêu | Kết nạp | Tỷ lệ (%)": Kết nạp / Chỉ tiêu). The denominator is the column whose
    header names the base (chỉ tiêu, kế hoạch, tổng số); with no such header, the orientation
    that more rows agree with, and no check when the rows are split evenly."""
    out = []
    for pc in sorted(rate_col):
        cnt = [c for c in cols if c < pc and c not in skip_col
               and any(_count(facts, t.value(facts, (r, c))) for r in rows)]
        if len(cnt) < 2:
            continue
        a, b = _plan_pair(head, cnt, pc) or (cnt[-2], cnt[-1])
        cells = []
        for r in rows:
            p, x, y = (t.value(facts, (r, c)) for c in (pc, a, b))
            # a bare number under a "%" header is a percent even if read as a count
            if p is not None and facts[p].kind in ("percent", "count") and not facts[p].qualifier \
                    and _count(facts, x) and _count(facts, y):
                cells.append((r, p, {a: x, b: y}))
        if _change_hdr(head[pc]):
            continue                # "Tỷ lệ so với cùng kỳ (%)" is no ratio of these columns
        fit = {d: sum(1 for _, p, v in cells if _agrees(facts, p, v[a if d == b else b], v[d]))
               for d in (a, b)}
        base = [c for c in (a, b) if _BASE_HDR.search(head[c] or "")]
        if len(base) == 1:
            den_c = base[0]
        elif fit[a] != fit[b]:
            den_c = a if fit[a] > fit[b] else b
        else:
            continue
        # the column must really be that ratio: at least half its rows agree with it,
        # otherwise it measures something else and checking it would only raise false alarms
        if 2 * fit[den_c] < len(cells):
            continue
        num_c = b if den_c == a else a
        for r, p, v in cells:
            num, den = v[num_c], v[den_c]
            dv, nv = _num(facts, den), _num(facts, num)
            if not dv:
                continue
            lhs = f"{fmt_vn(exact(facts[num])[0])}/{fmt_vn(exact(facts[den])[0])}"
            c = check_percent_value("table_percent", _pct_fact(facts[p]), percent(nv, dv), lhs,
                                    sorted({p, num, den}), int(dv))
            c.message = (f"row '{_short(label[r], 30)}', '{_short(head[pc].strip(), 20)}' = "
                         f"'{_short(head[num_c].strip(), 20)}' / '{_short(head[den_c].strip(), 20)}': "
                         + c.message)
            out.append(c)
    return out


_SIGNED = re.compile(r"\s*([-+−–])?\s*(\d[\d.,]*)\s*%?\s*")


def _cell_number(t: _Table, facts, rc):
    """(written value as a Decimal, places, fact id | None) of a cell: its one fact, or a signed
    number the extractor leaves out ("-3,0" under "Tăng, giảm (%)")."""
    from .numbers import NumberTextError, parse_vn
    i = t.value(facts, rc)
    ids = t.facts.get(rc) or []
    if i is None and len(ids) == 1 and facts[ids[0]].kind == "change":
        i = ids[0]         # a signed cell ("-25,0", "+7") is a change fact, its sign in the text
    if i is not None:
        f = facts[i]
        if f.qualifier or f.kind not in ("count", "percent", "change"):
            return None
        w = exact(f)
        if w is None:
            return None
        sign = -1 if re.match(r"\s*[-−–]", t.text.get(rc, "")) and w[0] > 0 else 1
        return w[0] * sign, w[1], i
    if t.facts.get(rc):
        return None
    m = _SIGNED.fullmatch(t.text.get(rc, ""))
    if not m:
        return None
    try:
        v, places = parse_vn(m.group(2))
    except NumberTextError:
        return None
    return v * (-1 if m.group(1) in ("-", "−", "–") else 1), places, None


_CHANGE_READINGS = {
    "ratio": lambda x, y: x / y * 100 if y else None,
    "change": lambda x, y: (x / y - 1) * 100 if y else None,
    "points": lambda x, y: x - y,
    "difference": lambda x, y: x - y,
}


def _grid_change(t: _Table, facts, rows, cols, head, label, rate_col, skip_col,
                 diff_col=frozenset()) -> list[Check]:
    """A change column against two columns before it: "Năm 2025 | Năm 2024 | Tăng, giảm (%)" is
    (2025 / 2024 − 1) × 100, "So với cùng kỳ (%)" may be that or the ratio, "Tăng, giảm (điểm %)"
    between two rate columns is their difference, "Tăng (+), giảm (-)" with no "%" (`diff_col`)
    the difference of two count or money columns as written ("2025 | 2024 | -8"). Which two
    columns (not always the two just before it: "Thực hiện 2024 | Kế hoạch 2025 | Thực hiện 2025
    | So với KH | So với cùng kỳ"),
    which is the earlier one and which reading the column holds are not written: the hypothesis
    most rows agree with is taken, when at least two rows and half of them agree and no other
    hypothesis does as well; otherwise the column compares with something outside the table and
    is left alone."""
    from itertools import permutations

    from .rounding import match
    out = []
    for pc in sorted(rate_col | diff_col):
        h = head[pc] or ""
        if not _change_hdr(h):
            continue
        diff = pc in diff_col
        points = bool(_POINTS_HDR.search(h)) and not diff
        kinds = ("percent",) if points else ("count", "money") if diff else ("count",)
        readings = ("points",) if points else ("difference",) if diff else ("ratio", "change")
        # two rates compared in points are rate columns themselves ("Năm 2024 (%)")
        src = [c for c in cols if c < pc and (c in rate_col and not _change_hdr(head[c]) if points
                                              else c not in skip_col and c not in diff_col)
               and any(t.value(facts, (r, c)) is not None and facts[t.value(facts, (r, c))].kind in kinds
                       and not facts[t.value(facts, (r, c))].qualifier for r in rows)][-4:]
        if len(src) < 2:
            continue
        changes = {}
        for r in rows[1:]:
            if not _SUBSET_ROW.match(label[r]):
                ch = _cell_number(t, facts, (r, pc))
                if ch is not None:
                    changes[r] = ch

        def _operand(r, c):
            i = t.value(facts, (r, c))
            if i is None or facts[i].kind not in kinds or facts[i].qualifier:
                return None
            if not points and not diff and not _count(facts, i):
                return None
            return i

        def _value(i):
            # a difference is taken between the cells as written, in the column's unit
            return exact(facts[i])[0] if diff else _num(facts, i)

        hyps = []       # (fit, rows, name, num column, den column, [(r, change, num id, den id, value)])
        for num_c, den_c in permutations(src, 2):
            for name in readings:
                fn = _CHANGE_READINGS[name]
                cells = []
                for r, ch in changes.items():
                    x, y = _operand(r, num_c), _operand(r, den_c)
                    if x is not None and y is not None:
                        cells.append((r, ch, x, y, fn(_value(x), _value(y))))
                fit = sum(1 for _, (w, pl, _), _, _, v in cells if v is not None and match(v, w, pl))
                hyps.append((fit, len(cells), name, num_c, den_c, cells))
        hyps.sort(key=lambda hy: -hy[0])
        fit, n, name, num_c, den_c, cells = hyps[0]
        if fit < 2 or 2 * fit < n or (len(hyps) > 1 and hyps[1][0] == fit):
            continue
        for r, (w, pl, cid), num, den, v in cells:
            if v is None:
                continue
            ids = sorted({num, den} | ({cid} if cid is not None else set()))
            lhs = {"ratio": "{n}/{d}", "change": "{n}/{d} − 1", "points": "{n} − {d}",
                   "difference": "{n} − {d}"}[name].format(
                n=fmt_vn(exact(facts[num])[0]), d=fmt_vn(exact(facts[den])[0]))
            where = (f"row '{_short(label[r], 30)}', '{_short(h.strip(), 20)}' = "
                     f"'{_short(head[num_c].strip(), 20)}' against '{_short(head[den_c].strip(), 20)}' ({name}): ")
            m = match(v, w, pl)
            shown_w = fmt_vn(w)
            true_txt = fmt_vn(v, pl if name == "difference" else pl + 2)
            if m:
                out.append(Check("table_change", "ok", shown_w, true_txt, m,
                                 where + f"{lhs} = {true_txt}; reported {shown_w} agrees ({m})", ids))
            else:
                out.append(Check("table_change", "mismatch", shown_w, true_txt, "",
                                 where + f"{lhs} = {true_txt}; reported {shown_w} matches no rounding", ids))
    return out


def _share_column(t: _Table, facts, rows, cols, head, label, rate_col, skip_col, total_rows) -> list[Check]:
    """A percent column beside a single count column, with a total row: each row's share of
    the column total ("Loại hình | Số lượng | Tỷ lệ (%)": 60 of 120 is 50%). As for ratio
    columns, at least half the rows must agree, else the column measures something else."""
    out = []
    if len(total_rows) != 1:
        return out
    tr = total_rows[0]
    for pc in sorted(rate_col):
        if _change_hdr(head[pc]):
            continue
        cnt = [c for c in cols if c < pc and c not in skip_col
               and any(_count(facts, t.value(facts, (r, c))) for r in rows)]
        if len(cnt) != 1:
            continue
        c = cnt[0]
        tot = t.value(facts, (tr, c))
        if not _count(facts, tot) or not _num(facts, tot):
            continue
        cells = []
        for r in rows:
            if r == tr or r in rows[:1] or _SUBSET_ROW.match(label[r]):
                continue
            p, x = t.value(facts, (r, pc)), t.value(facts, (r, c))
            if p is not None and facts[p].kind in ("percent", "count") and not facts[p].qualifier \
                    and _count(facts, x):
                cells.append((r, p, x))
        if len(cells) < 2:
            continue
        fit = sum(1 for _, p, x in cells if _agrees(facts, p, x, tot))
        if 2 * fit < len(cells):
            continue
        dv = _num(facts, tot)
        for r, p, x in cells:
            lhs = f"{fmt_vn(exact(facts[x])[0])}/{fmt_vn(exact(facts[tot])[0])}"
            ch = check_percent_value("table_percent", _pct_fact(facts[p]), percent(_num(facts, x), dv),
                                     lhs, sorted({p, x, tot}), int(dv))
            ch.message = (f"row '{_short(label[r], 30)}', '{_short(head[pc].strip(), 20)}' = share of "
                          f"the '{_short(label[tr], 20)}' row: " + ch.message)
            out.append(ch)
    return out


def _count(facts, i) -> bool:
    return i is not None and is_whole_count(facts[i])


def _agrees(facts, p, num, den) -> bool:
    dv = _num(facts, den)
    if not dv:
        return False
    # the percent's number is all that matters here, whatever kind the cell was read as
    return percent_agrees(facts[p], percent(_num(facts, num), dv))


def _pct_fact(f):
    return f if f.kind == "percent" else _as_percent(f)


def _cell_fraction(text: str):
    """'9,49/ 9,5' -> ((9.49, 2), (9.5, 1)): a score over its maximum, read from the cell text
    (the cell's own fact may hold only one side of it)."""
    from .numbers import NumberTextError, parse_vn
    m = re.fullmatch(r"\s*([\d.,]+)\s*/\s*([\d.,]+)\s*", text or "")
    if not m:
        return None
    try:
        return parse_vn(m.group(1)), parse_vn(m.group(2))
    except NumberTextError:
        return None


def table_checks(report, facts, links) -> list[Check]:
    if report is None:
        return []
    out = []
    for _, t in sorted(_tables(report, facts).items()):
        form = _form_checks(t, facts)
        out += form
        out += _grid_checks(t, facts)
    return out
