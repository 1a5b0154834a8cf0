"""Tables written by hand in the shapes of Vietnamese report appendices, with the facts expected
by reading them (written before the pipeline was run on them). tests/test_table_blind.py builds
each as a .docx and compares. The first 26 led to fixes; the last 11 (B1-B11) were held out
until those fixes were in.

Cell spec: "text" (one paragraph; "\n" separates paragraphs of one cell), "" (empty),
"^" (vMerge continuation), or ("text", span) for a gridSpan. A cell whose next-row
cell at the same grid column is "^" is written as a vMerge restart.

Expected: {(row, col): [(kind, value, unit), ...]}; every other cell must give no fact.
value: Decimal-able string; money in đồng. unit "?" = not judged (debatable).
"""
from decimal import Decimal as D

M6, M9, K = D(10) ** 6, D(10) ** 9, D(1000)

TABLES = []


def T(name, before, rows, expected, notes="", xfail=""):
    TABLES.append(dict(name=name, before=before, rows=rows, expected=expected, notes=notes, xfail=xfail))


# 1 socio-economic appendix, ĐVT column, two-row header, % columns, x / - for no data
T("kt-xh", ["Biểu 01: MỘT SỐ CHỈ TIÊU KINH TẾ - XÃ HỘI CHỦ YẾU NĂM 2024"], [
    ["STT", "Chỉ tiêu", "Đơn vị tính", "Kế hoạch năm 2024", "Thực hiện năm 2024", ("So sánh (%)", 2)],
    ["^", "^", "^", "^", "^", "So với KH", "So với cùng kỳ"],
    ["I", "Kinh tế", "", "", "", "", ""],
    ["1", "Tổng giá trị sản xuất", "tỷ đồng", "12.450", "12.876,5", "103,4", "108,2"],
    ["2", "Thu ngân sách trên địa bàn", "triệu đồng", "385.000", "402.310", "104,5", "96,7"],
    ["3", "Diện tích lúa gieo trồng", "ha", "18.200", "18.035", "99,1", "100,3"],
    ["II", "Văn hóa - xã hội", "", "", "", "", ""],
    ["4", "Tỷ lệ hộ nghèo", "%", "2,1", "1,86", "x", "x"],
    ["5", "Số lao động được giải quyết việc làm", "người", "2.500", "2.734", "109,4", "105,0"],
    ["6", "Tỷ lệ người dân tham gia bảo hiểm y tế", "%", "93", "93,6", "100,6", "-"],
], {
    (3, 3): [("money", 12450 * M9, "đồng")], (3, 4): [("money", D("12876.5") * M9, "đồng")],
    (3, 5): [("percent", "103.4", "%")], (3, 6): [("percent", "108.2", "%")],
    (4, 3): [("money", 385000 * M6, "đồng")], (4, 4): [("money", 402310 * M6, "đồng")],
    (4, 5): [("percent", "104.5", "%")], (4, 6): [("percent", "96.7", "%")],
    (5, 3): [("count", "18200", "ha")], (5, 4): [("count", "18035", "ha")],
    (5, 5): [("percent", "99.1", "%")], (5, 6): [("percent", "100.3", "%")],
    (7, 3): [("percent", "2.1", "%")], (7, 4): [("percent", "1.86", "%")],
    (8, 3): [("count", "2500", "người")], (8, 4): [("count", "2734", "người")],
    (8, 5): [("percent", "109.4", "%")], (8, 6): [("percent", "105.0", "%")],
    (9, 3): [("percent", "93", "%")], (9, 4): [("percent", "93.6", "%")],
    (9, 5): [("percent", "100.6", "%")],
})

# 2 Party building per unit: "Đơn vị" column holds organisations (not units of measure)
T("kn-dang", ["Biểu 02: KẾT QUẢ KẾT NẠP ĐẢNG VIÊN NĂM 2024"], [
    ["STT", "Đơn vị", "Tổng số đảng viên", "Kết nạp mới", "Chỉ tiêu giao", "Tỷ lệ đạt (%)"],
    ["1", "Đảng bộ xã Tân Hòa", "312", "14", "12", "116,7"],
    ["2", "Đảng bộ xã Long Phước", "268", "9", "10", "90,0"],
    ["3", "Chi bộ Trường THPT Nguyễn Du", "41", "3", "2", "150,0"],
    ["", "Tổng cộng", "621", "26", "24", "108,3"],
], {
    **{(r, 2): [("count", v, "?")] for r, v in ((1, "312"), (2, "268"), (3, "41"), (4, "621"))},
    **{(r, 3): [("count", v, "?")] for r, v in ((1, "14"), (2, "9"), (3, "3"), (4, "26"))},
    **{(r, 4): [("count", v, "?")] for r, v in ((1, "12"), (2, "10"), (3, "2"), (4, "24"))},
    **{(r, 5): [("percent", v, "%")] for r, v in ((1, "116.7"), (2, "90.0"), (3, "150.0"), (4, "108.3"))},
})

