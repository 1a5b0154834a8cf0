"""The solieu CLI through click's CliRunner, with fake pipeline stages."""
import csv
import io
import json

import duckdb
import pytest
from click.testing import CliRunner

import pipeline.ingest as ing
from pipeline.cli import main
from pipeline.store import Store
from test_store import hold_open
from test_store_fakes import fake_stages, sample_report


@pytest.fixture(autouse=True)
def fakes(monkeypatch):
    monkeypatch.setattr(ing, "_stages", fake_stages)


@pytest.fixture
def runner():
    try:
        return CliRunner(mix_stderr=False)
    except TypeError:  # click >= 8.2 keeps stderr apart already
        return CliRunner()


@pytest.fixture
def db(tmp_path):
    path = tmp_path / "t.duckdb"
    with Store(path) as s:
        s.write_report(*sample_report())
    return str(path)


def run(runner, *args):
    return runner.invoke(main, [str(a) for a in args], catch_exceptions=False)


def test_ingest_summary_and_exit_codes(runner, tmp_path):
    d = tmp_path / "in"
    d.mkdir()
    (d / "a.docx").write_text("quý I\n12 đảng viên, 80%", encoding="utf-8")
    db = tmp_path / "x.duckdb"
    r = run(runner, "ingest", d, "--db", db, "--workers", 1)
    assert r.exit_code == 0, r.output
    assert r.stdout.startswith("1 files: 1 read, 0 skipped (unchanged), 0 failed; 2 facts; 0 checks flagged; ")
    (d / "b.docx").write_text("BAD", encoding="utf-8")
    r = run(runner, "ingest", d, "--db", db, "--workers", 1)
    assert r.exit_code == 1
    assert "1 skipped (unchanged), 1 failed" in r.stdout
    assert "failed:" in r.stderr and "b.docx" in r.stderr


def test_ingest_while_another_process_writes(runner, tmp_path, db):
    d = tmp_path / "in"
    d.mkdir()
    (d / "a.docx").write_text("quý I\n12 đảng viên", encoding="utf-8")
    p = hold_open(db)
    try:
        r = run(runner, "ingest", d, "--db", db, "--workers", 1)
        assert r.exit_code == 3
        assert f"another solieu process is writing {db}" in r.stderr
        q = run(runner, "query", "SELECT 1", "--db", db)
        assert q.exit_code == 3
    finally:
        p.stdin.write("\n")
        p.stdin.flush()
        p.wait(10)
    assert run(runner, "query", "SELECT count(*) AS n FROM facts", "--db", db, "--format", "csv").stdout == "n\n3\n"


def test_query_formats(runner, db):
    sql = "SELECT kind, count(*) AS n FROM facts GROUP BY kind ORDER BY kind"
    t = run(runner, "query", sql, "--db", db)
    assert t.exit_code == 0
    lines = t.stdout.splitlines()
    assert lines[0].split() == ["kind", "n"] and lines[2].split() == ["count", "1"]
    assert len(lines[2]) == len(lines[0])  # numbers right-aligned under their header
    assert lines[-1] == "(3 rows)"
    c = run(runner, "query", sql, "--db", db, "--format", "csv")
    assert list(csv.DictReader(io.StringIO(c.stdout))) == [
        {"kind": "count", "n": "1"}, {"kind": "fraction", "n": "1"}, {"kind": "percent", "n": "1"}]
    j = run(runner, "query", "SELECT fact_id, raw, period_start FROM fact_view ORDER BY fact_id",
            "--db", db, "--format", "json")
    rows = json.loads(j.stdout)
    assert rows[0]["raw"] == "112/158 đảng viên" and rows[0]["period_start"].startswith("2024-04-01")


def test_query_errors_exit_2(runner, db, tmp_path):
    r = run(runner, "query", "SELEC nonsense", "--db", db)
    assert r.exit_code == 2 and "SQL error" in r.stderr
    r = run(runner, "query", "SELECT 1", "--db", tmp_path / "missing.duckdb")
    assert r.exit_code == 2 and "no solieu database" in r.stderr
    assert not (tmp_path / "missing.duckdb").exists()


def test_query_is_read_only(runner, db):
    r = run(runner, "query", "DELETE FROM facts", "--db", db)
    assert r.exit_code == 2
    assert run(runner, "query", "SELECT count(*) AS n FROM facts", "--db", db, "--format", "csv").stdout == "n\n3\n"


