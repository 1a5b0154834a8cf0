"""Round 3 of the blind whole-report fact test (tests/test_whole_report_gold.py, with rounds 1-2).

Written by hand, with invented places, people and figures, in shapes unlike rounds 1-2:
(a) a district Party committee's Inspection Commission (Ủy ban Kiểm tra Huyện ủy) six-month report
(inspections on signs of violation, thematic supervision, discipline by form, party fees in triệu
đồng, denunciations), with a footnote listing chi bộ and a small table by đảng bộ cơ sở;
(b) a provincial Department of Agriculture quarterly report (sown area in ha, yield in tạ/ha,
output in tấn, herds in con, vaccine doses, afforestation, forest cover, OCOP, nông thôn mới x/y
xã, production value in tỷ đồng), with its appendix table after the signature block.
Both carry the noise of real documents: a party letterhead "Số: 45-BC/UBKTHU", dates, citations
("Quy định số 22-QĐ/TW", "Điều 36 Điều lệ Đảng"), ages, "giai đoạn 2021-2025", numbered headings,
signature block. Every fact is labelled in tests/gold/blind_whole3_*.jsonl, written by reading
these texts before any extractor ran on them. Same item conventions as round 1.
"""
from __future__ import annotations

from pathlib import Path

from blind_whole_reports import STATE, _lines, _para
from docx_factory import cell, make_docx, notes, p, row, table

PARTY = ["ĐẢNG CỘNG SẢN VIỆT NAM"]

