"""Ingest of the real seed and Lâm Đồng reports through the real reader, extractors and
checks, over worker processes (workers=2) as `solieu ingest` runs it."""
import shutil
import zipfile
from pathlib import Path

import pytest

from pipeline.ingest import ingest
from pipeline.store import Store

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
SEED = SHARED / "seed" / "phung-hiep-q2-2024.docx"
REAL = SHARED / "corpus-real" / "lam-dong"

pytestmark = pytest.mark.skipif(not SEED.is_file(), reason="../shared is not available")


def q(db, sql):
    with Store(db, read_only=True) as s:
        return s.con.execute(sql).fetchall()


def vary(src: Path, dst: Path, old: bytes, new: bytes):
    """Copy a .docx with one text change in word/document.xml."""
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(dst, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():
            data = zin.read(item.filename)
            if item.filename == "word/document.xml":
                assert old in data
                data = data.replace(old, new, 1)
            zout.writestr(item, data)


@pytest.fixture
def folder(tmp_path):
    d = tmp_path / "in"
    d.mkdir()
    shutil.copy2(SEED, d / "seed.docx")
    shutil.copy2(SEED, d / "seed (copy).docx")
    (d / "not-a-zip.docx").write_text("this is plain text, not a Word file", encoding="utf-8")
    (d / "empty.docx").write_bytes(b"")
    (d / "truncated.docx").write_bytes(SEED.read_bytes()[:20000])
    return d


def test_seed_and_bad_files_over_worker_processes(folder, tmp_path):
    db = tmp_path / "t.duckdb"
    s = ingest([folder], db, workers=2)
    assert (s.seen, s.read, s.skipped, s.failed) == (5, 1, 1, 3)
    assert s.facts > 200
    # stored once under two names
    assert q(db, "SELECT count(*) FROM documents") == [(1,)]
    assert q(db, "SELECT count(DISTINCT doc_id), count(*) FROM files") == [(1, 2)]
    doc = q(db, "SELECT org, doc_number, period_label, period_kind FROM documents")[0]
    # the seed's number is left blank ("Số       -BC/VPHU"): stored blank, not invented
    assert "PHỤNG HIỆP" in doc[0].upper() and doc[1] == ""
    assert doc[2] == "quý II/2024" and doc[3] == "quarter"
    # the extracted facts point at their exact text
    bad = q(db, 'SELECT count(*) FROM facts f JOIN paragraphs p USING (doc_id, para_id) '
                'WHERE substr(p.text, f."start" + 1, f."end" - f."start") <> f.raw')
    assert bad == [(0,)]
    # footnotes stored with their anchors
    assert q(db, "SELECT count(*) FROM paragraphs WHERE source = 'footnote' "
                 "AND anchor_para_id IS NOT NULL")[0][0] >= 12
    # every bad file has an error row naming it
    errs = dict(q(db, "SELECT path, error FROM ingest_errors"))
    assert sorted(Path(p).name for p in errs) == ["empty.docx", "not-a-zip.docx", "truncated.docx"]
    for path, msg in errs.items():
        assert Path(path).name in msg


def test_rerun_and_changed_file(folder, tmp_path):
    db = tmp_path / "t.duckdb"
    ingest([folder], db, workers=2)
    before = q(db, "SELECT (SELECT count(*) FROM facts), (SELECT count(*) FROM paragraphs), "
                   "(SELECT count(*) FROM checks)")
    s = ingest([folder], db, workers=2)
    assert (s.read, s.skipped, s.failed) == (0, 2, 3)
    assert q(db, "SELECT (SELECT count(*) FROM facts), (SELECT count(*) FROM paragraphs), "
                 "(SELECT count(*) FROM checks)") == before
    assert q(db, "SELECT count(*) FROM ingest_errors") == [(3,)]
    # the copy is edited: it becomes its own document; the original stays (seed.docx)
    vary(SEED, folder / "seed (copy).docx", b"70,87", b"70,89")
    s = ingest([folder], db, workers=2)
    assert (s.read, s.failed) == (1, 3)
    assert q(db, "SELECT count(*) FROM documents") == [(2,)]
    # and edited again: the previous edit's rows are replaced, not kept beside
    vary(SEED, folder / "seed (copy).docx", b"70,87", b"70,88")
    ingest([folder], db, workers=2)
    assert q(db, "SELECT count(*) FROM documents") == [(2,)]
    assert q(db, "SELECT count(DISTINCT doc_id) FROM facts") == [(2,)]
    assert q(db, "SELECT count(*) FROM facts WHERE raw LIKE '70,88%'")[0][0] >= 1
    assert q(db, "SELECT count(*) FROM facts WHERE raw LIKE '70,89%'") == [(0,)]


@pytest.mark.skipif(not REAL.is_dir(), reason="corpus-real is not available")
def test_every_real_report_ingests(tmp_path):
    db = tmp_path / "t.duckdb"
    files = sorted(p for p in REAL.iterdir() if p.suffix in (".docx", ".doc"))
    s = ingest([REAL], db, workers=2)
    errors = q(db, "SELECT path, error FROM ingest_errors")
    if not shutil.which("soffice"):  # the .doc needs LibreOffice; its error must say so
        doc_errors = [e for e in errors if e[0].endswith(".doc")]
        assert doc_errors and all("LibreOffice" in e[1] or "soffice" in e[1] for e in doc_errors)
        errors = [e for e in errors if not e[0].endswith(".doc")]
    assert errors == []
    assert s.seen == len(files)
    n_docs = q(db, "SELECT count(*) FROM documents")[0][0]
    assert n_docs == len(files) - (0 if shutil.which("soffice") else 1)
    assert all(n > 0 for (n,) in q(db, "SELECT n_facts FROM document_summary"))
