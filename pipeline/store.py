"""The DuckDB store: one file, created from the package's .sql files.

Rows are built column-wise (`report_rows`, a pure function the ingest workers call) and
written by the single writer (`Store.write_batch`) as Arrow tables, one transaction per
batch, so a crash leaves every document either fully stored or absent.
"""
from __future__ import annotations

import datetime as dt
import importlib.resources
import os
from decimal import Decimal
from operator import attrgetter

import duckdb

from pipeline.model import section_chain

# Tables that hold one document's rows (deleted together when a document is replaced).
DOC_TABLES = ("documents", "sections", "paragraphs", "facts", "fact_links", "checks")
SQL_FILES = ("schema.sql", "views.sql", "compare.sql")


class StoreError(Exception):
    """A store problem with a message fit for the analyst."""


class StoreLocked(StoreError):
    def __init__(self, path):
        super().__init__(f"another solieu process is writing {path}; wait for it to finish and retry")
        self.path = str(path)


class StoreMissing(StoreError):
    def __init__(self, path):
        super().__init__(f"no solieu database at {path} (run `solieu ingest` first, or pass --db)")
        self.path = str(path)




def _sql_text(name: str) -> str | None:
    res = importlib.resources.files("pipeline") / "sql" / name
    return res.read_text(encoding="utf-8") if res.is_file() else None


def _num(v):
    if v is None:
        return None
    return float(v) if isinstance(v, (Decimal, int, float)) else float(Decimal(str(v)))


def _nums(values) -> list:
    """_num of each value (one list comprehension: a column has a value per fact)."""
    return [None if v is None else float(v) if isinstance(v, (Decimal, int, float)) else _num(v)
            for v in values]


def _str(v):
    if v is None:
        return None
    return str(v)


def section_paths(report) -> dict[int, str]:
    """section_id -> "II. > 2. > * Công tác Tuyên giáo" (labels above, label + heading last)."""
    out = {}
    by_id = {s.section_id: s for s in report.sections}
    for s in report.sections:
        if s.section_id == 0:
            continue
        chain = [x for x in section_chain(by_id, s.section_id) if x.section_id != 0]
        parts = []
        for x in chain[:-1]:
            lab = (x.label or "").strip()
            parts.append(lab if lab and lab != "*" else _short(f"{lab} {x.heading}".strip()))
        last = chain[-1] if chain else s
        parts.append(f"{(last.label or '').strip()} {last.heading or ''}".strip())
        out[s.section_id] = " > ".join(parts)
    return out


def _short(text: str, n: int = 40) -> str:
    return text if len(text) <= n else text[: n - 1] + "…"