# 3 per-commune, caption unit, "Trong đó" spanning Nam | Nữ, "Toàn huyện" row first
T("commune-gender", ["Biểu 03: LAO ĐỘNG ĐƯỢC ĐÀO TẠO NGHỀ", "Đơn vị tính: người"], [
    ["TT", "Xã, thị trấn", "Tổng số", ("Trong đó", 2)],
    ["^", "^", "^", "Nam", "Nữ"],
    ["", "Toàn huyện", "1.245", "702", "543"],
    ["1", "Xã Hòa An", "412", "230", "182"],
    ["2", "Thị trấn Cây Dương", "833", "472", "361"],
], {
    (2, 2): [("count", "1245", "người")], (2, 3): [("count", "702", "người")], (2, 4): [("count", "543", "người")],
    (3, 2): [("count", "412", "người")], (3, 3): [("count", "230", "người")], (3, 4): [("count", "182", "người")],
    (4, 2): [("count", "833", "người")], (4, 3): [("count", "472", "người")], (4, 4): [("count", "361", "người")],
})

# 4 units inside header cells: "(ĐVT: người)", "(triệu đồng)"; a text cell with a figure
T("header-units", ["Kết quả công tác an sinh xã hội dịp Tết:"], [
    ["STT", "Nội dung", "Số lượng (ĐVT: người)", "Số tiền (triệu đồng)", "Ghi chú"],
    ["1", "Hỗ trợ hộ nghèo dịp Tết", "356", "178,5", ""],
    ["2", "Thăm hỏi gia đình chính sách", "124", "62", "Tổ chức 02 đợt"],
    ["3", "Khám bệnh miễn phí", "1.050", "45,25", ""],
], {
    (1, 2): [("count", "356", "người")], (1, 3): [("money", D("178.5") * M6, "đồng")],
    (2, 2): [("count", "124", "người")], (2, 3): [("money", 62 * M6, "đồng")],
    (2, 4): [("count", "2", "đợt")],
    (3, 2): [("count", "1050", "người")], (3, 3): [("money", D("45.25") * M6, "đồng")],
})

# 5 cells with a figure and its change "12 (giảm 3)"; "-" for none; years in headers
T("text-and-change", ["Tình hình trật tự an toàn giao thông:"], [
    ["Chỉ tiêu", "Năm 2023", "Năm 2024", "Ghi chú"],
    ["Số vụ tai nạn giao thông", "15", "12 (giảm 3)", ""],
    ["Số người chết", "9", "11 (tăng 2)", ""],
    ["Số vụ cháy", "2", "-", "Không có thiệt hại về người"],
], {
    (1, 1): [("count", "15", "?")], (1, 2): [("count", "12", "?"), ("change", "3", "?")],
    (2, 1): [("count", "9", "?")], (2, 2): [("count", "11", "?"), ("change", "2", "?")],
    (3, 1): [("count", "2", "?")],
})

# 6 percent cells without "%" under "Tỷ lệ (%)"
T("pct-header", ["Kết quả học sinh giỏi năm học 2024 - 2025"], [
    ["STT", "Trường", "Số học sinh", "Học sinh giỏi", "Tỷ lệ (%)"],
    ["1", "THCS Lê Lợi", "640", "182", "28,44"],
    ["2", "THCS Trần Phú", "515", "97", "18,83"],
], {
    (1, 2): [("count", "640", "?")], (1, 3): [("count", "182", "?")], (1, 4): [("percent", "28.44", "%")],
    (2, 2): [("count", "515", "?")], (2, 3): [("count", "97", "?")], (2, 4): [("percent", "18.83", "%")],
})

# 7 years / half-years in header, ĐVT column, "So cùng kỳ (%)" column
T("years-header", ["Một số chỉ tiêu 6 tháng đầu năm 2025"], [
    ["TT", "Chỉ tiêu", "ĐVT", "Năm 2024", "6 tháng 2025", "So cùng kỳ (%)"],
    ["1", "Số doanh nghiệp thành lập mới", "Doanh nghiệp", "86", "47", "112,5"],
    ["2", "Vốn đăng ký", "Tỷ đồng", "1.320", "705,4", "98,3"],
    ["3", "Khách du lịch", "Lượt khách", "215.000", "131.400", "121,0"],
], {
    (1, 3): [("count", "86", "Doanh nghiệp")], (1, 4): [("count", "47", "Doanh nghiệp")],
    (1, 5): [("percent", "112.5", "%")],
    (2, 3): [("money", 1320 * M9, "đồng")], (2, 4): [("money", D("705.4") * M9, "đồng")],
    (2, 5): [("percent", "98.3", "%")],
    (3, 3): [("count", "215000", "Lượt khách")], (3, 4): [("count", "131400", "Lượt khách")],
    (3, 5): [("percent", "121.0", "%")],
})

# 8 STT column I, II, 1, 2, a, b (letters without dot)
T("stt-letters", ["Số lượng tổ chức đảng và đảng viên"], [
    ["STT", "Nội dung", "Số lượng"],
    ["I", "Tổ chức đảng", ""],
    ["1", "Đảng bộ cơ sở", "18"],
    ["a", "Đảng bộ xã", "12"],
    ["b", "Đảng bộ cơ quan", "6"],
    ["2", "Chi bộ cơ sở", "25"],
    ["II", "Đảng viên", ""],
    ["1", "Tổng số đảng viên", "1.892"],
    ["2", "Đảng viên được miễn sinh hoạt", "143"],
], {
    (2, 2): [("count", "18", "?")], (3, 2): [("count", "12", "?")], (4, 2): [("count", "6", "?")],
    (5, 2): [("count", "25", "?")], (7, 2): [("count", "1892", "?")], (8, 2): [("count", "143", "?")],
}, notes="row labels of a/b rows should be the Nội dung text, not 'a'")

