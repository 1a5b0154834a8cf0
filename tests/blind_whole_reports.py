"""Two whole reports invented for a blind fact test (tests/test_whole_report_gold.py).

Written by hand, with invented places, people and figures, in shapes unlike the seed:
(a) a district Fatherland Front (MTTQ) six-month report on the Front and the mass organisations,
(b) a merged commune's monthly socio-economic report with a small indicator table. Both carry
the noise of real documents: letterhead and signature block (tables), document numbers, dates,
legal citations, hotlines, "giai đoạn 2021-2025", numbered headings, footnotes listing communes
or villages. Every fact is labelled in tests/gold/blind_whole_*.jsonl, written by reading these
texts before any extractor ran on them.

Body items: a string is one paragraph ("# " makes it a bold heading; "^N^" places the reference
mark of footnote N), a list of rows is a table.
"""
from __future__ import annotations

import regex
from pathlib import Path

from docx_factory import cell, fnref, make_docx, notes, p, r, row, table

STATE = ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc"]

MTTQ = dict(
    org=["ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM", "HUYỆN BÌNH LÃNG", "BAN THƯỜNG TRỰC"],
    number="Số: 87/BC-MTTQ-BTT", place="Bình Lãng, ngày 20 tháng 6 năm 2025",
    title=["Kết quả công tác Mặt trận và các tổ chức chính trị - xã hội 6 tháng đầu năm 2025,",
           "phương hướng, nhiệm vụ 6 tháng cuối năm 2025"],
    body=[
        "Căn cứ Chương trình phối hợp số 12/CTr-MTTQ-ĐT ngày 05/01/2025 của Ban Thường trực Ủy ban "
        "MTTQ Việt Nam huyện về thống nhất hành động năm 2025; thực hiện Hướng dẫn số 03/HD-MTTQ-BTT "
        "ngày 08/01/2025 của Ủy ban MTTQ tỉnh, Ban Thường trực Ủy ban MTTQ Việt Nam huyện Bình Lãng "
        "báo cáo kết quả 6 tháng đầu năm 2025 như sau:",
        "# Phần thứ nhất",
        "# KẾT QUẢ THỰC HIỆN NHIỆM VỤ 6 THÁNG ĐẦU NĂM 2025",
        "# I. ĐẶC ĐIỂM TÌNH HÌNH",
        "Huyện Bình Lãng có 17 xã, thị trấn với 142 thôn, tổ dân phố; dân số 118.420 người, đồng bào "
        "dân tộc thiểu số chiếm 23,6%.",
        "Hệ thống Mặt trận có 17 Ủy ban MTTQ cấp xã với 1.034 ủy viên và 142 Ban Công tác Mặt trận "
        "ở khu dân cư.",
        "# II. KẾT QUẢ THỰC HIỆN CÁC NHIỆM VỤ",
        "# 1. Công tác tuyên truyền, vận động các tầng lớp nhân dân",
        "Phối hợp tổ chức 214 buổi tuyên truyền với hơn 15.600 lượt người tham dự; phát hành 3.200 tờ "
        "rơi về phòng, chống ma túy và lừa đảo qua mạng, công khai số điện thoại đường dây nóng "
        "0263.3822.115 để người dân phản ánh.",
        "Cuộc vận động “Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh” tiếp tục được triển "
        "khai tại 142/142 khu dân cư; có 27.815/29.460 hộ gia đình đạt danh hiệu “Gia đình văn hóa”, "
        "tỷ lệ 94,42%.",
        "# 2. Công tác an sinh xã hội",
        "# a) Quỹ “Vì người nghèo”",
        "Các cấp Mặt trận vận động Quỹ “Vì người nghèo” được 2,86 tỷ đồng, đạt 114,4% kế hoạch năm^1^; "
        "trong đó cấp huyện 1,12 tỷ đồng, cấp xã 1.740 triệu đồng.",
        "Từ nguồn Quỹ, đã hỗ trợ xây mới 46 nhà Đại đoàn kết^2^ và sửa chữa 19 nhà cho hộ nghèo, hộ cận "
        "nghèo, tổng kinh phí 3.330.000.000 đồng (mức hỗ trợ 60 triệu đồng/nhà xây mới, 30 triệu "
        "đồng/nhà sửa chữa).",
        "Trao 1.250 suất quà Tết cho hộ nghèo, gia đình chính sách, trị giá 625 triệu đồng; mỗi suất "
        "gồm 10 kg gạo và 300.000 đồng tiền mặt.",
        "Phối hợp Ngân hàng Chính sách xã hội huyện giải ngân cho 312 hộ vay vốn với tổng dư nợ 14,7 "
        "tỷ đồng; tỷ lệ nợ quá hạn 0,18%, giảm 0,05% so với cùng kỳ.",
        "# b) Hoạt động nhân đạo, từ thiện",
        "Tiếp nhận và phân bổ 4.860 suất quà (quy đổi 1,94 tỷ đồng) cho người dân có hoàn cảnh khó "
        "khăn; vận động 73 tổ chức, cá nhân tài trợ 9 ca phẫu thuật tim cho trẻ em.",
        "Phối hợp Đồn Biên phòng 627 tổ chức 02 đợt khám bệnh, cấp thuốc miễn phí cho 680 người dân ở "
        "các xã vùng cao.",
        "# 3. Công tác giám sát và phản biện xã hội",
        "Ban Thường trực Ủy ban MTTQ huyện chủ trì 04 cuộc giám sát chuyên đề^3^, phối hợp giám sát 06 "
        "cuộc; Ban Thanh tra nhân dân ở 17/17 xã, thị trấn tiếp nhận 58 đơn thư, đã giải quyết xong "
        "51 đơn, đạt 87,9%.",
        "Qua giám sát đã đưa ra 37 kiến nghị, đến nay có 29 kiến nghị được tiếp thu, xử lý (chiếm "
        "78,4%), 8 kiến nghị đang được xem xét.",
        "Tổ chức 03 hội nghị phản biện xã hội đối với dự thảo Nghị quyết của HĐND huyện về chính sách "
        "hỗ trợ giai đoạn 2021-2025; tham gia góp ý 12 dự thảo văn bản, với 146 ý kiến.",
        "Các Tổ hòa giải ở cơ sở hòa giải thành 112/124 vụ việc theo quy định tại khoản 2 Điều 12 Luật "
        "Hòa giải ở cơ sở năm 2013.",
        "# 4. Hoạt động của các tổ chức chính trị - xã hội",
        "# 4.1. Hội Liên hiệp Phụ nữ",
        "Toàn huyện có 21.350 hội viên phụ nữ, chiếm 71,2% tổng số phụ nữ từ 18 tuổi trở lên; kết nạp "
        "mới 486 hội viên, đạt 121,5% chỉ tiêu.",
        "Duy trì 38 tổ tiết kiệm với 612 thành viên, số dư tiết kiệm trên 2,3 tỷ đồng; hỗ trợ 45 phụ "
        "nữ nghèo khởi nghiệp, mỗi người từ 5 đến 10 triệu đồng.",
        "# 4.2. Hội Nông dân",
        "Hội Nông dân huyện có 24.108 hội viên sinh hoạt tại 163 chi hội; có 2.946 hộ đăng ký danh "
        "hiệu sản xuất, kinh doanh giỏi các cấp, 1.875 hộ đạt danh hiệu.",
        "Quỹ Hỗ trợ nông dân cấp huyện quản lý 5,6 tỷ đồng, cho 84 hộ vay với mức vay bình quân 65 "
        "triệu đồng/hộ, thời hạn 36 tháng.",
        "# 4.3. Đoàn Thanh niên Cộng sản Hồ Chí Minh",
        "Ra quân 17 đợt tình nguyện “Tháng Thanh niên” với 2.430 lượt đoàn viên tham gia, làm mới 8,5 "
        "km đường giao thông nông thôn, trồng 12.000 cây xanh.",
        "Kết nạp 215 đoàn viên mới; giới thiệu 64 đoàn viên ưu tú cho Đảng xem xét kết nạp, trong đó "
        "41 đồng chí đã được kết nạp.",
        "# 4.4. Hội Cựu chiến binh",
        "Hội có 3.918 hội viên; 100% cơ sở hội được xếp loại hoàn thành tốt nhiệm vụ trở lên, 11/17 cơ "
        "sở hội đạt “trong sạch, vững mạnh”.",
        "Nhân kỷ niệm 50 năm Ngày Giải phóng miền Nam, thống nhất đất nước (30/4/1975 - 30/4/2025), "
        "Hội đã thăm, tặng 215 suất quà cho cựu chiến binh có hoàn cảnh khó khăn.",
        "# 4.5. Liên đoàn Lao động",
        "Liên đoàn Lao động huyện có 96 công đoàn cơ sở với 4.215 đoàn viên; phát triển mới 187 đoàn "
        "viên, thành lập 3 công đoàn cơ sở ở doanh nghiệp ngoài nhà nước.",
        "Phối hợp tổ chức chương trình “Tết Sum vầy” tặng 520 suất quà cho công nhân, người lao động, "
        "mỗi suất trị giá 500.000 đồng.",
        "# III. ĐÁNH GIÁ CHUNG",
        "Bên cạnh kết quả đạt được, một số cơ sở còn lúng túng trong giám sát; còn 2 xã chưa hoàn thành "
        "chỉ tiêu vận động Quỹ “Vì người nghèo” (đạt dưới 80%).",
        "# Phần thứ hai",
        "# PHƯƠNG HƯỚNG, NHIỆM VỤ 6 THÁNG CUỐI NĂM 2025",
        "1. Phấn đấu vận động Quỹ “Vì người nghèo” cả năm đạt tối thiểu 3,5 tỷ đồng; hỗ trợ xây mới ít "
        "nhất 30 nhà Đại đoàn kết.",
        "2. Tổ chức Đại hội đại biểu MTTQ Việt Nam huyện lần thứ XIV, nhiệm kỳ 2025 - 2030 theo Chỉ thị "
        "số 46-CT/TW; hoàn thành trước ngày 15/9/2025.",
        "3. Tiếp tục phản biện xã hội đối với ít nhất 02 dự thảo văn bản; phối hợp giải quyết 100% đơn "
        "thư của công dân gửi đến Mặt trận.",
    ],
    notes={
        1: ["Các xã vận động đạt cao: Tân Phú 186 triệu đồng, Hòa Lạc 152 triệu đồng, Yên Thành 147,5 "
            "triệu đồng; thấp nhất là xã Đồng Mỏ 38 triệu đồng."],
        2: ["Tân Phú 7 nhà, Hòa Lạc 6 nhà, Yên Thành 5 nhà, Quang Minh 5 nhà, Đồng Mỏ 4 nhà, các xã còn "
            "lại 19 nhà."],
        3: ["Giám sát việc thực hiện chính sách bảo hiểm y tế tại 05 xã (Tân Phú, Hòa Lạc, Yên Thành, "
            "Đồng Mỏ, Quang Minh); giám sát việc sắp xếp đơn vị hành chính cấp xã; giám sát thu gom rác "
            "thải tại 03 thị trấn; giám sát thực hiện Điều 5 Quy định số 124-QĐ/TW."],
    },
    sign=(["Nơi nhận:", "- Ban Thường trực UBMTTQ tỉnh;", "- Thường trực Huyện ủy;", "- Lưu: VT."],
          ["TM. BAN THƯỜNG TRỰC", "CHỦ TỊCH", "Lê Thị Hồng Vân"]),
)

