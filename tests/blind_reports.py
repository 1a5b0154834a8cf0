"""Nine small reports written by hand for a blind test of series matching (tests/test_compare_blind.py).

Three bodies, three periods each, phrased the way successive reports drift: words reordered,
"kết nạp được 25 đảng viên mới" / "kết nạp 31 đảng viên", abbreviations (UBKT, MTTQ, BHYT, TTHC)
against full names, "tỷ lệ" / "đạt", a quarter figure beside a running total, a table row
instead of prose. Look-alikes sit next to the true counterparts: kết nạp / chuyển chính thức /
kỷ luật đảng viên, hộ nghèo / hộ cận nghèo, thu / chi ngân sách, kiểm tra / giám sát,
BHYT / BHXH tự nguyện.

Each report is a list of paragraphs (str) and tables (list of rows). The labels (which facts
form a series) are in tests/test_compare_blind.py, written by reading these texts.
"""
from __future__ import annotations

from pathlib import Path

from docx_factory import cell, make_docx, p, row, table

PARTY = "ĐẢNG CỘNG SẢN VIỆT NAM"
STATE = ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc")

# ---------------------------------------------------------------- Huyện ủy Tân Lập, quarterly
TL = dict(org=["HUYỆN ỦY TÂN LẬP", "*"], right=[PARTY])
TAN_LAP = {
    "tan-lap-q1-2025": dict(TL, number="Số 41-BC/HU", place="Tân Lập, ngày 28 tháng 3 năm 2025",
        title=["Kết quả công tác xây dựng Đảng quý I năm 2025"], body=[
        "I. CÔNG TÁC TỔ CHỨC XÂY DỰNG ĐẢNG",
        "Toàn Đảng bộ hiện có 4.126 đảng viên, sinh hoạt tại 58 tổ chức cơ sở đảng.",
        "Trong quý, các cấp ủy kết nạp được 25 đảng viên mới, đạt 20,8% chỉ tiêu năm.",
        "Xét công nhận 40 đảng viên dự bị chuyển đảng viên chính thức.",
        "Trao tặng Huy hiệu Đảng cho 112 đảng viên.",
        "Tổ chức học tập, quán triệt nghị quyết cho 3.412 cán bộ, đảng viên, đạt 97,6%.",
        "II. CÔNG TÁC KIỂM TRA, GIÁM SÁT",
        "Ủy ban Kiểm tra các cấp đã tiến hành kiểm tra 14 tổ chức đảng và giám sát chuyên đề 22 tổ chức đảng.",
        "Thi hành kỷ luật 3 đảng viên vi phạm.",
    ]),
    "tan-lap-q2-2025": dict(TL, number="Số 57-BC/HU", place="Tân Lập, ngày 27 tháng 6 năm 2025",
        title=["Kết quả công tác xây dựng Đảng quý II năm 2025"], body=[
        "I. CÔNG TÁC TỔ CHỨC XÂY DỰNG ĐẢNG",
        "Tổng số đảng viên của Đảng bộ huyện là 4.150 đồng chí, sinh hoạt ở 58 tổ chức cơ sở đảng.",
        "Kết nạp 31 đảng viên, nâng số đảng viên kết nạp từ đầu năm lên 56 đồng chí, đạt 46,7% kế hoạch.",
        "Chuyển đảng chính thức cho 37 đảng viên dự bị.",
        "Đã trao 95 Huy hiệu Đảng các loại cho đảng viên.",
        "Có 3.508 cán bộ, đảng viên tham gia học tập, quán triệt các nghị quyết, chỉ thị, tỷ lệ 98,1%.",
        "II. CÔNG TÁC KIỂM TRA, GIÁM SÁT",
        "UBKT các cấp giám sát chuyên đề đối với 19 tổ chức đảng; kiểm tra 11 tổ chức đảng.",
        "Kỷ luật 2 đảng viên vi phạm.",
    ]),
    "tan-lap-q3-2025": dict(TL, number="Số 73-BC/HU", place="Tân Lập, ngày 26 tháng 9 năm 2025",
        title=["Kết quả công tác xây dựng Đảng quý III năm 2025"], body=[
        "I. CÔNG TÁC TỔ CHỨC XÂY DỰNG ĐẢNG",
        "Đảng bộ huyện có 58 tổ chức cơ sở đảng với 4.163 đảng viên.",
        "Công tác phát triển đảng viên: trong quý kết nạp mới 18 đảng viên (lũy kế 9 tháng 74 đảng viên).",
        "Đề nghị chuyển chính thức 29 đảng viên dự bị.",
        "Trao Huy hiệu Đảng đợt 2/9 cho 128 đảng viên.",
        "Số cán bộ, đảng viên được học tập, quán triệt nghị quyết là 3.377 người, đạt tỷ lệ 96,9%.",
        "II. CÔNG TÁC KIỂM TRA, GIÁM SÁT",
        "Cấp ủy, Ủy ban Kiểm tra các cấp kiểm tra 9 tổ chức đảng, giám sát 25 tổ chức đảng.",
        "Đã xem xét, thi hành kỷ luật đối với 4 đảng viên.",
    ]),
}