# 9 cells with two lines
T("two-lines", ["Kết quả phát triển hội viên"], [
    ["Chỉ tiêu", "Kết quả"],
    ["Số hội viên", "1.250\n(tăng 5%)"],
    ["Trong đó", "Nam: 620\nNữ: 630"],
], {
    (1, 1): [("count", "1250", "?"), ("change", "5", "%")],
    (2, 1): [("count", "620", "?"), ("count", "630", "?")],
})

# 10 mass organisation, vMerge + span header with a Tỷ lệ (%) sub-column; "Cộng" in col 0
T("hoi-nd", ["Tình hình phát triển hội viên Hội Nông dân"], [
    ["STT", "Chi hội", "Số hội viên", ("Kết nạp mới", 2)],
    ["^", "^", "^", "Số lượng", "Tỷ lệ (%)"],
    ["1", "Chi hội ấp 1", "145", "8", "5,5"],
    ["2", "Chi hội ấp 2", "132", "6", "4,5"],
    ["Cộng", "", "277", "14", "5,1"],
], {
    (2, 2): [("count", "145", "?")], (2, 3): [("count", "8", "?")], (2, 4): [("percent", "5.5", "%")],
    (3, 2): [("count", "132", "?")], (3, 3): [("count", "6", "?")], (3, 4): [("percent", "4.5", "%")],
    (4, 2): [("count", "277", "?")], (4, 3): [("count", "14", "?")], (4, 4): [("percent", "5.1", "%")],
})

# 11 caption "(Đơn vị tính: triệu đồng)" above a money table with a Tỷ lệ column
T("caption-money", ["Tình hình giải ngân vốn đầu tư công", "(Đơn vị tính: triệu đồng)"], [
    ["STT", "Nguồn vốn", "Kế hoạch", "Giải ngân", "Tỷ lệ giải ngân (%)"],
    ["1", "Vốn ngân sách tỉnh", "45.600", "31.250", "68,5"],
    ["2", "Vốn ngân sách huyện", "12.300", "10.115,7", "82,2"],
    ["", "Tổng cộng", "57.900", "41.365,7", "71,4"],
], {
    (1, 2): [("money", 45600 * M6, "đồng")], (1, 3): [("money", 31250 * M6, "đồng")], (1, 4): [("percent", "68.5", "%")],
    (2, 2): [("money", 12300 * M6, "đồng")], (2, 3): [("money", D("10115.7") * M6, "đồng")], (2, 4): [("percent", "82.2", "%")],
    (3, 2): [("money", 57900 * M6, "đồng")], (3, 3): [("money", D("41365.7") * M6, "đồng")], (3, 4): [("percent", "71.4", "%")],
})

# 12 "ĐVT: tỷ đồng" as the table's first row (one cell across the width)
T("unit-row", ["Dự toán chi ngân sách theo lĩnh vực"], [
    [("ĐVT: tỷ đồng", 4)],
    ["TT", "Lĩnh vực", "Dự toán", "Thực hiện"],
    ["1", "Giáo dục", "210,5", "198,2"],
    ["2", "Y tế", "85", "87,4"],
], {
    (2, 2): [("money", D("210.5") * M9, "đồng")], (2, 3): [("money", D("198.2") * M9, "đồng")],
    (3, 2): [("money", 85 * M9, "đồng")], (3, 3): [("money", D("87.4") * M9, "đồng")],
})

# 13 index table: scores, ranks "12/63"
T("index", ["Kết quả các chỉ số năm 2024"], [
    ["Chỉ số", "Điểm 2023", "Điểm 2024", "Xếp hạng"],
    ["PAR INDEX", "85,12", "87,46", "12/63"],
    ["SIPAS", "82,4", "84,9", "20/63"],
    ["PCI", "66,5", "67,83", "25"],
], {
    (1, 1): [("count", "85.12", "?")], (1, 2): [("count", "87.46", "?")],
    (2, 1): [("count", "82.4", "?")], (2, 2): [("count", "84.9", "?")],
    (3, 1): [("count", "66.5", "?")], (3, 2): [("count", "67.83", "?")],
}, notes="ranks: no facts (first labelled as debatable fractions and a count; changed to agree "
         "with the sentence sets, where 'xếp thứ 12/63' is no fact, and table_blind_cases2)")

# 14 "x", "-", "0" under quarters, ĐVT column
T("quarters", ["Kết quả công tác thanh tra"], [
    ["STT", "Chỉ tiêu", "ĐVT", "Quý I", "Quý II", "Quý III"],
    ["1", "Số cuộc thanh tra", "Cuộc", "3", "x", "2"],
    ["2", "Số tiền thu hồi", "Triệu đồng", "-", "125", "0"],
], {
    (1, 3): [("count", "3", "Cuộc")], (1, 5): [("count", "2", "Cuộc")],
    (2, 4): [("money", 125 * M6, "đồng")], (2, 5): [("money", 0, "đồng")],
})

