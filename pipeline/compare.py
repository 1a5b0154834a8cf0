"""Period comparison: series assignment, cross-report checks and the `solieu compare` command.

Called by the store after each ingest:
    ensure_views(con)            # compare.sql (tables fact_series, fact_context; views)
    assign_series(con, orgs)     # fills fact_context for new facts, recomputes fact_series
    store_period_checks(con)     # replaces the stated_change / cumulative_drop rows in `checks`
`period_checks(con)` is the pure part: it only reads and returns the rows.
"""
from __future__ import annotations

import calendar
import datetime as dt
import itertools
import json
import os
import re
import sys
import unicodedata
from decimal import Decimal
from fractions import Fraction
from functools import lru_cache
from importlib import resources

import click
import pandas as pd

from pipeline.indicators import THRESHOLD, Item, fact_context, iter_series, match_words, series_scope
from pipeline.model import Period

CHECK_KINDS = ("stated_change", "cumulative_drop")
_NOT_CHANGE = "f.kind <> 'change' AND coalesce(f.percent_of, '') <> 'change'"


def compare_sql() -> str:
    return resources.files("pipeline").joinpath("sql/compare.sql").read_text(encoding="utf-8")


def ensure_views(con) -> None:
    """Create fact_series/fact_context and the comparison views (schema.sql must be loaded)."""
    con.execute(compare_sql())


# ---------------------------------------------------------------------------- series

def _fill_context(con) -> int:
    """Compute scope/context for facts that have none yet (or whose offsets changed)."""
    con.execute("""
        DELETE FROM fact_context c WHERE NOT EXISTS (
            SELECT 1 FROM facts f WHERE f.doc_id = c.doc_id AND f.fact_id = c.fact_id)""")
    # rows written before fact_context had the figure's own phrase: computed again
    con.execute("DELETE FROM fact_context WHERE phrase IS NULL")
    rows = con.execute("""
        SELECT f.doc_id, f.fact_id, f."start", p.text, coalesce(p.header, '')
        FROM facts f
        JOIN paragraphs p ON p.doc_id = f.doc_id AND p.para_id = f.para_id
        WHERE NOT EXISTS (SELECT 1 FROM fact_context c
                          WHERE c.doc_id = f.doc_id AND c.fact_id = f.fact_id)""").fetchall()
    if not rows:
        return 0
    df = pd.DataFrame([(d, i, *fact_context(t, s, h)) for d, i, s, t, h in rows],
                      columns=["doc_id", "fact_id", "scope", "context", "sentence", "phrase"])
    return _insert_frame(con, "fact_context", df)


ORGS_PER_PASS = 64   # bodies matched per pass: memory is bounded by a pass, not the archive


def assign_series(con, orgs=None, threshold: float = THRESHOLD) -> int:
    """(Re)compute fact_series for the given organisations (all when None). Idempotent.

    Documents are walked per org in period order; documents without an org are each their own
    group (nothing says two of them come from the same body). Bodies are matched
    ORGS_PER_PASS at a time, each pass in its own transaction, so a first ingest of a large
    archive never holds every fact in memory. Returns the rows written.
    """
    ensure_views(con)
    _fill_context(con)
    if orgs is None:
        con.execute("DELETE FROM fact_series WHERE doc_id NOT IN (SELECT doc_id FROM documents)")
    orgs = _orgs(con, orgs)
    fixed: dict[str, dict[str, str]] = {}
    for org, key, series in con.execute("SELECT org, indicator_key, series_key FROM indicator_map").fetchall():
        fixed.setdefault(org, {})[key] = series
    written = 0
    for i in range(0, len(orgs), ORGS_PER_PASS):
        written += _assign_pass(con, orgs[i:i + ORGS_PER_PASS], fixed, threshold)
    return written


def _assign_pass(con, orgs: list[str], fixed: dict, threshold: float) -> int:
    """Match the facts of these bodies, streamed document by document in period order: memory
    holds the series found so far and a chunk of assignments, not every fact of the archive."""
    marks = ", ".join("?" * len(orgs))
    reader = con.cursor()    # its own connection: `con` keeps writing while this one streams
    facts = reader.sql(f"""
        SELECT coalesce(d.org, ''), d.doc_id, f.fact_id, f.indicator_key, coalesce(c.context, ''),
               coalesce(c.sentence, ''), coalesce(c.phrase, ''), {SCOPE_COLUMNS}
        FROM facts f
        JOIN documents d ON d.doc_id = f.doc_id
        LEFT JOIN fact_context c ON c.doc_id = f.doc_id AND c.fact_id = f.fact_id
        WHERE coalesce(f.indicator_key, '') <> '' AND {_NOT_CHANGE} AND coalesce(d.org, '') IN ({marks})
        ORDER BY 1, d.period_end NULLS LAST, d.period_start NULLS LAST, d.issued_date NULLS LAST,
                 d.doc_id, f.para_id, f."start", f.fact_id""", params=orgs)
    written = 0
    con.execute("BEGIN TRANSACTION")
    try:
        con.execute(f"""DELETE FROM fact_series WHERE doc_id IN (
            SELECT doc_id FROM documents WHERE coalesce(org, '') IN ({marks}))""", orgs)
        chunk: list = []
        # documents without an org are each their own group (nothing says two of them come
        # from the same body)
        for (group, org), docs in itertools.groupby(_documents(facts), key=lambda d: d[:2]):
            for out in iter_series((d[2:] for d in docs), fixed.get(org, {}), threshold):
                chunk.extend((d, f, s, m) for (d, f), (s, m) in out)
                if len(chunk) >= SERIES_CHUNK:
                    written += _insert_series(con, chunk)
                    chunk = []
        written += _insert_series(con, chunk)
        con.execute("COMMIT")
    except Exception:
        con.execute("ROLLBACK")
        raise
    finally:
        reader.close()
    return written


SERIES_CHUNK = 50_000   # assignments written at a time


# What _documents needs to place a figure in time (indicators.series_scope): its scope, the
# report's cumulative flag, whether the report's period starts on 1 January, and its paragraph,
# kind and unit (whether its paragraph holds a running total of the same kind and unit is
# found per document in Python: a window over every fact cost more than the matching's query).
SCOPE_COLUMNS = """coalesce(c.scope, 'document'), coalesce(d.cumulative, false),
               coalesce(month(d.period_start) = 1 AND day(d.period_start) = 1, false),
               f.para_id, f.kind, f.unit"""


@lru_cache(maxsize=1 << 16)   # facts of one sentence, and reports of one series, share words
def word_set(text: str) -> frozenset:
    """A stored word list as matching reads it (pipeline.indicators.key_tokens: "BHYT" as
    bảo hiểm y tế)."""
    return frozenset(sys.intern(w) for w in match_words(text.split()))


