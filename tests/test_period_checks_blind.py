"""Blind test of the cross-report checks (stated_change) on hand-written report sequences
(tests/period_blind_reports.py).

The labels were written by reading the reports before the pipeline saw them. Each stated
change is named by its report and the words of the change as written, with the outcome:
  ok        the change agrees with the earlier report (exact, rounded or truncated)
  mismatch  planted: the change disagrees with the earlier report
  none      no row: the earlier period is not in the archive ("so với cùng kỳ năm 2024")
  safe      tricky but right: ok, or no row; never a mismatch (the earlier figure revised
            and restated in the current report; "tăng 1,2%" between two rates, meaning points)

Run as a script for the table of outcomes: python tests/test_period_checks_blind.py
"""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))
from period_blind_reports import write_all  # noqa: E402

LABELS = {
    # UBND xã Tân Hòa, months
    ("tan-hoa-t8-2025", "tăng 452 thẻ"): "ok",            # 12.932 - 12.480
    ("tan-hoa-t8-2025", "tăng 5,8%"): "ok",               # 8.690 / 8.215 = 1,0578
    ("tan-hoa-t8-2025", "giảm 14 hồ sơ"): "ok",           # 412 - 398
    ("tan-hoa-t8-2025", "tăng 0,7 điểm"): "ok",           # 97,1 - 96,4
    ("tan-hoa-t8-2025", "tăng 75 triệu"): "mismatch",     # 910 - 845 = 65
    ("tan-hoa-t9-2025", "tăng 396 thẻ"): "mismatch",      # 13.301 - 12.932 = 369
    ("tan-hoa-t9-2025", "tăng 821 thẻ"): "safe",          # against July: 13.301 - 12.480; no level before it
    ("tan-hoa-t9-2025", "tăng 4,08%"): "ok",              # 9.045 / 8.690 = 1,040851 truncated
    ("tan-hoa-t9-2025", "tăng 14,3%"): "ok",              # 455 / 398 = 1,1432
    ("tan-hoa-t9-2025", "giảm 0,3 điểm"): "ok",           # 97,1 - 96,8
    ("tan-hoa-t9-2025", "bằng 112,1%"): "ok",             # 1.020 / 910 = 1,12088
    ("tan-hoa-t9-2025", "tăng 18,5%"): "none",            # cùng kỳ 2024 not in the archive
    # UBND huyện Đông Sơn, quarters
    ("dong-son-q1-2025", "tăng 8,2%"): "none",            # cùng kỳ 2024
    ("dong-son-q2-2025", "tăng 7,9 tỷ"): "ok",            # 70,4 - 62,5
    ("dong-son-q2-2025", "tăng 6%"): "ok",                # 1.315 / 1.240 = 1,0605
    ("dong-son-q2-2025", "giảm 7 doanh nghiệp"): "ok",    # 86 - 79
    ("dong-son-q2-2025", "giảm 0,23 điểm"): "ok",         # 3,85 - 3,62
    ("dong-son-q3-2025", "tăng 3,8 tỷ"): "safe",          # against the revised 71,2 it restates; 70,4 in Q2's report
    ("dong-son-q3-2025", "tăng 6,6%"): "ok",              # 1.402 / 1.315 = 1,06616
    ("dong-son-q3-2025", "tăng 12 doanh nghiệp"): "ok",   # 91 - 79
    ("dong-son-q3-2025", "giảm 0,12 điểm"): "mismatch",   # 3,62 - 3,41 = 0,21
    ("dong-son-q3-2025", "tăng 12,4%"): "none",           # cùng kỳ 2024
    # Đảng ủy xã Phước An, months: in-month beside running totals
    ("phuoc-an-t9-2025", "tăng 2 đảng viên"): "ok",       # in-month 5 - 3
    ("phuoc-an-t9-2025", "tăng 6 đồng chí"): "ok",        # 1.214 - 1.208
    ("phuoc-an-t9-2025", "tăng 6,5%"): "mismatch",        # 15,0 / 14,2 = 1,0563
    ("phuoc-an-t10-2025", "tăng 4 đảng viên"): "ok",      # running 26 - 22
    ("phuoc-an-t10-2025", "tăng 7 đồng chí"): "mismatch", # 1.219 - 1.214 = 5
    ("phuoc-an-t10-2025", "giảm 0,6 triệu"): "ok",        # 15,0 - 14,4
    # Trung tâm Y tế huyện Kim Sơn, quarters
    ("kim-son-q3-2025", "tăng 7,9%"): "ok",               # 19.876 / 18.420 = 1,07905
    ("kim-son-q3-2025", "tăng 0,8 điểm"): "ok",           # 95,0 - 94,2
    ("kim-son-q3-2025", "tăng 562 người"): "ok",          # 97.412 - 96.850
    ("kim-son-q3-2025", "gấp 2,8 lần"): "ok",             # 118 / 42 = 2,8095
    ("kim-son-q4-2025", "bằng 95,1%"): "ok",              # 18.905 / 19.876 = 0,95115
    ("kim-son-q4-2025", "tăng 1,2%"): "safe",             # two rates: 96,2 - 95,0 points (relative 1,26%)
    ("kim-son-q4-2025", "tăng 603 người"): "ok",          # 98.015 - 97.412
    ("kim-son-q4-2025", "tăng 1.165 người"): "safe",      # against quý II: 98.015 - 96.850
    ("kim-son-q4-2025", "giảm 61 ca"): "ok",              # 118 - 57
    # UBND phường An Phú, months (second round, labelled before its first run)
    ("an-phu-t11-2025", "giảm 7 hộ"): "ok",               # 212 - 205 (not the rate 1,79% beside it)
    ("an-phu-t11-2025", "tăng 7,4%"): "ok",               # 2.310 / 2.150 = 1,0744 (76,4% is of the target)
    ("an-phu-t11-2025", "bằng 96,6%"): "ok",              # 1.198 / 1.240 = 0,9661
    ("an-phu-t11-2025", "tăng 162 thuê bao"): "ok",       # 8.612 - 8.450
    ("an-phu-t11-2025", "tăng 1.035 thuê bao"): "none",   # cùng kỳ 2024
    ("an-phu-t12-2025", "giảm 7 hộ"): "ok",               # 205 - 198, "so với tháng trước" before it
    ("an-phu-t12-2025", "giảm 0,12 điểm"): "ok",          # rate against October: 1,85 - 1,73
    ("an-phu-t12-2025", "tăng 170 triệu"): "ok",          # 2.480 - 2.310
    ("an-phu-t12-2025", "tăng 8,9%"): "ok",               # 1.305 / 1.198 = 1,0893
    ("an-phu-t12-2025", "tăng 2,4%"): "mismatch",         # 8.790 / 8.612 = 1,0207
    ("an-phu-t12-2025", "tăng 1.640 thuê bao"): "none",   # đầu năm: December 2024 not in the archive
    # UBND xã Đạ Tẻh, months (third round, labelled before its first run)
    ("da-teh-t5-2025", "tăng 160 tài khoản"): "safe",     # about the accounts (2.065 - 1.905), not 2.655 thẻ before it
    ("da-teh-t5-2025", "tăng 15 hồ sơ"): "safe",          # its level (135) comes after it
    ("da-teh-t6-2025", "tăng 246 thẻ"): "ok",             # 2.901 - 2.655
    ("da-teh-t6-2025", "tăng 8,0%"): "ok",                # 2.230 / 2.065 = 1,0799
    ("da-teh-t6-2025", "giảm 7 hồ sơ"): "ok",             # 135 - 128
    ("da-teh-t6-2025", "giảm 5 hồ sơ"): "ok",             # 131 - 126
    # UBND huyện Lạc Dương (fourth round, labelled before its first run): only 9 tháng 2024 archived
    ("lac-duong-6t-2025", "tăng 4,2%"): "none",           # 6 tháng 2024 not archived
    ("lac-duong-q3-2025", "tăng 6,5%"): "none",           # quý III/2024 not archived; 9 tháng 2024 is a running total
    ("lac-duong-q3-2025", "giảm 45 lao động"): "none",    # same
}