def report_rows(report, facts, links, checks, *, path=None, size=None, mtime=None,
                now: dt.datetime | None = None) -> dict[str, dict[str, list]]:
    """All rows of one report as {table: {column: [values]}} (plain, picklable)."""
    # imported here: the workers need the indicator words, the CLI's queries do not (~0.3 s)
    from pipeline.indicators import fact_context, indicator_key
    now = now or dt.datetime.now()
    doc_id = report.doc_id
    md = report.metadata
    per = md.period
    path = str(path if path is not None else report.path)
    rows: dict[str, dict[str, list]] = {}
    rows["documents"] = {
        "doc_id": [doc_id], "path": [path], "sha256": [report.sha256],
        "org": [md.org], "doc_type": [md.doc_type], "doc_number": [md.doc_number],
        "doc_symbol": [getattr(md, "doc_symbol", "")],
        "place": [md.place], "title": [md.title], "subject": [md.subject],
        "period_label": [per.label], "period_kind": [per.kind],
        "period_start": [per.start], "period_end": [per.end], "cumulative": [bool(per.cumulative)],
        "issued_date": [md.issued_date], "issued_precision": [md.issued_precision],
        "ingested_at": [now],
    }
    rows["files"] = {
        "path": [path], "doc_id": [doc_id], "sha256": [report.sha256],
        "size": [size], "mtime": [mtime], "seen_at": [now],
    }
    spaths = section_paths(report)
    rows["sections"] = _columns(
        ("doc_id", "section_id", "parent_id", "level", "label", "heading", "para_id", "path"),
        [(doc_id, s.section_id, s.parent_id, s.level, s.label, s.heading, s.para_id,
          spaths.get(s.section_id, "")) for s in report.sections])
    # the large tables column by column (one pass per column, no tuple per row)
    paras = report.paragraphs
    rows["paragraphs"] = {"doc_id": [doc_id] * len(paras), **_attributes(paras, (
        ("para_id", "para_id"), ("section_id", "section_id"), ("source", "source"), ("role", "role"),
        ("footnote_id", "note_id"), ("anchor_para_id", "anchor_para_id"),
        ("anchor_offset", "anchor_offset"), ("table_id", "table_id"), ("row_idx", "row"),
        ("col_idx", "col"), ("header", "header"), ("row_header", "row_header"), ("text", "text")))}
    para_section = {p.para_id: p.section_id for p in paras}
    n = len(facts)
    fc = _attributes(facts, tuple((a, a) for a in (
        "para_id", "kind", "value", "value_text", "numerator", "denominator", "unit",
        "numerator_unit", "denominator_unit", "low", "high", "qualifier", "malformed",
        "percent_of", "direction", "baseline", "raw", "start", "end", "indicator",
        "numerator_text", "denominator_text", "spelled", "scale")))
    rows["facts"] = {
        "doc_id": [doc_id] * n, "fact_id": list(range(n)), "para_id": fc["para_id"],
        "section_id": list(map(para_section.get, fc["para_id"])), "kind": fc["kind"],
        "value": _nums(fc["value"]), "value_text": fc["value_text"],
        "numerator": _nums(fc["numerator"]), "denominator": _nums(fc["denominator"]),
        "unit": fc["unit"], "numerator_unit": fc["numerator_unit"],
        "denominator_unit": fc["denominator_unit"], "low": _nums(fc["low"]),
        "high": _nums(fc["high"]), "qualifier": fc["qualifier"],
        "malformed": list(map(bool, fc["malformed"])), "percent_of": fc["percent_of"],
        "direction": fc["direction"], "baseline": fc["baseline"], "raw": fc["raw"],
        "start": fc["start"], "end": fc["end"], "indicator": fc["indicator"],
        "indicator_key": list(map(indicator_key, fc["indicator"], fc["unit"], fc["kind"])),
        # written only where the schema has them (see Store._insert)
        "numerator_text": fc["numerator_text"], "denominator_text": fc["denominator_text"],
        "spelled": list(map(bool, fc["spelled"])), "scale": _nums(fc["scale"]),
    }
    # the words around each figure that series matching needs (pipeline.compare); computed
    # here, in the worker that read the report, so the single writer does not redo them
    texts = {p.para_id: (p.text, p.header or "") for p in paras}
    contexts = []
    for para_id, start in zip(fc["para_id"], fc["start"]):
        text, header = texts.get(para_id, ("", ""))
        contexts.append(fact_context(text, start, header))
    rows["fact_context"] = {"doc_id": [doc_id] * n, "fact_id": list(range(n)),
                            **_columns(("scope", "context", "sentence", "phrase"), contexts)}
    rows["fact_links"] = {
        "doc_id": [doc_id] * len(links),
        "src_fact_id": [l.src for l in links],
        "dst_fact_id": [l.dst for l in links],
        "relation": [l.relation for l in links],
    }
    rows["checks"] = _columns(
        ("doc_id", "check_id", "kind", "status", "reported", "expected", "method", "message", "fact_ids"),
        [(doc_id, i, c.kind, c.status, _str(c.reported), _str(c.expected), c.method or "", c.message,
          [int(x) for x in (c.fact_ids or [])]) for i, c in enumerate(checks)])
    return rows


def insert_columns(con, table: str, cols: dict[str, list]) -> None:
    """Append {column: [values]} to `table` as one Arrow table (columns named as the table's)."""
    import pyarrow as pa  # only writers pay for it (queries start faster)
    fixed = {c: pa.array(v, type=pa.list_(pa.int32())) if c == "fact_ids" else v   # typed: a
             for c, v in cols.items()}                   # batch of empty lists would infer list<null>
    # DuckDB finds this local by its name (a replacement scan): one statement instead of
    # register + INSERT + unregister, ~1 ms less per table and batch
    _solieu_rows = pa.table(fixed)  # noqa: F841 (read by the INSERT)
    collist = ", ".join(f'"{c}"' for c in cols)
    con.execute(f'INSERT INTO {table} ({collist}) SELECT {collist} FROM _solieu_rows')