# ---------------------------------------------------------------- UBND huyện Hòa An, Q1 / 6 months / 9 months
HA = dict(org=["ỦY BAN NHÂN DÂN", "HUYỆN HÒA AN"], right=list(STATE))
HOA_AN = {
    "hoa-an-q1-2025": dict(HA, number="Số: 88/BC-UBND", place="Hòa An, ngày 25 tháng 3 năm 2025",
        title=["Tình hình kinh tế - xã hội quý I năm 2025"], body=[
        "1. Tài chính - ngân sách",
        "Tổng thu ngân sách nhà nước trên địa bàn ước đạt 58,4 tỷ đồng, đạt 24,3% dự toán tỉnh giao.",
        "Tổng chi ngân sách địa phương 72,1 tỷ đồng, đạt 21,5% dự toán.",
        "2. Văn hóa - xã hội",
        "Toàn huyện còn 1.284 hộ nghèo, chiếm 4,12%; hộ cận nghèo 1.906 hộ, chiếm 6,11%.",
        "Giải quyết việc làm cho 1.125 lao động, đạt 25% kế hoạch.",
        "Đưa 46 lao động đi làm việc ở nước ngoài theo hợp đồng.",
        "Tỷ lệ người dân tham gia bảo hiểm y tế đạt 91,2%.",
        "3. Cải cách hành chính",
        "Bộ phận Một cửa tiếp nhận 8.412 hồ sơ thủ tục hành chính, giải quyết đúng hạn 8.360 hồ sơ.",
    ]),
    "hoa-an-6t-2025": dict(HA, number="Số: 151/BC-UBND", place="Hòa An, ngày 24 tháng 6 năm 2025",
        title=["Tình hình kinh tế - xã hội 6 tháng đầu năm 2025"], body=[
        "1. Tài chính - ngân sách",
        "Thu ngân sách nhà nước đạt 121,7 tỷ đồng, bằng 50,7% dự toán.",
        "Chi ngân sách địa phương 149,9 tỷ đồng, đạt 44,7% dự toán.",
        "2. Văn hóa - xã hội",
        "Số hộ nghèo còn 1.251 hộ (tỷ lệ 4,01%), số hộ cận nghèo 1.874 hộ (tỷ lệ 6,01%).",
        "Tạo việc làm mới cho 2.380 lao động.",
        "Có 88 lao động đi làm việc ở nước ngoài theo hợp đồng.",
        "Tỷ lệ bao phủ bảo hiểm y tế 92,0%.",
        "3. Cải cách hành chính",
        "Tiếp nhận 17.930 hồ sơ thủ tục hành chính; giải quyết đúng hạn 17.755 hồ sơ.",
    ]),
    "hoa-an-9t-2025": dict(HA, number="Số: 214/BC-UBND", place="Hòa An, ngày 23 tháng 9 năm 2025",
        title=["Tình hình kinh tế - xã hội 9 tháng năm 2025"], body=[
        "1. Tài chính - ngân sách",
        "Thu ngân sách trên địa bàn được 176,25 tỷ đồng, đạt 73,4% dự toán năm.",
        "Tổng chi ngân sách địa phương 231,4 tỷ đồng.",
        "2. Văn hóa - xã hội",
        "Hộ cận nghèo giảm còn 1.830 hộ, tỷ lệ 5,87%; hộ nghèo còn 1.197 hộ, tỷ lệ 3,84%.",
        "Tỷ lệ tham gia BHYT đạt 92,6%.",
        "Một số chỉ tiêu chủ yếu:",
        [["TT", "Chỉ tiêu", "Đơn vị tính", "Thực hiện 9 tháng"],
         ["1", "Giải quyết việc làm", "lao động", "3.610"],
         ["2", "Lao động đi làm việc ở nước ngoài", "lao động", "121"],
         ["3", "Hồ sơ thủ tục hành chính tiếp nhận", "hồ sơ", "26.115"]],
    ]),
}

