"""Report sequences written by hand for the third blind test of the cross-report checks
(tests/test_period_checks_blind3.py), in shapes the first two sets lack.

Five bodies:
  - a Youth Union's months: March missing from the archive, February present twice (the
    report and its corrected re-issue), changes of a sub-part ("trong đó nữ ..., tăng 12 đoàn
    viên") beside changes of the total, "gấp 1,5 lần" (Đạ Huoai);
  - a Farmers' Association's quarters with an appendix table repeated each quarter: "Thực hiện
    trong quý", "Lũy kế từ đầu năm" and "So với cùng kỳ (%)" columns; the first quarter of 2025
    starts a new running total; one running total falls (Di Linh);
  - a Party committee's quarters across a year end: a running total in prose that starts again
    in the first quarter, a stock (đảng viên) that falls (Tân Hà);
  - a commune's quarters: "bằng 85% so với cùng kỳ", "gấp 1,5 lần", a rate whose change is
    written "giảm 0,5%" meaning points, a stock (hộ nghèo còn lại) that falls (Gia Hiệp);
  - a police office whose quarters run from the 15th to the 14th ("từ ngày 15/12/2024 đến
    ngày 14/3/2025") (Lâm Hà).

The expected outcome of each change and each running total was written in
tests/test_period_checks_blind3.py by reading these texts before any run.
"""
from __future__ import annotations

from pathlib import Path

from blind_reports import PARTY, STATE, write_reports

# ---------------------------------------------------------------- Đoàn xã Đạ Huoai, months
# March is not archived; February is archived twice: the report of 25/02 and its re-issue of
# 03/3 that corrects the number of members (1.262 -> 1.266)
DH = dict(org=["HUYỆN ĐOÀN ĐẠ HUOAI", "BCH ĐOÀN XÃ ĐẠ HUOAI"], right=["ĐOÀN TNCS HỒ CHÍ MINH"])
DA_HUOAI = {
    "da-huoai-t1-2025": dict(DH, number="Số: 04-BC/ĐTN", place="Đạ Huoai, ngày 24 tháng 01 năm 2025",
        title=["Kết quả công tác Đoàn và phong trào thanh thiếu nhi tháng 01 năm 2025"], body=[
        "1. Công tác xây dựng tổ chức Đoàn",
        "Toàn xã có 1.245 đoàn viên, trong đó nữ 612 đoàn viên.",
        "Trong tháng, kết nạp 18 đoàn viên mới.",
        "2. Phong trào tình nguyện",
        "Thanh niên tham gia các hoạt động tình nguyện 340 lượt.",
    ]),
    "da-huoai-t2-2025": dict(DH, number="Số: 09-BC/ĐTN", place="Đạ Huoai, ngày 25 tháng 02 năm 2025",
        title=["Kết quả công tác Đoàn và phong trào thanh thiếu nhi tháng 02 năm 2025"], body=[
        "1. Công tác xây dựng tổ chức Đoàn",
        "Toàn xã có 1.262 đoàn viên, tăng 17 đoàn viên so với tháng trước; trong đó nữ 624 đoàn viên, tăng 12 đoàn viên so với tháng trước.",
        "Trong tháng, kết nạp 21 đoàn viên mới, tăng 3 đoàn viên so với tháng trước.",
        "2. Phong trào tình nguyện",
        "Thanh niên tham gia các hoạt động tình nguyện 410 lượt, tăng 20,6% so với tháng trước.",
    ]),
    "da-huoai-t2-2025-thay-the": dict(DH, number="Số: 11-BC/ĐTN", place="Đạ Huoai, ngày 03 tháng 3 năm 2025",
        title=["Kết quả công tác Đoàn và phong trào thanh thiếu nhi tháng 02 năm 2025"], body=[
        "(Báo cáo này thay thế Báo cáo số 09-BC/ĐTN ngày 25/02/2025 do sai sót số liệu)",
        "1. Công tác xây dựng tổ chức Đoàn",
        "Toàn xã có 1.266 đoàn viên, tăng 21 đoàn viên so với tháng trước; trong đó nữ 624 đoàn viên, tăng 12 đoàn viên so với tháng trước.",
        "Trong tháng, kết nạp 21 đoàn viên mới, tăng 3 đoàn viên so với tháng trước.",
        "2. Phong trào tình nguyện",
        "Thanh niên tham gia các hoạt động tình nguyện 410 lượt, tăng 22,6% so với tháng trước.",
    ]),
    "da-huoai-t4-2025": dict(DH, number="Số: 19-BC/ĐTN", place="Đạ Huoai, ngày 25 tháng 4 năm 2025",
        title=["Kết quả công tác Đoàn và phong trào thanh thiếu nhi tháng 4 năm 2025"], body=[
        "1. Công tác xây dựng tổ chức Đoàn",
        "Toàn xã có 1.281 đoàn viên, tăng 9 đoàn viên so với tháng trước và tăng 15 đoàn viên so với tháng 2/2025.",
        "Đoàn viên nữ là 633 đoàn viên, tăng 11 đoàn viên so với tháng 2/2025.",
        "Trong tháng, kết nạp 15 đoàn viên mới, giảm 4 đoàn viên so với tháng trước.",
        "2. Phong trào tình nguyện",
        "Thanh niên tham gia các hoạt động tình nguyện 360 lượt.",
    ]),
    "da-huoai-t5-2025": dict(DH, number="Số: 24-BC/ĐTN", place="Đạ Huoai, ngày 26 tháng 5 năm 2025",
        title=["Kết quả công tác Đoàn và phong trào thanh thiếu nhi tháng 5 năm 2025"], body=[
        "1. Công tác xây dựng tổ chức Đoàn",
        "Toàn xã có 1.290 đoàn viên, tăng 9 đoàn viên so với tháng trước; trong đó nữ 640 đoàn viên, tăng 9 đồng chí so với tháng trước.",
        "Trong tháng, kết nạp 19 đoàn viên mới, tăng 6 đoàn viên so với tháng trước.",
        "2. Phong trào tình nguyện",
        "Thanh niên tham gia các hoạt động tình nguyện 540 lượt, gấp 1,5 lần so với tháng trước.",
    ]),
}

