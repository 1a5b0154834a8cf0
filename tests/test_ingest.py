"""Incremental batch ingest with fake reader/extractor stages (in-process, workers=1)."""
import os
from pathlib import Path

import pytest

import pipeline.ingest as ing
from pipeline.store import Store
from test_store_fakes import fake_checks, fake_extract, fake_read, FakeReadError


@pytest.fixture
def reads(monkeypatch):
    """Use the fake stages and record which paths were actually read."""
    seen = []

    def read(path):
        seen.append(os.path.basename(path))
        return fake_read(path)

    monkeypatch.setattr(ing, "_stages", lambda: (read, fake_extract, fake_checks, FakeReadError))
    return seen


def write(path, text):
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def table(db, sql):
    with Store(db, read_only=True) as s:
        return s.con.execute(sql).fetchall()


def n(db, t):
    return table(db, f"SELECT count(*) FROM {t}")[0][0]


@pytest.fixture
def folder(tmp_path):
    d = tmp_path / "in"
    write(d / "a.docx", "quý I\nKết nạp 12 đảng viên, đạt 80%.")
    write(d / "sub" / "b.docx", "quý II\nKết nạp 15 đảng viên; 99% hài lòng.")
    write(d / "sub" / "deep" / "c.doc.docx", "quý III\nCó 7 đảng viên.")
    write(d / "~$a.docx", "lock file")
    write(d / ".hidden.docx", "hidden")
    write(d / ".git" / "x.docx", "hidden folder")
    write(d / "notes.txt", "not a report")
    return d


def test_walks_folders_and_stores(folder, tmp_path, reads):
    db = tmp_path / "t.duckdb"
    s = ing.ingest([folder], db, workers=1)
    assert sorted(reads) == ["a.docx", "b.docx", "c.doc.docx"]
    assert (s.seen, s.read, s.skipped, s.failed, s.facts, s.flagged) == (3, 3, 0, 0, 5, 1)
    assert s.line().startswith("3 files: 3 read, 0 skipped (unchanged), 0 failed; 5 facts; "
                               "1 checks flagged; ")
    assert n(db, "documents") == 3 and n(db, "facts") == 5 and n(db, "checks") == 1
    assert table(db, "SELECT period_label FROM documents ORDER BY 1") == [("quý I",), ("quý II",), ("quý III",)]


def test_second_run_skips_everything_and_duplicates_nothing(folder, tmp_path, reads):
    db = tmp_path / "t.duckdb"
    ing.ingest([folder], db, workers=1)
    before = {t: n(db, t) for t in ("documents", "files", "paragraphs", "facts", "checks")}
    reads.clear()
    s = ing.ingest([folder], db, workers=1)
    assert reads == [] and (s.read, s.skipped, s.failed) == (0, 3, 0)
    assert {t: n(db, t) for t in before} == before


def test_touched_file_with_same_content_is_hashed_not_read(folder, tmp_path, reads):
    db = tmp_path / "t.duckdb"
    ing.ingest([folder], db, workers=1)
    os.utime(folder / "a.docx", (1, 1))
    reads.clear()
    s = ing.ingest([folder], db, workers=1)
    assert reads == [] and s.skipped == 3
    assert table(db, f"SELECT mtime FROM files WHERE path = '{folder / 'a.docx'}'") == [(1.0,)]


def test_changed_file_replaces_its_rows(folder, tmp_path, reads):
    db = tmp_path / "t.duckdb"
    ing.ingest([folder], db, workers=1)
    old_id = table(db, f"SELECT doc_id FROM files WHERE path = '{folder / 'a.docx'}'")[0][0]
    write(folder / "a.docx", "quý I (sửa)\nKết nạp 13 đảng viên, 14 đảng viên, đạt 81%.")
    s = ing.ingest([folder], db, workers=1)
    assert (s.read, s.skipped) == (1, 2)
    assert table(db, f"SELECT count(*) FROM documents WHERE doc_id = '{old_id}'") == [(0,)]
    assert table(db, f"SELECT count(*) FROM facts WHERE doc_id = '{old_id}'") == [(0,)]
    assert n(db, "documents") == 3 and n(db, "facts") == 6
    assert table(db, "SELECT raw FROM facts f JOIN documents d USING (doc_id) "
                     "WHERE d.period_label = 'quý I (sửa)' ORDER BY fact_id") == \
        [("13 đảng viên",), ("14 đảng viên",), ("81%",)]