def _documents(reader, size: int = 4096):
    """(group, org, doc_id, [Item]) per document from the streamed rows of _assign_pass (org,
    doc_id, fact_id, key, context, sentence, phrase, then optionally SCOPE_COLUMNS); `reader` is
    a DuckDB relation or a cursor that has run the query."""
    doc, rows = None, []

    def done():
        # the (paragraph, kind, unit) of the document's running totals, for series_scope's
        # beside_total
        totals = {tuple(w[3:]) for *_, w in rows if w and w[0] == "cumulative"}
        return doc + ([Item(fact_id, key, word_set(ctx), word_set(sentence), word_set(phrase),
                            series_scope(*w[:3], tuple(w[3:]) in totals) if w else None)
                       for fact_id, key, ctx, sentence, phrase, w in rows],)

    for org, doc_id, fact_id, key, ctx, sentence, phrase, *when in _rows(reader, size):
        if doc is None or doc[2] != doc_id:
            if doc is not None:
                yield done()
            doc, rows = (org if org else "\0" + doc_id, org, doc_id), []
        rows.append((fact_id, key, ctx, sentence, phrase, when))
    if doc is not None:
        yield done()


def _rows(reader, size: int):
    """A relation's or a cursor's rows as tuples, `size` at a time. A relation is read as Arrow
    batches whose text columns are made Python strings once per distinct value: the words around
    a figure repeat (every fact of a sentence has the sentence), and converting each row's copy
    cost more than the matching's query."""
    if hasattr(reader, "fetchmany"):
        while batch := reader.fetchmany(size):
            yield from batch
        return
    import pyarrow as pa
    import pyarrow.compute as pc
    for batch in reader.to_arrow_reader(size):
        cols = []
        for col in batch.columns:
            if col.type in (pa.string(), pa.large_string(), pa.string_view()):
                enc = pc.dictionary_encode(col)
                values = enc.dictionary.to_pylist()
                cols.append([None if i is None else values[i] for i in enc.indices.to_pylist()])
            else:
                cols.append(col.to_pylist())
        yield from zip(*cols)


def _insert_series(con, rows: list) -> int:
    if not rows:
        return 0
    return _insert_frame(con, "fact_series", pd.DataFrame(rows, columns=["doc_id", "fact_id", "series_key", "method"]))


def _insert_frame(con, table: str, df: pd.DataFrame) -> int:
    """Append a DataFrame whose columns are named as the table's; returns the rows added."""
    cols = ", ".join(f'"{c}"' for c in df.columns)
    con.register("_solieu_frame", df)
    try:
        con.execute(f"INSERT INTO {table} ({cols}) SELECT {cols} FROM _solieu_frame")
    finally:
        con.unregister("_solieu_frame")
    return len(df)


# ---------------------------------------------------------------------------- checks

def _shift(d: dt.date, months: int) -> dt.date:
    """Same day `months` later (negative: earlier); month ends stay month ends."""
    y, m = divmod(d.year * 12 + d.month - 1 + months, 12)
    m += 1
    last = calendar.monthrange(y, m)[1]
    was_last = d.day == calendar.monthrange(d.year, d.month)[1]
    return dt.date(y, m, last if was_last else min(d.day, last))


_STEP = {"month": 1, "quarter": 3, "half": 6, "year": 12, "as_of": 1}
_WORD_STEP = {"tháng": 1, "quý": 3, "năm": 12}
# the words that name the earlier period, right after "so với" (or "so")
_SO_VOI = re.compile(r"\bso(?:\s+với)?\s+")
_NAMED = (
    ("same", re.compile(r"(?:cùng\s+kỳ|cùng\s+thời\s+điểm|ck\b)(?:\s+năm\s+(?:trước|(\d{4})))?")),
    ("step", re.compile(r"(tháng|quý|năm|kỳ)\s+trước")),
    ("date", re.compile(r"(?:ngày\s+)?(\d{1,2})\s*[/-]\s*(\d{1,2})\s*[/-]\s*(\d{4})")),
    ("month", re.compile(r"tháng\s+(\d{1,2})(?:\s*(?:/|-|năm)\s*(\d{4}))?")),
    # "so với 6 tháng đầu năm", "so với 9 tháng (năm 2024)": the running total to that month;
    # "so với 3 tháng trước": three months back
    ("months", re.compile(r"(\d{1,2})\s+tháng(\s+trước|\s+cuối\s+năm)?(?:\s+đầu\s+năm)?(?:\s+(?:năm\s+)?(\d{4}))?")),
    ("quarter", re.compile(r"quý\s+(iv|i{1,3}|[1-4])\b(?:\s*(?:/|-|năm)\s*(\d{4}))?")),
    ("start", re.compile(r"(?:đầu\s+năm|thời\s+điểm\s+đầu\s+năm)")),
    ("year", re.compile(r"năm\s+(\d{4})")),
)


def _named_baseline(kind: str, end: dt.date, after: str) -> tuple[str, dt.date | None] | None:
    """The earlier period named right after the change, from the change's own words:
    ("tăng 18,5% so với cùng kỳ năm 2024", "tăng 821 thẻ so với tháng 7/2025", "so với quý II",
    "so với 31/12/2024", "so với đầu năm", "so với 6 tháng đầu năm"). `after` starts at the
    change's number; the words must follow it before any other number or clause end. None: no
    such words."""
    t = unicodedata.normalize("NFC", after).lower()
    m = re.match(r"[\d.,]+\s*", t)
    pos = m.end() if m else 0
    so = _SO_VOI.search(t, pos)
    if not so or re.search(r"[\d;]|\.\s", t[pos:so.start()]):
        return None
    rest = t[so.end():so.end() + 40]
    for name, rx in _NAMED:
        m = rx.match(rest)
        if not m:
            continue
        if name == "same":
            y = int(m.group(1)) if m.group(1) else end.year - 1
            return "same_period", (_shift(end, 12 * (y - end.year)) if y < end.year else None)
        if name == "step":
            step = _WORD_STEP.get(m.group(1)) or _STEP.get(kind)
            return "previous_period", (_shift(end, -step) if step else None)
        if name == "date":
            try:
                return "named", dt.date(int(m.group(3)), int(m.group(2)), int(m.group(1)))
            except ValueError:
                return "named", None
        if name == "month":
            mo = int(m.group(1))
            if not 1 <= mo <= 12:
                return "named", None
            y = int(m.group(2)) if m.group(2) else (end.year if mo <= end.month else end.year - 1)
            return "named", _month_end(y, mo)
        if name == "months":
            n = int(m.group(1))
            if m.group(2) and "trước" not in m.group(2):
                return None     # "6 tháng cuối năm": left to the extractor's baseline
            if m.group(2):
                return "named", (_shift(end, -n) if 1 <= n <= 24 else None)
            if not 1 <= n <= 12:
                return "named", None
            y = int(m.group(3)) if m.group(3) else (end.year if n < end.month else end.year - 1)
            return "named", _month_end(y, n)
        if name == "quarter":
            q = m.group(1)
            q = int(q) if q.isdigit() else _ROMAN[q]
            y = int(m.group(2)) if m.group(2) else (end.year if 3 * q <= end.month else end.year - 1)
            return "named", _month_end(y, 3 * q)
        if name == "start":
            return "named", dt.date(end.year - 1, 12, 31)
        if name == "year":
            y = int(m.group(1))
            return "same_period", (_shift(end, 12 * (y - end.year)) if y < end.year else None)
    return None


