"""Second blind test of series matching: other kinds of series (tests/test_compare_blind2.py).

Twelve small reports written by hand, four bodies: a district People's Committee's monthly
socio-economic reports ("tháng 7 và 7 tháng"), the district police's monthly reports, the
district Women's Union's Q1 / 6 months / 9 months / year reports and the district health
centre's monthly reports. They put an in-month figure beside its running total ("trong tháng
... ; lũy kế từ đầu năm ..."), a percent of the year's plan after the figure it measures, money
in tỷ one month and triệu the next, a table one month and prose the next, and look-alikes:
số vụ / số người, chết / bị thương, thu / chi, hộ nghèo / cận nghèo, sốt xuất huyết / tay chân
miệng, kiểm tra / đạt / xử phạt cơ sở.

The labels (which facts form a series) are in tests/test_compare_blind2.py, written by reading
these texts before any run.
"""
from __future__ import annotations

from pathlib import Path

from blind_reports import STATE, write_reports

# ---------------------------------------------------------------- UBND huyện Đức Phong, months
DP = dict(org=["ỦY BAN NHÂN DÂN", "HUYỆN ĐỨC PHONG"], right=list(STATE))
UBND_DUC_PHONG = {
    "ubnd-duc-phong-t7-2025": dict(DP, number="Số: 402/BC-UBND", place="Đức Phong, ngày 25 tháng 7 năm 2025",
        title=["Tình hình kinh tế - xã hội tháng 7 và 7 tháng năm 2025"], body=[
        "1. Tài chính - ngân sách",
        "Thu ngân sách nhà nước trong tháng ước đạt 16,8 tỷ đồng; lũy kế từ đầu năm 128,5 tỷ đồng, đạt 55,6% dự toán năm.",
        "Chi ngân sách địa phương trong tháng 22,4 tỷ đồng; lũy kế 7 tháng 171,3 tỷ đồng, đạt 52,1% dự toán.",
        "2. Nông nghiệp",
        "Tổng đàn gia súc 38.400 con, trong đó đàn heo 21.600 con.",
        "3. Lao động - việc làm",
        "Trong tháng giải quyết việc làm cho 410 lao động; từ đầu năm 2.870 lao động, đạt 71,8% kế hoạch năm.",
        "4. Cải cách hành chính",
        "Tiếp nhận 2.315 hồ sơ, trong đó 1.940 hồ sơ trực tuyến, tỷ lệ 83,8%; giải quyết trước và đúng hạn 2.280 hồ sơ.",
    ]),
    "ubnd-duc-phong-t8-2025": dict(DP, number="Số: 455/BC-UBND", place="Đức Phong, ngày 25 tháng 8 năm 2025",
        title=["Tình hình kinh tế - xã hội tháng 8 và 8 tháng năm 2025"], body=[
        "1. Tài chính - ngân sách",
        [["TT", "Chỉ tiêu", "ĐVT", "Tháng 8", "Lũy kế 8 tháng", "So dự toán (%)"],
         ["1", "Thu ngân sách nhà nước", "tỷ đồng", "17,9", "146,4", "63,4"],
         ["2", "Chi ngân sách địa phương", "tỷ đồng", "24,1", "195,4", "59,4"]],
        "2. Nông nghiệp",
        "Đàn heo hiện có 22.150 con; tổng đàn gia súc 38.900 con.",
        "3. Lao động - việc làm",
        "Trong tháng 8 tạo việc làm cho 385 lao động, nâng tổng số lao động được giải quyết việc làm từ đầu năm lên 3.255 người, đạt 81,4% kế hoạch.",
        "4. Cải cách hành chính",
        "Bộ phận Một cửa tiếp nhận 2.190 hồ sơ (trực tuyến 1.866 hồ sơ, đạt 85,2%); đã giải quyết đúng hạn 2.166 hồ sơ.",
    ]),
    "ubnd-duc-phong-t9-2025": dict(DP, number="Số: 511/BC-UBND", place="Đức Phong, ngày 24 tháng 9 năm 2025",
        title=["Tình hình kinh tế - xã hội tháng 9 và 9 tháng năm 2025"], body=[
        "1. Tài chính - ngân sách",
        "Thu ngân sách tháng 9 ước 15.600 triệu đồng; 9 tháng ước 162,0 tỷ đồng, đạt 70,1% dự toán.",
        "Chi ngân sách 9 tháng 219,8 tỷ đồng, đạt 66,8% dự toán; riêng tháng 9 chi 24,4 tỷ đồng.",
        "2. Nông nghiệp",
        "Tổng đàn gia súc ước 39.200 con; đàn heo 22.480 con.",
        "3. Lao động - việc làm",
        "Giải quyết việc làm 9 tháng được 3.610 lao động, đạt 90,3% kế hoạch năm; trong đó tháng 9 là 355 lao động.",
        "4. Cải cách hành chính",
        "Tỷ lệ hồ sơ nộp trực tuyến đạt 86,1% (2.070/2.404 hồ sơ); giải quyết đúng hạn 2.391 hồ sơ.",
    ]),
}

