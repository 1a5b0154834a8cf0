"""`solieu map`: an analyst's correction of series matching is stored, applied, and undone."""
from pathlib import Path

import duckdb
import pytest
from click.testing import CliRunner

from pipeline.cli import main
from pipeline.ingest import ingest

ROOT = Path(__file__).resolve().parents[1]
KEY = "percent|chỉ tiêu kết nạp đảng viên mới"


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    path = tmp_path_factory.mktemp("map") / "m.duckdb"
    ingest([str(ROOT / "corpus" / "reports" / "phung-hiep")], str(path), workers=1)
    return str(path)


def _q(db, sql, *params):
    con = duckdb.connect(db, read_only=True)
    try:
        return con.execute(sql, list(params)).fetchall()
    finally:
        con.close()


def test_map_moves_a_key_into_a_named_series_and_delete_undoes_it(db):
    assert _q(db, "SELECT count(*) FROM facts WHERE indicator_key = ?", KEY)[0][0] >= 1
    r = CliRunner().invoke(main, ["map", "--db", db, "--org", "Phụng Hiệp", "--key", KEY,
                                  "--series", "ty-le-ket-nap", "--label", "Tỷ lệ kết nạp so với chỉ tiêu"])
    assert r.exit_code == 0, r.output
    assert _q(db, "SELECT series_key, label FROM indicator_map WHERE indicator_key = ?", KEY) == \
        [("ty-le-ket-nap", "Tỷ lệ kết nạp so với chỉ tiêu")]
    rows = _q(db, "SELECT DISTINCT label FROM indicator_series WHERE series_key = 'ty-le-ket-nap'")
    assert rows == [("Tỷ lệ kết nạp so với chỉ tiêu",)]
    listed = CliRunner().invoke(main, ["map", "--db", db, "--format", "csv"])
    assert "ty-le-ket-nap" in listed.output

    r = CliRunner().invoke(main, ["map", "--db", db, "--org", "Phụng Hiệp", "--key", KEY, "--delete"])
    assert r.exit_code == 0, r.output
    assert _q(db, "SELECT count(*) FROM indicator_map")[0][0] == 0
    assert _q(db, "SELECT count(*) FROM indicator_series WHERE series_key = 'ty-le-ket-nap'")[0][0] == 0


def test_map_refuses_an_org_that_names_no_body(db):
    r = CliRunner().invoke(main, ["map", "--db", db, "--org", "Lâm Đồng", "--key", KEY, "--series", "x"])
    assert r.exit_code != 0 and "must name one issuing body" in r.output
    assert _q(db, "SELECT count(*) FROM indicator_map")[0][0] == 0