# 15 two header rows with year spans, KH / TH / Ước TH
T("plan-two-years", ["Kết quả thực hiện các chỉ tiêu chủ yếu"], [
    ["TT", "Chỉ tiêu", "ĐVT", ("Năm 2024", 2), ("Năm 2025", 2)],
    ["^", "^", "^", "Kế hoạch", "Thực hiện", "Kế hoạch", "Ước TH"],
    ["1", "Sản lượng lương thực", "Tấn", "95.000", "96.420", "96.000", "97.150"],
    ["2", "Tỷ lệ trường đạt chuẩn quốc gia", "%", "70", "72,5", "75", "76,1"],
    ["3", "Số xã đạt chuẩn nông thôn mới", "Xã", "9", "9", "11", "10"],
], {
    (2, 3): [("count", "95000", "Tấn")], (2, 4): [("count", "96420", "Tấn")],
    (2, 5): [("count", "96000", "Tấn")], (2, 6): [("count", "97150", "Tấn")],
    (3, 3): [("percent", "70", "%")], (3, 4): [("percent", "72.5", "%")],
    (3, 5): [("percent", "75", "%")], (3, 6): [("percent", "76.1", "%")],
    (4, 3): [("count", "9", "Xã")], (4, 4): [("count", "9", "Xã")],
    (4, 5): [("count", "11", "Xã")], (4, 6): [("count", "10", "Xã")],
})

# 16 "Đơn vị" = organisation column, "Tổng" row
T("don-vi-org", ["Số lượng chi bộ, đảng viên các đảng bộ trực thuộc"], [
    ["STT", "Đơn vị", "Số chi bộ", "Số đảng viên", "Đảng viên mới"],
    ["1", "Đảng bộ xã Phú An", "14", "356", "11"],
    ["2", "Đảng bộ Quân sự huyện", "3", "48", "2"],
    ["", "Tổng", "17", "404", "13"],
], {
    (1, 2): [("count", "14", "?")], (1, 3): [("count", "356", "?")], (1, 4): [("count", "11", "?")],
    (2, 2): [("count", "3", "?")], (2, 3): [("count", "48", "?")], (2, 4): [("count", "2", "?")],
    (3, 2): [("count", "17", "?")], (3, 3): [("count", "404", "?")], (3, 4): [("count", "13", "?")],
})

# 17 fractions and percents written out in cells
T("fraction-cells", ["Kết quả đánh giá, xếp loại năm 2024"], [
    ["Nội dung", "Kết quả", "Tỷ lệ"],
    ["Số chi bộ hoàn thành tốt nhiệm vụ", "15/20", "75%"],
    ["Số đảng viên được đánh giá", "310/325", "95,38%"],
], {
    (1, 1): [("fraction", "?", "?")], (1, 2): [("percent", "75", "%")],
    (2, 1): [("fraction", "?", "?")], (2, 2): [("percent", "95.38", "%")],
})

# 18 ranges and rate units in the header
T("support-levels", ["Mức hỗ trợ theo đối tượng"], [
    ["STT", "Đối tượng", "Mức hỗ trợ (triệu đồng/người)"],
    ["1", "Hộ nghèo", "3 - 5"],
    ["2", "Hộ cận nghèo", "2"],
], {
    (1, 2): [("range", "?", "?")],
    (2, 2): [("rate", "?", "?")],
}, notes="rate header: debatable")

# 19 row labels with numbers ("dưới 30 tuổi"), Tỷ lệ (%) column with 100
T("age-split", ["Cơ cấu đoàn viên"], [
    ["Chỉ tiêu", "Số lượng", "Tỷ lệ (%)"],
    ["Tổng số đoàn viên", "2.460", "100"],
    ["Trong đó: dưới 30 tuổi", "1.845", "75,0"],
    ["Từ 30 tuổi trở lên", "615", "25,0"],
], {
    (1, 1): [("count", "2460", "?")], (1, 2): [("percent", "100", "%")],
    (2, 1): [("count", "1845", "?")], (2, 2): [("percent", "75.0", "%")],
    (3, 1): [("count", "615", "?")], (3, 2): [("percent", "25.0", "%")],
})

# 20 signed change column "+7" / "-7"
T("signed-change", ["Tình hình tội phạm 9 tháng năm 2025"], [
    ["Chỉ tiêu", "9 tháng 2024", "9 tháng 2025", "Tăng (+), giảm (-)"],
    ["Số vụ phạm pháp hình sự", "48", "41", "-7"],
    ["Số vụ ma túy", "12", "19", "+7"],
], {
    (1, 1): [("count", "48", "?")], (1, 2): [("count", "41", "?")], (1, 3): [("change", "7", "?")],
    (2, 1): [("count", "12", "?")], (2, 2): [("count", "19", "?")], (2, 3): [("change", "7", "?")],
}, notes="signed change: debatable kind")

# 21 money in đồng with full grouping, "Cộng" row
T("money-dong", ["Quyết toán kinh phí hoạt động"], [
    ["STT", "Khoản chi", "Số tiền (đồng)"],
    ["1", "Chi hỗ trợ", "125.500.000"],
    ["2", "Chi khen thưởng", "18.000.000"],
    ["Cộng", "", "143.500.000"],
], {
    (1, 2): [("money", "125500000", "đồng")], (2, 2): [("money", "18000000", "đồng")],
    (3, 2): [("money", "143500000", "đồng")],
})

