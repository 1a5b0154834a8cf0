"""Fourth blind test (tests/blind_cases4.py): same path as tests/test_checks_blind.py
(.docx -> read_report -> extract_report -> run_checks) on shapes the first three sets lack. A
case names the check kinds that must flag it, or none when every figure is consistent."""
from __future__ import annotations

import pytest

from blind_cases4 import CASES, HOLDOUT, TRAIN
from test_checks_blind2 import _outcome, assert_floors, case_params

# planted errors the checks do not reach, and consistent cases they still flag (see the
# docstring of tests/blind_cases4.py); strict, so a fix shows up as XPASS.
KNOWN_MISSES: dict[str, str] = {}
KNOWN_FALSE_ALARMS: dict[str, str] = {}

# floors: all 28 planted errors caught (fs04 since report_links compares units with
# context.units_agree: "đơn" counts "đơn thư"; lk05 since the year mask lets "năm 62 hợp tác
# xã" through), no false alarm on the 64 consistent cases
MIN_CAUGHT = 28
MAX_FALSE_ALARMS = 0


@pytest.mark.parametrize("cid, shape, content, expect, note",
                         case_params(CASES, KNOWN_MISSES, KNOWN_FALSE_ALARMS))
def test_blind4_case(tmp_path, cid, shape, content, expect, note):
    got, bad = _outcome(tmp_path, shape, content, expect)
    assert got in ("caught", "ok"), f"{cid}: {got} {[c.message for c in bad]} ({note})"


def test_blind4_floors():
    assert_floors(CASES, TRAIN, HOLDOUT, KNOWN_MISSES, KNOWN_FALSE_ALARMS, MIN_CAUGHT, MAX_FALSE_ALARMS)


# ---- the rules these cases led to, and their guards -----------------------------------------

@pytest.mark.parametrize("text, flagged", [
    # a colon list whose items open with words, separated by ';'
    ("Tổng số 40 vụ, gồm: trộm cắp 25 vụ; gây rối 15 vụ.", False),
    ("Tổng số 40 vụ, gồm: trộm cắp 25 vụ; gây rối 14 vụ.", True),
    ("Xử lý 20 trường hợp, gồm: phạt tiền 15 trường hợp, với số tiền 60 triệu đồng; cảnh cáo 5 trường hợp.", False),
    # total, done and left
    ("Tiếp nhận 120 đơn, đã giải quyết 100 đơn, còn 20 đơn đang giải quyết.", False),
    ("Tiếp nhận 120 đơn, đã giải quyết 100 đơn, còn 22 đơn đang giải quyết.", True),
    # "còn" after a change is no rest ("đã" names no done part here)
    ("Năm 2024 có 45 hộ nghèo, năm 2025 giảm 12 hộ, còn 30 hộ.", False),
    # "trong đó còn …" names some of the done ones
    ("Tiếp nhận 120 đơn, đã giải quyết 100 đơn, trong đó còn 5 đơn khiếu nại tiếp.", False),
    # this period + the total to an earlier date = the running total
    ("Trong tháng 9, kết nạp 10 đảng viên, nâng tổng số kết nạp lên 60 đảng viên (lũy kế 8 tháng là 50 đảng viên).", False),
    ("Trong tháng 9, kết nạp 10 đảng viên, nâng tổng số kết nạp lên 60 đảng viên (lũy kế 8 tháng là 52 đảng viên).", True),
    ("Trong quý III, giải ngân 48,6 tỷ đồng, luỹ kế đến hết quý III giải ngân 152,3 tỷ đồng "
     "(6 tháng đầu năm giải ngân 104,2 tỷ đồng).", True),
    # a running total in the bracket after this period's figure is no part of it
    ("Trong tháng 9, cấp 215 giấy chứng nhận (lũy kế 1.847 giấy chứng nhận).", False),
    # averages against their total and count; a total in another unit is no total of them
    ("Chi 540 triệu đồng cho 120 người, bình quân 4,5 triệu đồng/người.", False),
    ("Chi 540 triệu đồng cho 120 người, bình quân 4,8 triệu đồng/người.", True),
    ("Gieo trồng 1.250 ha, năng suất bình quân 58,4 tạ/ha, sản lượng 7.300 tấn.", False),
    # an average per person and per month, against a year's total: no row
    ("Quỹ lương năm 6,48 tỷ đồng cho 120 người, bình quân 4,5 triệu đồng/người/tháng.", False),
    # a multiple with its base in brackets
    ("Thu đạt 900 tỷ đồng, gấp 1,5 lần năm 2020 (600 tỷ đồng).", False),
    ("Thu đạt 900 tỷ đồng, gấp 3 lần năm 2020 (600 tỷ đồng).", True),
    # the base in the bracket is no part of the figure before it
    ("Thu đạt 300 tỷ đồng, bằng 0,5 lần năm 2020 (600 tỷ đồng).", False),
    # two dated levels and the change after them
    ("Năm 2025 là 31 vụ, năm 2024 là 38 vụ, giảm 7 vụ.", False),
    ("Năm 2025 là 31 vụ, năm 2024 là 38 vụ, giảm 5 vụ.", True),
    # the rest of a share
    ("Hồ sơ trực tuyến chiếm 64,2%, còn lại 35,8% là hồ sơ trực tiếp.", False),
    ("Hồ sơ trực tuyến chiếm 64,2%, còn lại 38,5% là hồ sơ trực tiếp.", True),
    # parts of a fraction that do something else count some of the numerator
    ("Kiểm tra 15/20 cơ sở, phát hiện 3 cơ sở vi phạm.", False),
    ("Đã triển khai 13/19 nhiệm vụ, đang triển khai 04 nhiệm vụ, chưa triển khai 03 nhiệm vụ.", True),
])
def test_blind4_rules(tmp_path, text, flagged):
    from docx_factory import p
    from test_checks_blind import _checks, _flagged
    _, checks = _checks(tmp_path, p(text))
    assert bool(_flagged(checks)) == flagged, [c.message for c in checks]