# ---------------------------------------------------------------- Hội Nông dân huyện Di Linh, quarters
# the appendix table is repeated each quarter; "So với cùng kỳ (%)" is the running total
# against the running total of the same quarter a year earlier (a ratio, 104,3 = bằng 104,3%)
HN = dict(org=["HỘI NÔNG DÂN TỈNH LÂM ĐỒNG", "HỘI NÔNG DÂN HUYỆN DI LINH"], right=list(STATE))
HEAD = ["TT", "Chỉ tiêu", "ĐVT", "Thực hiện trong quý", "Lũy kế từ đầu năm", "So với cùng kỳ (%)"]


def _appendix(rows):
    return ["PHỤ LỤC: MỘT SỐ CHỈ TIÊU CHỦ YẾU", [HEAD] + [list(r) for r in rows]]


DI_LINH = {
    "di-linh-q2-2024": dict(HN, number="Số: 41-BC/HND", place="Di Linh, ngày 20 tháng 6 năm 2024",
        title=["Kết quả công tác Hội và phong trào nông dân quý II năm 2024"], body=[
        "Trong quý, các cấp Hội kết nạp 310 hội viên mới.",
        "Toàn huyện hiện có 18.420 hội viên.",
        *_appendix([
            ("1", "Kết nạp hội viên mới", "người", "310", "580", "103,6"),
            ("2", "Thành lập tổ hội nghề nghiệp", "tổ", "6", "11", "122,2"),
            ("3", "Giải ngân vốn Quỹ hỗ trợ nông dân", "triệu đồng", "1.850", "3.200", "110,3"),
        ]),
    ]),
    "di-linh-q4-2024": dict(HN, number="Số: 88-BC/HND", place="Di Linh, ngày 18 tháng 12 năm 2024",
        title=["Kết quả công tác Hội và phong trào nông dân quý IV năm 2024"], body=[
        "Trong quý, các cấp Hội kết nạp 290 hội viên mới.",
        "Toàn huyện hiện có 18.610 hội viên.",
        *_appendix([
            ("1", "Kết nạp hội viên mới", "người", "290", "1.240", "108,8"),
            ("2", "Thành lập tổ hội nghề nghiệp", "tổ", "4", "21", "116,7"),
            ("3", "Giải ngân vốn Quỹ hỗ trợ nông dân", "triệu đồng", "2.100", "7.900", "105,1"),
        ]),
    ]),
    "di-linh-q1-2025": dict(HN, number="Số: 17-BC/HND", place="Di Linh, ngày 21 tháng 3 năm 2025",
        title=["Kết quả công tác Hội và phong trào nông dân quý I năm 2025"], body=[
        "Trong quý, các cấp Hội kết nạp 260 hội viên mới, giảm 30 hội viên so với quý trước.",
        "Toàn huyện hiện có 18.655 hội viên.",
        *_appendix([
            ("1", "Kết nạp hội viên mới", "người", "260", "260", "96,3"),
            ("2", "Thành lập tổ hội nghề nghiệp", "tổ", "5", "5", "125,0"),
            ("3", "Giải ngân vốn Quỹ hỗ trợ nông dân", "triệu đồng", "1.400", "1.400", "101,4"),
        ]),
    ]),
    "di-linh-q2-2025": dict(HN, number="Số: 39-BC/HND", place="Di Linh, ngày 20 tháng 6 năm 2025",
        title=["Kết quả công tác Hội và phong trào nông dân quý II năm 2025"], body=[
        "Trong quý, các cấp Hội kết nạp 345 hội viên mới, tăng 85 hội viên so với quý trước, tăng 11,3% so với cùng kỳ.",
        "Toàn huyện hiện có 18.702 hội viên, tăng 47 hội viên so với quý trước.",
        *_appendix([
            ("1", "Kết nạp hội viên mới", "người", "345", "605", "104,3"),
            ("2", "Thành lập tổ hội nghề nghiệp", "tổ", "7", "12", "112,5"),
            ("3", "Giải ngân vốn Quỹ hỗ trợ nông dân", "triệu đồng", "2.050", "3.450", "107,8"),
        ]),
    ]),
    "di-linh-q3-2025": dict(HN, number="Số: 63-BC/HND", place="Di Linh, ngày 19 tháng 9 năm 2025",
        title=["Kết quả công tác Hội và phong trào nông dân quý III năm 2025"], body=[
        "Trong quý, các cấp Hội kết nạp 298 hội viên mới, giảm 47 hội viên so với quý trước.",
        "Tổng số hội viên toàn huyện là 18.690 hội viên, giảm 14 hội viên so với quý trước.",
        *_appendix([
            ("1", "Kết nạp hội viên mới", "người", "298", "903", "109,2"),
            ("2", "Thành lập tổ hội nghề nghiệp", "tổ", "3", "15", "93,8"),
            ("3", "Giải ngân vốn Quỹ hỗ trợ nông dân", "triệu đồng", "1.600", "3.380", "62,4"),
        ]),
    ]),
}

