"""`solieu check` on a store written by pipeline.store from a hand-built report."""
from __future__ import annotations

import csv
import io
import json
from decimal import Decimal as D

import pytest
from click.testing import CliRunner

from extractors.fact import Fact, Link
from pipeline.checks import run_checks
from pipeline.checks.cli import check, sentence_around
from pipeline.model import Metadata, Paragraph, Report, Section

BODY = ("Kết quả đạt được trong kỳ. Tổ chức kết nạp mới 112/158 đảng viên, đạt 70,87% chỉ tiêu. "
        "Chỉ đạo thực hiện 498/537 cuộc kiểm tra, đạt 92,74% chỉ tiêu.")
BODY2 = "Tuyên truyền được 5.15 cuộc, có 18.540 lượt người dự."


def _fact(text, needle, kind, para, **kw):
    s = text.index(needle)
    return Fact(kind=kind, start=s, end=s + len(needle), raw=needle, para_id=para, **kw)


@pytest.fixture()
def db(tmp_path):
    from pipeline.store import Store
    paras = [Paragraph(0, "1. Xây dựng Đảng", role="heading", section_id=1),
             Paragraph(1, BODY, section_id=1), Paragraph(2, BODY2, section_id=1)]
    rep = Report("bao-cao.docx", "ab" * 32, Metadata(title="Báo cáo quý II/2024"),
                 [Section(1, 0, 1, "1.", "Xây dựng Đảng", 0)], paras)
    facts = [
        _fact(BODY, "112/158 đảng viên", "fraction", 1, numerator=D(112), denominator=D(158),
              numerator_text="112", denominator_text="158"),
        _fact(BODY, "70,87%", "percent", 1, value=D("70.87"), value_text="70,87"),
        _fact(BODY, "498/537 cuộc", "fraction", 1, numerator=D(498), denominator=D(537),
              numerator_text="498", denominator_text="537"),
        _fact(BODY, "92,74%", "percent", 1, value=D("92.74"), value_text="92,74"),
        _fact(BODY2, "5.15 cuộc", "count", 2, value_text="5.15", malformed=True),
    ]
    links = [Link(1, 0, "restates"), Link(3, 2, "restates")]
    checks = run_checks(rep, facts, links)
    path = tmp_path / "t.duckdb"
    with Store(path) as st:
        st.write_report(rep, facts, links, checks)
    return str(path)


def test_sentence_around():
    t = "Câu một 16.511 người. Câu hai đạt 70,87% chỉ tiêu; còn lại."
    s, e = sentence_around(t, t.index("70,87"), t.index("70,87") + 6)
    assert t[s:e] == "Câu hai đạt 70,87% chỉ tiêu;"


def test_check_table_default_shows_flagged_only(db):
    r = CliRunner().invoke(check, ["--db", db])
    assert r.exit_code == 0, r.output
    assert "112/158 = 70,886%" in r.output
    assert "Tổ chức kết nạp mới 112/158 đảng viên, đạt 70,87% chỉ tiêu." in r.output
    assert "5.15 cuộc" in r.output
    assert "92,74" not in r.output        # the consistent pair is stored but not flagged
    assert "Báo cáo quý II/2024" in r.output


def test_check_json_and_status_filter(db):
    r = CliRunner().invoke(check, ["--db", db, "--status", "mismatch", "--format", "json"])
    rows = json.loads(r.output)
    assert [x["kind"] for x in rows] == ["fraction_percent"]
    assert rows[0]["section"].startswith("1.")
    assert rows[0]["reported"] == "70,87%" and rows[0]["expected"] == "70,886%"
    r = CliRunner().invoke(check, ["--db", db, "--status", "ok", "--format", "csv"])
    rows = list(csv.DictReader(io.StringIO(r.output)))
    assert len(rows) == 1 and rows[0]["reported"] == "92,74%"


def test_check_doc_filter(db):
    r = CliRunner().invoke(check, ["--db", db, "--doc", "ffff", "--format", "json"])
    assert json.loads(r.output) == []
    r = CliRunner().invoke(check, ["--db", db, "--doc", "abab", "--format", "json"])
    assert len(json.loads(r.output)) == 2


def test_check_html_page_is_self_contained(db, tmp_path):
    out = tmp_path / "c.html"
    r = CliRunner().invoke(check, ["--db", db, "--html", str(out)])
    assert r.exit_code == 0
    page = out.read_text(encoding="utf-8")
    assert "<script" not in page and "http://" not in page and "https://" not in page
    assert 'class="entity"' in page and "PERCENT" in page and "FRACTION" in page
    assert "112/158 = 70,886%" in page


def test_missing_db_is_a_clear_error(tmp_path):
    r = CliRunner().invoke(check, ["--db", str(tmp_path / "none.duckdb")])
    assert r.exit_code != 0 and "no such database" in r.output