# 22 crop table: units in headers, one a rate
T("crops", ["Kết quả sản xuất vụ Đông Xuân"], [
    ["Cây trồng", "Diện tích (ha)", "Năng suất (tạ/ha)", "Sản lượng (tấn)"],
    ["Lúa", "12.450", "62,5", "77.812"],
    ["Ngô", "1.120", "48,3", "5.410"],
], {
    (1, 1): [("count", "12450", "ha")], (1, 2): [("rate", "62.5", "tạ/ha")], (1, 3): [("count", "77812", "tấn")],
    (2, 1): [("count", "1120", "ha")], (2, 2): [("rate", "48.3", "tạ/ha")], (2, 3): [("count", "5410", "tấn")],
}, notes="rate under a tạ/ha header: debatable kind (count with unit tạ/ha acceptable)")

# 23 unit in the row label "(triệu đồng)"; a text note with a percent
T("row-label-unit", ["Thu, chi ngân sách"], [
    ["Chỉ tiêu", "Thực hiện", "Ghi chú"],
    ["Thu ngân sách (triệu đồng)", "45.230", "Đạt 105% dự toán"],
    ["Chi ngân sách (triệu đồng)", "39.870", ""],
    ["Tỷ lệ hộ nghèo (%)", "1,2", ""],
], {
    (1, 1): [("money", 45230 * M6, "đồng")], (1, 2): [("percent", "105", "%")],
    (2, 1): [("money", 39870 * M6, "đồng")],
    (3, 1): [("percent", "1.2", "%")],
})

# 24 years down the first column
T("years-rows", ["Kết quả giảm nghèo qua các năm"], [
    ["Năm", "Số hộ nghèo", "Tỷ lệ (%)"],
    ["2022", "512", "3,1"],
    ["2023", "430", "2,6"],
], {
    (1, 1): [("count", "512", "?")], (1, 2): [("percent", "3.1", "%")],
    (2, 1): [("count", "430", "?")], (2, 2): [("percent", "2.6", "%")],
}, notes="row label should be the year")

# 25 column-number row under the header: "A | B | 1 | 2 | 3=2/1"
T("colnum-row", ["Kết quả hỗ trợ nhà ở"], [
    ["STT", "Chỉ tiêu", "Kế hoạch", "Thực hiện", "Tỷ lệ (%)"],
    ["A", "B", "1", "2", "3=2/1"],
    ["1", "Số hộ được hỗ trợ", "120", "126", "105"],
    ["2", "Số nhà xây mới", "80", "77", "96,3"],
], {
    (2, 2): [("count", "120", "?")], (2, 3): [("count", "126", "?")], (2, 4): [("percent", "105", "%")],
    (3, 2): [("count", "80", "?")], (3, 3): [("count", "77", "?")], (3, 4): [("percent", "96.3", "%")],
})

# 26 column-number row "(1) | (2) | ..."
T("colnum-paren", ["Kết quả tiếp công dân"], [
    ["TT", "Đơn vị", "Số lượt", "Số người", "Số vụ việc"],
    ["(1)", "(2)", "(3)", "(4)", "(5)"],
    ["1", "Xã Phước Hòa", "18", "22", "15"],
    ["2", "Xã Tân Lập", "9", "9", "7"],
], {
    (2, 2): [("count", "18", "?")], (2, 3): [("count", "22", "?")], (2, 4): [("count", "15", "?")],
    (3, 2): [("count", "9", "?")], (3, 3): [("count", "9", "?")], (3, 4): [("count", "7", "?")],
})


# ---- held-out batch --------------------------------------------------------------------

# B1 years as bare column headers; units in the row labels
T("years-as-columns", ["Kết quả giảm nghèo giai đoạn 2021 - 2023"], [
    ["Chỉ tiêu", "2021", "2022", "2023"],
    ["Số hộ nghèo (hộ)", "1.204", "986", "742"],
    ["Tỷ lệ hộ nghèo (%)", "4,15", "3,38", "2,51"],
    ["Kinh phí hỗ trợ (triệu đồng)", "3.250", "3.480", "3.910"],
], {
    (1, 1): [("count", "1204", "hộ")], (1, 2): [("count", "986", "hộ")], (1, 3): [("count", "742", "hộ")],
    (2, 1): [("percent", "4.15", "%")], (2, 2): [("percent", "3.38", "%")], (2, 3): [("percent", "2.51", "%")],
    (3, 1): [("money", 3250 * M6, "đồng")], (3, 2): [("money", 3480 * M6, "đồng")], (3, 3): [("money", 3910 * M6, "đồng")],
})

# B2 caption "ĐVT: Hộ" right-aligned, a "Tổng số" column last
T("caption-ho", ["Biểu 04: SỐ HỘ ĐƯỢC HỖ TRỢ NHÀ Ở", "ĐVT: Hộ"], [
    ["STT", "Xã", "Xây mới", "Sửa chữa", "Tổng số"],
    ["1", "Xã Phú Thạnh", "12", "7", "19"],
    ["2", "Xã Hiệp Hưng", "9", "4", "13"],
    ["", "Cộng", "21", "11", "32"],
], {
    **{(r, c): [("count", v, "Hộ")] for (r, c), v in {
        (1, 2): "12", (1, 3): "7", (1, 4): "19", (2, 2): "9", (2, 3): "4", (2, 4): "13",
        (3, 2): "21", (3, 3): "11", (3, 4): "32"}.items()},
})