def _baseline_end(kind: str, end: dt.date, baseline: str, after: str = "") -> dt.date | None:
    """Where the earlier report's period should end. The words right after the change decide
    when they name the earlier period ("so với quý trước" in a year-end report means the
    previous quarter's report; "so với tháng 7/2025", "so với cùng kỳ năm 2024"); otherwise
    the extractor's baseline with the document's own period kind ('so với tháng trước' in an
    as-of report means the report a month earlier)."""
    named = _named_baseline(kind, end, after)
    if named is not None:
        return named[1]
    if baseline in ("same_period", "previous_year"):
        return _shift(end, -12)
    if baseline == "start_of_year":
        return dt.date(end.year - 1, 12, 31)
    step = _STEP.get(kind)
    return _shift(end, -step) if step else None


def _decimals(value_text: str) -> int:
    t = (value_text or "").strip()
    return len(t.rsplit(",", 1)[1]) if "," in t else 0


def _exact(x: float) -> Fraction:
    """A stored float as the decimal it was written as (62,5 -> 125/2, not 62.499999...)."""
    return Fraction(Decimal(repr(float(x))))


def _rounding(exact: float | Fraction, written: float, dec: int) -> str | None:
    """How `written` (with `dec` places) can come from `exact`: 'exact', 'half_up',
    'half_down', 'truncate' (reports do all: 21,31/20,68 = 103,046...% is written 103,04%),
    or None. Exact arithmetic, the rule of the in-document checks (pipeline.checks.rounding)."""
    from pipeline.checks.rounding import match
    e = exact if isinstance(exact, Fraction) else _exact(exact)
    w = Decimal(repr(float(written))).quantize(Decimal(1).scaleb(-dec))
    if e == Fraction(w):
        return "exact"
    return match(e, w, dec)


def fmt_vn(x: float, decimals: int = 0) -> str:
    """12685 -> '12.685', 131.2 -> '131,2' (Vietnamese grouping)."""
    s = f"{float(x):,.{decimals}f}"
    return s.replace(",", "\0").replace(".", ",").replace("\0", ".")


_DIRECTION_WORDS = (("giảm", "decrease"), ("tăng", "increase"), ("bằng", "ratio"), ("gấp", "ratio"))
_POINTS = re.compile(r"điểm\s*(?:phần\s*trăm|%)|^\s*điểm\b")


def _direction(direction: str, text: str, start: int) -> str:
    if direction:
        return direction
    before = unicodedata.normalize("NFC", text[max(0, start - 25):start]).lower()
    best = max(((before.rfind(w), d) for w, d in _DIRECTION_WORDS), default=(-1, ""))
    return best[1] if best[0] >= 0 else ""


def _expected_change(direction: str, relative: bool, cur: float, prev: float) -> Fraction | None:
    """The true change, exactly: relative (unit %) in percent, else the difference (or the
    ratio for "gấp")."""
    cur, prev = _exact(cur), _exact(prev)
    if relative:
        if not prev:
            return None
        return {"increase": (cur / prev - 1) * 100, "decrease": (1 - cur / prev) * 100,
                "ratio": cur / prev * 100}.get(direction)
    return {"increase": cur - prev, "decrease": prev - cur,
            "ratio": cur / prev if prev else None}.get(direction)


def _scale(value: float, value_text: str) -> Fraction:
    """The multiplier between a stored value and its written number (10^9 for "3,8 tỷ
    đồng"), 1 when they agree or the text does not parse."""
    from pipeline.checks.numbers import NumberTextError, parse_vn
    try:
        w = parse_vn(value_text or "")[0]
    except (NumberTextError, ValueError, ArithmeticError):
        return Fraction(1)
    if not w:
        return Fraction(1)
    r = _exact(value) / Fraction(w)
    return r if r > 0 else Fraction(1)


def _same_things(change_unit: str, level_unit: str) -> bool:
    """Can a change in `change_unit` be a change of a level counted in `level_unit`? Money in
    money, things in the same things ("hồ sơ" / "hồ sơ"), people in people ("đồng chí" /
    "đảng viên"); a bare change or "gấp 2,8 lần" fits any level."""
    from pipeline.indicators import normalise_unit, units_compatible
    a, b = normalise_unit(change_unit or ""), normalise_unit(level_unit or "")
    if not a or not b or a in ("lan", "lần"):
        return True
    return units_compatible(a, b)


def _readings(unit: str, subj_kind: str) -> list[bool] | None:
    """How a change can compare two figures of its subject: [relative?, ...]. A change in
    points ("0,7 điểm phần trăm") is the difference of two percents; "tăng 1,2%" between two
    rates may be points or relative (reports write both), as in the in-document check."""
    u = (unit or "").strip().lower()
    if _POINTS.search(u):
        return [False] if subj_kind == "percent" else None
    if u in ("%", "phần trăm"):
        return [True, False] if subj_kind == "percent" else [True]
    return [False]


# a bracket right after "so với ..." that restates the earlier figure: "tăng 3,8 tỷ đồng so với
# quý trước (quý II sau điều chỉnh: 71,2 tỷ đồng)"
_RESTATED = re.compile(r"\s*,?\s*so\s+với(?:\s+[^\s();.,]+){0,8}\s*\(", re.I)
_NOT_RESTATED = re.compile(r"\s*(?:trong\s+đó|gồm|bao\s+gồm|cụ\s+thể|riêng)", re.I)


def _restated(text: str, end: int, others: list) -> tuple | None:
    """The one figure (fact_id, value, value_text) in the bracket right after the change's
    "so với ..." words, when there is one."""
    m = _RESTATED.match(text, end)
    if not m or _NOT_RESTATED.match(text, m.end()):
        return None
    close = text.find(")", m.end())
    if close < 0 or "(" in text[m.end():close]:
        return None
    inside = [o for o in others if m.end() <= o[0] and o[1] <= close]
    return inside[0][2:] if len(inside) == 1 else None


# a sentence that corrects a figure: "Số thu ngân sách tháng 4 được điều chỉnh từ 2,85 tỷ đồng
# lên 2,92 tỷ đồng"
_CORRECTION_CUE = r"điều chỉnh|đính chính|sửa lại|cập nhật lại"
_FROM = re.compile(r"\btừ\s*$")
_TO = re.compile(r"\s*(?:lên|xuống|thành|là|còn)\s*")


