import csv
import datetime as dt
import io
import json

import duckdb
import pytest
from click.testing import CliRunner

from pipeline.compare import compare, parse_period_arg
from test_compare_views import ORG, build_store


@pytest.mark.parametrize("text,kind,start,end", [
    ("2024-Q2", "quarter", dt.date(2024, 4, 1), dt.date(2024, 6, 30)),
    ("Q2/2024", "quarter", dt.date(2024, 4, 1), dt.date(2024, 6, 30)),
    ("quý II/2024", "quarter", dt.date(2024, 4, 1), dt.date(2024, 6, 30)),
    ("Quý IV năm 2025", "quarter", dt.date(2025, 10, 1), dt.date(2025, 12, 31)),
    ("2025-08", "month", dt.date(2025, 8, 1), dt.date(2025, 8, 31)),
    ("tháng 8/2025", "month", dt.date(2025, 8, 1), dt.date(2025, 8, 31)),
    ("Tháng 2 năm 2024", "month", dt.date(2024, 2, 1), dt.date(2024, 2, 29)),
    ("2025", "year", dt.date(2025, 1, 1), dt.date(2025, 12, 31)),
    ("2025-H1", "half", dt.date(2025, 1, 1), dt.date(2025, 6, 30)),
])
def test_parse_period_arg(text, kind, start, end):
    p = parse_period_arg(text)
    assert (p.kind, p.start, p.end) == (kind, start, end)


@pytest.mark.parametrize("bad", ["", "Q5/2024", "2025-13", "next year"])
def test_parse_period_arg_rejects(bad):
    with pytest.raises(ValueError, match="cannot read period"):
        parse_period_arg(bad)


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    path = tmp_path_factory.mktemp("cmp") / "store.duckdb"
    c = duckdb.connect(str(path))
    build_store(c)
    c.close()
    return str(path)


def run(*args):
    return CliRunner().invoke(compare, list(args), catch_exceptions=False)


def test_table_rows_are_indicators_columns_are_periods(db):
    r = run("--db", db, "--org", "phụng hiệp")
    assert r.exit_code == 0, r.output
    lines = r.output.splitlines()
    assert lines[0] == f"== {ORG}"
    header = lines[1].split()
    assert header[-4:] == ["2024-Q1", "2024-Q2", "2024-Q3", "2025-Q1"]
    row = next(l for l in lines if l.lstrip().startswith("thu ngân sách"))
    assert row.split()[-3:] == ["100*", "250*", "240*"]
    assert "Châu Thành" not in r.output


def test_csv_long_format_with_filters(db):
    r = run("--db", db, "--org", "Phụng Hiệp", "--indicator", "kết nạp", "--from", "quý II/2024",
            "--to", "2024-Q3", "--format", "csv")
    assert r.exit_code == 0, r.output
    rows = list(csv.DictReader(io.StringIO(r.output)))
    assert [(x["period"], x["value"]) for x in rows] == [("2024-Q2", "45.0"), ("2024-Q3", "40.0")]


def test_json(db):
    r = run("--db", db, "--indicator", "kết nạp", "--format", "json")
    rows = json.loads(r.output)
    assert {(x["org"], x["period"]) for x in rows} == {
        (ORG, "2024-Q1"), (ORG, "2024-Q2"), (ORG, "2024-Q3"), ("Huyện ủy Châu Thành", "2024-Q2")}


def test_bad_arguments(db, tmp_path):
    r = CliRunner().invoke(compare, ["--db", db, "--from", "Q5/2024"])
    assert r.exit_code == 2 and "cannot read period 'Q5/2024'" in r.output
    missing = str(tmp_path / "none.duckdb")
    r = CliRunner().invoke(compare, ["--db", missing])
    assert r.exit_code == 1 and missing in r.output


def test_read_only(db):
    # a writer holding the file would block a read-write open; read-only opens coexist
    c = duckdb.connect(db, read_only=True)
    try:
        assert run("--db", db, "--format", "csv").exit_code == 0
    finally:
        c.close()

