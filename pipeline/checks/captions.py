"""A total stated in the text and broken down in the table right below it.

"Tổng số vụ vi phạm được phát hiện là 89 vụ, phân theo lĩnh vực tại bảng dưới đây:" then a
table "Lĩnh vực | Số vụ" with one row a field: the rows must add up to the 89 (or, when the
table has its own total row, that row must say 89). The extractors link no figure across a
table's edge, so the pair is found here: the paragraph right before the table ends its last
sentence with ':' and holds one whole count in that sentence, and exactly one column is headed
by the count's noun ("Số vụ" for "vụ"). Tables with sub-totals, "Trong đó" rows or numbered
levels are left to the table checks: their rows are not all parts of one whole.
"""
from __future__ import annotations

import re

from extractors import context

from .base import Check, facts_by_para, is_whole_count, shown, value_of
from .numbers import fmt_vn
from .tables import _ROMAN, _SUBSET_ROW, _TOTAL_ONLY

_LEVEL = re.compile(r"^\s*\d+\.\d")        # "1.1": a row under another
_STT = re.compile(r"^\s*(?:\d+(?:\.\d+)*|[IVX]{1,5})\s*[.)]?\s*$")


def _caption_total(paras, k: int, facts, by_para) -> int | None:
    """The one whole count in the last sentence of the paragraph before paras[k], when that
    sentence ends with ':' (it introduces what follows)."""
    if k == 0:
        return None
    cap = paras[k - 1]
    if cap.source == "table" or not cap.text.rstrip().endswith(":"):
        return None
    lo = max(cap.text.rfind(". ", 0, len(cap.text.rstrip()) - 1) + 1, 0)
    ids = [i for i in by_para.get(cap.para_id, []) if facts[i].start >= lo
           and facts[i].kind in ("count", "money", "percent", "fraction")]
    if len(ids) != 1 or not is_whole_count(facts[ids[0]]) or facts[ids[0]].qualifier:
        return None
    return ids[0]


_HEAD_NOUN = re.compile(r"^\s*số(?:\s+lượng)?\s+([^()]+?)\s*(?:\(|$)|\(([^()]+)\)", re.I)


def _names(head: str, unit: str) -> bool:
    """The header counts the unit: it holds it ("Số vụ" for "vụ"), or its noun is the unit's
    head ("Số lượt" for "lượt công dân")."""
    if re.search(r"\b" + re.escape(unit.lower()) + r"\b", head):
        return True
    return any(context.units_agree(n.strip(), unit) for m in _HEAD_NOUN.finditer(head)
               for n in m.groups() if n and n.strip())


def caption_totals(report, facts) -> list[Check]:
    if report is None:
        return []
    paras = report.paragraphs
    by_para = facts_by_para(facts)
    out = []
    seen = set()
    for k, p in enumerate(paras):
        if p.source != "table" or p.table_id is None or p.table_id in seen:
            continue
        seen.add(p.table_id)
        t = _caption_total(paras, k, facts, by_para)
        if t is None or not facts[t].unit:
            continue
        cells = {}
        for q in paras[k:]:
            if q.source != "table" or q.table_id != p.table_id:
                break
            cells.setdefault((q.row, q.col), []).append(q)
        c = _check(facts[t], t, cells, facts, by_para)
        if c is not None:
            out.append(c)
    return out


def _check(total, t: int, cells, facts, by_para) -> Check | None:
    rows = sorted({r for r, _ in cells})
    if len(rows) < 3:
        return None
    head = {c: " ".join(q.text for q in cells[(r, c)]).lower() for r, c in cells if r == rows[0]}
    # the column of figures headed by the noun ("Loại đơn | Số đơn": the second)
    cols = [c for c, h in head.items() if _names(h, total.unit)
            and any(by_para.get(q.para_id) for q in cells.get((rows[1], c), []))]
    if len(cols) != 1:
        return None
    col = cols[0]
    def text(r, c):
        return " ".join(q.text for q in cells.get((r, c), [])).strip()
    # the STT column numbers the rows; the label column is the first other one before the figures
    first = min(c for _, c in cells)
    stt = all(not text(r, first) or _STT.match(text(r, first)) for r in rows[1:])
    label_col = min((c for _, c in cells if c < col and not (stt and c == first)), default=first)
    parts, total_row = [], None
    for r in rows[1:]:
        label = text(r, label_col)
        ids = [i for q in cells.get((r, col), []) for i in by_para.get(q.para_id, [])]
        if len(ids) != 1 or not is_whole_count(facts[ids[0]]):
            return None                 # an empty or unreadable row: the column is no list
        if _SUBSET_ROW.match(label) or (stt and (_ROMAN.match(text(r, first)) or _LEVEL.match(text(r, first)))):
            return None
        if _TOTAL_ONLY.match(label):
            if total_row is not None:
                return None
            total_row = ids[0]
        else:
            parts.append(ids[0])
    if len(parts) < 2:
        return None
    want = value_of(total)
    if total_row is not None:
        got = value_of(facts[total_row])
        ok = got == want
        return Check("parts_total", "ok" if ok else "mismatch", shown(total), shown(facts[total_row]), "exact",
                     f"the text's {shown(total)} and the table's total {shown(facts[total_row])} below it: "
                     + ("agree" if ok else "differ"), [t, total_row])
    got = sum(value_of(facts[i]) for i in parts)
    ok = got == want
    s = " + ".join(shown(facts[i]) for i in parts) + f" = {fmt_vn(got)} {total.unit}"
    return Check("parts_total", "ok" if ok else "mismatch", shown(total), fmt_vn(got), "exact",
                 f"the table below: {s}; the text says {shown(total)}" + (": agree" if ok else ""),
                 [t] + parts)