# cumulative_drop, by reading: the report and the figure as written, for every warning expected;
# no other report may get one (the stock "hiện có 348 hội viên" dips, in-month tin báo move both
# ways, the accounts only rise)
DROPS = {("hoa-phong-09-2025", "1.764")}


def _norm(s: str) -> str:
    import unicodedata
    return unicodedata.normalize("NFC", s)


def outcomes(con, labels: dict | None = None) -> dict:
    """(report, words) -> (status or 'none', message) for every label (this set's, or `labels`)."""
    docs = {Path(p).stem: d for d, p in con.execute("SELECT doc_id, path FROM documents").fetchall()}
    rows = con.execute("""
        SELECT c.doc_id, c.status, c.message, f.raw, f.para_id, f."start", p.text
        FROM checks c, unnest(c.fact_ids) AS u(fid)
        JOIN facts f ON f.doc_id = c.doc_id AND f.fact_id = u.fid
        JOIN paragraphs p ON p.doc_id = f.doc_id AND p.para_id = f.para_id
        WHERE c.kind = 'stated_change' AND (f.kind = 'change' OR coalesce(f.percent_of, '') = 'change')
        """).fetchall()
    out = {}
    for (rep, words), _ in (LABELS if labels is None else labels).items():
        d = docs[rep]
        hit = [(s, m) for doc, s, m, raw, _pid, start, text in rows
               if doc == d and _norm(words) in _norm(text[max(0, start - 6):start + 30])
               and _norm(text).find(_norm(words)) <= start <= _norm(text).find(_norm(words)) + len(words)]
        out[(rep, words)] = hit[0] if hit else ("none", "")
    return out


