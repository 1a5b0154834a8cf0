"""Ground truth of one generated report, derived from the composed model (not from any
extractor): where each fact sits, its relations, planted errors and stated changes."""
from __future__ import annotations

from .model import Heading, Note, Num, Para, Report, Table


def _walk(report: Report):
    """Yield (source, text, pieces, row_header) for every paragraph that can hold facts."""
    for blk in report.blocks:
        if isinstance(blk, Para):
            yield "body", blk.text, blk.pieces, ""
            for piece in blk.pieces:
                if isinstance(piece, Note):
                    for fp in piece.paras:
                        yield "footnote", Para(fp).text, fp, ""
        elif isinstance(blk, Table):
            for row in blk.rows:
                for cell in row:
                    if isinstance(cell, Num):
                        yield "table", cell.text, [cell], row[1]


def _snippet(text: str, start: int, end: int) -> str:
    """A window around the fact, cut at spaces, that is a substring of the paragraph."""
    a = max(0, start - 70)
    z = min(len(text), end + 50)
    if a > 0:
        sp = text.find(" ", a, start)
        a = sp + 1 if sp != -1 else a
    if z < len(text):
        sp = text.rfind(" ", end, z)
        z = sp if sp != -1 else z
    return text[a:z]


def truth(report: Report, rel_file: str) -> dict:
    where: dict[int, dict] = {}
    for source, text, pieces, row_header in _walk(report):
        off = 0
        for piece in pieces:
            if isinstance(piece, Note):
                continue
            t = piece if isinstance(piece, str) else piece.text
            if isinstance(piece, Num):
                where[piece.fid] = {"source": source,
                                    "para": _snippet(text, off, off + len(t)),
                                    **({"row_header": row_header} if row_header else {})}
            off += len(t)
    facts = []
    for i, f in enumerate(report.facts):
        assert i in where, f"fact {i} {f} not placed in the document"
        facts.append({**where[i], **f})
    planted = [{**p, "para": facts[p["facts"][0]]["para"]} for p in report.planted]
    stated = [{**s, "para": facts[s["fact"]]["para"]} for s in report.stated_changes]
    sections = [{"label": h.label, "heading": h.text, "level": h.level, "style": h.style}
                for h in report.blocks if isinstance(h, Heading)]
    return {
        "file": rel_file,
        "generated": True,
        "org": report.org,
        "doc_type": "BÁO CÁO",
        "doc_number": report.issued["doc_number"],
        "issued": {"date": report.issued["date"], "precision": report.issued["precision"]},
        "title": " ".join(report.title_lines),
        "period": report.period,
        "sections": sections,
        "footnotes": sum(1 for b in report.blocks if isinstance(b, Para)
                         for p in b.pieces if isinstance(p, Note)),
        "facts": facts,
        "relations": report.relations,
        "series": report.series,
        "planted_errors": planted,
        "stated_changes": stated,
    }