def test_same_content_under_two_names_stored_once(tmp_path, reads):
    d = tmp_path / "in"
    write(d / "x.docx", "tháng 8\n5 đảng viên")
    write(d / "copy of x.docx", "tháng 8\n5 đảng viên")
    db = tmp_path / "t.duckdb"
    s = ing.ingest([d], db, workers=1)
    assert len(reads) == 1 and (s.read, s.skipped) == (1, 1)
    assert n(db, "documents") == 1 and n(db, "facts") == 1
    assert table(db, "SELECT count(DISTINCT doc_id), count(*) FROM files") == [(1, 2)]
    # a third name in a later run: a files row only
    write(d / "later.docx", "tháng 8\n5 đảng viên")
    s = ing.ingest([d], db, workers=1)
    assert (s.read, s.skipped) == (0, 3)
    assert n(db, "documents") == 1 and n(db, "files") == 3


def test_bad_file_recorded_and_batch_goes_on(tmp_path, reads):
    d = tmp_path / "in"
    write(d / "good.docx", "quý I\n3 đảng viên")
    write(d / "bad.docx", "BAD")
    db = tmp_path / "t.duckdb"
    s = ing.ingest([d, tmp_path / "missing.docx"], db, workers=1)
    assert (s.seen, s.read, s.failed) == (3, 1, 2)
    errs = table(db, 'SELECT path, sha256 IS NOT NULL, error FROM ingest_errors ORDER BY path')
    assert errs[0][0].endswith("bad.docx") and errs[0][1] and "not a Word document" in errs[0][2]
    assert errs[1][0].endswith("missing.docx") and "no such file" in errs[1][2]
    # fixed later: the error row goes, the document arrives; nothing doubled on retry
    write(d / "bad.docx", "quý II\n4 đảng viên")
    s = ing.ingest([d], db, workers=1)
    assert (s.read, s.failed) == (1, 0)
    assert [e[0] for e in table(db, "SELECT path FROM ingest_errors")] == [str(tmp_path / "missing.docx")]
    assert n(db, "documents") == 2


def test_failed_file_retried_error_not_doubled(tmp_path, reads):
    d = tmp_path / "in"
    write(d / "bad.docx", "BAD")
    db = tmp_path / "t.duckdb"
    ing.ingest([d], db, workers=1)
    s = ing.ingest([d], db, workers=1)
    assert s.failed == 1 and n(db, "ingest_errors") == 1


def test_crash_midway_then_rerun_finishes_without_doubles(folder, tmp_path, monkeypatch, reads):
    db = tmp_path / "t.duckdb"
    monkeypatch.setattr(ing, "BATCH_DOCS", 1)
    calls = {"n": 0}

    def extract_then_crash(report):
        calls["n"] += 1
        if calls["n"] == 3:
            raise KeyboardInterrupt  # the analyst pressed Ctrl-C, or the machine died
        return fake_extract(report)

    monkeypatch.setattr(ing, "_stages", lambda: (fake_read, extract_then_crash, fake_checks, FakeReadError))
    with pytest.raises(KeyboardInterrupt):
        ing.ingest([folder], db, workers=1)
    assert n(db, "documents") == 2
    monkeypatch.setattr(ing, "_stages", lambda: (fake_read, fake_extract, fake_checks, FakeReadError))
    s = ing.ingest([folder], db, workers=1)
    assert (s.read, s.skipped) == (1, 2)
    assert n(db, "documents") == 3 and n(db, "facts") == 5 and n(db, "files") == 3


def test_extractor_bug_on_one_file_is_recorded(folder, tmp_path, monkeypatch):
    def extract(report):
        if report.metadata.period.label == "quý II":
            raise ValueError("boom")
        return fake_extract(report)

    monkeypatch.setattr(ing, "_stages", lambda: (fake_read, extract, fake_checks, FakeReadError))
    db = tmp_path / "t.duckdb"
    s = ing.ingest([folder], db, workers=1)
    assert (s.read, s.failed) == (2, 1)
    err = table(db, "SELECT error FROM ingest_errors")[0][0]
    assert "b.docx" in err and "ValueError: boom" in err