def verdict(label: str, got: str) -> str:
    """'right', 'miss' (a planted error not flagged) or 'false alarm'."""
    if label == "mismatch":
        return "right" if got == "mismatch" else "miss"
    if got == "mismatch":
        return "false alarm"
    if label == "ok" and got != "ok":
        return "miss"
    if label == "none" and got != "none":
        return "false alarm"
    return "right"


def build(tmp):
    import duckdb
    from pipeline.ingest import ingest
    files = write_all(tmp / "reports")
    summary = ingest([str(f) for f in files], db=str(tmp / "p.duckdb"), workers=1)
    assert not summary.failed, summary.errors
    return duckdb.connect(str(tmp / "p.duckdb"), read_only=True)


def drops(con) -> set:
    return {(Path(path).stem, reported) for path, reported in con.execute("""
        SELECT d.path, c.reported FROM checks c JOIN documents d USING (doc_id)
        WHERE c.kind = 'cumulative_drop'""").fetchall()}


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    con = build(tmp_path_factory.mktemp("period_blind"))
    yield con
    con.close()


@pytest.fixture(scope="module")
def got(store):
    return outcomes(store)


def test_cumulative_drops(store):
    assert drops(store) == DROPS


# the extractor finds no money in "Thu đảng phí trong tháng 14,2 triệu đồng": it reads
# "tháng 14,2" as a month (with "được" before the number it is found), so these two changes
# have no level to compare (extractors/, not the checks)
EXTRACTOR_MISSES: set = set()     # (report, change) the extractor cannot give yet


@pytest.mark.parametrize("case", sorted(LABELS), ids=lambda c: f"{c[0]}:{c[1]}")
def test_stated_change(got, case):
    if case in EXTRACTOR_MISSES:
        pytest.xfail("extractor gives no fact for the change or its level")
    status, message = got[case]
    assert verdict(LABELS[case], status) == "right", (LABELS[case], status, message)


if __name__ == "__main__":
    import tempfile
    with tempfile.TemporaryDirectory() as t:
        con = build(Path(t))
        res = outcomes(con)
        print("cumulative_drop:", sorted(drops(con)), "expected", sorted(DROPS))
    tally = {}
    for case, label in LABELS.items():
        s, m = res[case]
        v = verdict(label, s)
        tally[v] = tally.get(v, 0) + 1
        print(f"{v:12} {label:9} {s:9} {case[0]:20} {case[1]:22} {m[:110]}")
    print(tally)


def test_revised_figure_checked_in_the_report_too(store):
    """The in-document check reads the restated figure too: 75,0 - 71,2 = 3,8."""
    rows = store.execute("""SELECT c.status, c.message FROM checks c JOIN documents d USING (doc_id)
                            WHERE c.kind = 'inline_change' AND d.path LIKE '%dong-son-q3-2025%'""").fetchall()
    assert [r[0] for r in rows if "71,2" in r[1]] == ["ok"], rows