INSPECTION = dict(
    org=["ĐẢNG BỘ TỈNH KHÁNH LÂM", "HUYỆN ỦY TÂN PHÚ", "ỦY BAN KIỂM TRA", "*"],
    state=PARTY,
    number="Số: 45-BC/UBKTHU", place="Tân Phú, ngày 18 tháng 6 năm 2025",
    title=["Kết quả công tác kiểm tra, giám sát và thi hành kỷ luật đảng sáu tháng đầu năm 2025,",
           "phương hướng, nhiệm vụ sáu tháng cuối năm 2025"],
    body=[
        "Căn cứ Quy định số 22-QĐ/TW ngày 28/7/2021 của Ban Chấp hành Trung ương về công tác kiểm "
        "tra, giám sát và kỷ luật của Đảng; thực hiện Chương trình số 05-CTr/UBKTHU ngày 12/01/2025, "
        "Ủy ban Kiểm tra Huyện ủy báo cáo kết quả sáu tháng đầu năm 2025 như sau:",
        "# I. ĐẶC ĐIỂM TÌNH HÌNH",
        "Đảng bộ huyện có 46 tổ chức cơ sở đảng (28 đảng bộ cơ sở, 18 chi bộ cơ sở), 312 chi bộ trực "
        "thuộc với 6.847 đảng viên; Ủy ban Kiểm tra Huyện ủy có 7 đồng chí, trong đó 4 đồng chí "
        "chuyên trách.",
        "# II. KẾT QUẢ THỰC HIỆN NHIỆM VỤ",
        "# 1. Kiểm tra khi có dấu hiệu vi phạm",
        "Ủy ban Kiểm tra các cấp đã kiểm tra 3 tổ chức đảng và 11 đảng viên khi có dấu hiệu vi phạm "
        "(cấp huyện 1 tổ chức, 4 đảng viên; cấp cơ sở 2 tổ chức, 7 đảng viên), đạt 137,5% kế hoạch.",
        "Qua kiểm tra kết luận 2 tổ chức đảng và 9/11 đảng viên có vi phạm, trong đó 6 đảng viên vi "
        "phạm đến mức phải thi hành kỷ luật (chiếm 54,5%); 1 đảng viên được kết luận không vi phạm, "
        "1 trường hợp đang xem xét.",
        "# 2. Giám sát chuyên đề",
        "Thực hiện giám sát chuyên đề đối với 14 tổ chức đảng và 38 đảng viên, trong đó 21 đồng chí "
        "là cấp ủy viên; nội dung tập trung vào việc thực hiện Quy định số 69-QĐ/TW về kỷ luật tổ "
        "chức đảng, đảng viên vi phạm và việc chấp hành Điều 36 Điều lệ Đảng.",
        "Qua giám sát phát hiện 3 tổ chức đảng và 5 đảng viên có dấu hiệu vi phạm, đã chuyển sang "
        "kiểm tra 2 trường hợp; tỷ lệ cuộc giám sát hoàn thành đúng tiến độ đạt 92,9% (13/14 cuộc).",
        "# 3. Thi hành kỷ luật",
        "Các cấp ủy và ủy ban kiểm tra đã thi hành kỷ luật 1 tổ chức đảng (hình thức khiển trách) và "
        "14 đảng viên^1^, tăng 3 đảng viên so với cùng kỳ năm 2024; trong đó khiển trách 8, cảnh cáo "
        "3, cách chức 1, khai trừ 2 đảng viên.",
        "Đảng viên bị kỷ luật có 9 đồng chí là cấp ủy viên các cấp, 4 đồng chí là cán bộ thuộc diện "
        "Ban Thường vụ Huyện ủy quản lý; độ tuổi từ 35 đến 58 tuổi; 2 trường hợp vi phạm pháp luật bị "
        "xử lý hình sự.",
        "# 4. Giải quyết tố cáo, khiếu nại kỷ luật đảng",
        "Tiếp nhận 12 đơn thư, trong đó 7 đơn đủ điều kiện giải quyết, 5 đơn nặc danh, mạo danh lưu "
        "theo quy định; đã giải quyết 6/7 tố cáo đối với 6 đảng viên, đạt 85,7%.",
        "Kết luận tố cáo đúng 2 trường hợp, đúng một phần 3 trường hợp, sai 1 trường hợp; giải quyết "
        "1 đơn khiếu nại kỷ luật, giữ nguyên hình thức kỷ luật cảnh cáo.",
        "# 5. Kiểm tra tài chính đảng và thu, nộp đảng phí",
        "Kiểm tra tài chính đảng 8 tổ chức đảng cấp dưới và Văn phòng Huyện ủy; tổng thu đảng phí sáu "
        "tháng 1.284,6 triệu đồng, đạt 52,3% dự toán năm, tăng 7,8% so với cùng kỳ; trích nộp cấp trên "
        "385,38 triệu đồng.",
        "Phát hiện 3 chi bộ thu đảng phí chưa đúng quy định với số tiền 17.450.000 đồng, đã yêu cầu thu "
        "bổ sung; 100% chi bộ đã thu nộp đảng phí đúng hạn theo Quyết định số 342-QĐ/TW ngày "
        "28/12/2010.",
        "Kết quả thu nộp đảng phí ở một số đảng bộ cơ sở:",
        [["TT", "Đảng bộ cơ sở", "Số đảng viên", "Đảng phí (triệu đồng)", "Thu nộp đúng hạn (%)"],
         ["1", "Đảng bộ xã Phú Lộc", "463", "48,26", "97,8"],
         ["2", "Đảng bộ thị trấn Tân Phú", "598", "96,75", "99,1"],
         ["3", "Đảng bộ Quân sự huyện", "143", "21,43", "98,6"],
         ["4", "Đảng bộ Công an huyện", "159", "30,64", "99,4"],
         ["", "Cộng", "1.363", "197,08", "98,7"]],
        "# III. ĐÁNH GIÁ CHUNG",
        "Một số ủy ban kiểm tra cơ sở chưa chủ động phát hiện dấu hiệu vi phạm; 5/28 đảng bộ cơ sở "
        "chưa xây dựng chương trình giám sát năm 2025.",
        "# IV. PHƯƠNG HƯỚNG, NHIỆM VỤ SÁU THÁNG CUỐI NĂM 2025",
        "1. Kiểm tra ít nhất 2 tổ chức đảng và 6 đảng viên khi có dấu hiệu vi phạm; giám sát chuyên đề "
        "tối thiểu 10 tổ chức đảng, phấn đấu 100% tố cáo được giải quyết dứt điểm.",
        "2. Tham mưu tổng kết công tác kiểm tra, giám sát giai đoạn 2021-2025 của Đảng bộ huyện; tập "
        "huấn nghiệp vụ cho 120 cán bộ làm công tác kiểm tra cơ sở, hoàn thành trước ngày 15/11/2025.",
    ],
    notes={
        1: ["Chi bộ Trường THCS Phú Lộc 2 đảng viên, Chi bộ ấp 4 xã Tân Hòa 3 đảng viên, Chi bộ Trạm Y "
            "tế xã Phú Lộc 1 đảng viên; các chi bộ khác 8 đảng viên."],
    },
    sign=(["Nơi nhận:", "- UBKT Tỉnh ủy (b/c);", "- TT Huyện ủy;", "- Lưu: VT."],
          ["T/M ỦY BAN KIỂM TRA", "CHỦ NHIỆM", "Lê Văn Hùng"]),
)