# ---------------------------------------------------------------- Đảng ủy xã Phú Hữu, monthly
PH = dict(org=["ĐẢNG BỘ HUYỆN HÒA AN", "ĐẢNG ỦY XÃ PHÚ HỮU", "*"], right=[PARTY])
PHU_HUU = {
    "phu-huu-t7-2025": dict(PH, number="Số 36-BC/ĐU", place="Phú Hữu, ngày 28 tháng 7 năm 2025",
        title=["Kết quả lãnh đạo thực hiện nhiệm vụ tháng 7 năm 2025"], body=[
        "Trong tháng, Đảng ủy xã kết nạp được 2 đảng viên mới.",
        "Ủy ban Mặt trận Tổ quốc Việt Nam xã vận động Quỹ Vì người nghèo được 46 triệu đồng.",
        "Bàn giao 2 căn nhà Đại đoàn kết cho hộ nghèo.",
        "Tiếp 12 lượt công dân; nhận 7 đơn kiến nghị, phản ánh, đã giải quyết 5 đơn.",
        "Tỷ lệ người dân tham gia bảo hiểm y tế đạt 92,4%; có 184 người tham gia bảo hiểm xã hội tự nguyện.",
    ]),
    "phu-huu-t8-2025": dict(PH, number="Số 41-BC/ĐU", place="Phú Hữu, ngày 27 tháng 8 năm 2025",
        title=["Kết quả lãnh đạo thực hiện nhiệm vụ tháng 8 năm 2025"], body=[
        "Kết nạp 1 đảng viên.",
        "MTTQ xã vận động Quỹ “Vì người nghèo” 38,5 triệu đồng.",
        "Xây dựng mới 3 căn nhà đại đoàn kết.",
        "Tổ chức tiếp công dân 9 lượt; tiếp nhận 4 đơn, giải quyết 4 đơn.",
        "BHXH tự nguyện có 191 người tham gia; tỷ lệ bao phủ BHYT 92,8%.",
    ]),
    "phu-huu-t9-2025": dict(PH, number="Số 47-BC/ĐU", place="Phú Hữu, ngày 26 tháng 9 năm 2025",
        title=["Kết quả lãnh đạo thực hiện nhiệm vụ tháng 9 năm 2025"], body=[
        "Kết nạp mới 3 đảng viên, nâng tổng số đảng viên kết nạp từ đầu năm lên 13 đồng chí.",
        "Mặt trận Tổ quốc xã tiếp nhận ủng hộ Quỹ Vì người nghèo 52 triệu đồng.",
        "Khởi công 1 căn nhà Đại đoàn kết.",
        "Tiếp 15 lượt công dân đến phản ánh, kiến nghị; nhận 9 đơn, đã giải quyết xong 6 đơn.",
        "Số người tham gia BHXH tự nguyện là 197 người; BHYT toàn dân đạt 93,1%.",
    ]),
}

REPORTS = {**TAN_LAP, **HOA_AN, **PHU_HUU}

# ---------------------------------------------------------------- second batch: people units, tone marks
# Ban Tổ chức Huyện ủy Hòa An, quarters: "đảng viên" / "đồng chí" / "người" for the same count,
# trung cấp against cao cấp, hội viên against đoàn viên in one sentence.
BT = dict(org=["HUYỆN ỦY HÒA AN", "BAN TỔ CHỨC", "*"], right=[PARTY])
BAN_TO_CHUC = {
    "btc-hoa-an-q2-2025": dict(BT, number="Số 112-BC/BTCHU", place="Hòa An, ngày 20 tháng 6 năm 2025",
        title=["Kết quả công tác tổ chức xây dựng Đảng quý II năm 2025"], body=[
        "Kết nạp 42 đảng viên mới; xóa tên 3 đảng viên.",
        "Cử 25 cán bộ đi học trung cấp lý luận chính trị; cử 6 cán bộ học cao cấp lý luận chính trị.",
        "Mở lớp bồi dưỡng nhận thức về Đảng cho 58 quần chúng.",
        "Các đoàn thể kết nạp mới 120 hội viên và 85 đoàn viên.",
    ]),
    "btc-hoa-an-q3-2025": dict(BT, number="Số 131-BC/BTCHU", place="Hòa An, ngày 22 tháng 9 năm 2025",
        title=["Kết quả công tác tổ chức xây dựng Đảng quý III năm 2025"], body=[
        "Trong quý kết nạp được 37 đồng chí vào Đảng.",
        "Xoá tên 2 đồng chí khỏi danh sách đảng viên.",
        "Có 4 đồng chí được cử đi học cao cấp lý luận chính trị và 30 đồng chí học trung cấp lý luận chính trị.",
        "Bồi dưỡng nhận thức về Đảng cho 63 quần chúng ưu tú.",
        "Phát triển mới 96 hội viên; 110 đoàn viên.",
    ]),
    "btc-hoa-an-q4-2025": dict(BT, number="Số 150-BC/BTCHU", place="Hòa An, ngày 19 tháng 12 năm 2025",
        title=["Kết quả công tác tổ chức xây dựng Đảng quý IV năm 2025"], body=[
        "Kết nạp 45 người vào Đảng, xóa tên 1 đảng viên.",
        "Trung cấp lý luận chính trị: 28 người đang theo học; cao cấp lý luận chính trị: 5 người.",
        "Lớp bồi dưỡng nhận thức về Đảng có 71 quần chúng tham dự.",
        "Kết nạp 134 hội viên, 77 đoàn viên mới.",
    ]),
}