def _corrections(con, orgs: list[str]) -> dict[str, list]:
    """doc_id -> [(old value, (fact_id, new value, new text))] for each "điều chỉnh từ X lên Y"
    in the report: when X is the earlier report's figure, Y is that figure as revised since."""
    marks = ", ".join("?" * len(orgs))
    rows = con.execute(f"""
        SELECT f.doc_id, f.para_id, f."start", f."end", f.fact_id, f.kind, f.unit, f.value, f.value_text, p.text
        FROM facts f JOIN documents d ON d.doc_id = f.doc_id
        JOIN paragraphs p ON p.doc_id = f.doc_id AND p.para_id = f.para_id
        WHERE {_NOT_CHANGE} AND f.value IS NOT NULL AND coalesce(d.org, '') IN ({marks})
          AND regexp_matches(lower(p.text), '{_CORRECTION_CUE}')
        ORDER BY 1, 2, 3""", orgs).fetchall()
    out: dict[str, list] = {}
    for a, b in zip(rows, rows[1:]):
        text = a[9]
        if (a[:2] == b[:2] and a[5:7] == b[5:7] and _FROM.search(text[max(0, a[2] - 8):a[2]])
                and _TO.fullmatch(text[a[3]:b[2]])):
            out.setdefault(a[0], []).append((a[7], (b[4], b[7], b[8])))
    return out


def _same_span(mine: tuple, other: tuple) -> bool:
    """May a change of a figure (a running total?, counts from) be read against this earlier
    figure? A running total is no earlier value of a single period's figure, nor the reverse,
    unless both count from the same day; an unknown flag fits either."""
    if mine[1] is not None and mine[1] == other[1]:
        return True
    return mine[0] is None or other[0] is None or mine[0] == other[0]


# a table column comparing with an earlier period: "So với cùng kỳ (%)", "So sánh cùng kỳ năm
# trước (%)", "SS quý trước", "So sánh (%) / Cùng kỳ"; not with a plan ("So với kế hoạch (%)")
_COMPARE_HDR = re.compile(r"\b(?:so\s+với|so\s+sánh|ss)\b")
_EARLIER_HDR = re.compile(r"cùng\s+kỳ|\btrước\b|năm\s+\d{4}")
_TARGET_HDR = re.compile(r"kế\s+hoạch|\bkh\b|chỉ\s+tiêu|dự\s+toán|nghị\s+quyết|mục\s+tiêu|bình\s+quân")
_DIFF_HDR = re.compile(r"\btăng\b|\bgiảm\b|chênh\s+lệch|\+\s*/")


def _compare_header(header: str) -> str | None:
    """The words after the figure that a table cell's column header stands for, as in running
    text ("so với cùng kỳ"), when the column compares with an earlier period; else None."""
    h = unicodedata.normalize("NFC", header or "").lower()
    if not _COMPARE_HDR.search(h) or not _EARLIER_HDR.search(h) or _TARGET_HDR.search(h):
        return None
    h = re.sub(r"\([^()]*\)|/", " ", h)
    h = re.sub(r"\b(?:so\s+sánh|ss)\b(?:\s+với)?", "so với", h)
    return " ".join(h.split())


def _earlier_column(header: str, year: int) -> bool:
    """Does a column hold the earlier period's own figures ("Cùng kỳ năm 2024", "Năm trước",
    "Thực hiện năm 2024" in a 2025 report)? Then a comparison column beside it compares within
    the table (the in-document table checks), and the cell to its left is no level of this period."""
    h = unicodedata.normalize("NFC", header or "").lower()
    if _COMPARE_HDR.search(h):
        return False
    return bool(re.search(r"cùng\s+kỳ|\btrước\b", h)) or any(
        int(y) < year for y in re.findall(r"\b((?:19|20)\d\d)\b", h))


def _table_changes(con, orgs: list[str]) -> list[tuple]:
    """Changes stated in a table column against an earlier period ("Lũy kế từ đầu năm | So với
    cùng kỳ (%)": 104,3 is the running total as a percent of last year's), as rows shaped like
    _stated_changes' query: the subject is the nearest count or money cell to the left in the
    row, the words after the figure are the header's. A bare percent there is a ratio ("bằng
    104,3%"); under a header naming rises and falls it is the change. A small bare percent may
    be either (a rise written without its sign): no row; nor when a column to its left holds
    the earlier period's own figures (the table compares within itself)."""
    marks = ", ".join("?" * len(orgs))
    rows = con.execute(f"""
        WITH cell AS (
            SELECT f.doc_id, f.fact_id, f.para_id, f."start", f."end", f.value, f.value_text, f.unit,
                   f.direction, f.raw, f.kind, p.table_id, p.row_idx, p.col_idx, p.header
            FROM facts f JOIN paragraphs p ON p.doc_id = f.doc_id AND p.para_id = f.para_id
            JOIN documents d ON d.doc_id = f.doc_id
            WHERE p.source = 'table' AND f.value IS NOT NULL AND coalesce(d.org, '') IN ({marks})
              AND f.unit = '%' AND coalesce(f.baseline, '') = ''
              AND (f.kind = 'change' OR f.kind = 'percent' AND coalesce(f.percent_of, '') IN ('', 'change'))
              AND regexp_matches(lower(coalesce(p.header, '')), '\\b(so|ss)\\b')),
        lv AS (
            SELECT f.doc_id, p.table_id, p.row_idx, p.col_idx, f.fact_id, f.kind, f.unit,
                   CASE WHEN f.kind = 'fraction' THEN f.numerator ELSE f.value END AS value, f.value_text
            FROM facts f JOIN paragraphs p ON p.doc_id = f.doc_id AND p.para_id = f.para_id
            WHERE p.source = 'table' AND f.kind IN ('count', 'money', 'fraction') AND f.value IS NOT NULL
              AND (f.doc_id, p.table_id) IN (SELECT doc_id, table_id FROM cell))
        SELECT cell.*, lv.fact_id, lv.kind, lv.unit, lv.value, lv.value_text, k.series_key,
               coalesce(d.org, ''), d.period_kind, d.period_end,
               (SELECT list(coalesce(q.header, '')) FROM paragraphs q
                WHERE q.doc_id = cell.doc_id AND q.table_id = cell.table_id AND q.row_idx = cell.row_idx
                  AND q.col_idx < cell.col_idx) AS left_headers
        FROM cell
        ASOF JOIN lv ON cell.doc_id = lv.doc_id AND cell.table_id = lv.table_id
                    AND cell.row_idx = lv.row_idx AND cell.col_idx > lv.col_idx
        JOIN fact_series_keys k ON k.doc_id = lv.doc_id AND k.fact_id = lv.fact_id
        JOIN documents d ON d.doc_id = cell.doc_id
        WHERE d.period_end IS NOT NULL
        ORDER BY cell.doc_id, cell.fact_id""", orgs).fetchall()
    out = []
    for (doc_id, fact_id, para, start, end, value, value_text, unit, direction, raw, kind, _t, _r, _c, header,
         l_id, l_kind, l_unit, l_value, l_text, l_key, org, period_kind, period_end, left) in rows:
        words = _compare_header(header)
        if words is None or any(_earlier_column(h, period_end.year) for h in left):
            continue        # "Năm 2025 | Cùng kỳ năm 2024 | So với cùng kỳ (%)": compared in the table
        if kind == "change" or _DIFF_HDR.search(words):
            direction = direction or "increase"
        elif value >= 50:
            direction = "ratio"
        else:
            continue
        text = f"{value_text or fmt_vn(value, _decimals(value_text))} {words}"
        if _named_baseline(period_kind, period_end, text) is None:
            continue        # the header's earlier period is not one these words can place
        out.append((doc_id, fact_id, para, 0, len(text) - len(words) - 1, value, value_text, unit, direction,
                    "header", raw, l_id, l_kind, l_unit, l_value, l_text, 0, l_key,
                    None, None, None, None, None, None, None, org, period_kind, period_end, text))
    return out