def test_export_parquet(runner, db, tmp_path):
    out = tmp_path / "pq"
    r = run(runner, "export", "--to", out, "--db", db)
    assert r.exit_code == 0, r.output
    names = {p.stem for p in out.glob("*.parquet")}
    assert {"documents", "files", "sections", "paragraphs", "facts", "fact_links", "checks",
            "ingest_errors", "indicator_map", "fact_view", "document_summary", "flagged_checks"} <= names
    con = duckdb.connect()
    assert con.execute(f"SELECT count(*) FROM '{out}/facts.parquet'").fetchall() == [(3,)]
    assert con.execute(f"SELECT sentence FROM '{out}/flagged_checks.parquet'").fetchall() == \
        [("Kết nạp 112/158 đảng viên, đạt 70,87% chỉ tiêu.",)]


def test_show_from_db(runner, db):
    r = run(runner, "show", "abab", "--db", db)
    assert r.exit_code == 0, r.output
    out = r.stdout
    assert "Huyện ủy Phụng Hiệp / Văn phòng" in out and "quý II/2024 (quarter: 2024-04-01 .. 2024-06-30)" in out
    assert "  I. Công tác xây dựng Đảng" in out and "    * Công tác Tuyên giáo" in out
    assert "Kết nạp ⟦112/158 đảng viên⟧{fraction}, đạt ⟦70,87%⟧{percent} chỉ tiêu." in out
    assert "footnote 1 -> ¶2" in out and "[mismatch] fraction_percent" in out
    j = json.loads(run(runner, "show", "abab", "--db", db, "--format", "json").stdout)
    assert j["document"]["doc_number"] == "Số 45-BC/VPHU"
    assert [p["facts"] for p in j["paragraphs"]] == [[], [], [0, 1], [], [2]]


def test_show_unknown_doc(runner, db):
    r = run(runner, "show", "zzzz", "--db", db)
    assert r.exit_code == 2 and "no document with that doc_id" in r.stderr


def test_show_file_runs_pipeline_without_db(runner, tmp_path):
    f = tmp_path / "r.docx"
    f.write_text("tháng 8\nKết nạp 12 đảng viên, đạt 99%.", encoding="utf-8")
    r = run(runner, "show", f, "--db", tmp_path / "none.duckdb")
    assert r.exit_code == 0, r.output
    assert "Kết nạp ⟦12 đảng viên⟧{count}, đạt ⟦99%⟧{percent}." in r.stdout
    assert "[warning] malformed" in r.stdout
    assert not (tmp_path / "none.duckdb").exists()
    f.write_text("BAD", encoding="utf-8")
    r = run(runner, "show", f)
    assert r.exit_code == 1 and "not a Word document" in r.stderr


@pytest.mark.parametrize("cmd", ["ingest", "query", "export", "show"])
def test_help_is_a_manual(runner, cmd):
    r = run(runner, cmd, "--help")
    assert r.exit_code == 0 and "Example" in r.stdout and "solieu " + cmd in r.stdout


def test_commands_from_other_modules(runner, monkeypatch, tmp_path):
    from pipeline.cli import LazyGroup
    listed = run(runner, "--help").stdout
    assert all(name in listed for name in ("check", "compare", "map"))
    # imported only when used; a broken module raises instead of hiding its command
    monkeypatch.setattr(LazyGroup, "lazy", {"broken": ("broken_solieu_cmd", "broken")})
    (tmp_path / "broken_solieu_cmd.py").write_text("import no_such_dependency_xyz\n")
    monkeypatch.syspath_prepend(str(tmp_path))
    assert LazyGroup.list_commands(main, None) == ["broken", "export", "ingest", "query", "show"]
    with pytest.raises(ModuleNotFoundError, match="no_such_dependency_xyz"):
        run(runner, "broken", "--help")


def test_ingest_into_unusable_db_path(runner, tmp_path):
    d = tmp_path / "in"
    d.mkdir()
    (d / "a.docx").write_text("quý I\n12 đảng viên", encoding="utf-8")
    r = run(runner, "ingest", d, "--db", tmp_path / "no" / "such" / "dir" / "x.duckdb", "--workers", 1)
    assert r.exit_code == 2 and "cannot open" in r.stderr


@pytest.mark.parametrize("module", ["pipeline", "pipeline.cli"])
def test_python_dash_m_runs_the_cli(module):
    import subprocess
    import sys
    r = subprocess.run([sys.executable, "-m", module, "--help"], capture_output=True, text=True)
    assert r.returncode == 0 and "ingest" in r.stdout and "compare" in r.stdout