# ---------------------------------------------------------------- Đảng ủy xã Tân Hà, quarters across a year end
TH = dict(org=["ĐẢNG BỘ HUYỆN LÂM HÀ", "ĐẢNG ỦY XÃ TÂN HÀ", "*"], right=[PARTY])
TAN_HA = {
    "tan-ha-q3-2024": dict(TH, number="Số 58-BC/ĐU", place="Tân Hà, ngày 25 tháng 9 năm 2024",
        title=["Báo cáo công tác xây dựng Đảng quý III năm 2024"], body=[
        "Trong quý kết nạp 14 đảng viên; lũy kế từ đầu năm kết nạp 41 đảng viên.",
        "Đảng bộ hiện có 1.532 đảng viên.",
        "Trao tặng Huy hiệu Đảng cho 23 đảng viên.",
    ]),
    "tan-ha-q4-2024": dict(TH, number="Số 77-BC/ĐU", place="Tân Hà, ngày 20 tháng 12 năm 2024",
        title=["Báo cáo công tác xây dựng Đảng quý IV năm 2024"], body=[
        "Trong quý kết nạp 12 đảng viên; lũy kế từ đầu năm kết nạp 53 đảng viên, tăng 12 đảng viên so với quý trước.",
        "Đảng bộ hiện có 1.528 đảng viên, giảm 6 đảng viên so với quý trước.",
        "Trao tặng Huy hiệu Đảng cho 35 đảng viên.",
    ]),
    "tan-ha-q1-2025": dict(TH, number="Số 12-BC/ĐU", place="Tân Hà, ngày 26 tháng 3 năm 2025",
        title=["Báo cáo công tác xây dựng Đảng quý I năm 2025"], body=[
        "Trong quý kết nạp 9 đảng viên, giảm 3 đảng viên so với quý trước; lũy kế từ đầu năm kết nạp 9 đảng viên.",
        "Đảng bộ hiện có 1.530 đảng viên, tăng 2 đảng viên so với quý trước.",
        "Trao tặng Huy hiệu Đảng cho 17 đảng viên.",
        "Lũy kế từ đầu năm, thu đảng phí được 42,1 triệu đồng.",
    ]),
    "tan-ha-q2-2025": dict(TH, number="Số 31-BC/ĐU", place="Tân Hà, ngày 25 tháng 6 năm 2025",
        title=["Báo cáo công tác xây dựng Đảng quý II năm 2025"], body=[
        "Trong quý kết nạp 16 đảng viên, tăng 7 đảng viên so với quý trước; lũy kế từ đầu năm kết nạp 25 đảng viên, giảm 28 đảng viên so với cùng kỳ.",
        "Tổng số đảng viên của Đảng bộ là 1.521 đồng chí, giảm 9 đồng chí so với quý trước.",
        "Trao tặng Huy hiệu Đảng cho 31 đảng viên, tăng 12 đảng viên so với quý trước.",
        "Lũy kế từ đầu năm, thu đảng phí được 86,4 triệu đồng, tăng 44,3 triệu đồng so với quý trước.",
    ]),
}

