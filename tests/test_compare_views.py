"""compare.sql views and pipeline.compare on a hand-built store (schema.sql + compare.sql)."""
import datetime as dt
from pathlib import Path

import duckdb
import pytest

from pipeline import compare
from pipeline.indicators import indicator_key

ROOT = Path(__file__).resolve().parents[1]
ORG = "Huyện ủy Phụng Hiệp"
Q = {  # doc_id -> (label, kind, start, end, cumulative)
    "q1": ("quý I/2024", "quarter", dt.date(2024, 1, 1), dt.date(2024, 3, 31), False),
    "q2": ("quý II/2024", "quarter", dt.date(2024, 4, 1), dt.date(2024, 6, 30), False),
    "q3": ("quý III/2024", "quarter", dt.date(2024, 7, 1), dt.date(2024, 9, 30), False),
    "q1b": ("quý I/2025", "quarter", dt.date(2025, 1, 1), dt.date(2025, 3, 31), False),
    "x2": ("quý II/2024", "quarter", dt.date(2024, 4, 1), dt.date(2024, 6, 30), False),
}


class Doc:
    def __init__(self, con, doc_id, org=ORG):
        label, kind, start, end, cum = Q[doc_id]
        con.execute("INSERT INTO documents (doc_id, path, sha256, org, period_label, period_kind, period_start, "
                    "period_end, cumulative, ingested_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, now())",
                    [doc_id, f"{doc_id}.docx", doc_id * 4, org, label, kind, start, end, cum])
        self.con, self.doc_id, self.pid, self.fact = con, doc_id, 0, 0

    def para(self, text, *facts):
        """facts: (raw, kind, value, unit, indicator, extra dict)"""
        self.con.execute("INSERT INTO paragraphs (doc_id, para_id, source, text) VALUES (?, ?, 'body', ?)",
                         [self.doc_id, self.pid, text])
        ids = []
        for raw, kind, value, unit, indicator, extra in facts:
            start = text.index(raw)
            num = raw.split()[1] if kind == "change" else raw.split()[0]
            self.con.execute(
                'INSERT INTO facts (doc_id, fact_id, para_id, kind, value, value_text, unit, raw, "start", "end", '
                'indicator, indicator_key, direction, baseline, percent_of) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)',
                [self.doc_id, self.fact, self.pid, kind, value, extra.get("value_text", num), unit, raw, start,
                 start + len(raw), indicator, indicator_key(indicator, unit, kind), extra.get("direction", ""),
                 extra.get("baseline", ""), extra.get("percent_of", "")])
            ids.append(self.fact)
            self.fact += 1
        self.pid += 1
        return ids


def F(raw, kind, value, unit, indicator, **extra):
    return (raw, kind, value, unit, indicator, extra)


KN = "kết nạp mới đảng viên"