# B3 three-level header with "Trong đó" and a "Tỷ lệ nữ (%)" sub-column; "Cộng" across two cells
T("dang-vien-co-cau", ["Cơ cấu đảng viên các chi bộ trực thuộc"], [
    ["TT", "Đơn vị", "Tổng số đảng viên", ("Trong đó", 3)],
    ["^", "^", "^", "Nữ", "Dân tộc thiểu số", "Tỷ lệ nữ (%)"],
    ["1", "Chi bộ ấp Tân Long", "38", "11", "4", "28,9"],
    ["2", "Chi bộ ấp Mỹ Hòa", "42", "15", "0", "35,7"],
    [("Cộng", 2), "80", "26", "4", "32,5"],
], {
    (2, 2): [("count", "38", "?")], (2, 3): [("count", "11", "?")], (2, 4): [("count", "4", "?")], (2, 5): [("percent", "28.9", "%")],
    (3, 2): [("count", "42", "?")], (3, 3): [("count", "15", "?")], (3, 4): [("count", "0", "?")], (3, 5): [("percent", "35.7", "%")],
    (4, 2): [("count", "80", "?")], (4, 3): [("count", "26", "?")], (4, 4): [("count", "4", "?")], (4, 5): [("percent", "32.5", "%")],
})

# B4 "ĐV tính" column with Nghìn đồng / %; a "TH/KH (%)" column
T("dv-tinh", ["Một số chỉ tiêu chủ yếu năm 2025"], [
    ["TT", "Chỉ tiêu", "ĐV tính", "KH 2025", "TH 2025", "TH/KH (%)"],
    ["1", "Thu nhập bình quân đầu người", "Nghìn đồng", "62.000", "63.450", "102,3"],
    ["2", "Tỷ lệ hộ dùng nước sạch", "%", "92", "93,4", "101,5"],
    ["3", "Số trường đạt chuẩn", "Trường", "24", "25", "104,2"],
], {
    (1, 3): [("money", 62000 * K, "đồng")], (1, 4): [("money", 63450 * K, "đồng")], (1, 5): [("percent", "102.3", "%")],
    (2, 3): [("percent", "92", "%")], (2, 4): [("percent", "93.4", "%")], (2, 5): [("percent", "101.5", "%")],
    (3, 3): [("count", "24", "Trường")], (3, 4): [("count", "25", "Trường")], (3, 5): [("percent", "104.2", "%")],
})

# B5 cells with "%" written, and counts with units written in the cell
T("written-units", ["Kết quả công tác tuyên truyền"], [
    ["STT", "Nội dung", "Kết quả"],
    ["1", "Tổ chức tuyên truyền", "48 cuộc"],
    ["2", "Số lượt người tham dự", "3.560 lượt người"],
    ["3", "Tỷ lệ hộ được phổ biến", "87,5%"],
], {
    (1, 2): [("count", "48", "cuộc")], (2, 2): [("count", "3560", "lượt người")],
    (3, 2): [("percent", "87.5", "%")],
})

# B6 signed percent changes under "Tăng (+), giảm (-) so cùng kỳ (%)"
T("signed-pct", ["So sánh với cùng kỳ"], [
    ["Chỉ tiêu", "Quý III/2025", "Tăng (+), giảm (-) so cùng kỳ (%)"],
    ["Tổng mức bán lẻ hàng hóa (tỷ đồng)", "2.145,6", "+5,2"],
    ["Số lượt khách du lịch (lượt)", "86.400", "-1,3"],
], {
    (1, 1): [("money", D("2145.6") * M9, "đồng")], (1, 2): [("change", "5.2", "%")],
    (2, 1): [("count", "86400", "lượt")], (2, 2): [("change", "1.3", "%")],
}, notes="header 'Quý III/2025' has a slash")

# B7 Party ranking counts with "-" and "0"
T("xep-loai", ["Kết quả đánh giá, xếp loại tổ chức đảng năm 2024"], [
    ["Loại hình", "Tổng số", "HTXSNV", "HTTNV", "HTNV", "KHTNV"],
    ["Đảng bộ cơ sở", "16", "3", "12", "1", "-"],
    ["Chi bộ cơ sở", "22", "4", "17", "1", "0"],
], {
    (1, 1): [("count", "16", "?")], (1, 2): [("count", "3", "?")], (1, 3): [("count", "12", "?")], (1, 4): [("count", "1", "?")],
    (2, 1): [("count", "22", "?")], (2, 2): [("count", "4", "?")], (2, 3): [("count", "17", "?")], (2, 4): [("count", "1", "?")],
    (2, 5): [("count", "0", "?")],
})

# B8 dotted STT and no STT header word (empty corner cell)
T("dotted-stt", ["Thống kê thủ tục hành chính"], [
    ["", "Nội dung", "Đơn vị tính", "Số liệu"],
    ["1.", "Tổng số TTHC", "Thủ tục", "1.842"],
    ["1.1.", "TTHC cấp tỉnh", "Thủ tục", "1.420"],
    ["1.1.1.", "TTHC có phí, lệ phí", "Thủ tục", "312"],
    ["1.2.", "TTHC cấp xã", "Thủ tục", "422"],
], {
    (1, 3): [("count", "1842", "Thủ tục")], (2, 3): [("count", "1420", "Thủ tục")],
    (3, 3): [("count", "312", "Thủ tục")], (4, 3): [("count", "422", "Thủ tục")],
})

