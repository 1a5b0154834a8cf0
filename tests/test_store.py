import subprocess
import sys
import textwrap

import pytest

from pipeline.store import Store, StoreLocked, StoreMissing, report_rows, section_paths
from test_store_fakes import sample_report


def counts(store, doc_id=None):
    out = {}
    for t in ("documents", "files", "sections", "paragraphs", "facts", "fact_links", "checks"):
        q = f"SELECT count(*) FROM {t}" + (" WHERE doc_id = ?" if doc_id else "")
        out[t] = store.con.execute(q, [doc_id] if doc_id else []).fetchall()[0][0]
    return out


@pytest.fixture
def store(tmp_path):
    s = Store(tmp_path / "t.duckdb")
    yield s
    s.close()


def test_round_trip(store):
    report, facts, links, checks = sample_report()
    store.write_report(report, facts, links, checks, path="/x/bc-q2.docx", size=10, mtime=1.5)
    assert counts(store) == {"documents": 1, "files": 1, "sections": 3, "paragraphs": 5,
                             "facts": 3, "fact_links": 1, "checks": 2}
    con = store.con
    doc = con.execute("SELECT doc_id, org, doc_number, period_label, period_kind, period_start, "
                      "period_end, issued_date FROM documents").fetchall()[0]
    assert doc[0] == "ab" * 8
    assert doc[1:5] == ("Huyện ủy Phụng Hiệp / Văn phòng", "Số 45-BC/VPHU", "quý II/2024", "quarter")
    assert str(doc[5]) == "2024-04-01" and str(doc[6]) == "2024-06-30" and str(doc[7]) == "2024-06-20"
    # fact_id is the index in the list; section_id comes from the paragraph
    f = con.execute('SELECT fact_id, para_id, section_id, kind, value, numerator, denominator, raw, '
                    '"start", "end" FROM facts ORDER BY fact_id').fetchall()
    assert [r[0] for r in f] == [0, 1, 2]
    assert f[0][1:4] == (2, 2, "fraction") and f[0][5:8] == (112.0, 158.0, "112/158 đảng viên")
    assert f[1][4] == pytest.approx(70.87)
    assert f[2][2] == 2  # footnote paragraph's section
    text = con.execute("SELECT text FROM paragraphs WHERE para_id = 2").fetchall()[0][0]
    assert text[f[0][8]:f[0][9]] == "112/158 đảng viên"
    assert con.execute("SELECT path FROM sections WHERE section_id = 2").fetchall()[0][0] == \
        "I. > * Công tác Tuyên giáo"
    note = con.execute("SELECT source, footnote_id, anchor_para_id FROM paragraphs WHERE para_id=4"
                       ).fetchall()[0]
    assert note == ("footnote", 1, 2)
    assert con.execute("SELECT table_id, row_idx, col_idx FROM paragraphs WHERE para_id=3"
                       ).fetchall()[0] == (0, 1, 0)
    assert con.execute("SELECT src_fact_id, dst_fact_id, relation FROM fact_links").fetchall() == \
        [(1, 0, "restates")]
    ck = con.execute("SELECT check_id, status, fact_ids FROM checks ORDER BY check_id").fetchall()
    assert ck == [(0, "mismatch", [1, 0]), (1, "ok", [2])]
    assert con.execute("SELECT path, size, mtime FROM files").fetchall() == [("/x/bc-q2.docx", 10, 1.5)]


def test_views(store):
    report, facts, links, checks = sample_report()
    store.write_report(report, facts, links, checks)
    fv = store.con.execute("SELECT fact_id, period_label, org, section_heading, section_path, source, "
                           "sentence FROM fact_view ORDER BY fact_id").fetchall()
    assert fv[0][1:6] == ("quý II/2024", "Huyện ủy Phụng Hiệp / Văn phòng", "Công tác Tuyên giáo",
                          "I. > * Công tác Tuyên giáo", "body")
    assert fv[0][6] == "Kết nạp 112/158 đảng viên, đạt 70,87% chỉ tiêu."
    assert fv[2][5] == "footnote"
    fl = store.con.execute("SELECT check_id, kind, first_fact, sentence FROM flagged_checks").fetchall()
    assert fl == [(0, "fraction_percent", "70,87%", "Kết nạp 112/158 đảng viên, đạt 70,87% chỉ tiêu.")]
    ds = store.con.execute("SELECT n_paths, n_sections, n_paragraphs, n_facts, n_checks, n_mismatch, "
                           "n_warning FROM document_summary").fetchall()
    assert ds == [(1, 2, 5, 3, 2, 1, 0)]


def test_sentence_at_ends_only_at_sentence_punctuation(store):
    t = "Có 16.511 lượt người; tổng 5 cuộc. Đạt 70,5%."
    got = [store.con.execute("SELECT sentence_at(?, ?, ?)", [t, t.index(a), t.index(a) + len(a)]
                             ).fetchall()[0][0] for a in ("16.511", "5 cuộc", "70,5%")]
    assert got == ["Có 16.511 lượt người;", "tổng 5 cuộc.", "Đạt 70,5%."]


def test_rewrite_same_doc_does_not_duplicate(store):
    report, facts, links, checks = sample_report()
    store.write_report(report, facts, links, checks)
    store.write_report(report, facts[:2], links, checks[:1])
    c = counts(store)
    assert c["documents"] == 1 and c["facts"] == 2 and c["checks"] == 1 and c["paragraphs"] == 5