# ---------------------------------------------------------------- UBND xã Gia Hiệp, quarters (held out)
GH = dict(org=["ỦY BAN NHÂN DÂN", "XÃ GIA HIỆP"], right=list(STATE))
GIA_HIEP = {
    "gia-hiep-q3-2024": dict(GH, number="Số: 161/BC-UBND", place="Gia Hiệp, ngày 24 tháng 9 năm 2024",
        title=["Tình hình kinh tế - xã hội quý III năm 2024"], body=[
        "1. Tài chính",
        "Thu ngân sách xã trong quý đạt 2.460 triệu đồng.",
        "2. Đất đai, du lịch",
        "Trong quý, cấp 52 giấy chứng nhận quyền sử dụng đất.",
        "Lượng khách du lịch đến xã đạt 12.400 lượt.",
        "3. Giảm nghèo",
        "Toàn xã còn 186 hộ nghèo; tỷ lệ hộ nghèo là 4,1%.",
    ]),
    "gia-hiep-q2-2025": dict(GH, number="Số: 98/BC-UBND", place="Gia Hiệp, ngày 25 tháng 6 năm 2025",
        title=["Tình hình kinh tế - xã hội quý II năm 2025"], body=[
        "1. Tài chính",
        "Thu ngân sách xã trong quý đạt 2.310 triệu đồng.",
        "2. Đất đai, du lịch",
        "Trong quý, cấp 40 giấy chứng nhận quyền sử dụng đất.",
        "Lượng khách du lịch đến xã đạt 9.800 lượt.",
        "3. Giảm nghèo",
        "Toàn xã còn 171 hộ nghèo; tỷ lệ hộ nghèo là 3,8%, giảm 0,4% so với quý I.",
    ]),
    "gia-hiep-q3-2025": dict(GH, number="Số: 152/BC-UBND", place="Gia Hiệp, ngày 24 tháng 9 năm 2025",
        title=["Tình hình kinh tế - xã hội quý III năm 2025"], body=[
        "1. Tài chính",
        "Thu ngân sách xã trong quý đạt 2.091 triệu đồng, bằng 85% so với cùng kỳ.",
        "2. Đất đai, du lịch",
        "Trong quý, cấp 60 giấy chứng nhận quyền sử dụng đất, gấp 1,5 lần so với quý trước và tăng 10 giấy chứng nhận so với cùng kỳ.",
        "Lượng khách du lịch đến xã đạt 14.700 lượt, tăng 50% so với quý trước, tăng 19,5% so với cùng kỳ.",
        "3. Giảm nghèo",
        "Toàn xã còn 162 hộ nghèo, giảm 9 hộ so với quý trước; tỷ lệ hộ nghèo còn 3,3%, giảm 0,5% so với quý trước và giảm 0,8% so với cùng kỳ.",
    ]),
}