def build_store(c):
    """Phụng Hiệp Q1-Q3/2024 + Q1/2025 and one Châu Thành report, then assign_series."""
    c.execute((ROOT / "pipeline/sql/schema.sql").read_text(encoding="utf-8"))
    compare.ensure_views(c)
    a = Doc(c, "q1")
    a.para("Trong quý, kết nạp mới 30 đảng viên.", F("30 đảng viên", "count", 30, "đảng viên", KN))
    a.para("Lũy kế từ đầu năm, thu ngân sách 100 tỷ đồng.", F("100 tỷ đồng", "money", 100e9, "đồng", "thu ngân sách"))
    a.para("Tiếp nhận 10 hồ sơ trực tuyến.", F("10 hồ sơ", "count", 10, "hồ sơ", "tiếp nhận hồ sơ trực tuyến"))
    b = Doc(c, "q2")
    b.para("Kết nạp 45 đảng viên mới, tăng 20% so với quý trước.",
           F("45 đảng viên", "count", 45, "đảng viên", "kết nạp đảng viên mới"),
           F("tăng 20% so", "change", 20, "%", "kết nạp đảng viên mới", direction="increase",
             baseline="previous_period", value_text="20"))
    b.para("Lũy kế từ đầu năm, thu ngân sách 250 tỷ đồng.", F("250 tỷ đồng", "money", 250e9, "đồng", "thu ngân sách"))
    b.para("6 tháng đầu năm, tiếp nhận 25 hồ sơ trực tuyến.",
           F("25 hồ sơ", "count", 25, "hồ sơ", "tiếp nhận hồ sơ trực tuyến"))
    cc = Doc(c, "q3")
    cc.para("Kết nạp mới 40 đảng viên, giảm 5 đảng viên so với quý trước.",
            F("40 đảng viên", "count", 40, "đảng viên", KN),
            F("giảm 5 đảng viên so", "change", 5, "đảng viên", KN, direction="decrease", baseline="previous_period"))
    cc.para("Lũy kế từ đầu năm, thu ngân sách 240 tỷ đồng.", F("240 tỷ đồng", "money", 240e9, "đồng", "thu ngân sách"))
    cc.para("Trong quý tiếp nhận 12 hồ sơ trực tuyến; lũy kế tiếp nhận 37 hồ sơ trực tuyến.",
            F("12 hồ sơ", "count", 12, "hồ sơ", "tiếp nhận hồ sơ trực tuyến"),
            F("37 hồ sơ", "count", 37, "hồ sơ", "tiếp nhận hồ sơ trực tuyến"))
    d = Doc(c, "q1b")
    d.para("Phát triển 50 đảng viên.", F("50 đảng viên", "count", 50, "đảng viên", "phát triển đảng viên"))
    # another body with the same wording must never join Phụng Hiệp's series
    Doc(c, "x2", org="Huyện ủy Châu Thành").para(
        "Kết nạp mới 7 đảng viên.", F("7 đảng viên", "count", 7, "đảng viên", KN))
    compare.assign_series(c)
    return c


@pytest.fixture
def con():
    c = build_store(duckdb.connect())
    yield c
    c.close()


def series(con, like):
    return con.execute("SELECT doc_id, value, cumulative, method FROM indicator_series "
                       "WHERE org = ? AND label LIKE ? ORDER BY period_end", [ORG, like]).fetchall()


def test_series_across_rewording(con):
    rows = series(con, "%kết nạp%")
    assert [(d, v) for d, v, _, _ in rows] == [("q1", 30), ("q2", 45), ("q3", 40)]
    assert [m for *_, m in rows] == ["key", "fuzzy", "key"]


def test_other_org_kept_apart(con):
    key = indicator_key(KN, "đảng viên", "count")
    orgs = con.execute("SELECT org, count(*) FROM indicator_series WHERE series_key = ? GROUP BY org ORDER BY org",
                       [key]).fetchall()
    assert orgs == [("Huyện ủy Châu Thành", 1), (ORG, 3)]


def test_same_key_twice_in_a_document(con):
    # q3 has the same key twice: 12 (trong quý) and 37 (lũy kế). Automatic matching gives each its
    # own series, and the running total 37 continues the running totals (q1 is also the year to
    # date, q2 says "6 tháng đầu năm"); without it (raw keys) the quarterly document's
    # representative is the in-quarter 12.
    key = indicator_key("tiếp nhận hồ sơ trực tuyến", "hồ sơ", "count")
    got = con.execute("SELECT series_key, doc_id, value, cumulative FROM indicator_series WHERE series_key LIKE ? "
                      "ORDER BY series_key, period_end", [key + "%"]).fetchall()
    assert got == [(key, "q1", 10, False), (key, "q2", 25, True), (key, "q3", 37, True), (key + "#2", "q3", 12, False)]
    con.execute("DELETE FROM fact_series")
    assert [r[1:] for r in con.execute("SELECT series_key, doc_id, value FROM indicator_series WHERE series_key = ? "
                                       "ORDER BY period_end", [key]).fetchall()] == [("q1", 10), ("q2", 25), ("q3", 12)]


