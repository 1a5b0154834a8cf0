"""`solieu show`: one report as the pipeline sees it.

Both sources (a file run through the pipeline now, or a document in the store) are turned
into the same column rows the store writes (`store.report_rows`), and rendered from those.
"""
from __future__ import annotations

from pathlib import Path

from pipeline.store import DOC_TABLES, report_rows

ORDER = {"sections": "section_id", "paragraphs": "para_id", "facts": "fact_id",
         "checks": "check_id", "fact_links": "src_fact_id"}


class ShowError(Exception):
    pass


def rows_from_file(path) -> dict:
    from pipeline.ingest import _stages, sha256_file

    read_report, extract_report, run_checks, ReadError = _stages()
    path = str(Path(path).resolve())
    try:
        report = read_report(path)
    except ReadError as e:
        raise ShowError(str(e)) from e
    report.sha256 = sha256_file(Path(path))
    facts, links = extract_report(report)
    checks = run_checks(report, facts, links)
    return report_rows(report, facts, links, checks, path=path)


def rows_from_db(con, target: str) -> dict:
    ids = [r[0] for r in con.execute(
        "SELECT doc_id FROM documents WHERE doc_id LIKE ? || '%' "
        "UNION SELECT doc_id FROM files WHERE path = ? ORDER BY 1", [target, target]).fetchall()]
    if not ids:
        raise ShowError(f"{target}: not a file, and no document with that doc_id in the database")
    if len(ids) > 1:
        raise ShowError(f"{target}: ambiguous doc_id prefix ({', '.join(ids[:5])} ...)")
    out = {}
    for t in DOC_TABLES:
        order = ORDER.get(t)
        cur = con.execute(f"SELECT * FROM {t} WHERE doc_id = ?" + (f" ORDER BY {order}" if order else ""),
                          [ids[0]])
        names = [d[0] for d in cur.description]
        data = cur.fetchall()
        out[t] = {n: [r[i] for r in data] for i, n in enumerate(names)}
    return out


def _records(cols: dict) -> list[dict]:
    if not cols:
        return []
    names = list(cols)
    return [dict(zip(names, vals)) for vals in zip(*(cols[n] for n in names))]


def mark(text: str, facts: list[dict]) -> tuple[str, list[dict]]:
    """Text with each fact wrapped as ⟦raw⟧{kind}; facts overlapping an earlier mark are
    returned apart so nothing is silently lost."""
    out, pos, extra = [], 0, []
    for f in sorted(facts, key=lambda f: (f["start"], -f["end"])):
        if f["start"] < pos:
            extra.append(f)
            continue
        out.append(text[pos:f["start"]])
        out.append(f"⟦{text[f['start']:f['end']]}⟧{{{f['kind']}}}")
        pos = f["end"]
    out.append(text[pos:])
    return "".join(out), extra


def as_json(rows: dict) -> dict:
    doc = _records(rows["documents"])[0]
    facts = _records(rows["facts"])
    by_para: dict[int, list] = {}
    for f in facts:
        by_para.setdefault(f["para_id"], []).append(f)
    paras = []
    for p in _records(rows["paragraphs"]):
        fs = by_para.get(p["para_id"], [])
        p = dict(p, marked=mark(p["text"], fs)[0], facts=[f["fact_id"] for f in fs])
        paras.append(p)
    return {"document": doc, "sections": _records(rows["sections"]), "paragraphs": paras,
            "facts": facts, "links": _records(rows["fact_links"]), "checks": _records(rows["checks"])}


def render_text(rows: dict) -> str:
    d = as_json(rows)
    doc = d["document"]
    lines = [f"Document {doc['doc_id']}  {doc['path']}"]
    for k in ("org", "doc_type", "doc_number", "place", "title", "subject"):
        if doc.get(k):
            lines.append(f"  {k:<11} {doc[k]}")
    per = doc.get("period_label") or "?"
    span = f"{doc.get('period_start') or '?'} .. {doc.get('period_end') or '?'}"
    cum = ", cumulative" if doc.get("cumulative") else ""
    lines.append(f"  {'period':<11} {per} ({doc.get('period_kind') or 'unknown'}: {span}{cum})")
    if doc.get("issued_date"):
        lines.append(f"  {'issued':<11} {doc['issued_date']} ({doc.get('issued_precision') or '?'})")
    lines.append(f"  {len(d['paragraphs'])} paragraphs, {len(d['facts'])} facts, "
                 f"{len(d['checks'])} checks")
    lines.append("")
    lines.append("Sections")
    for s in d["sections"]:
        if s["section_id"] == 0:
            continue
        lines.append(f"  {'  ' * max(0, s['level'] - 1)}{s['label'] or ''} {s['heading'] or ''}"
                     f"  [§{s['section_id']}]".rstrip())
    lines.append("")
    lines.append("Paragraphs")
    sec_label = {s["section_id"]: (s["label"] or s["heading"] or "")[:12] for s in d["sections"]}
    facts_by_id = {f["fact_id"]: f for f in d["facts"]}
    for p in d["paragraphs"]:
        where = p["source"]
        if p["source"] in ("footnote", "endnote"):
            where += f" {p.get('footnote_id')} -> ¶{p.get('anchor_para_id')}"
        elif p["source"] == "table":
            where += f" {p.get('table_id')}[{p.get('row_idx')},{p.get('col_idx')}]"
        if p.get("role") and p["role"] != "narrative":
            where += f" {p['role']}"
        sec = sec_label.get(p.get("section_id"), "")
        lines.append(f"¶{p['para_id']} §{p.get('section_id')} {sec} ({where}): {p['marked']}")
        extra = mark(p["text"], [facts_by_id[i] for i in p["facts"]])[1]
        for f in extra:
            lines.append(f"    also ⟦{f['raw']}⟧{{{f['kind']}}} at {f['start']}-{f['end']}")
    if d["checks"]:
        lines.append("")
        lines.append("Checks")
        for c in d["checks"]:
            raws = ", ".join(facts_by_id[i]["raw"] for i in (c["fact_ids"] or []) if i in facts_by_id)
            lines.append(f"  [{c['status']}] {c['kind']}: {c['message']}  ({raws})")
    return "\n".join(lines)