def _later_first(issued: dt.date | None) -> int:
    """Sort key putting the later issued of two reports of one period first (undated last)."""
    return -issued.toordinal() if issued else 0


def _stated_changes(con, orgs: list[str]) -> list[dict]:
    marks = ", ".join("?" * len(orgs))
    changes = con.execute(f"""
        WITH ch AS (
            SELECT f.doc_id, f.fact_id, f.para_id, f."start", f."end", f.value, f.value_text, f.unit,
                   f.direction, f.baseline, f.raw
            FROM facts f
            WHERE (f.kind = 'change' OR coalesce(f.percent_of, '') = 'change')
              AND coalesce(f.baseline, '') <> '' AND f.value IS NOT NULL),
        -- the figure a change refers to: the nearest level before it, skipping "đạt 32,6% kế
        -- hoạch" (a percent of a target or a share is not what "bằng 106% so với cùng kỳ" compares)
        lv AS (SELECT f.doc_id, f.para_id, f."start", f.fact_id, f.kind, f.unit,
                      CASE WHEN f.kind = 'fraction' THEN f.numerator ELSE f.value END AS value, f.value_text
               FROM facts f WHERE {_NOT_CHANGE} AND f.value IS NOT NULL
                 AND NOT (f.kind = 'percent' AND coalesce(f.percent_of, '') IN ('target', 'share'))),
        -- ... and the nearest rate before it: "Tỷ lệ ... đạt 97,1%, tăng 0,7 điểm phần trăm"
        rt AS (SELECT f.doc_id, f.para_id, f."start", f.fact_id, f.kind, f.unit, f.value, f.value_text
               FROM facts f WHERE f.kind = 'percent' AND {_NOT_CHANGE} AND f.value IS NOT NULL
                 AND coalesce(f.percent_of, '') <> 'target')
        SELECT ch.*, lv.fact_id, lv.kind, lv.unit, lv.value, lv.value_text, lv."start", k.series_key,
               rt.fact_id, rt.kind, rt.unit, rt.value, rt.value_text, rt."start", kr.series_key,
               coalesce(d.org, '') AS org, d.period_kind, d.period_end, p.text
        FROM ch
        ASOF LEFT JOIN lv ON ch.doc_id = lv.doc_id AND ch.para_id = lv.para_id AND ch."start" > lv."start"
        ASOF LEFT JOIN rt ON ch.doc_id = rt.doc_id AND ch.para_id = rt.para_id AND ch."start" > rt."start"
        LEFT JOIN fact_series_keys k ON k.doc_id = lv.doc_id AND k.fact_id = lv.fact_id
        LEFT JOIN fact_series_keys kr ON kr.doc_id = rt.doc_id AND kr.fact_id = rt.fact_id
        JOIN documents d ON d.doc_id = ch.doc_id
        JOIN paragraphs p ON p.doc_id = ch.doc_id AND p.para_id = ch.para_id
        WHERE d.period_end IS NOT NULL AND coalesce(d.org, '') IN ({marks})
          AND (lv.fact_id IS NOT NULL OR rt.fact_id IS NOT NULL)
        ORDER BY ch.doc_id, ch.fact_id""", orgs).fetchall()
    changes += _table_changes(con, orgs)
    if not changes:
        return []
    # candidates per series as plain tuples: per-change pandas filtering cost ~1 ms a change;
    # only the series a change may be about (their figures are all the lookups below read)
    keys = sorted({(c[25], k) for c in changes for k in (c[17], c[24]) if k is not None})  # org, l_key, r_key
    by_series: dict[tuple, list] = {}
    running: dict[tuple, tuple] = {}      # (doc_id, fact_id) -> (a running total?, counts from)
    for org, key, cum, since, *cand in con.execute("""
            SELECT org, series_key, cumulative, counts_from, doc_id, fact_id, period, period_kind, period_end,
                   value, value_text, issued_date
            FROM indicator_series WHERE period_end IS NOT NULL AND value IS NOT NULL
              AND (org, series_key) IN (SELECT unnest(?::VARCHAR[]), unnest(?::VARCHAR[]))
              -- implied by the pair test, but a plain filter on a partition column: it reaches
              -- below the view's windows, which then rank these series' facts, not the archive's
              AND list_contains(?::VARCHAR[], series_key)""",
            [[k[0] for k in keys], [k[1] for k in keys], sorted({k[1] for k in keys})]).fetchall():
        by_series.setdefault((org, key), []).append(cand)
        running[(cand[0], cand[1])] = (cum, since)
    # the other figures of the changes' paragraphs, for an earlier figure restated in a bracket
    others: dict[tuple, list] = {}
    for d, pid, s, e, fid, v, vt in con.execute(f"""
            SELECT f.doc_id, f.para_id, f."start", f."end", f.fact_id,
                   CASE WHEN f.kind = 'fraction' THEN f.numerator ELSE f.value END, f.value_text
            FROM facts f JOIN documents d ON d.doc_id = f.doc_id
            WHERE {_NOT_CHANGE} AND f.value IS NOT NULL AND coalesce(d.org, '') IN ({marks})
              AND (f.doc_id, f.para_id) IN (SELECT doc_id, para_id FROM facts
                                             WHERE kind = 'change' OR coalesce(percent_of, '') = 'change')
            ORDER BY 1, 2, 3""", orgs).fetchall():
        others.setdefault((d, pid), []).append((s, e, fid, v, vt))
    fixes = _corrections(con, orgs)
    out = []
    for (doc_id, fact_id, para, start, end, value, value_text, unit, direction, baseline, raw,
         l_id, l_kind, l_unit, l_value, l_text, l_start, l_key, r_id, r_kind, r_unit, r_value, r_text, r_start, r_key,
         org, period_kind, period_end, text) in changes:
        target = _baseline_end(period_kind, period_end, baseline, text[start:start + 80])
        if target is None:
            continue
        direction = _direction(direction, text, start)
        # the subjects this change may be about, nearest first: the level; the rate when it is
        # nearer ("đạt tỷ lệ bao phủ 91,8%, tăng 1,2%") or the change is in points
        subjects = []
        points = bool(_POINTS.search((unit or "").strip().lower()))
        in_pct = points or (unit or "").strip().lower() in ("%", "phần trăm")
        # a change in things ("giảm 52 hộ") is about the count, never the rate beside it
        if r_id is not None and in_pct and (points or l_id is None or r_start > l_start):
            subjects.append((r_id, r_kind, r_value, r_text, r_key))
        # "Đã cấp 2.655 thẻ căn cước; số tài khoản ... tăng 160 tài khoản": a change in other
        # things than the level, in a clause of its own, is about a figure not found here (in
        # one clause the things may differ: "cấp 7.442 tài khoản cho cơ sở ... (tăng 2.592 cơ sở")
        if l_id is not None and not points and (
                in_pct or _same_things(unit, l_unit) or not re.search(r";|\.\s", text[l_start:start])):
            subjects.append((l_id, l_kind, l_value, l_text, l_key))
        dec = _decimals(value_text)
        sc = _scale(value, value_text)      # "tăng 3,8 tỷ đồng" is rounded in tỷ, not in đồng
        tried = []      # (subject, earlier figure, expected, method, restated figure)
        unknown = 0     # subjects whose earlier figure is not in the archive
        for s_id, s_kind, s_value, s_text, s_key in subjects:
            readings = _readings(unit, s_kind)
            cands = by_series.get((org, s_key))
            if readings is None or s_value is None:
                continue
            if cands is None:
                unknown += 1
                continue
            # the other report whose period ends nearest the target (within 10 days), preferring
            # one of the same period kind, then the later issued (a corrected re-issue of that
            # period stands for it); min() keeps the first of equals, the query's order
            # a running total is no earlier value of a single period's figure, nor the reverse
            # ("tăng 6,5% so với cùng kỳ" in a quarter report, only 9 tháng 2024 archived)
            # ... unless both count from the same day: the year's figure against the 9 months'
            # (the reader marks a year report as one period, a 9-month report as running)
            mine = running.get((doc_id, s_id), (None, None))
            near = [n for n in ((abs((c[4] - target).days), c[3] != period_kind, _later_first(c[7]), c[0], c)
                                for c in cands)
                    if n[3] != doc_id and n[0] <= 10
                    and _same_span(mine, running.get((n[4][0], n[4][1]), (None, None)))]
            if not near:
                unknown += 1
                continue          # the archive lacks the earlier report
            prev = min(near, key=lambda n: n[:4])[4][:7]
            for relative in readings:
                expected = _expected_change(direction, relative, s_value, prev[5])
                if expected is not None:
                    tried.append(((s_id, s_value, s_text), prev, expected,
                                  _rounding(expected / sc, value / sc, dec), None))
            # the earlier figure as this report restates it (revised since the earlier report)
            again = _restated(text, end, others.get((doc_id, para), [])) or next(
                (new for old, new in fixes.get(doc_id, ()) if old == prev[5]), None)
            if again is not None and prev[5] != again[1]:
                for relative in readings:
                    expected = _expected_change(direction, relative, s_value, again[1])
                    if expected is not None:
                        tried.append(((s_id, s_value, s_text), prev, expected,
                                      _rounding(expected / sc, value / sc, dec), again))
        if not tried or (unknown and not any(t[3] for t in tried)):
            continue    # nothing to compare, or the subject that fails may not be the one meant
        subj, prev, expected, method, again = next((t for t in tried if t[3]), tried[0])
        p_doc, p_fact, p_period, _kind, _end, p_value, p_text = prev
        message = (f"'{raw}' against {p_period} ({p_doc} fact {p_fact}): "
                   f"{subj[2] or fmt_vn(subj[1])} now, {p_text or fmt_vn(p_value)} then")
        if again is not None:
            message += (f"; agrees with the earlier figure as restated here ({again[2] or fmt_vn(again[1])}),"
                        f" revised since that report")
        out.append(dict(
            doc_id=doc_id, kind="stated_change", status="ok" if method else "mismatch",
            reported=value_text or fmt_vn(value, dec), expected=fmt_vn(expected / sc, dec), method=method or "",
            message=message, fact_ids=[int(subj[0]), int(fact_id)]))
    return out


