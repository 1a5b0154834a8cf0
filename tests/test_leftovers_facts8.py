"""Leftover sentence shapes found by this session's blind rounds (facts8), each with siblings
written for it, expected facts by reading before running:
- "trên" after "cấp"/"tuyến"/"nêu"/"ở" names the higher level or the text above, no bound
  ("Kinh phí cấp trên 34,7 tỷ đồng"); "có trên 1.200 hộ" stays "gt";
- bare "label N" parts after a total, nested in brackets or not, take the total's unit
  ("kết nạp 45 đoàn viên, trong đó nam 30 (đảng viên 12), nữ 15");
- "% DT" is a percent of the budget estimate only in a sentence about money ("thu", "chi",
  "ngân sách", "vốn"); elsewhere DT is an area ("đạt 85% DT nhiễm bệnh");
- "% dân số" after the figure: a share of the population ("đạt tỷ lệ bao phủ 94,2% dân số")."""
import re
from decimal import Decimal

import pytest

from extractors import extract_text

# (sentence, [(number as written, kind, value, unit, {attr: value})]); kind None: no fact covers it
CASES = [
    # 1. "trên" as the higher level
    ("Kinh phí cấp trên 34,7 tỷ đồng.", [("34,7", "money", "34700000000", "đồng", {"qualifier": ""})]),
    ("Vốn cấp trên 45 tỷ đồng, vốn địa phương 12 tỷ đồng.",
     [("45", "money", "45000000000", "đồng", {"qualifier": ""}), ("12", "money", "12000000000", "đồng", {})]),
    ("Ngân sách cấp trên bổ sung có mục tiêu 8.500 triệu đồng.",
     [("8.500", "money", "8500000000", "đồng", {"qualifier": ""})]),
    ("Huyện nhận hỗ trợ từ ngân sách cấp trên 2,5 tỷ đồng để sửa chữa trường học.",
     [("2,5", "money", "2500000000", "đồng", {"qualifier": ""})]),
    ("Tiếp nhận từ tuyến trên 85 lượt người bệnh chuyển về.",
     [("85", "count", "85", "lượt người", {"qualifier": ""})]),
    ("Đã chuyển lên tuyến trên 46 ca bệnh nặng.", [("46", "count", "46", "ca bệnh", {"qualifier": ""})]),
    ("Như đã nêu trên 03 đơn vị còn chậm nộp báo cáo.", [("03", "count", "3", "đơn vị", {"qualifier": ""})]),
    # the verb "cấp" (issue), "nêu" (raise) and "ở trên" (in more than) keep the bound
    ("Đã cấp trên 2.000 thẻ bảo hiểm y tế cho trẻ em.", [("2.000", "count", "2000", "thẻ", {"qualifier": "gt"})]),
    ("Hộ gia đình được cấp trên 150 giấy chứng nhận.",
     [("150", "count", "150", "giấy chứng nhận", {"qualifier": "gt"})]),
    ("Các đại biểu đã nêu trên 30 ý kiến.", [("30", "count", "30", "ý kiến", {"qualifier": "gt"})]),
    ("Dịch bệnh xuất hiện ở trên 20 xã.", [("20", "count", "20", "xã", {"qualifier": "gt"})]),
    ("Như đã báo cáo ở trên 12 xã đã hoàn thành việc rà soát.",
     [("12", "count", "12", "xã", {"qualifier": ""})]),
    ("Toàn xã có trên 1.200 hộ tham gia mô hình.", [("1.200", "count", "1200", "hộ", {"qualifier": "gt"})]),
    ("Tỷ lệ hài lòng đạt trên 90%.", [("90", "percent", "90", "%", {"qualifier": "gt"})]),
    ("Kè chống sạt lở dài trên 12 km đã hoàn thành.", [("12", "count", "12", "km", {"qualifier": "gt"})]),
    ("Thu hút trên 500 lượt người tham gia.", [("500", "count", "500", "lượt người", {"qualifier": "gt"})]),
    ("Giải ngân đạt trên 95% kế hoạch vốn.", [("95", "percent", "95", "%", {"qualifier": "gt"})]),
    ("Trồng mới trên 1.200 ha rừng.", [("1.200", "count", "1200", "ha", {"qualifier": "gt"})]),
    # 2. bare parts after a total, with a nested bracket
    ("Kết nạp 45 đoàn viên, trong đó nam 30 (đảng viên 12), nữ 15.",
     [("45", "count", "45", "đoàn viên", {}), ("30", "count", "30", "đoàn viên", {}),
      ("12", "count", "12", "đoàn viên", {}), ("15", "count", "15", "đoàn viên", {})]),
    ("Tuyển sinh 320 học sinh, trong đó nam 170, nữ 150.",
     [("170", "count", "170", "học sinh", {}), ("150", "count", "150", "học sinh", {})]),
    ("Xử lý 54 vụ vi phạm, trong đó hành chính 48 (phạt tiền 46, cảnh cáo 2), hình sự 6.",
     [("48", "count", "48", None, {}), ("46", "count", "46", None, {}), ("2", "count", "2", None, {}),
      ("6", "count", "6", None, {})]),
    ("Cấp 156 giấy chứng nhận, trong đó cấp lần đầu 120 (hộ gia đình 98, tổ chức 22), cấp đổi 36.",
     [("120", "count", "120", None, {}), ("98", "count", "98", None, {}), ("22", "count", "22", None, {}),
      ("36", "count", "36", None, {})]),
    ("Tiếp nhận 86 đơn, gồm khiếu nại 20 (đủ điều kiện 14), tố cáo 7, kiến nghị 59.",
     [("20", "count", "20", "đơn", {}), ("14", "count", "14", "đơn", {}), ("7", "count", "7", "đơn", {}),
      ("59", "count", "59", "đơn", {})]),
    ("Có 1.250 hộ nghèo, trong đó hộ dân tộc thiểu số 830 (có người khuyết tật 75), hộ khác 420.",
     [("830", "count", "830", None, {}), ("75", "count", "75", None, {}), ("420", "count", "420", None, {})]),
    ("Phát triển 38 đảng viên mới, trong đó nữ 21 (dân tộc thiểu số 9, công giáo 4), nam 17.",
     [("21", "count", "21", None, {}), ("9", "count", "9", None, {}), ("4", "count", "4", None, {}),
      ("17", "count", "17", None, {})]),
    ("Có 28 đồng chí tham gia (tập trung 21, không tập trung 07).",
     [("21", "count", "21", "đồng chí", {}), ("07", "count", "7", "đồng chí", {})]),
    # a bracket larger than its part is no part of it (a year, a code)
    ("Đào tạo 60 học viên, trong đó nữ 25 (khóa 2024), nam 35.", [("2024", None, None, None, {})]),
    # a bracket of shares is passed over
    ("Kết nạp 60 đoàn viên, trong đó nữ 25 (chiếm 41,7%), nam 35.",
     [("25", "count", "25", None, {}), ("41,7", "percent", "41.7", "%", {}), ("35", "count", "35", None, {})]),
    # a bracket part larger than its part is no part of it
    ("Có 40 hộ, trong đó hộ nghèo 12 (thôn 15), hộ cận nghèo 9.", [("15", None, None, None, {})]),
    # a bracket right after the total is read the same way (rules/count._labelled_list)
    ("Có 58 trường (MN 18; TH 22; THCS 18).",
     [("18", "count", "18", "trường", {}), ("22", "count", "22", "trường", {})]),
    ("Tiếp nhận 1.450 hồ sơ (trực tuyến 1.120, trực tiếp 330).",
     [("1.120", "count", "1120", "hồ sơ", {}), ("330", "count", "330", "hồ sơ", {})]),
    ("Có 35 hộ (thôn Một 20, thôn Hai 150).", [("150", None, None, None, {})]),
    # 3. "% DT": the budget estimate only where the sentence is about money
    ("Chi thường xuyên 845 tỷ đồng, đạt 92,3% DT.", [("92,3", "percent", "92.3", "%", {"percent_of": "target"})]),
    ("Thu nội địa 1.120 tỷ đồng, bằng 104% DT.", [("104", "percent", "104", "%", {"percent_of": "target"})]),
    ("Giải ngân vốn đầu tư công đạt 78,5% DT giao.", [("78,5", "percent", "78.5", "%", {"percent_of": "target"})]),
    ("Tổng chi ngân sách địa phương đạt 96% DT năm.", [("96", "percent", "96", "%", {"percent_of": "target"})]),
    ("Thu ngân sách: 1.234,5 tỷ đồng (đạt 105,2% DT, tăng 8,4% so CK).",
     [("105,2", "percent", "105.2", "%", {"percent_of": "target"})]),
    ("Diện tích lúa được phun thuốc phòng trừ đạt 85% DT nhiễm bệnh.",
     [("85", "percent", "85", "%", {"percent_of": "!target"})]),
    ("Nông dân đã thu hoạch 65% DT lúa Đông Xuân.", [("65", "percent", "65", "%", {"percent_of": "!target"})]),
    ("Vùng sản xuất ứng dụng công nghệ cao đạt 35% DT canh tác.",
     [("35", "percent", "35", "%", {"percent_of": "!target"})]),
    ("Cà phê tái canh đạt 18% DT cà phê già cỗi.", [("18", "percent", "18", "%", {"percent_of": "!target"})]),
    ("Hạn hán làm thiệt hại khoảng 20% DT gieo trồng vụ Hè Thu.",
     [("20", "percent", "20", "%", {"percent_of": "!target"})]),
    # 4. "% dân số": a share of the population
    ("Số người tham gia bảo hiểm y tế 182.400 người, đạt tỷ lệ bao phủ 94,2% dân số.",
     [("94,2", "percent", "94.2", "%", {"percent_of": "share"})]),
    ("Bao phủ bảo hiểm y tế đạt 92,8% dân số.", [("92,8", "percent", "92.8", "%", {"percent_of": "share"})]),
    ("Số người có thẻ BHYT 182.400 người, bằng 95,1% dân số.",
     [("95,1", "percent", "95.1", "%", {"percent_of": "share"})]),
    ("Sóng 4G phủ 99,6% dân số.", [("99,6", "percent", "99.6", "%", {"percent_of": "share"})]),
    ("Có 45% dân số sống ở đô thị.", [("45", "percent", "45", "%", {"percent_of": "share"})]),
    ("Người dân có tài khoản thanh toán điện tử đạt 87,4% dân số trưởng thành.",
     [("87,4", "percent", "87.4", "%", {"percent_of": "share"})]),
    ("Ứng dụng được kích hoạt trên 1,23 triệu thiết bị, chiếm 91,2% dân số từ 14 tuổi trở lên.",
     [("91,2", "percent", "91.2", "%", {"percent_of": "share"})]),
    ("Tỷ lệ bao phủ bảo hiểm y tế đạt 93% dân số, đạt 100% kế hoạch.",
     [("93", "percent", "93", "%", {"percent_of": "share"}), ("100", "percent", "100", "%", {"percent_of": "target"})]),
]


def _covering(facts, text, number):
    pos = re.search(rf"(?<![\d.,]){re.escape(number)}(?!\d)", text).start()     # the whole numeral
    return [f for f in facts if f.start <= pos < f.end]


@pytest.mark.parametrize("text,expected", CASES, ids=[c[0][:40] for c in CASES])
def test_leftover(text, expected):
    facts = extract_text(text)
    for number, kind, value, unit, attrs in expected:
        hit = _covering(facts, text, number)
        if kind is None:
            assert not hit, (number, [(f.kind, f.raw) for f in hit])
            continue
        assert hit, (number, [(f.kind, f.raw, f.unit) for f in facts])
        f = hit[0]
        assert (f.kind, f.value) == (kind, Decimal(value)), (number, f.kind, f.value, f.raw)
        if unit is not None:
            assert f.unit == unit, (number, f.unit)
        else:      # the part's unit is its total's
            total = min((g for g in facts if g.kind == "count"), key=lambda g: g.start)
            assert f.unit == total.unit, (number, f.unit, total.unit)
        for key, want in attrs.items():
            got = getattr(f, key)
            if want.startswith("!"):
                assert got != want[1:], (number, key, got)
            else:
                assert got == want, (number, key, got)
