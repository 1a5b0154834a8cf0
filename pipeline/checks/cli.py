"""`solieu check`: print the stored checks that did not pass, in context.

The checks are computed at ingest (run_checks) and stored by pipeline.store; this command
only reads the DuckDB file, so it is safe beside a running ingest.
"""
from __future__ import annotations

import json
import re
import sys
from pathlib import Path

import click

STATUSES = {"mismatch": ("mismatch",), "warning": ("warning",), "ok": ("ok",),
            "flagged": ("mismatch", "warning"), "all": ("ok", "mismatch", "warning")}
_END = re.compile(r"[.!?;…](?=\s|$)|\n")


def sentence_around(text: str, start: int, end: int) -> tuple[int, int]:
    """Bounds of the sentence/clause of `text` spanning [start, end)."""
    lo = 0
    for m in _END.finditer(text, 0, start):
        lo = m.end()
    m = _END.search(text, end)
    hi = m.end() if m else len(text)
    while lo < hi and text[lo].isspace():
        lo += 1
    return lo, hi


def load_flagged(db: str, doc: str | None = None, status: str = "flagged") -> list[dict]:
    """Checks of the store with their document, section, sentence and fact spans."""
    import duckdb
    if not Path(db).exists():
        raise click.ClickException(f"{db}: no such database (run `solieu ingest` first)")
    try:
        con = duckdb.connect(db, read_only=True)
    except duckdb.Error as e:
        raise click.ClickException(f"{db}: cannot open read-only: {e}")
    try:
        where = ["c.status IN (" + ",".join("?" * len(STATUSES[status])) + ")"]
        params: list = list(STATUSES[status])
        if doc:
            where.append("(c.doc_id = ? OR c.doc_id LIKE ? OR d.path = ?)")
            params += [doc, doc + "%", doc]
        checks = con.execute(
            "SELECT c.doc_id, c.check_id, c.kind, c.status, c.reported, c.expected, c.method, "
            "c.message, c.fact_ids, d.path, d.title FROM checks c JOIN documents d USING (doc_id) "
            f"WHERE {' AND '.join(where)} ORDER BY d.path, c.check_id", params).fetchall()
        docs = sorted({r[0] for r in checks})
        facts, paras, secs = {}, {}, {}
        if docs:
            marks = ",".join("?" * len(docs))
            for r in con.execute(f'SELECT doc_id, fact_id, para_id, kind, raw, "start", "end", section_id '
                                 f"FROM facts WHERE doc_id IN ({marks})", docs).fetchall():
                facts[(r[0], r[1])] = r
            for r in con.execute(f"SELECT doc_id, para_id, text, source, footnote_id, row_header FROM paragraphs "
                                 f"WHERE doc_id IN ({marks})", docs).fetchall():
                paras[(r[0], r[1])] = r
            for r in con.execute(f"SELECT doc_id, section_id, path, heading FROM sections "
                                 f"WHERE doc_id IN ({marks})", docs).fetchall():
                secs[(r[0], r[1])] = r
    finally:
        con.close()
    return [_row(c, facts, paras, secs) for c in checks]