MIN_RISES = 2   # a fall is flagged in a running total seen rising at least this often ...
# ... or once, when the fall is a sentence's figure, the only one of its unit in its paragraph,
# between two reports that are year-to-date as a whole ("9 tháng đầu năm" -> "năm 2025"):
# running totals by the report's own period; or a table cell under a "Lũy kế" column


# a figure the sentence names as what there is now ("hiện có 348 hội viên", "còn 205 hộ nghèo"),
# unless a running-total cue is nearer ("hiện có ..., lũy kế từ đầu năm 1.764 hồ sơ")
_STOCK_CUE = re.compile(r"\b(?:hiện\s+(?:có|còn|nay|đang)|còn\s+lại|còn|đang\s+(?:có|quản\s+lý|sinh\s+hoạt|"
                        r"theo\s+học|điều\s+trị|hoạt\s+động))\b")
_RUNNING_CUE = re.compile(r"lũy\s+kế|luỹ\s+kế|từ\s+đầu\s+năm|nâng\s+tổng|tổng\s+cộng\s+đã")


def _stock(before: str) -> bool:
    t = unicodedata.normalize("NFC", before or "").lower()
    t = re.split(r"[.;:]\s", t)[-1]            # this sentence (clause) only
    stock = [m.end() for m in _STOCK_CUE.finditer(t)]
    running = [m.end() for m in _RUNNING_CUE.finditer(t)]
    return bool(stock) and (not running or max(stock) > max(running))