def test_items_one_a_paragraph(tmp_path):
    """'…, cụ thể như sau:' then one 'label: figure' a paragraph; a narrative paragraph after the
    list is not one of its items."""
    from docx_factory import p
    from test_checks_blind import _checks, _flagged
    items = ["Xử lý 30 trường hợp vi phạm, cụ thể như sau:", "Không phép: 20 trường hợp.", "Sai phép: 10 trường hợp."]
    tail = ["Trong năm, lực lượng chức năng đã tổ chức nhiều đợt ra quân và xử lý thêm 4 trường hợp khác ở các xã vùng sâu."]
    _, checks = _checks(tmp_path, "".join(p(x) for x in items + tail))
    assert not _flagged(checks)
    assert [c.status for c in checks if c.kind == "parts_total"] == ["ok"]
    items[2] = "Sai phép: 12 trường hợp."
    _, checks = _checks(tmp_path, "".join(p(x) for x in items))
    assert [c.kind for c in _flagged(checks)] == ["parts_total"]


def test_total_row_named_by_its_hundred(tmp_path):
    """'Tổng diện tích …' holding 100 in the 'Cơ cấu (%)' column is the whole of the rows."""
    from test_checks_blind import _flagged, _table
    rows = [["Loại đất", "Diện tích (ha)", "Cơ cấu (%)"], ["Đất nông nghiệp", "600", "60"],
            ["Đất phi nông nghiệp", "400", "40"], ["Tổng diện tích tự nhiên", "1.000", "100"]]
    _, checks = _table(tmp_path, rows)
    assert not _flagged(checks)
    assert {c.kind for c in checks} >= {"table_total", "table_percent"}
    rows[2][2] = "45"
    _, checks = _table(tmp_path, rows)
    assert [c.kind for c in _flagged(checks)] == ["table_percent"]