# ---------------------------------------------------------------- Công an huyện Lâm Hà, quarters from the 15th to the 14th (held out)
CL = dict(org=["CÔNG AN TỈNH LÂM ĐỒNG", "CÔNG AN HUYỆN LÂM HÀ"], right=list(STATE))
LAM_HA = {
    "lam-ha-q2-2024": dict(CL, number="Số: 412/BC-CAH", place="Lâm Hà, ngày 17 tháng 6 năm 2024",
        title=["Kết quả công tác bảo đảm an ninh, trật tự quý II năm 2024",
               "(Số liệu từ ngày 15/3/2024 đến ngày 14/6/2024)"], body=[
        "1. Tình hình tội phạm",
        "Xảy ra 42 vụ phạm tội về trật tự xã hội.",
        "2. Trật tự an toàn giao thông",
        "Xảy ra 27 vụ tai nạn giao thông, làm chết 9 người.",
        "Phát hiện, xử lý 1.860 trường hợp vi phạm trật tự an toàn giao thông, phạt tiền 2.950 triệu đồng.",
    ]),
    "lam-ha-q1-2025": dict(CL, number="Số: 198/BC-CAH", place="Lâm Hà, ngày 17 tháng 3 năm 2025",
        title=["Kết quả công tác bảo đảm an ninh, trật tự quý I năm 2025",
               "(Số liệu từ ngày 15/12/2024 đến ngày 14/3/2025)"], body=[
        "1. Tình hình tội phạm",
        "Xảy ra 38 vụ phạm tội về trật tự xã hội, giảm 6 vụ so với cùng kỳ.",
        "2. Trật tự an toàn giao thông",
        "Xảy ra 24 vụ tai nạn giao thông, làm chết 7 người.",
        "Phát hiện, xử lý 1.720 trường hợp vi phạm trật tự an toàn giao thông, phạt tiền 2.610 triệu đồng.",
    ]),
    "lam-ha-q2-2025": dict(CL, number="Số: 436/BC-CAH", place="Lâm Hà, ngày 17 tháng 6 năm 2025",
        title=["Kết quả công tác bảo đảm an ninh, trật tự quý II năm 2025",
               "(Số liệu từ ngày 15/3/2025 đến ngày 14/6/2025)"], body=[
        "1. Tình hình tội phạm",
        "Xảy ra 35 vụ phạm tội về trật tự xã hội, giảm 3 vụ so với quý trước, giảm 7 vụ so với cùng kỳ.",
        "2. Trật tự an toàn giao thông",
        "Xảy ra 22 vụ tai nạn giao thông, giảm 2 vụ so với quý trước, giảm 18,5% so với cùng kỳ; làm chết 6 người, giảm 4 người so với cùng kỳ.",
        "Phát hiện, xử lý 1.980 trường hợp vi phạm trật tự an toàn giao thông, tăng 240 trường hợp so với quý trước, tăng 6,5% so với cùng kỳ; phạt tiền 3.120 triệu đồng, tăng 170 triệu đồng so với cùng kỳ.",
    ]),
}

# bodies used while fixing, and the ones held out until the end
DEV = {**DA_HUOAI, **DI_LINH, **TAN_HA}
HELD_OUT = {**GIA_HIEP, **LAM_HA}
REPORTS = {**DEV, **HELD_OUT}


def write_all(folder: Path, reports: dict = REPORTS) -> list[Path]:
    return write_reports(folder, reports)


if __name__ == "__main__":
    import sys
    for f in write_all(Path(sys.argv[1])):
        print(f)