def _cumulative_drops(con, orgs: list[str]) -> list[dict]:
    """Running totals that fall within a year. Stocks ("có 34.293 hội viên") and breakdowns by
    commune move both ways and also sit in cumulative reports, so only a series that otherwise
    only rises is flagged: one fall among its year-to-date steps, and MIN_RISES rises (one when
    the fall is a sentence's figure between two year-to-date reports, or a cell of a column
    headed "Lũy kế ...")."""
    marks = ", ".join("?" * len(orgs))
    steps = con.execute(f"""
        SELECT pc.org, pc.series_key, pc.doc_id, pc.fact_id, pc.label, pc.period, pc.previous_period,
               pc.previous_doc_id, pc.value, pc.previous_value, pc.value_text,
               substr(p.text, greatest(1, f."start" - 59), least(f."start", 60)) AS before,
               -- a sentence's figure in two reports year-to-date as a whole (6 months, 9 months,
               -- the year); not a table's rows, counts per commune that move both ways, nor one
               -- of several figures of its unit ("01 chỉ tiêu đạt trên 50% và 02 chỉ tiêu xét
               -- vào cuối năm": counts by status, which fall as the year goes on)
               p.source = 'body' AND NOT EXISTS (
                   SELECT 1 FROM facts g WHERE g.doc_id = f.doc_id AND g.para_id = f.para_id
                     AND g.fact_id <> f.fact_id AND g.unit IS NOT DISTINCT FROM f.unit)
               AND (SELECT count(*) = 2 FROM documents d
                                      WHERE d.doc_id IN (pc.doc_id, pc.previous_doc_id)
                  AND d.period_kind IN ('half', 'nine_months', 'year')
                  AND month(d.period_start) = 1 AND day(d.period_start) = 1)
               -- or a table cell whose column names the running total ("Lũy kế từ đầu năm"),
               -- a column that sums from a start by its heading, not a stock
               OR p.source = 'table' AND regexp_matches(lower(coalesce(p.header, '')),
                                                        'lũy kế|luỹ kế|từ đầu năm') AS whole
        FROM period_changes pc
        JOIN facts f ON f.doc_id = pc.doc_id AND f.fact_id = pc.fact_id
        JOIN paragraphs p ON p.doc_id = f.doc_id AND p.para_id = f.para_id
        WHERE pc.comparable AND pc.running_total AND pc.kind IN ('count', 'money', 'fraction')
          AND pc.org IN ({marks})
          AND year(pc.period_end) = year(pc.previous_period_end) AND pc.value <> pc.previous_value
          -- a headline figure, not a detail: footnote breakdowns, parts of a total and
          -- malformed numbers move for other reasons
          AND p.source IN ('body', 'table') AND NOT coalesce(f.malformed, FALSE)
          AND NOT EXISTS (SELECT 1 FROM fact_links l WHERE l.doc_id = f.doc_id AND l.src_fact_id = f.fact_id
                          AND l.relation IN ('part_of', 'subset_of', 'breakdown'))
        ORDER BY pc.org, pc.series_key, pc.period_end""", orgs).fetchall()
    by_series: dict[tuple, list] = {}
    for r in steps:
        by_series.setdefault((r[0], r[1]), []).append(r)
    out = []
    for key in sorted(by_series):
        g = by_series[key]
        falls = [r for r in g if r[8] < r[9]]
        if len(falls) != 1 or len(g) - len(falls) < (1 if falls[0][12] else MIN_RISES):
            continue
        if _stock(falls[0][11]):
            continue        # "hiện có 348 hội viên": a stock, which may fall, not a running total
        (_org, _key, doc_id, fact_id, label, period, previous_period, previous_doc_id, value,
         previous_value, value_text, _before, _whole) = falls[0]
        out.append(dict(
            doc_id=doc_id, kind="cumulative_drop", status="warning",
            reported=value_text or fmt_vn(value), expected=f">= {fmt_vn(previous_value)}", method="",
            message=(f"running total '{label}' fell from {fmt_vn(previous_value)} ({previous_period}, "
                     f"{previous_doc_id}) to {fmt_vn(value)} ({period}); it rises at every other step"),
            fact_ids=[int(fact_id)]))
    return out


def period_checks(con, orgs=None) -> list[dict]:
    """Cross-report checks as rows for the `checks` table (without check_id):
    stated_change (ok | mismatch) and cumulative_drop (warning), for the documents of these
    issuing bodies (all when None), ORGS_PER_PASS bodies at a time. Reads only."""
    orgs = _orgs(con, orgs)
    out = []
    for i in range(0, len(orgs), ORGS_PER_PASS):
        part = orgs[i:i + ORGS_PER_PASS]
        out += _stated_changes(con, part) + _cumulative_drops(con, part)
    return out


def _orgs(con, orgs=None) -> list[str]:
    if orgs is None:
        return [r[0] for r in con.execute("SELECT DISTINCT coalesce(org, '') FROM documents ORDER BY 1").fetchall()]
    return sorted({o or "" for o in orgs})


def store_period_checks(con, rows: list[dict] | None = None, orgs=None) -> int:
    """Replace the stated_change/cumulative_drop rows in `checks` of these bodies' documents
    (all when None; `rows`, when given, must cover the same bodies); new check_ids follow the
    document's highest existing id. Other bodies' series did not move, nor did their checks."""
    orgs = _orgs(con, orgs)
    rows = period_checks(con, orgs) if rows is None else rows
    con.execute("BEGIN TRANSACTION")
    try:
        con.execute("""DELETE FROM checks WHERE kind IN ('stated_change', 'cumulative_drop')
                       AND doc_id IN (SELECT doc_id FROM documents
                                      WHERE coalesce(org, '') IN (SELECT unnest(?::VARCHAR[])))""", [orgs])
        top = dict(con.execute("SELECT doc_id, max(check_id) FROM checks GROUP BY doc_id").fetchall())
        values = []
        for r in rows:
            top[r["doc_id"]] = top.get(r["doc_id"], 0) + 1
            values.append([r["doc_id"], top[r["doc_id"]], r["kind"], r["status"], r["reported"],
                           r["expected"], r["method"], r["message"], r["fact_ids"]])
        if values:     # one Arrow insert: executemany took ~0.3 ms a row
            from pipeline.store import insert_columns
            insert_columns(con, "checks", dict(zip(
                ("doc_id", "check_id", "kind", "status", "reported", "expected", "method",
                 "message", "fact_ids"), map(list, zip(*values)))))
        con.execute("COMMIT")
    except Exception:
        con.execute("ROLLBACK")
        raise
    return len(rows)


def after_ingest(con, orgs=None) -> None:
    """Everything the store should run once a batch of documents is written."""
    assign_series(con, orgs)
    store_period_checks(con, orgs=orgs)


# ---------------------------------------------------------------------------- periods

_ROMAN = {"i": 1, "ii": 2, "iii": 3, "iv": 4}


def _month_end(y: int, m: int) -> dt.date:
    return dt.date(y, m, calendar.monthrange(y, m)[1])