def test_progress_called_per_file(folder, tmp_path, reads):
    got = []
    ing.ingest([folder], tmp_path / "t.duckdb", workers=1, progress=lambda d, t: got.append((d, t)))
    assert got == [(1, 3), (2, 3), (3, 3)]


def test_a_file_that_takes_too_long_is_an_error_and_the_batch_goes_on(tmp_path, monkeypatch):
    """A pathological report must not stall the batch: past the time limit it is recorded in
    ingest_errors with the reason, and the next file is still read."""
    import time as _time

    import duckdb

    from pipeline import ingest as ing

    real = ing._stages()
    slow_name = "slow.docx"

    def read_report(path):
        if str(path).endswith(slow_name):
            _time.sleep(6)
        return real[0](path)

    monkeypatch.setattr(ing, "_stages", lambda: (read_report, real[1], real[2], real[3]))
    monkeypatch.setattr(ing, "FILE_SECONDS", 2)
    seed = Path(__file__).resolve().parents[1] / "corpus" / "reports" / "phung-hiep" / "phung-hiep-q1-2024.docx"
    real[1](real[0](seed))       # warm the pipeline (spaCy import) outside the limit
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / slow_name).write_bytes(seed.read_bytes() + b"")
    other = Path(__file__).resolve().parents[1] / "corpus" / "reports" / "phung-hiep" / "phung-hiep-q3-2024.docx"
    (tmp_path / "in" / "ok.docx").write_bytes(other.read_bytes())
    db = str(tmp_path / "t.duckdb")
    t0 = _time.perf_counter()
    summary = ing.ingest([str(tmp_path / "in")], db, workers=1)
    assert _time.perf_counter() - t0 < 30
    assert (summary.read, summary.failed) == (1, 1), summary.errors
    con = duckdb.connect(db, read_only=True)
    errs = con.execute("SELECT path, error FROM ingest_errors").fetchall()
    con.close()
    assert len(errs) == 1 and errs[0][0].endswith(slow_name) and "gave up after 2 s" in errs[0][1]


def _doubled_keys(db) -> dict:
    """Per-document tables declare no key (docs/schema.md): rows repeating one."""
    keys = {"sections": "section_id", "paragraphs": "para_id", "facts": "fact_id",
            "checks": "check_id", "fact_context": "fact_id", "fact_series": "fact_id"}
    return {t: table(db, f"SELECT doc_id, {k} FROM {t} GROUP BY ALL HAVING count(*) > 1")
            for t, k in keys.items() if table(db, f"SELECT count(*) FROM {t}")[0][0]}


def test_keys_stay_unique_across_reruns_changes_and_crashes(folder, tmp_path, monkeypatch, reads):
    db = tmp_path / "t.duckdb"
    ing.ingest([folder], db, workers=1)
    ing.ingest([folder], db, workers=1)                       # unchanged: skipped
    write(folder / "a.docx", "quý I (sửa)\nKết nạp 13 đảng viên, 14 đảng viên, đạt 81%.")
    write(folder / "copy.docx", (folder / "sub" / "b.docx").read_text(encoding="utf-8"))
    ing.ingest([folder], db, workers=1)                       # one changed, one alias
    monkeypatch.setattr(ing, "BATCH_DOCS", 1)
    write(folder / "sub" / "b.docx", "quý II (sửa)\nKết nạp 16 đảng viên; 98% hài lòng.")
    monkeypatch.setattr(ing, "_stages", lambda: (fake_read, _crash, fake_checks, FakeReadError))
    with pytest.raises(KeyboardInterrupt):
        ing.ingest([folder], db, workers=1)
    monkeypatch.setattr(ing, "_stages", lambda: (fake_read, fake_extract, fake_checks, FakeReadError))
    ing.ingest([folder], db, workers=1)
    assert n(db, "facts") > 0 and n(db, "paragraphs") > 0
    doubled = _doubled_keys(db)
    assert {"paragraphs", "facts", "checks"} <= set(doubled)
    assert all(rows == [] for rows in doubled.values()), doubled
    assert table(db, "SELECT count(*) FROM facts WHERE doc_id NOT IN (SELECT doc_id FROM documents)") == [(0,)]


def _crash(report):
    raise KeyboardInterrupt