# B9 unit in a partial first row (right-hand cells), then the header
T("unit-right-cell", ["Kết quả thu ngân sách"], [
    ["", "", ("Đơn vị tính: triệu đồng", 2)],
    ["STT", "Nội dung thu", "Dự toán", "Thực hiện"],
    ["1", "Thuế ngoài quốc doanh", "8.500", "9.120"],
    ["2", "Lệ phí trước bạ", "3.200", "2.980"],
], {
    (2, 2): [("money", 8500 * M6, "đồng")], (2, 3): [("money", 9120 * M6, "đồng")],
    (3, 2): [("money", 3200 * M6, "đồng")], (3, 3): [("money", 2980 * M6, "đồng")],
})

# B10 index component scores with maxima and ranks
T("index-components", ["Điểm số các chỉ số thành phần"], [
    ["STT", "Chỉ số thành phần", "Điểm tối đa", "Điểm đạt", "Tỷ lệ (%)", "Xếp hạng"],
    ["1", "Công tác chỉ đạo điều hành", "9", "8,75", "97,22", "5/21"],
    ["2", "Cải cách thủ tục hành chính", "14", "12,6", "90,00", "11/21"],
], {
    (1, 2): [("count", "9", "?")], (1, 3): [("count", "8.75", "?")], (1, 4): [("percent", "97.22", "%")],
    (2, 2): [("count", "14", "?")], (2, 3): [("count", "12.6", "?")], (2, 4): [("percent", "90.00", "%")],
}, notes="ranks '5/21' under 'Xếp hạng': no facts (first labelled debatable fractions; see 'index')")

# B11 cells with a figure and a breakdown in brackets, header unit
T("breakdown-cells", ["Kết quả phát triển đoàn viên"], [
    ["Đơn vị", "Kết nạp mới (người)", "Ghi chú"],
    ["Công đoàn khối cơ quan", "45 (nữ 28)", ""],
    ["Công đoàn khối doanh nghiệp", "112 (nữ 61)", "Vượt 12% kế hoạch"],
], {
    (1, 1): [("count", "45", "người"), ("count", "28", "?")],
    (2, 1): [("count", "112", "người"), ("count", "61", "?")], (2, 2): [("percent", "12", "%")],
}, notes="breakdown in brackets: debatable")


# ---- batches 3 and 4, also written before running ------------------------------------

T("gender-groups", ["Kết quả kết nạp đảng viên theo giới tính"], [
    ["STT", "Đơn vị", ("Nam", 2), ("Nữ", 2)],
    ["^", "^", "Số lượng", "Tỷ lệ (%)", "Số lượng", "Tỷ lệ (%)"],
    ["1", "Đảng bộ Khối cơ quan", "14", "58,3", "10", "41,7"],
    ["2", "Đảng bộ Công an huyện", "9", "75,0", "3", "25,0"],
], {
    (2, 2): [("count", "14", "?")], (2, 3): [("percent", "58.3", "%")], (2, 4): [("count", "10", "?")], (2, 5): [("percent", "41.7", "%")],
    (3, 2): [("count", "9", "?")], (3, 3): [("percent", "75.0", "%")], (3, 4): [("count", "3", "?")], (3, 5): [("percent", "25.0", "%")],
})
T("mixed-cells", ["Kết quả thực hiện chỉ tiêu nghị quyết"], [
    ["TT", "Chỉ tiêu nghị quyết", "Kết quả", "Đánh giá"],
    ["1", "Kết nạp đảng viên mới", "02/02 đồng chí", "Đạt 100%"],
    ["2", "Tổ chức sinh hoạt chuyên đề", "04 lượt", "Đạt"],
    ["3", "Chi bộ hoàn thành tốt nhiệm vụ trở lên", "100%", "Đạt"],
], {
    (1, 2): [("fraction", "?", "?")], (1, 3): [("percent", "100", "%")],
    (2, 2): [("count", "4", "lượt")], (3, 2): [("percent", "100", "%")],
})
T("tblheader-flag", ["Tình hình tiếp nhận hồ sơ"], [
    ["STT", "Lĩnh vực", "Số hồ sơ tiếp nhận", "Đã giải quyết", "Tỷ lệ đúng hạn (%)"],
    ["1", "Đất đai", "1.245", "1.198", "97,6"],
    ["2", "Hộ tịch", "3.410", "3.410", "100"],
    ["3", "Xây dựng", "86", "80", "93,0"],
], {
    (1, 2): [("count", "1245", "?")], (1, 3): [("count", "1198", "?")], (1, 4): [("percent", "97.6", "%")],
    (2, 2): [("count", "3410", "?")], (2, 3): [("count", "3410", "?")], (2, 4): [("percent", "100", "%")],
    (3, 2): [("count", "86", "?")], (3, 3): [("count", "80", "?")], (3, 4): [("percent", "93.0", "%")],
})