def test_period_changes_values_and_flags(con):
    rows = {r[0]: r[1:] for r in con.execute("""
        SELECT doc_id || ':' || split_part(series_key, '|', 2), previous_value, absolute_change, relative_change,
               previous_doc_id, comparable, note
        FROM period_changes WHERE org = ?""", [ORG]).fetchall()}
    kn = rows["q2:kết nạp mới đảng viên"]
    assert kn[:5] == (30, 15, 0.5, "q1", True) and kn[5] == ""
    assert rows["q3:kết nạp mới đảng viên"][:2] == (45, -5)
    # six-month total after a quarter: flagged, not silently compared; then nine months after six
    k = "q2:tiếp nhận hồ sơ trực tuyến"
    assert rows[k][4] is False and rows[k][5] == "mixes cumulative and single-period figures"
    hs = rows["q3:tiếp nhận hồ sơ trực tuyến"]
    assert hs[:2] == (25, 12) and hs[4] is True and hs[5].startswith("running totals")
    tn = rows["q3:thu ngân sách"]
    assert tn[4] is True and tn[5].startswith("running totals")


def test_gap_between_periods_flagged(con):
    con.execute("INSERT INTO indicator_map VALUES (?, ?, ?, ?)",
                [ORG, indicator_key("phát triển đảng viên", "đảng viên", "count"),
                 indicator_key(KN, "đảng viên", "count"), "Kết nạp đảng viên"])
    row = con.execute("""SELECT previous_doc_id, comparable, note, label FROM period_changes
                         WHERE doc_id = 'q1b'""").fetchall()
    assert row == [("q3", False, "periods not consecutive", "Kết nạp đảng viên")]


def test_indicator_map_respected_by_later_assignment(con):
    k_new = indicator_key("phát triển đảng viên", "đảng viên", "count")
    assert con.execute("SELECT series_key FROM fact_series WHERE doc_id = 'q1b'").fetchall() == [(k_new,)]
    con.execute("INSERT INTO indicator_map VALUES (?, ?, ?, NULL)", [ORG, k_new, "my series"])
    compare.assign_series(con)
    assert con.execute("SELECT series_key, method FROM fact_series WHERE doc_id = 'q1b'").fetchall() == \
        [("my series", "map")]


def test_documents_from_a_relation_as_from_a_cursor(con):
    """_rows reads a relation as Arrow batches, each distinct text converted once: the same rows,
    and the same matching input, as a cursor's fetchmany (NULL texts and batch edges included)."""
    def query(extra=""):
        return f"""SELECT coalesce(d.org, ''), d.doc_id, f.fact_id, f.indicator_key, coalesce(c.context, ''),
                          coalesce(c.sentence, ''), coalesce(c.phrase, ''), {compare.SCOPE_COLUMNS} {extra}
                   FROM facts f JOIN documents d ON d.doc_id = f.doc_id
                   LEFT JOIN fact_context c ON c.doc_id = f.doc_id AND c.fact_id = f.fact_id
                   ORDER BY d.period_end, d.doc_id, f.para_id, f."start", f.fact_id"""
    q = query(", nullif(f.unit, 'hồ sơ'), f.value, f.baseline")
    want = con.execute(q).fetchall()
    assert any(r[-3] is None for r in want) and len(want) > 3
    assert list(compare._rows(con.cursor().sql(q), 3)) == want
    assert list(compare._rows(con.cursor().execute(q), 3)) == want
    docs = list(compare._documents(con.cursor().sql(query()), 3))
    assert docs == list(compare._documents(con.cursor().execute(query()), 3))
    assert any(it.scope for d in docs for it in d[3])


def test_assign_series_idempotent(con):
    before = con.execute("SELECT * FROM fact_series ORDER BY ALL").fetchall()
    ctx = con.execute("SELECT count(*) FROM fact_context").fetchall()
    compare.assign_series(con)
    compare.assign_series(con, orgs=[ORG])
    assert con.execute("SELECT * FROM fact_series ORDER BY ALL").fetchall() == before
    assert con.execute("SELECT count(*) FROM fact_context").fetchall() == ctx


def test_period_checks(con, monkeypatch):
    # "thu ngân sách" rises once (Q1->Q2) then falls (Q2->Q3); one rise is enough here
    monkeypatch.setattr(compare, "MIN_RISES", 1)
    rows = sorted(compare.period_checks(con), key=lambda r: (r["kind"], r["doc_id"]))
    got = [(r["kind"], r["doc_id"], r["status"], r["reported"], r["expected"], r["fact_ids"]) for r in rows]
    assert got == [
        ("cumulative_drop", "q3", "warning", "240", ">= 250.000.000.000", [2]),
        ("stated_change", "q2", "mismatch", "20", "50", [0, 1]),    # 45 vs 30 is +50%, not +20%
        ("stated_change", "q3", "ok", "5", "5", [0, 1]),
    ]