def _attributes(items, columns: tuple[tuple[str, str], ...]) -> dict[str, list]:
    """{column: [item.attribute for each item]} for (column, attribute) pairs."""
    return {c: list(map(attrgetter(a), items)) for c, a in columns}


def _columns(names: tuple[str, ...], records: list[tuple]) -> dict[str, list]:
    """Row tuples -> {column: [values]} (one transpose instead of an append per value)."""
    if not records:
        return {c: [] for c in names}
    return {c: list(v) for c, v in zip(names, zip(*records))}


def merge_rows(batch: list[dict[str, dict[str, list]]]) -> dict[str, dict[str, list]]:
    out: dict[str, dict[str, list]] = {}
    for rows in batch:
        for table, cols in rows.items():
            dst = out.setdefault(table, {c: [] for c in cols})
            for c, vals in cols.items():
                dst[c].extend(vals)
    return out




class Store:
    def __init__(self, db_path, read_only: bool = False):
        self.path = str(db_path)
        if read_only and self.path != ":memory:" and not os.path.exists(self.path):
            raise StoreMissing(self.path)
        try:
            self.con = duckdb.connect(self.path, read_only=read_only)
        except duckdb.IOException as e:
            if "lock" in str(e).lower():
                raise StoreLocked(self.path) from e
            raise StoreError(f"cannot open {self.path}: {e}") from e
        self.read_only = read_only
        self._doc_tables_cache = None
        self._columns_cache: dict[str, set[str]] = {}
        if not read_only:
            self._create()

    # -- setup ---------------------------------------------------------------------------
    def _create(self):
        for name in SQL_FILES:
            text = _sql_text(name)
            if text:
                self.con.execute(text)

    def close(self):
        self.con.close()

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()

    # -- lookups used by incremental ingest ------------------------------------------------
    def file_index(self) -> dict[str, tuple]:
        """path -> (doc_id, sha256, size, mtime) for every path seen."""
        rows = self.con.execute("SELECT path, doc_id, sha256, size, mtime FROM files").fetchall()
        return {r[0]: r[1:] for r in rows}

    def doc_ids(self) -> set[str]:
        return {r[0] for r in self.con.execute("SELECT doc_id FROM documents").fetchall()}

    # -- writes ----------------------------------------------------------------------------
    def write_report(self, report, facts, links, checks, path=None, size=None, mtime=None):
        """Store one report (its earlier rows replaced) in one transaction."""
        self.write_batch([report_rows(report, facts, links, checks, path=path, size=size,
                                      mtime=mtime)])

    def write_batch(self, batch: list[dict], aliases: list[tuple] = (), errors: list[tuple] = ()):
        """Write several documents' rows, extra `files` rows (aliases: path, doc_id, sha256,
        size, mtime) and ingest errors (path, sha256, message) in ONE transaction."""
        merged = merge_rows(batch) if batch else {}
        new_docs = merged.get("documents", {}).get("doc_id", [])
        new_paths = list(merged.get("files", {}).get("path", [])) + [a[0] for a in aliases]
        con = self.con
        con.execute("BEGIN TRANSACTION")
        try:
            # Docs the touched paths pointed to before; orphaned ones are dropped below.
            old = self._docs_of_paths(new_paths)
            stored = self._existing_docs(new_docs)  # a new document has no rows to clear
            if stored:
                self._delete_docs(stored)
            if new_paths:
                self._delete_where("files", "path", new_paths)
                self._delete_where("ingest_errors", "path", new_paths)
            for table, cols in merged.items():
                if cols and next(iter(cols.values())):
                    self._insert(table, cols)
            if aliases:
                now = dt.datetime.now()
                self._insert("files", {
                    "path": [a[0] for a in aliases], "doc_id": [a[1] for a in aliases],
                    "sha256": [a[2] for a in aliases], "size": [a[3] for a in aliases],
                    "mtime": [a[4] for a in aliases], "seen_at": [now] * len(aliases)})
            self._drop_orphans(old - set(new_docs))
            for path, sha, msg in errors:
                self._record_error(path, sha, msg)
            con.execute("COMMIT")
        except BaseException:
            con.execute("ROLLBACK")
            raise

    def record_error(self, path, sha256, error):
        self.con.execute("BEGIN TRANSACTION")
        try:
            self._record_error(path, sha256, error)
            self.con.execute("COMMIT")
        except BaseException:
            self.con.execute("ROLLBACK")
            raise

    def _record_error(self, path, sha256, error):
        # One current error per path: a retried failure replaces the older row.
        self.con.execute("DELETE FROM ingest_errors WHERE path = ?", [str(path)])
        self.con.execute("INSERT INTO ingest_errors VALUES (?, ?, ?, ?)",
                         [str(path), sha256, str(error), dt.datetime.now()])

    def delete_document(self, doc_id):
        self.con.execute("BEGIN TRANSACTION")
        try:
            self._delete_docs([doc_id])
            self._delete_where("files", "doc_id", [doc_id])
            self.con.execute("COMMIT")
        except BaseException:
            self.con.execute("ROLLBACK")
            raise

    # -- helpers -----------------------------------------------------------------------------
    def _insert(self, table: str, cols: dict[str, list]):
        have = self._columns(table)
        insert_columns(self.con, table, {c: v for c, v in cols.items() if c in have})

    def _delete_where(self, table: str, col: str, values: list):
        if values:
            self.con.execute(f"DELETE FROM {table} WHERE {col} IN (SELECT unnest(?::VARCHAR[]))",
                             [list(values)])

    def _columns(self, table: str) -> set[str]:
        if table not in self._columns_cache:
            self._columns_cache[table] = {r[0] for r in self.con.execute(
                "SELECT column_name FROM information_schema.columns "
                "WHERE table_schema = 'main' AND table_name = ?", [table]).fetchall()}
        return self._columns_cache[table]

    def _doc_tables(self) -> list[str]:
        """Every base table keyed by doc_id (compare.sql adds its own), but not `files`:
        paths are handled apart."""
        if self._doc_tables_cache is None:
            rows = self.con.execute(
                "SELECT c.table_name FROM information_schema.columns c "
                "JOIN information_schema.tables t USING (table_schema, table_name) "
                "WHERE c.table_schema = 'main' AND c.column_name = 'doc_id' "
                "AND t.table_type = 'BASE TABLE' AND c.table_name <> 'files'").fetchall()
            found = {r[0] for r in rows}
            self._doc_tables_cache = [t for t in DOC_TABLES if t in found] + sorted(found - set(DOC_TABLES))
        return self._doc_tables_cache

    def _delete_docs(self, doc_ids: list[str]):
        for t in self._doc_tables():
            self._delete_where(t, "doc_id", doc_ids)

    def _docs_of_paths(self, paths: list[str]) -> set[str]:
        if not paths:
            return set()
        rows = self.con.execute(
            "SELECT DISTINCT doc_id FROM files WHERE path IN (SELECT unnest(?::VARCHAR[]))",
            [list(paths)]).fetchall()
        return {r[0] for r in rows}

    def _existing_docs(self, doc_ids) -> list[str]:
        if not doc_ids:
            return []
        return [r[0] for r in self.con.execute(
            "SELECT doc_id FROM documents WHERE doc_id IN (SELECT unnest(?::VARCHAR[]))",
            [list(doc_ids)]).fetchall()]

    def _drop_orphans(self, doc_ids: set[str]):
        """Delete documents no path points to any more (a changed file's old content)."""
        if not doc_ids:
            return
        still = self.con.execute(
            "SELECT DISTINCT doc_id FROM files WHERE doc_id IN (SELECT unnest(?::VARCHAR[]))",
            [list(doc_ids)]).fetchall()
        orphans = list(doc_ids - {r[0] for r in still})
        if orphans:
            self._delete_docs(orphans)