def test_changed_file_replaces_old_document(store):
    old = sample_report(sha="aa" * 32, path="/x/a.docx")
    store.write_report(*old)
    new = sample_report(sha="bb" * 32, path="/x/a.docx")
    store.write_report(*new[:1], new[1][:1], [], [])
    assert store.con.execute("SELECT doc_id FROM documents").fetchall() == [("bb" * 8,)]
    assert counts(store, "aa" * 8) == {t: 0 for t in counts(store)}
    assert store.con.execute("SELECT path, doc_id FROM files").fetchall() == [("/x/a.docx", "bb" * 8)]


def test_old_document_kept_while_another_path_points_to_it(store):
    store.write_report(*sample_report(sha="aa" * 32, path="/x/a.docx"))
    store.write_batch([], aliases=[("/x/copy.docx", "aa" * 8, "aa" * 32, 1, 2.0)])
    store.write_report(*sample_report(sha="bb" * 32, path="/x/a.docx"))
    assert sorted(store.con.execute("SELECT doc_id FROM documents").fetchall()) == [("aa" * 8,), ("bb" * 8,)]
    assert counts(store, "aa" * 8)["facts"] == 3


def test_alias_adds_files_row_only(store):
    store.write_report(*sample_report(path="/x/a.docx"))
    store.write_batch([], aliases=[("/y/b.docx", "ab" * 8, "ab" * 32, 1, 2.0)])
    c = counts(store)
    assert c["documents"] == 1 and c["files"] == 2 and c["facts"] == 3


def test_writing_a_stored_document_again_replaces_it(store):
    # the per-document tables declare no key (docs/schema.md), so the writer itself must
    # clear a document's rows before writing them again, in the same batch or a later one
    report, facts, links, checks = sample_report()
    rows = report_rows(report, facts, links, checks, path="/x/bc-q2.docx")
    store.write_batch([rows])
    once = counts(store)
    store.write_batch([rows])
    store.write_batch([report_rows(report, facts, links, checks, path="/x/other-name.docx")])
    assert counts(store) == dict(once, files=2)
    for t, k in (("sections", "section_id"), ("paragraphs", "para_id"), ("facts", "fact_id"),
                 ("checks", "check_id")):
        assert store.con.execute(f"SELECT count(*) FROM (SELECT DISTINCT doc_id, {k} FROM {t})"
                                 ).fetchall()[0][0] == once[t]


def test_failed_batch_rolls_back(store):
    report, facts, links, checks = sample_report()
    rows = report_rows(report, facts, links, checks)
    rows["facts"]["kind"][0] = None  # NOT NULL violation after the documents insert
    with pytest.raises(Exception):
        store.write_batch([rows])
    assert counts(store) == {t: 0 for t in counts(store)}


def test_record_error_keeps_one_row_per_path(store):
    store.record_error("/x/bad.docx", None, "/x/bad.docx: not a zip")
    store.record_error("/x/bad.docx", "cc" * 32, "/x/bad.docx: still not a zip")
    rows = store.con.execute('SELECT path, sha256, error FROM ingest_errors').fetchall()
    assert rows == [("/x/bad.docx", "cc" * 32, "/x/bad.docx: still not a zip")]


def test_section_paths_use_heading_for_star_ancestors():
    report, *_ = sample_report()
    assert section_paths(report) == {1: "I. Công tác xây dựng Đảng", 2: "I. > * Công tác Tuyên giáo"}


def test_read_only_missing_db(tmp_path):
    with pytest.raises(StoreMissing, match="no solieu database"):
        Store(tmp_path / "nope.duckdb", read_only=True)


def hold_open(db):
    """A subprocess holding the database open for writing, as a running ingest does."""
    code = textwrap.dedent(f"""
        import duckdb, sys, time
        con = duckdb.connect({str(db)!r})
        print("ready", flush=True)
        sys.stdin.readline()
    """)
    p = subprocess.Popen([sys.executable, "-c", code], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                         text=True)
    assert p.stdout.readline().strip() == "ready"
    return p


def test_locked_db_raises_clear_error(tmp_path):
    db = tmp_path / "t.duckdb"
    Store(db).close()
    p = hold_open(db)
    try:
        with pytest.raises(StoreLocked, match=f"another solieu process is writing {db}"):
            Store(db)
    finally:
        p.stdin.write("\n")
        p.stdin.flush()
        p.wait(10)
    Store(db).close()  # still a valid database afterwards


def test_replacing_a_document_clears_other_doc_keyed_tables(tmp_path):
    # compare.sql and later stages add their own per-document tables; a replaced
    # document must not leave rows behind in them.
    db = tmp_path / "t.duckdb"
    with Store(db) as s:
        s.con.execute("CREATE TABLE IF NOT EXISTS extra_per_doc (doc_id VARCHAR, x INTEGER)")
    with Store(db) as s:
        s.write_report(*sample_report(sha="aa" * 32, path="/x/a.docx"))
        s.con.execute("INSERT INTO extra_per_doc VALUES (?, 1)", ["aa" * 8])
        s.write_report(*sample_report(sha="bb" * 32, path="/x/a.docx"))
        assert s.con.execute("SELECT count(*) FROM extra_per_doc").fetchall() == [(0,)]
