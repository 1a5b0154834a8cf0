"""Links that cross paragraphs: bullet breakdowns and footnote breakdowns."""
from __future__ import annotations

import regex

from . import context, vocab
from .fact import Fact, Link
from .links import AMOUNT, family

_TAIL = regex.compile(r"^[^\d]{0,80}$")
_MARK_GAP = regex.compile(r"[^\d;:()]{0,60}")
_CUE_END = regex.compile(r"(?:gồm|trong đó|cụ thể|như sau)\s*:?\s*\.?$", regex.I)
_CUE_COLON_END = regex.compile(r"(?:gồm|trong đó|cụ thể|như sau)\s*:\s*$", regex.I)
_BULLET = regex.compile(r"^\s*([+\-–•*])\s*")
# a note that says it breaks the figure down: "Gồm: 12 chi bộ, 21 đảng bộ cơ sở."
_NOTE_CUE = regex.compile(r"^\s*(?:(?:bao\s+)?gồm|cụ\s+thể)\s*:", regex.I)


def report_links(report, facts: list[Fact], per_para: dict[int, list[int]], links: list[Link]) -> list[Link]:
    out: list[Link] = []
    nested = {lk.src for lk in links if lk.relation in ("part_of", "subset_of")}
    _bullets(report, facts, per_para, nested, out)
    _footnotes(report, facts, per_para, nested, out)
    return out


def _outside_parens(text: str, f: Fact) -> bool:
    before = text[:f.start]
    return before.count("(") <= before.count(")")


def _bullets(report, facts, per_para, nested, out):
    body = [p for p in report.paragraphs if p.source == "body" and p.role in ("narrative", "heading")]
    for n, p in enumerate(body):
        idx = [i for i in per_para.get(p.para_id, []) if facts[i].kind in AMOUNT]
        if not idx:
            continue
        t = idx[-1]
        total = facts[t]
        tail = p.text[total.end:]
        # a list follows: the paragraph ends with ":" or a cue ("gồm", "trong đó" ...) right
        # after its last figure, or with a cue and a colon after anything ("... là 13.203.300
        # triệu đồng. Trong đó:")
        lead_in = _TAIL.match(tail) and (p.text.rstrip().endswith(":") or _CUE_END.search(tail))
        if not (lead_in or _CUE_COLON_END.search(tail)):
            continue
        own = _BULLET.match(p.text)
        parts = []
        mark = None
        for q in body[n + 1:]:
            b = _BULLET.match(q.text)
            if not b or (own and b.group(1) == own.group(1)):
                break
            if mark is None:
                mark = b.group(1)
            elif b.group(1) != mark:
                break
            cand = [i for i in per_para.get(q.para_id, []) if family(facts[i]) == family(total)
                    and _outside_parens(q.text, facts[i]) and i not in nested]
            if not cand:
                parts = []
                break
            parts.append(cand[0])
        if len(parts) >= 2:
            rel = "subset_of" if regex.search(r"trong\s+đó", tail, regex.I) else "part_of"
            out.extend(Link(i, t, rel) for i in parts)


def _same_people(part_unit: str, total_unit: str) -> bool:
    """A note counting the body's people by a general word: "Kết nạp 143 đảng viên" with
    "Đảng bộ xã Liên Đầm 24 đồng chí, ..." (vocab.GENERIC_PERSON_UNITS under PERSON_UNITS)."""
    return (part_unit or "").lower() in vocab.GENERIC_PERSON_UNITS and (total_unit or "").lower() in vocab.PERSON_UNITS


def _footnotes(report, facts, per_para, nested, out):
    by_id = {p.para_id: p for p in report.paragraphs}
    notes: dict[tuple[str, int], list] = {}
    for p in report.paragraphs:
        if p.source in ("footnote", "endnote") and p.note_id is not None:
            notes.setdefault((p.source, p.note_id), []).append(p)
    for (_src, _nid), paras in notes.items():
        anchor = by_id.get(paras[0].anchor_para_id)
        off = paras[0].anchor_offset
        if anchor is None or off is None:
            continue
        lo, _ = context.sentence_bounds(anchor.text, max(0, off - 1), max(0, off - 1))
        # the figure the mark follows: the last one before it in its sentence, with only words
        # between ("Nhận 09 đơn tố cáo đảng viên[mark]")
        body = [i for i in per_para.get(anchor.para_id, []) if (facts[i].kind in AMOUNT or facts[i].kind == "fraction")
                and lo <= facts[i].start and facts[i].end <= off
                and _MARK_GAP.fullmatch(anchor.text[facts[i].end:off])]
        if not body:
            continue
        t = body[-1]
        total = facts[t]
        parts = [i for p in paras for i in per_para.get(p.para_id, [])
                 if family(facts[i]) == family(total) and i not in nested]
        if len(parts) < 2:
            continue
        same_unit = all(context.units_agree(facts[i].unit, total.unit) or _same_people(facts[i].unit, total.unit)
                        for i in parts)
        if total.kind == "fraction":
            # "67/124 xã, phường" broken down as "22/51 xã, phường; 45/45 xã, phường"
            if same_unit:
                out.extend(Link(i, t, "breakdown") for i in parts)
            continue
        exact = sum(facts[i].value for i in parts) == total.value
        # parts counted in other nouns ("35 tổ chức đảng" -> "12 chi bộ, 21 đảng bộ cơ sở") are
        # a breakdown when they add up, or when the note says it is one
        if same_unit or exact or _NOTE_CUE.match(paras[0].text):
            out.extend(Link(i, t, "breakdown") for i in parts)