AGRICULTURE = dict(
    org=["ỦY BAN NHÂN DÂN TỈNH ĐÔNG SƠN", "SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG"],
    number="Số: 1874/BC-SNNMT", place="Đông Sơn, ngày 30 tháng 9 năm 2025",
    title=["Kết quả sản xuất nông, lâm nghiệp quý III năm 2025"],
    body=[
        "Thực hiện Công văn số 2265/UBND-KT ngày 02/7/2025 của Ủy ban nhân dân tỉnh, Sở Nông nghiệp và "
        "Môi trường báo cáo kết quả sản xuất nông, lâm nghiệp quý III năm 2025 như sau:",
        "# I. TRỒNG TRỌT",
        "Tổng diện tích gieo trồng cây hằng năm vụ Hè Thu đạt 48.362 ha, bằng 101,4% kế hoạch, tăng "
        "1.215 ha so với cùng kỳ; trong đó lúa 31.540 ha, ngô 6.872 ha, rau các loại 4.918,5 ha.",
        "Năng suất lúa bình quân ước đạt 58,7 tạ/ha, tăng 1,2 tạ/ha; sản lượng lúa ước đạt 185.140 "
        "tấn, tăng 4,6% so với vụ Hè Thu năm 2024.",
        "Cây lâu năm: cà phê 24.615 ha (diện tích cho sản phẩm 22.380 ha), sầu riêng 3.742 ha, tăng "
        "16,3%; chuyển đổi 356 ha đất trồng lúa kém hiệu quả sang cây trồng khác, đạt 89% kế hoạch năm.",
        "# II. CHĂN NUÔI, THÚ Y",
        "Tổng đàn trâu 18.470 con, đàn bò 96.215 con (bò sữa 2.130 con), đàn lợn 412.680 con, giảm "
        "2,1%; đàn gia cầm khoảng 5,36 triệu con.",
        "Tiêm phòng vắc xin lở mồm long móng được 104.320 liều, cúm gia cầm 1.286.400 liều, dại chó "
        "21.775 liều; tỷ lệ tiêm phòng trên đàn trong diện đạt 82,4%.",
        "Xảy ra bệnh dịch tả lợn châu Phi tại 7 hộ ở 3 xã, tiêu hủy 146 con với tổng trọng lượng 9.835 "
        "kg; kinh phí hỗ trợ 418,5 triệu đồng.",
        "# III. LÂM NGHIỆP",
        "Trồng rừng tập trung 2.845 ha, đạt 94,8% kế hoạch (3.000 ha), trong đó rừng phòng hộ 215 ha; "
        "trồng cây phân tán 1,26 triệu cây; tỷ lệ che phủ rừng ước đạt 51,26%.",
        "Xảy ra 4 vụ vi phạm lâm luật, thiệt hại 2,7 ha rừng, tịch thu 13,45 m3 gỗ các loại, nộp ngân "
        "sách 265 triệu đồng.",
        "# IV. XÂY DỰNG NÔNG THÔN MỚI, OCOP",
        "Toàn tỉnh có 98/127 xã đạt chuẩn nông thôn mới (77,2%), 31 xã đạt chuẩn nâng cao, 9 xã đạt "
        "chuẩn kiểu mẫu; 4/11 huyện hoàn thành nhiệm vụ xây dựng nông thôn mới.",
        "Trong quý công nhận thêm 23 sản phẩm OCOP (19 sản phẩm 3 sao, 4 sản phẩm 4 sao), nâng tổng số "
        "lên 286 sản phẩm của 174 chủ thể.",
        "# V. KẾT QUẢ CHUNG",
        "Giá trị sản xuất nông, lâm nghiệp và thủy sản quý III (giá so sánh 2010) ước đạt 9.842,6 tỷ "
        "đồng, tăng 3,85% so với cùng kỳ; vốn đầu tư toàn ngành đạt 1.126 tỷ đồng.",
        "Tỷ lệ hộ dân nông thôn sử dụng nước sạch đạt 62,5%, tăng 1,8 điểm phần trăm.",
        "Số liệu chi tiết tại Phụ lục kèm theo.",
    ],
    notes={},
    sign=(["Nơi nhận:", "- UBND tỉnh (b/c);", "- Bộ Nông nghiệp và Môi trường;", "- Lưu: VT, KH."],
          ["GIÁM ĐỐC", "Nguyễn Thành Đạt"]),
    appendix=[
        "# PHỤ LỤC",
        "Một số chỉ tiêu sản xuất nông, lâm nghiệp quý III năm 2025 (Kèm theo Báo cáo số "
        "1874/BC-SNNMT ngày 30/9/2025 của Sở Nông nghiệp và Môi trường)",
        [["TT", "Chỉ tiêu", "ĐVT", "Quý III/2024", "Quý III/2025", "So sánh (%)"],
         ["1", "Diện tích ngô vụ Thu Đông", "ha", "5.184", "5.327", "102,8"],
         ["2", "Năng suất ngô", "tạ/ha", "52,9", "54,3", "102,6"],
         ["3", "Sản lượng cá nuôi", "tấn", "8.716", "9.248", "106,1"],
         ["4", "Đàn dê", "con", "23.615", "21.908", "92,8"],
         ["5", "Diện tích rừng được khoán bảo vệ", "ha", "167.430", "169.052", "101,0"]],
    ],
)

REPORTS = {"blind_whole3_inspection": INSPECTION, "blind_whole3_agriculture": AGRICULTURE}


def _items(items: list) -> list[str]:
    out = []
    for item in items:
        if isinstance(item, list):
            out.append(table(*(row(*(cell(p(c)) for c in rw), header=i == 0) for i, rw in enumerate(item))))
        else:
            out.append(_para(item))
    return out


def write_report(path: Path, spec: dict) -> Path:
    """Like round 1's, with a party letterhead and an appendix after the signature block."""
    head = table(row(_lines(spec["org"]), _lines(spec.get("state", STATE))),
                 row(cell(p(spec["number"], jc="center")), cell(p(spec["place"], jc="center"))))
    parts = [head, p("BÁO CÁO", bold=True, jc="center")]
    parts += [p(t, bold=True, jc="center") for t in spec["title"]]
    parts += _items(spec["body"])
    left, right = spec["sign"]
    parts.append(table(row(cell(*(p(t) for t in left)), _lines(right))))
    parts += _items(spec.get("appendix", []))
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