# UBND xã Phú Hữu, months: BHYT / BHXH abbreviated one month and written out the next,
# thu / chi ngân sách in short forms, old and new tone marks (số hoá / số hóa).
PX = dict(org=["ỦY BAN NHÂN DÂN", "XÃ PHÚ HỮU"], right=list(STATE))
UBND_PHU_HUU = {
    "ubnd-phu-huu-t10-2025": dict(PX, number="Số: 201/BC-UBND", place="Phú Hữu, ngày 27 tháng 10 năm 2025",
        title=["Tình hình kinh tế - xã hội tháng 10 năm 2025"], body=[
        "Thu ngân sách xã 1.250 triệu đồng; chi ngân sách 980 triệu đồng.",
        "Có 5.812 người tham gia BHYT, 612 người tham gia BHXH.",
        "Số hoá 340 hồ sơ hộ tịch.",
        "Tiếp nhận 310 hồ sơ TTHC, trong đó 212 hồ sơ trực tuyến.",
        "Tỷ lệ trẻ em được tiêm chủng đầy đủ đạt 96,5%; tỷ lệ trẻ em suy dinh dưỡng 8,2%.",
    ]),
    "ubnd-phu-huu-t11-2025": dict(PX, number="Số: 223/BC-UBND", place="Phú Hữu, ngày 26 tháng 11 năm 2025",
        title=["Tình hình kinh tế - xã hội tháng 11 năm 2025"], body=[
        "Thu ngân sách được 1.410 triệu đồng, chi 1.120 triệu đồng.",
        "Số người tham gia bảo hiểm y tế 5.840 người; bảo hiểm xã hội 618 người.",
        "Số hóa 295 hồ sơ hộ tịch.",
        "Tiếp nhận 287 hồ sơ thủ tục hành chính; hồ sơ trực tuyến 199 hồ sơ.",
        "Tỷ lệ tiêm chủng đầy đủ 97,2%; suy dinh dưỡng thể thấp còi 8,0%.",
    ]),
    "ubnd-phu-huu-t12-2025": dict(PX, number="Số: 245/BC-UBND", place="Phú Hữu, ngày 26 tháng 12 năm 2025",
        title=["Tình hình kinh tế - xã hội tháng 12 năm 2025"], body=[
        "Tổng chi ngân sách xã 1.530 triệu đồng; tổng thu ngân sách xã 1.695 triệu đồng.",
        "Tham gia BHXH: 625 người; tham gia BHYT: 5.901 người.",
        "Hoàn thành số hoá 410 hồ sơ hộ tịch.",
        "Trong tháng tiếp nhận 335 hồ sơ, có 240 hồ sơ nộp trực tuyến.",
        "Tỷ lệ suy dinh dưỡng trẻ em 7,9%; tiêm chủng mở rộng cho trẻ em đạt 98%.",
    ]),
}

REPORTS = {**REPORTS, **BAN_TO_CHUC, **UBND_PHU_HUU}


def _letterhead(spec: dict) -> str:
    left = [p(line, bold=True, jc="center") for line in spec["org"]]
    right = [p(line, bold=True, jc="center") for line in spec["right"]]
    return table(row(cell(*left), cell(*right)),
                 row(cell(p(spec["number"], jc="center")), cell(p(spec["place"], jc="center"))))


def write_report(path: Path, spec: dict) -> Path:
    parts = [_letterhead(spec), p("BÁO CÁO", bold=True, jc="center")]
    parts += [p(t, bold=True, jc="center") for t in spec["title"]]
    parts.append(p("-----", jc="center"))
    for item in spec["body"]:
        if isinstance(item, list):
            parts.append(table(*(row(*(cell(p(c)) for c in r), header=i == 0) for i, r in enumerate(item))))
        else:
            parts.append(p(item))
    return make_docx(path, "".join(parts))


def write_reports(folder: Path, reports: dict) -> list[Path]:
    """Every report of {name: spec} as folder/name.docx."""
    folder.mkdir(parents=True, exist_ok=True)
    return [write_report(folder / f"{name}.docx", spec) for name, spec in reports.items()]


def write_all(folder: Path) -> list[Path]:
    return write_reports(folder, REPORTS)


if __name__ == "__main__":
    import sys
    for f in write_all(Path(sys.argv[1])):
        print(f)