T("thousand-dong-caption", ["BẢNG TỔNG HỢP KINH PHÍ HOẠT ĐỘNG NĂM 2025", "(Đơn vị tính: 1.000 đồng)"], [
    ["STT", "Nội dung chi", "Dự toán", "Đã chi", "Còn lại"],
    ["1", "Chi thường xuyên", "450.000", "312.500", "137.500"],
    ["2", "Chi hội nghị", "35.000", "35.000", "0"],
], {
    (1, 2): [("money", 450000 * K, "đồng")], (1, 3): [("money", 312500 * K, "đồng")], (1, 4): [("money", 137500 * K, "đồng")],
    (2, 2): [("money", 35000 * K, "đồng")], (2, 3): [("money", 35000 * K, "đồng")], (2, 4): [("money", 0, "đồng")],
})
T("thousand-dong-header", ["Mức thu đoàn phí"], [
    ["Đối tượng", "Số đoàn viên", "Mức thu (1.000 đồng/tháng)", "Tổng thu (1.000 đồng)"],
    ["Đoàn viên khu vực hành chính", "120", "5", "7.200"],
    ["Đoàn viên nông thôn", "340", "2", "8.160"],
], {
    (1, 1): [("count", "120", "?")], (1, 2): [("rate", "?", "?")], (1, 3): [("money", 7200 * K, "đồng")],
    (2, 1): [("count", "340", "?")], (2, 2): [("rate", "?", "?")], (2, 3): [("money", 8160 * K, "đồng")],
}, notes="rate with a 1.000 multiple: debatable")
T("vmerge-row-label", ["Kết quả xử lý vi phạm"], [
    ["Đơn vị", "Năm", "Số vụ", "Số tiền phạt (triệu đồng)"],
    ["Xã Long Bình", "2023", "14", "56,5"],
    ["^", "2024", "9", "41"],
    ["Xã Tân Phú", "2023", "6", "18"],
    ["^", "2024", "11", "47,5"],
], {
    (1, 2): [("count", "14", "?")], (1, 3): [("money", D("56.5") * M6, "đồng")],
    (2, 2): [("count", "9", "?")], (2, 3): [("money", 41 * M6, "đồng")],
    (3, 2): [("count", "6", "?")], (3, 3): [("money", 18 * M6, "đồng")],
    (4, 2): [("count", "11", "?")], (4, 3): [("money", D("47.5") * M6, "đồng")],
})
T("dvt-column-variants", ["Kết quả sản xuất nông nghiệp"], [
    ["STT", "Chỉ tiêu", "Đ.v.t", "Thực hiện"],
    ["1", "Tổng đàn heo", "Con", "24.600"],
    ["2", "Giá trị sản xuất trên 1 ha đất trồng trọt", "Tr.đồng", "182"],
    ["3", "Tỷ lệ che phủ rừng", "%", "21,4"],
], {
    (1, 3): [("count", "24600", "Con")], (2, 3): [("money", 182 * M6, "đồng")], (3, 3): [("percent", "21.4", "%")],
})
T("section-row-no-stt", ["Kết quả thực hiện một số chỉ tiêu"], [
    ["Chỉ tiêu", "Kế hoạch", "Thực hiện", "Tỷ lệ (%)"],
    ["Kinh tế", "", "", ""],
    ["Số hợp tác xã thành lập mới", "5", "6", "120"],
    ["Xã hội", "", "", ""],
    ["Số lao động được đào tạo nghề", "800", "744", "93"],
], {
    (2, 1): [("count", "5", "?")], (2, 2): [("count", "6", "?")], (2, 3): [("percent", "120", "%")],
    (4, 1): [("count", "800", "?")], (4, 2): [("count", "744", "?")], (4, 3): [("percent", "93", "%")],
})
T("caption-in-title", ["BIỂU 05: KẾT QUẢ CẤP THẺ BẢO HIỂM Y TẾ (ĐVT: thẻ)"], [
    ["TT", "Đối tượng", "Số thẻ cấp mới", "Số thẻ gia hạn"],
    ["1", "Trẻ em dưới 6 tuổi", "1.420", "3.860"],
    ["2", "Người cao tuổi", "215", "2.940"],
], {
    (1, 2): [("count", "1420", "thẻ")], (1, 3): [("count", "3860", "thẻ")],
    (2, 2): [("count", "215", "thẻ")], (2, 3): [("count", "2940", "thẻ")],
})

# ---- batch 5: a row of units under the header (written before running) ----------------

T("units-row", ["Một số chỉ tiêu của các xã năm 2025"], [
    ["STT", "Xã", "Dân số", "Tỷ lệ hộ nghèo", "Thu ngân sách", "Kế hoạch vốn"],
    ["^", "^", "Người", "%", "Triệu đồng", "Tỷ đồng"],
    ["1", "Xã Thạnh Hòa", "12.450", "2,8", "4.560", "12,5"],
    ["2", "Xã Tân Bình", "9.870", "3,1", "3.915", "8"],
], {
    (2, 2): [("count", "12450", "?")], (2, 3): [("percent", "2.8", "%")],
    (2, 4): [("money", 4560 * M6, "đồng")], (2, 5): [("money", D("12.5") * M9, "đồng")],
    (3, 2): [("count", "9870", "?")], (3, 3): [("percent", "3.1", "%")],
    (3, 4): [("money", 3915 * M6, "đồng")], (3, 5): [("money", 8 * M9, "đồng")],
})