def _row(c, facts, paras, secs) -> dict:
    doc_id, check_id, kind, status, reported, expected, method, message, fact_ids, path, title = c
    fs = [facts[(doc_id, i)] for i in (fact_ids or []) if (doc_id, i) in facts]
    by_para: dict[int, list] = {}
    for f in fs:
        by_para.setdefault(f[2], []).append(f)
    pieces = []
    for para_id in sorted(by_para, key=lambda p: (paras.get((doc_id, p), (0, 0, 0, "body"))[3] != "body", p)):
        p = paras.get((doc_id, para_id))
        if p is None:
            continue
        text = p[2]
        group = by_para[para_id]
        lo, hi = sentence_around(text, min(f[5] for f in group), max(f[6] for f in group))
        spans = [{"start": f[5] - lo, "end": f[6] - lo, "label": f[3].upper()}
                 for f in sorted(group, key=lambda f: f[5]) if lo <= f[5] and f[6] <= hi]
        where = f"footnote {p[4]}" if p[3] in ("footnote", "endnote") and p[4] else p[3]
        if p[3] == "table" and p[5]:
            where = f"table: {p[5][:60]}"      # a cell is read through its row's label
        pieces.append({"text": text[lo:hi], "spans": spans, "where": where})
    sec = secs.get((doc_id, fs[0][7])) if fs else None
    return {"doc_id": doc_id, "check_id": check_id, "document": title or path, "path": path,
            "section": (sec[2] or sec[3]) if sec else "", "kind": kind, "status": status,
            "sentence": " | ".join((f"[{pc['where']}] " if pc["where"] != "body" else "") + pc["text"]
                                   for pc in pieces),
            "reported": reported, "expected": expected, "method": method, "message": message,
            "fact_ids": list(fact_ids or []), "pieces": pieces}


COLUMNS = ("doc_id", "document", "section", "sentence", "kind", "status", "reported", "expected",
           "message")


@click.command("check")
@click.option("--db", default="solieu.duckdb", show_default=True, metavar="FILE",
              help="DuckDB database written by `solieu ingest`.")
@click.option("--doc", metavar="ID", help="Only this document (doc_id, a prefix of it, or its path).")
@click.option("--status", type=click.Choice(list(STATUSES)), default="flagged", show_default=True,
              help="Which checks: mismatch, warning, ok, flagged (= mismatch + warning) or all.")
@click.option("--format", "fmt", type=click.Choice(["table", "csv", "json"]), default="table",
              show_default=True, help="Output format.")
@click.option("--html", "html_path", metavar="FILE", type=click.Path(dir_okay=False),
              help="Also write a self-contained HTML page of the checks, sentences highlighted.")
def check(db, doc, status, fmt, html_path):
    """Show the figures in the stored reports that do not agree.

    Each row: the document, its section, the sentence holding the figures, what was
    reported, what the other figures give, and the arithmetic. The checks themselves run
    at ingest (rules and tolerances: docs/checks.md).

    \b
    Examples:
      solieu check                       # every mismatch and warning
      solieu check --status mismatch --format csv > mismatches.csv
      solieu check --doc 4cd6133d --html checks.html
    """
    rows = load_flagged(db, doc, status)
    if html_path:
        from .html import render_page
        Path(html_path).write_text(render_page(rows, title=f"solieu checks: {Path(db).name}"),
                                   encoding="utf-8")
        click.echo(f"wrote {html_path} ({len(rows)} checks)", err=True)
    plain = [{k: r[k] for k in COLUMNS} for r in rows]
    if fmt == "json":
        click.echo(json.dumps(plain, ensure_ascii=False, indent=1))
    elif fmt == "csv":
        import csv
        w = csv.DictWriter(sys.stdout, fieldnames=COLUMNS)
        w.writeheader()
        w.writerows(plain)
    else:
        _print_table(rows)


def _print_table(rows: list[dict]):
    if not rows:
        click.echo("(no checks)")
        return
    doc = None
    for r in rows:
        if r["document"] != doc:
            doc = r["document"]
            click.secho(f"\n{doc}  [{r['doc_id']}]  {r['path']}", bold=True)
        click.echo(f"  {r['status'].upper():8} {r['kind']}  §{r['section'] or '-'}")
        click.echo(f"    sentence: {_cut(r['sentence'], 220)}")
        click.echo(f"    reported {r['reported']}; expected {r['expected'] or '-'}")
        click.echo(f"    {r['message']}")
    n = {s: sum(r["status"] == s for r in rows) for s in ("mismatch", "warning", "ok")}
    click.echo(f"\n{len(rows)} checks: {n['mismatch']} mismatch, {n['warning']} warning, {n['ok']} ok")


def _cut(s: str, n: int) -> str:
    return s if len(s) <= n else s[: n - 1] + "…"