# ---------------------------------------------------------------- Công an huyện Đức Phong, months
CA = dict(org=["CÔNG AN TỈNH LÂM VIÊN", "CÔNG AN HUYỆN ĐỨC PHONG"], right=list(STATE))
CONG_AN = {
    "ca-duc-phong-t7-2025": dict(CA, number="Số: 318/BC-CAH", place="Đức Phong, ngày 28 tháng 7 năm 2025",
        title=["Kết quả công tác bảo đảm an ninh, trật tự tháng 7 năm 2025"], body=[
        "1. Tình hình tội phạm",
        "Trong tháng phát hiện 9 vụ phạm pháp hình sự, bắt giữ 14 đối tượng.",
        "Phát hiện, bắt 4 vụ, 7 đối tượng mua bán, tàng trữ trái phép chất ma túy.",
        "2. Trật tự an toàn giao thông",
        "Xảy ra 3 vụ tai nạn giao thông, làm chết 2 người, bị thương 3 người. Lũy kế 7 tháng xảy ra 19 vụ, chết 12 người, bị thương 21 người.",
        "Lực lượng Cảnh sát giao thông lập biên bản 486 trường hợp vi phạm, phạt tiền nộp kho bạc 612 triệu đồng, tạm giữ 57 mô tô.",
        "3. Quản lý hành chính",
        "Cấp 1.240 thẻ căn cước, kích hoạt 980 tài khoản định danh điện tử mức độ 2.",
    ]),
    "ca-duc-phong-t8-2025": dict(CA, number="Số: 356/BC-CAH", place="Đức Phong, ngày 27 tháng 8 năm 2025",
        title=["Kết quả công tác bảo đảm an ninh, trật tự tháng 8 năm 2025"], body=[
        "1. Tình hình tội phạm",
        "Phạm pháp hình sự xảy ra 11 vụ; đã điều tra làm rõ 9 vụ, bắt 16 đối tượng.",
        "Bắt 3 vụ với 5 đối tượng phạm tội về ma túy.",
        "2. Trật tự an toàn giao thông",
        "Tai nạn giao thông: trong tháng 2 vụ, chết 1 người, bị thương 2 người; từ đầu năm đến nay 21 vụ, chết 13 người, bị thương 23 người.",
        "Xử lý 512 trường hợp vi phạm trật tự an toàn giao thông, nộp kho bạc nhà nước 0,68 tỷ đồng; tạm giữ 61 phương tiện.",
        "3. Quản lý hành chính",
        "Cấp thẻ CCCD cho 1.105 trường hợp; kích hoạt định danh điện tử mức 2 cho 1.032 tài khoản.",
    ]),
    "ca-duc-phong-t9-2025": dict(CA, number="Số: 399/BC-CAH", place="Đức Phong, ngày 26 tháng 9 năm 2025",
        title=["Kết quả công tác bảo đảm an ninh, trật tự tháng 9 năm 2025"], body=[
        "Một số số liệu chủ yếu:",
        [["TT", "Nội dung", "Đơn vị", "Tháng 9", "Lũy kế 9 tháng"],
         ["1", "Phạm pháp hình sự", "vụ", "8", "56"],
         ["2", "Tai nạn giao thông", "vụ", "4", "25"],
         ["3", "Số người chết do tai nạn giao thông", "người", "3", "16"],
         ["4", "Số người bị thương do tai nạn giao thông", "người", "2", "25"],
         ["5", "Vi phạm trật tự an toàn giao thông bị xử lý", "trường hợp", "540", "3.390"]],
        "Bắt 12 đối tượng phạm pháp hình sự; triệt phá 2 vụ, 4 đối tượng về ma túy.",
        "Phạt tiền vi phạm giao thông 705 triệu đồng.",
        "Cấp 1.190 thẻ căn cước; kích hoạt 1.011 tài khoản định danh điện tử.",
    ]),
}