def _own_period(text: str) -> Period | None:
    t = " ".join(unicodedata.normalize("NFC", text).lower().split())
    t = t.replace(" năm ", "/").replace("quý", "q").replace("tháng", "m").replace(" ", "")
    if m := re.fullmatch(r"(\d{4})-?q([1-4])|q([1-4]|i{1,3}|iv)[/-](\d{4})", t):
        y = int(m.group(1) or m.group(4))
        q = m.group(2) or m.group(3)
        q = int(q) if q.isdigit() else _ROMAN[q]
        return Period(text, "quarter", dt.date(y, 3 * q - 2, 1), _month_end(y, 3 * q), False)
    if m := re.fullmatch(r"(\d{4})-(\d{1,2})|(?:m|t)?(\d{1,2})[/-](\d{4})", t):
        y = int(m.group(1) or m.group(4))
        mo = int(m.group(2) or m.group(3))
        if 1 <= mo <= 12:
            return Period(text, "month", dt.date(y, mo, 1), _month_end(y, mo), False)
    if m := re.fullmatch(r"(\d{4})-?h([12])", t):
        y, h = int(m.group(1)), int(m.group(2))
        return Period(text, "half", dt.date(y, 6 * h - 5, 1), _month_end(y, 6 * h), False)
    if m := re.fullmatch(r"(?:/)?(\d{4})", t):
        y = int(m.group(1))
        return Period(text, "year", dt.date(y, 1, 1), dt.date(y, 12, 31), False)
    if m := re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})", t):
        d = dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
        return Period(text, "as_of", d, d, False)
    return None


def parse_period_arg(text: str) -> Period:
    """A CLI period: 2024-Q2, Q2/2024, quý II/2024, 2025-08, tháng 8/2025, 2025, 2025-H1, 2025-09-20.
    Forms this parser does not know go to the reader's parse_period when it exists."""
    p = _own_period(text or "")
    if p is None:
        try:
            from pipeline.reader.periods import parse_period
            p = parse_period(text)
        except ImportError:
            p = None
        except Exception:  # the reader's parser rejecting the text is the same as not knowing it
            p = None
    if p is None or p.start is None and p.end is None:
        raise ValueError(f"cannot read period {text!r}: use e.g. 2024-Q2, quý II/2024, 2025-08, tháng 8/2025, 2025")
    return p


# ---------------------------------------------------------------------------- tables

def series_frame(con, org: str | None = None, indicator: str | None = None,
                 start: dt.date | None = None, end: dt.date | None = None) -> pd.DataFrame:
    """indicator_series in long form, filtered (org/indicator: case-insensitive substrings, a
    series matching in any report is kept whole; start/end: the period's end must fall in
    [start, end])."""
    where, params = ["TRUE"], []
    if org:
        where.append("lower(org) LIKE ?")
        params.append(f"%{org.lower()}%")
    if indicator:   # a series is kept whole when any of its wordings matches
        where.append("""(org, series_key) IN (SELECT org, series_key FROM indicator_series
                         WHERE lower(label) LIKE ? OR lower(indicator) LIKE ? OR lower(series_key) LIKE ?)""")
        params += [f"%{indicator.lower()}%"] * 3
    if start:
        where.append("period_end >= ?")
        params.append(start)
    if end:
        where.append("period_end <= ?")
        params.append(end)
    return con.execute(f"""
        SELECT org, series_key, label, period, period_label, period_kind, period_start, period_end,
               cumulative, scope, kind, value, value_text, denominator, unit, doc_id, fact_id, path, raw
        FROM indicator_series WHERE {' AND '.join(where)}
        ORDER BY org, label, series_key, period_end NULLS LAST, doc_id""", params).df()


def wide_table(df: pd.DataFrame, mark_cumulative: bool = True) -> pd.DataFrame:
    """Rows = series, columns = periods in time order; cells as written, '*' = running total."""
    if df.empty:
        return pd.DataFrame()
    d = df.copy()
    d["cell"] = d.value_text.where(d.value_text.fillna("") != "", d.value.map(lambda v: fmt_vn(v, 2)))
    if mark_cumulative:
        d.loc[d.cumulative.fillna(False).astype(bool), "cell"] += "*"
    order = d.sort_values(["period_end", "period"], na_position="last").period.drop_duplicates().tolist()
    w = d.pivot_table(index=["org", "label", "unit", "series_key"], columns="period", values="cell",
                      aggfunc="first")
    return w.reindex(columns=order).fillna("")


def _open_read_only(db: str):
    import duckdb
    if not os.path.exists(db):
        raise click.ClickException(f"{db}: no such database (run `solieu ingest` first)")
    try:
        con = duckdb.connect(db, read_only=True)
    except Exception as e:  # locked by a writer, not a DuckDB file, ...
        raise click.ClickException(f"{db}: cannot open read-only: {e}")
    have = {r[0] for r in con.execute("SELECT table_name FROM information_schema.tables").fetchall()}
    if "indicator_series" not in have:
        con.close()
        raise click.ClickException(f"{db}: no indicator_series view (database written without compare.sql)")
    return con


def _period_option(ctx, param, value):
    if value is None:
        return None
    try:
        return parse_period_arg(value)
    except ValueError as e:
        raise click.BadParameter(str(e))


@click.command("compare")
@click.option("--db", default=lambda: os.environ.get("SOLIEU_DB", "solieu.duckdb"),
              show_default="$SOLIEU_DB or solieu.duckdb", help="DuckDB file written by `solieu ingest`.")
@click.option("--org", help="Issuing body (case-insensitive substring).")
@click.option("--indicator", help="Indicator label or key (case-insensitive substring).")
@click.option("--from", "from_", callback=_period_option, metavar="PERIOD",
              help="First period: 2024-Q2, quý II/2024, 2025-08, tháng 8/2025, 2025.")
@click.option("--to", callback=_period_option, metavar="PERIOD", help="Last period (same forms).")
@click.option("--format", "fmt", type=click.Choice(["table", "csv", "json"]), default="table",
              show_default=True, help="table: indicators x periods; csv/json: one row per value.")
def compare(db, org, indicator, from_, to, fmt):
    """Print each indicator period by period."""
    con = _open_read_only(db)
    try:
        df = series_frame(con, org, indicator, from_.start if from_ else None, to.end if to else None)
    finally:
        con.close()
    if fmt == "csv":
        df.to_csv(sys.stdout, index=False)
        return
    if fmt == "json":
        click.echo(json.dumps(json.loads(df.to_json(orient="records", date_format="iso", force_ascii=False)),
                              ensure_ascii=False, indent=1))
        return
    if df.empty:
        click.echo("no values match")
        return
    w = wide_table(df).reset_index()
    w["label"] = w["label"].fillna("").map(lambda s: s if len(s) <= 60 else s[:57] + "...")
    for org_name, g in w.groupby("org", sort=True):
        click.echo(f"== {org_name or '(no org)'}")
        g = g.drop(columns=["org", "series_key"]).loc[:, lambda x: (x != "").any()]
        width = max(len("label"), g["label"].str.len().max())
        click.echo(g.to_string(index=False, justify="left",
                               formatters={"label": lambda s: s.ljust(width)}))
        click.echo("")
    click.echo("* running total (cumulative figure)")
