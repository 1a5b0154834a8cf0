"""Table checks on hand-built table paragraphs (cells with row/col) and their cell facts."""
from __future__ import annotations

from decimal import Decimal as D

from extractors.fact import Fact, Link
from pipeline.checks import run_checks
from pipeline.checks.numbers import parse_vn
from pipeline.model import Metadata, Paragraph, Report


def build(rows: list[list[str]]):
    """A one-table report; every bare-number cell gets a count/percent/fraction fact."""
    paras, facts = [], []
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            if not text:
                continue
            pid = len(paras)
            paras.append(Paragraph(pid, text, source="table", table_id=1, row=r, col=c))
            t = text.strip()
            if t.endswith("%") and t[:-1].strip():
                facts.append(Fact("percent", 0, len(t), t, value=parse_vn(t[:-1])[0],
                                  value_text=t[:-1], para_id=pid))
            elif t.endswith("%"):
                continue
            elif "/" in t and all(ch.isdigit() or ch in ".,/" for ch in t):
                n, d = t.split("/")
                facts.append(Fact("fraction", 0, len(t), t, numerator=parse_vn(n)[0],
                                  denominator=parse_vn(d)[0], numerator_text=n,
                                  denominator_text=d, para_id=pid))
            elif all(ch.isdigit() or ch in ".," for ch in t) and not t.endswith("."):
                facts.append(Fact("count", 0, len(t), t, value=parse_vn(t)[0], value_text=t,
                                  para_id=pid))
    return Report("t.docx", "1" * 64, Metadata(), [], paras), facts


FORM = [["STT", "Chỉ tiêu thống kê", "Đơn vị tính", "Số liệu", "Ghi chú"],
        ["1.", "Tổng số VBQPPL do địa phương ban hành", "Văn bản", "249", ""],
        ["1.1.", "Số VBQPPL do cấp tỉnh ban hành", "Văn bản", "174", ""],
        ["1.2.", "Số VBQPPL do cấp xã ban hành", "Văn bản", "75", ""],
        ["2.", "Tỷ lệ hoàn thành Kế hoạch CCHC năm", "%", "22,45", ""],
        ["2.1.", "Số nhiệm vụ đề ra trong kế hoạch", "Nhiệm vụ", "49", ""],
        ["2.2.", "Số nhiệm vụ đã hoàn thành", "Nhiệm vụ", "11", ""],
        ["3.", "Tổng số nhiệm vụ được giao", "Nhiệm vụ", "21", "Có 6/21 nhiệm vụ chưa hoàn thành"],
        ["3.1.", "Số nhiệm vụ đã hoàn thành đúng hạn", "Nhiệm vụ", "15", ""],
        ["3.2.", "Số nhiệm vụ hoàn thành quá hạn", "Nhiệm vụ", "0", ""],
        ["4.", "Tổng số TTHC", "Thủ tục", "2.372", ""],
        ["4.1.", "Số TTHC cấp tỉnh", "Thủ tục", "1.946", ""],
        ["4.2.", "Số TTHC cấp xã", "Thủ tục", "426", ""],
        ["4.3.", "Số TTHC ngành dọc", "Thủ tục", "420", ""]]


def test_form_rows():
    rep, facts = build(FORM)
    checks = run_checks(rep, facts, [])
    by = {c.message.split("'")[1][:20]: c for c in checks}
    by = {k[:15]: v for k, v in by.items()}
    assert by["Tổng số VBQPPL "].status == "ok"
    rate = by["Tỷ lệ hoàn thàn"]
    assert (rate.kind, rate.status, rate.method) == ("table_percent", "ok", "half_up")
    assert "11/49 = 22,449%" in rate.message
    note = by["Tổng số nhiệm v"]
    assert (note.status, note.method) == ("ok", "note")
    # 1.946 + 426 = 2.372 exactly and the third child counts the central agencies' procedures
    scope = by["Tổng số TTHC"[:15]]
    assert (scope.status, scope.method) == ("ok", "subset")
    assert "rows 4.1., 4.2. make the total (1.946 + 426 = 2.372)" in scope.message
    assert "4.3. 'Số TTHC ngành dọc'" in scope.message


def test_form_overlap_without_a_scope_label_stays_a_warning():
    rows = [r[:] for r in FORM]
    rows[13][1] = "Số TTHC liên thông"          # nothing says it lies outside the total
    rep, facts = build(rows)
    [c] = [c for c in run_checks(rep, facts, []) if "Tổng số TTHC" in c.message]
    assert c.status == "warning" and "4.3." in c.message


def test_form_scope_row_does_not_excuse_a_wrong_total():
    rows = [r[:] for r in FORM]
    rows[10][3] = "2.373"                       # no subset of the children gives it
    rep, facts = build(rows)
    [c] = [c for c in run_checks(rep, facts, []) if "Tổng số TTHC" in c.message]
    assert c.status == "mismatch"


def test_form_rate_mismatch():
    rows = [r[:] for r in FORM]
    rows[4][3] = "24,45"
    rep, facts = build(rows)
    [c] = [c for c in run_checks(rep, facts, []) if c.kind == "table_percent"]
    assert c.status == "mismatch" and "no whole count out of 49 gives 24,45%" in c.message