def test_cumulative_drop_needs_a_rising_series(con):
    # by default a fall is flagged only in a series seen rising at least twice: one rise is not
    # enough to tell a running total from a stock that moves both ways
    assert [r for r in compare.period_checks(con) if r["kind"] == "cumulative_drop"] == []
    con.execute("INSERT INTO documents (doc_id, path, sha256, org, period_label, period_kind, period_start, "
                "period_end, cumulative, ingested_at) VALUES ('m11', 'm11.docx', 'm11', ?, 'tháng 11/2024', 'month', "
                "'2024-11-01', '2024-11-30', FALSE, now())", [ORG])
    d = Doc.__new__(Doc)
    d.con, d.doc_id, d.pid, d.fact = con, "m11", 0, 0
    d.para("Lũy kế từ đầu năm, thu ngân sách 300 tỷ đồng.", F("300 tỷ đồng", "money", 300e9, "đồng", "thu ngân sách"))
    compare.assign_series(con)
    drops = [(r["doc_id"], r["reported"]) for r in compare.period_checks(con) if r["kind"] == "cumulative_drop"]
    assert drops == [("q3", "240")]


def test_store_period_checks_replaces_rows(con, monkeypatch):
    monkeypatch.setattr(compare, "MIN_RISES", 1)
    con.execute("INSERT INTO checks VALUES ('q2', 1, 'bound', 'ok', '', '', '', '', [0])")
    assert compare.store_period_checks(con) == 3
    assert compare.store_period_checks(con) == 3
    rows = con.execute("SELECT doc_id, check_id, kind FROM checks ORDER BY doc_id, check_id").fetchall()
    assert rows == [("q2", 1, "bound"), ("q2", 2, "stated_change"),
                    ("q3", 1, "stated_change"), ("q3", 2, "cumulative_drop")]


def test_store_period_checks_for_some_bodies_keeps_the_others(con, monkeypatch):
    monkeypatch.setattr(compare, "MIN_RISES", 1)
    compare.store_period_checks(con)
    # an ingest that touched only Châu Thành recomputes its checks; Phụng Hiệp's stay as stored
    assert compare.store_period_checks(con, orgs=["Huyện ủy Châu Thành"]) == 0
    kept = con.execute("SELECT doc_id, kind FROM checks ORDER BY doc_id, check_id").fetchall()
    assert kept == [("q2", "stated_change"), ("q3", "stated_change"), ("q3", "cumulative_drop")]
    assert compare.period_checks(con, orgs=[ORG]) == compare.period_checks(con)


def test_no_check_without_earlier_report(con):
    con.execute("DELETE FROM documents WHERE doc_id = 'q1'")
    kinds = [(r["kind"], r["doc_id"]) for r in compare.period_checks(con)]
    assert ("stated_change", "q2") not in kinds and ("stated_change", "q3") in kinds


def test_period_labels(con):
    assert con.execute("SELECT period FROM document_periods WHERE doc_id IN ('q2', 'q1b') ORDER BY doc_id"
                       ).fetchall() == [("2025-Q1",), ("2024-Q2",)]


def test_context_rows_without_the_figure_phrase_are_computed_again(con):
    # a store written before fact_context had the figure's own phrase: the column is added
    # when the views are made, and the rows without it are computed again
    before = con.execute("SELECT * FROM fact_series ORDER BY ALL").fetchall()
    con.execute("ALTER TABLE fact_context DROP COLUMN phrase")
    compare.ensure_views(con)
    compare.assign_series(con)
    rows = con.execute("SELECT phrase FROM fact_context WHERE doc_id = 'q1'").fetchall()
    assert rows and all(p for p, in rows)
    assert con.execute("SELECT * FROM fact_series ORDER BY ALL").fetchall() == before