# ---------------------------------------------------------------- Hội LHPN huyện Đức Phong, Q1 / 6 / 9 months / year
PN = dict(org=["HỘI LHPN TỈNH LÂM VIÊN", "HỘI LHPN HUYỆN ĐỨC PHONG"], right=list(STATE))
PHU_NU = {
    "pn-duc-phong-q1-2025": dict(PN, number="Số: 12/BC-HPN", place="Đức Phong, ngày 24 tháng 3 năm 2025",
        title=["Kết quả công tác Hội và phong trào phụ nữ quý I năm 2025"], body=[
        "Toàn huyện có 14.280 hội viên, sinh hoạt tại 96 chi hội.",
        "Trong quý kết nạp 212 hội viên mới, đạt 35,3% chỉ tiêu năm.",
        "Các cấp Hội giúp đỡ 48 hộ phụ nữ nghèo, 31 hộ phụ nữ cận nghèo phát triển kinh tế.",
        "Duy trì 74 tổ tiết kiệm với 1.130 thành viên, số tiền tiết kiệm 1,85 tỷ đồng.",
        "Dư nợ ủy thác qua Ngân hàng Chính sách xã hội 186,4 tỷ đồng, có 4.215 hộ vay.",
    ]),
    "pn-duc-phong-6t-2025": dict(PN, number="Số: 27/BC-HPN", place="Đức Phong, ngày 20 tháng 6 năm 2025",
        title=["Kết quả công tác Hội và phong trào phụ nữ 6 tháng đầu năm 2025"], body=[
        "Tổng số hội viên 14.455 chị, đạt 78,6% so với tổng số phụ nữ.",
        "6 tháng kết nạp 398 hội viên, đạt 66,3% kế hoạch năm.",
        "Giúp 52 hộ phụ nữ nghèo và 27 hộ cận nghèo.",
        "Có 76 tổ tiết kiệm, 1.162 thành viên tham gia, tổng số tiền tiết kiệm 1.920 triệu đồng.",
        "Hội nhận ủy thác cho vay 4.302 hộ, dư nợ 191,2 tỷ đồng.",
    ]),
    "pn-duc-phong-9t-2025": dict(PN, number="Số: 41/BC-HPN", place="Đức Phong, ngày 22 tháng 9 năm 2025",
        title=["Kết quả công tác Hội và phong trào phụ nữ 9 tháng năm 2025"], body=[
        "Kết quả thực hiện các chỉ tiêu 9 tháng:",
        [["TT", "Chỉ tiêu", "Đơn vị tính", "Kết quả", "Tỷ lệ so kế hoạch (%)"],
         ["1", "Kết nạp hội viên mới", "hội viên", "571", "95,2"],
         ["2", "Hộ phụ nữ nghèo được giúp đỡ", "hộ", "61", ""],
         ["3", "Dư nợ ủy thác", "tỷ đồng", "197,8", ""]],
        "Toàn Hội hiện có 14.602 hội viên.",
        "Số tổ tiết kiệm 79 tổ, thành viên 1.204 người, số dư 2,04 tỷ đồng.",
        "Giúp 33 hộ cận nghèo do phụ nữ làm chủ.",
    ]),
    "pn-duc-phong-nam-2025": dict(PN, number="Số: 58/BC-HPN", place="Đức Phong, ngày 12 tháng 12 năm 2025",
        title=["Tổng kết công tác Hội và phong trào phụ nữ năm 2025"], body=[
        "Năm 2025 kết nạp 655 hội viên mới, đạt 109,2% chỉ tiêu.",
        "Tổng số hội viên đến cuối năm 14.690 hội viên.",
        "Giúp đỡ 70 hộ phụ nữ nghèo, 38 hộ cận nghèo.",
        "Dư nợ ủy thác 203,5 tỷ đồng với 4.410 hộ vay.",
        "Tổ tiết kiệm: 81 tổ, 1.236 thành viên, 2,15 tỷ đồng.",
    ]),
}