def test_grid_total_row_and_score_cells():
    rows = [["STT", "Đơn vị", "Nam", "Nữ", "Tổng cộng"],
            ["1", "Xã A", "10", "5", "15"],
            ["2", "Xã B", "7", "8", "16"],
            ["", "Tổng cộng", "17", "13", "30"]]
    rep, facts = build(rows)
    checks = [c for c in run_checks(rep, facts, []) if c.kind == "table_total"]
    # columns Nam, Nữ and the total row's own row sum agree; row B and the total column do not
    assert sorted(c.status for c in checks) == ["mismatch", "mismatch", "ok", "ok", "ok", "ok"]
    msgs = " | ".join(c.message for c in checks if c.status == "mismatch")
    assert "7 + 8 = 15, but the total says 16" in msgs
    assert "15 + 16 = 31, but the total says 30" in msgs


def test_score_and_percent_cells_not_ranks():
    rows = [["STT", "Nội dung", "Điểm số", "Chỉ số", "Thứ hạng", "Chỉ số"],
            ["1", "Công tác chỉ đạo", "9,49/ 9,5", "99,9%", "12/63", "19,0%"]]
    rep, facts = build(rows)
    facts = [f for f in facts if "9,49" not in f.raw]   # the cell's own fact may be missing
    [c] = [c for c in run_checks(rep, facts, []) if c.kind == "table_percent"]
    assert c.status == "ok" and "9,49/9,5 = 99,89%" in c.message


def test_note_breaking_down_two_figures():
    body = "rà soát 734 văn bản QPPL, trong đó đề xuất xử lý đối với 303 văn bản QPPL"
    note = ("Lâm Đồng rà soát 77 văn bản, xử lý xong 77 văn bản; Đắk Nông rà soát 397 văn bản; "
            "Bình Thuận rà soát 35 văn bản, xử lý xong 01 văn bản. Sau sáp nhập: rà soát 225 "
            "văn bản, xử lý xong 225 văn bản.")
    rep = Report("t.docx", "2" * 64, Metadata(), [], [Paragraph(0, body), Paragraph(1, note, source="footnote")])
    s = body.index("303")
    facts = [Fact("count", s, s + 11, "303 văn bản", value=D(303), value_text="303", para_id=0)]
    pos = 0
    for n in ("77", "77", "397", "35", "01", "225", "225"):
        i = note.index(n + " văn bản", pos)
        pos = i + 1
        facts.append(Fact("count", i, i + len(n) + 8, n + " văn bản", value=D(int(n)), value_text=n, para_id=1))
    [c] = run_checks(rep, facts, [Link(i, 0, "breakdown") for i in range(1, 8)])
    assert c.status == "ok" and "= 734" in c.message and "= 303" in c.message


APPENDIX = [["STT", "Đảng bộ, chi bộ cơ sở", "Chỉ tiêu", "Kết nạp", "Tỷ lệ (%)"],
            ["1", "Xã Tân Hòa", "7", "8", "114,29"],
            ["2", "Xã Hòa Lợi", "10", "8", "80,00"],
            ["3", "Xã Nhơn Nghĩa A", "29", "19", "65,51"],
            ["", "Tổng cộng", "46", "35", "76,08"]]


def test_grid_percent_column_against_its_count_columns():
    rep, facts = build(APPENDIX)
    pct = [c for c in run_checks(rep, facts, []) if c.kind == "table_percent"]
    assert [c.status for c in pct] == ["ok", "ok", "ok", "ok"]
    assert "8/7 = 114,286%" in pct[0].message and "'Kết nạp' / 'Chỉ tiêu'" in pct[0].message
    assert pct[2].method == "truncate"             # 19/29 = 65,517… cut to 65,51
    rows = [r[:] for r in APPENDIX]
    rows[3][4] = "65,59"                            # the planted kenh-xang Q4/2024 error
    rep, facts = build(rows)
    [bad] = [c for c in run_checks(rep, facts, []) if c.kind == "table_percent" and c.status != "ok"]
    assert bad.status == "mismatch" and "19/29 = 65,517%" in bad.message and "Nhơn Nghĩa A" in bad.message


def test_grid_percent_orientation_from_the_rows_when_headers_say_nothing():
    rows = [["STT", "Đơn vị", "Đạt", "Số hộ", "Tỷ lệ (%)"],
            ["1", "Xã A", "45", "50", "90"],
            ["2", "Xã B", "30", "40", "75"],
            ["3", "Xã C", "10", "40", "20"]]
    rep, facts = build(rows)
    pct = [c for c in run_checks(rep, facts, []) if c.kind == "table_percent"]
    # two rows fit Đạt / Số hộ, none fits the other way: that orientation is used for all
    assert [c.status for c in pct] == ["ok", "ok", "mismatch"]
    assert "10/40 = 25" in pct[2].message


def test_grid_percent_column_that_is_no_ratio_of_its_columns_is_left_alone():
    # a share of women over Nam + Nữ fits neither Nữ/Nam nor Nam/Nữ: nothing to say
    rows = [["STT", "Đơn vị", "Nam", "Nữ", "Tỷ lệ nữ (%)"],
            ["1", "Xã A", "30", "10", "25"],
            ["2", "Xã B", "20", "20", "50"]]
    rep, facts = build(rows)
    assert not [c for c in run_checks(rep, facts, []) if c.kind == "table_percent"]
    # a change column beside a plan/result pair is not their ratio either
    rows = [["STT", "Đơn vị", "Chỉ tiêu", "Kết nạp", "Tăng so với cùng kỳ (%)"],
            ["1", "Xã A", "10", "8", "12,5"]]
    rep, facts = build(rows)
    assert not [c for c in run_checks(rep, facts, []) if c.kind == "table_percent"]