COMMUNE = dict(
    org=["ỦY BAN NHÂN DÂN", "XÃ HÒA THUẬN"],
    number="Số: 125/BC-UBND", place="Hòa Thuận, ngày 25 tháng 9 năm 2025",
    title=["Tình hình kinh tế - xã hội tháng 9, nhiệm vụ trọng tâm tháng 10 năm 2025"],
    body=[
        "Căn cứ Kế hoạch số 45/KH-UBND ngày 10/01/2025 của Ủy ban nhân dân tỉnh về phát triển kinh tế "
        "- xã hội năm 2025; thực hiện Công văn số 210/UBND-VP ngày 02/7/2025, Ủy ban nhân dân xã báo "
        "cáo như sau:",
        "Xã Hòa Thuận được thành lập trên cơ sở sắp xếp 3 xã Hòa Thuận, Phước Lộc và Tân Mỹ theo Nghị "
        "quyết số 1664/NQ-UBTVQH15 ngày 16/6/2025, có diện tích tự nhiên 98,75 km², dân số 41.236 "
        "người, 11.082 hộ, 24 thôn.",
        "# I. KẾT QUẢ THỰC HIỆN NHIỆM VỤ THÁNG 9 NĂM 2025",
        "# 1. Lĩnh vực kinh tế",
        "# 1.1. Thu, chi ngân sách",
        "Tổng thu ngân sách nhà nước trên địa bàn tháng 9 ước đạt 2.415 triệu đồng; lũy kế 9 tháng đạt "
        "19,63 tỷ đồng, tăng 12,6% so với cùng kỳ.",
        "Trong đó: thu thuế ngoài quốc doanh 6,08 tỷ đồng; lệ phí trước bạ 3.947 triệu đồng; thu tiền "
        "sử dụng đất 7,2 tỷ đồng (đạt 72% kế hoạch).",
        "Tổng chi ngân sách xã 9 tháng là 16.874.500.000 đồng, đạt 68,9% dự toán; trong đó chi đầu tư "
        "phát triển 5,12 tỷ đồng, chi thường xuyên 11,75 tỷ đồng.",
        "# 1.2. Sản xuất nông nghiệp",
        "Vụ Hè Thu gieo trồng 1.862 ha lúa, đạt 101,2% kế hoạch; năng suất ước đạt 58,4 tạ/ha, sản "
        "lượng khoảng 10.874 tấn.",
        "Tổng đàn gia súc, gia cầm: 3.120 con trâu, bò; 14.560 con lợn; trên 186 nghìn con gia cầm. "
        "Tiêm phòng lở mồm long móng đợt 2 cho 2.745 con, đạt 88%.",
        "Chương trình 1719 giải ngân 3,46 tỷ đồng trên tổng số 5,2 tỷ đồng vốn được giao, đạt 66,5%.",
        "# 1.3. Xây dựng, giao thông, tài nguyên - môi trường",
        "Hoàn thành 4/6 công trình khởi công mới năm 2025, tổng mức đầu tư 12,8 tỷ đồng; cứng hóa 3,2 "
        "km đường giao thông nông thôn theo cơ chế Nhà nước và Nhân dân cùng làm (tỷ lệ 70/30).",
        "Tiếp nhận 146 hồ sơ đất đai, giải quyết đúng hạn 139 hồ sơ, 7 hồ sơ đang giải quyết trong hạn; "
        "xử lý 05 trường hợp vi phạm trật tự xây dựng theo Điều 16 Nghị định số 16/2022/NĐ-CP, phạt "
        "tiền 87,5 triệu đồng.",
        "# 2. Lĩnh vực văn hóa - xã hội",
        "# 2.1. Giáo dục",
        "Năm học 2025-2026, toàn xã có 14 trường (5 mầm non, 5 tiểu học, 3 trung học cơ sở, 1 trường "
        "liên cấp) với 6.218 học sinh; tỷ lệ huy động trẻ 6 tuổi vào lớp 1 đạt 100%.",
        "Có 11/14 trường đạt chuẩn quốc gia, trong đó 2 trường đạt chuẩn mức độ 2.",
        "# 2.2. Y tế",
        "Trạm Y tế xã khám, chữa bệnh cho 3.684 lượt người, trong đó 2.912 lượt có thẻ bảo hiểm y tế "
        "(chiếm 79,05%); tỷ lệ bao phủ bảo hiểm y tế toàn xã đạt 93,7%.",
        "Ghi nhận 27 ca sốt xuất huyết, tăng 9 ca so với tháng trước; không có ca tử vong. Đường dây "
        "nóng phòng, chống dịch: 1900.9095.",
        "Tiêm chủng đầy đủ cho 58/61 trẻ dưới 1 tuổi, đạt 95,1%.",
        "# 2.3. Lao động, việc làm và chính sách xã hội",
        "Giải quyết việc làm cho 118 lao động (trong đó 23 người đi làm việc ở nước ngoài theo hợp "
        "đồng); chi trả trợ cấp hằng tháng cho 1.437 đối tượng bảo trợ xã hội với tổng kinh phí 741,6 "
        "triệu đồng.",
        "Tỷ lệ hộ nghèo theo chuẩn nghèo đa chiều giai đoạn 2022-2025 còn 2,84% (315 hộ)^1^, hộ cận "
        "nghèo 4,12% (457 hộ).",
        "# 3. Quốc phòng, an ninh",
        "Hoàn thành giao 62 công dân nhập ngũ năm 2025, đạt 100% chỉ tiêu; tổ chức huấn luyện cho 134 "
        "chiến sĩ dân quân, đạt 97,8%.",
        "Tình hình an ninh chính trị ổn định; xảy ra 4 vụ phạm pháp hình sự (giảm 2 vụ so với cùng "
        "kỳ), đã điều tra làm rõ 3/4 vụ; 2 vụ tai nạn giao thông làm 1 người chết, 3 người bị thương.",
        "Phối hợp Trung đoàn 736 tổ chức diễn tập khu vực phòng thủ xã năm 2025 với 215 người tham gia.",
        "# 4. Cải cách hành chính, chuyển đổi số",
        "Bộ phận Một cửa tiếp nhận 1.026 hồ sơ thủ tục hành chính^2^, trong đó 874 hồ sơ trực tuyến "
        "(đạt 85,2%); đã giải quyết 1.001 hồ sơ, trước và đúng hạn 998 hồ sơ, đạt 99,7%.",
        "Thực hiện 100% thủ tục hành chính theo Quyết định số 1085/QĐ-UBND trên Cổng dịch vụ công quốc "
        "gia; chứng thực điện tử 312 bản sao, thu phí 1.560.000 đồng.",
        "Số hóa kết quả giải quyết thủ tục hành chính đạt 94,6%, vượt 4,6% so với chỉ tiêu tại Kế "
        "hoạch số 45/KH-UBND.",
        "Kết quả thực hiện một số chỉ tiêu chủ yếu 9 tháng năm 2025 như sau:",
        [["TT", "Chỉ tiêu", "ĐVT", "Kế hoạch năm 2025", "Thực hiện 9 tháng", "Tỷ lệ (%)"],
         ["1", "Thu ngân sách trên địa bàn", "Triệu đồng", "23.850", "19.630", "82,3"],
         ["2", "Diện tích gieo trồng cây hằng năm", "Ha", "3.540", "3.412", "96,4"],
         ["3", "Trồng rừng tập trung", "Ha", "48", "38,5", "80,2"],
         ["4", "Hộ gia đình sử dụng nước sạch", "%", "92", "90,6", "98,5"],
         ["5", "Người tham gia bảo hiểm y tế", "Người", "38.900", "38.638", "99,3"]],
        "(Chi tiết tại Phụ lục 01 và Phụ lục 02 kèm theo)",
        "# II. NHIỆM VỤ TRỌNG TÂM THÁNG 10 NĂM 2025",
        "1. Phấn đấu thu ngân sách tháng 10 đạt trên 2,5 tỷ đồng; giải ngân vốn đầu tư công đạt tối "
        "thiểu 80% kế hoạch trước ngày 31/10/2025.",
        "2. Tiếp tục thực hiện 3 đợt cao điểm tấn công, trấn áp tội phạm; duy trì đường dây nóng "
        "0258.3612.113 tiếp nhận phản ánh của Nhân dân 24/7.",
    ],
    notes={
        1: ["Các thôn có tỷ lệ hộ nghèo cao: thôn Phước Lộc 2 (31 hộ, chiếm 6,8%), thôn Tân Mỹ 1 "
            "(27 hộ, 5,9%), thôn Suối Đá (22 hộ, 5,1%)."],
        2: ["Lĩnh vực tư pháp - hộ tịch 402 hồ sơ, đất đai 146 hồ sơ, lao động - thương binh và xã hội "
            "188 hồ sơ, các lĩnh vực khác 290 hồ sơ."],
    },
    sign=(["Nơi nhận:", "- UBND tỉnh (b/c);", "- TT Đảng ủy, HĐND xã;", "- Lưu: VT, VP."],
          ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Trần Minh Khoa"]),
)

REPORTS = {"blind_whole_mttq": MTTQ, "blind_whole_commune": COMMUNE}


def _para(text: str) -> str:
    if text.startswith("# "):
        return p(text[2:], bold=True)
    runs = []
    for i, piece in enumerate(regex.split(r"\^(\d+)\^", text)):
        if piece:
            runs.append(fnref(int(piece)) if i % 2 else r(piece))
    return p(*runs)


def _lines(lines: list[str], bold: bool = True) -> str:
    return cell(*(p(t, bold=bold, jc="center") for t in lines))


def write_report(path: Path, spec: dict) -> Path:
    head = table(row(_lines(spec["org"]), _lines(STATE)),
                 row(cell(p(spec["number"], jc="center")), cell(p(spec["place"], jc="center"))))
    parts = [head, p("BÁO CÁO", bold=True, jc="center")]
    parts += [p(t, bold=True, jc="center") for t in spec["title"]]
    for item in spec["body"]:
        if isinstance(item, list):
            parts.append(table(*(row(*(cell(p(c)) for c in rw), header=i == 0) for i, rw in enumerate(item))))
        else:
            parts.append(_para(item))
    left, right = spec["sign"]
    parts.append(table(row(cell(*(p(t) for t in left)), _lines(right))))
    fn = notes("footnote", {k: [p(" " + t) for t in v] for k, v in spec["notes"].items()})
    return make_docx(path, "".join(parts), {"footnotes.xml": fn})


def write_all(folder: Path) -> dict[str, Path]:
    """{gold name: .docx path} for both reports, written into folder."""
    folder.mkdir(parents=True, exist_ok=True)
    return {f"{name}.jsonl": write_report(folder / f"{name}.docx", spec) for name, spec in REPORTS.items()}


if __name__ == "__main__":
    import sys
    for g, f in write_all(Path(sys.argv[1])).items():
        print(g, f)