# ---------------------------------------------------------------- Trung tâm Y tế huyện Đức Phong, months
YT = dict(org=["SỞ Y TẾ TỈNH LÂM VIÊN", "TRUNG TÂM Y TẾ HUYỆN ĐỨC PHONG"], right=list(STATE))
Y_TE = {
    "yt-duc-phong-t7-2025": dict(YT, number="Số: 611/BC-TTYT", place="Đức Phong, ngày 29 tháng 7 năm 2025",
        title=["Báo cáo hoạt động y tế tháng 7 năm 2025"], body=[
        "Khám bệnh cho 12.460 lượt người, điều trị nội trú 1.085 lượt người, công suất sử dụng giường bệnh 92,5%.",
        "Tiêm chủng đầy đủ cho 142 trẻ dưới 1 tuổi, lũy kế 7 tháng 968 trẻ, đạt 56,3% kế hoạch năm.",
        "Sốt xuất huyết: trong tháng 14 ca mắc, cộng dồn 63 ca; tay chân miệng 6 ca, cộng dồn 29 ca; không có tử vong.",
        "Kiểm tra 36 cơ sở kinh doanh thực phẩm, 31 cơ sở đạt, xử phạt 3 cơ sở.",
    ]),
    "yt-duc-phong-t8-2025": dict(YT, number="Số: 668/BC-TTYT", place="Đức Phong, ngày 28 tháng 8 năm 2025",
        title=["Báo cáo hoạt động y tế tháng 8 năm 2025"], body=[
        "Khám, chữa bệnh 13.105 lượt; bệnh nhân điều trị nội trú 1.142 lượt; công suất giường bệnh đạt 95,1%.",
        "Trẻ em dưới 1 tuổi được tiêm chủng đầy đủ trong tháng 151 trẻ; từ đầu năm 1.119 trẻ, đạt 65,1%.",
        "Ghi nhận 21 ca sốt xuất huyết, lũy kế 84 ca; 4 ca tay chân miệng, lũy kế 33 ca.",
        "Thanh tra, kiểm tra an toàn thực phẩm 28 cơ sở, xử phạt 2 cơ sở.",
    ]),
    "yt-duc-phong-t9-2025": dict(YT, number="Số: 702/BC-TTYT", place="Đức Phong, ngày 26 tháng 9 năm 2025",
        title=["Báo cáo hoạt động y tế tháng 9 năm 2025"], body=[
        "Số lượt khám bệnh 12.870 lượt, điều trị nội trú 1.098 lượt người; công suất sử dụng giường bệnh 90,4%.",
        "Tiêm chủng đầy đủ 9 tháng đạt 1.262 trẻ (73,4% kế hoạch); riêng tháng 9 là 143 trẻ.",
        "Bệnh truyền nhiễm:",
        [["TT", "Bệnh", "Số ca mắc trong tháng", "Cộng dồn từ đầu năm"],
         ["1", "Sốt xuất huyết", "17", "101"],
         ["2", "Tay chân miệng", "9", "42"]],
        "Kiểm tra 40 cơ sở thực phẩm; 37 cơ sở đạt yêu cầu.",
    ]),
}

REPORTS = {**UBND_DUC_PHONG, **CONG_AN, **PHU_NU, **Y_TE}


def write_all(folder: Path) -> list[Path]:
    return write_reports(folder, REPORTS)


if __name__ == "__main__":
    import sys
    for f in write_all(Path(sys.argv[1])):
        print(f)
