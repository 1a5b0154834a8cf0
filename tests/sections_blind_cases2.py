"""Second set of report skeletons for the section-tree blind test (own wording, written for
these tests), in shapes the first set (sections_blind_cases.py) lacks. Same format: the
expected tree [(level, label, heading prefix)] and, for paragraphs holding figures,
{text prefix: (label, heading prefix) of their section, or None for the root}.
Expectations were written by reading each skeleton, before the reader was run on it.

Conventions decided while labelling (docs/reader.md, "Headings and the section tree"):
* Numbered tasks in a "Phương hướng" part ("1. Tiếp tục ...;" typed plain, one after another,
  each a sentence ending in "." or ";", no body text between them) are items of a list, not
  headings: their figures belong to the part.
* A heading repeated with "(tiếp)" / "(tiếp theo)" (a page or table broke it) opens no new
  section: what follows goes on in the section of that label and heading.
* A one-cell table holding a heading label or capitals is a banner: a heading.
* Inside an appendix ("PHỤ LỤC" after the signature) numbered headings sit under it.
* A bold intro line ending in "như sau:" / "cụ thể:" / "gồm:" is no heading.
* A whole bold sentence inside a body ("Đáng chú ý, ... đạt 95%") is no heading.
* A dash line is a bullet, never a heading, even in italics ("- Về công tác ...:").

Cases 1-19 were used to find fixes; 20-28 were held out until those fixes were made.
First run, before any fix: trees 12/28, figure paragraphs 82/103 (cases 1-19: 8/19, 56/71;
held-out 20-28: 4/9, 26/32). After the fixes found on 1-19: 19/19, 71/71; held-out then
scored 8/9, 32/32 ("PHẦN MỘT:" was not read as a part label); with that fixed, 28/28, 103/103.
"""
from docx_factory import cell, numbering, p, r, row, styles, table, NS
from sections_blind_cases import head, letterhead, sign_table

B = lambda t: p(t, bold=True)
CASES = []
def case(name, paras, tree, figs, parts=None):
    CASES.append(dict(name=name, paras=paras, tree=tree, figs=figs, parts=parts or {}))

SIGN = lambda: sign_table("TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Nguyễn Văn An")

def italic(text, underline=False):
    u = '<w:u w:val="single"/>' if underline else ""
    return f'<w:r><w:rPr><w:i/>{u}</w:rPr><w:t xml:space="preserve">{text}</w:t></w:r>'


# 1. One abstractNum per level: Roman (num 1), decimal restarted under each Roman heading
#    (nums 2, 3 with startOverride), letters (num 4, 5 restarted).
NUM1 = numbering({0: [("upperRoman", "%1.", 1)], 1: [("decimal", "%1.", 1)], 2: [("lowerLetter", "%1)", 1)]},
                 {1: (0, {}), 2: (1, {0: 1}), 3: (1, {0: 1}), 4: (2, {0: 1}), 5: (2, {0: 1})})
case("auto_abstract_per_level", [letterhead(), *head(),
    p("KẾT QUẢ THỰC HIỆN NHIỆM VỤ", bold=True, num=(1, 0)),
    p("Lĩnh vực nông nghiệp", bold=True, num=(2, 0)),
    p("Trồng trọt", bold=True, num=(4, 0)),
    p("Diện tích gieo trồng 2.830 ha."),
    p("Chăn nuôi", bold=True, num=(4, 0)),
    p("Tổng đàn gia cầm 41.000 con."),
    p("Lĩnh vực tài chính", bold=True, num=(2, 0)),
    p("Thu ngân sách 17,4 tỷ đồng."),
    p("NHIỆM VỤ 6 THÁNG CUỐI NĂM", bold=True, num=(1, 0)),
    p("Chỉ tiêu kinh tế", bold=True, num=(3, 0)),
    p("Giữ ổn định 2.800 ha cây trồng."),
    p("Giải pháp", bold=True, num=(3, 0)),
    p("Về vốn", bold=True, num=(5, 0)),
    p("Huy động 5 tỷ đồng vốn xã hội hóa."),
    SIGN()],
    [(1, "I.", "KẾT QUẢ THỰC HIỆN NHIỆM VỤ"), (2, "1.", "Lĩnh vực nông nghiệp"), (3, "a)", "Trồng trọt"),
     (3, "b)", "Chăn nuôi"), (2, "2.", "Lĩnh vực tài chính"), (1, "II.", "NHIỆM VỤ 6 THÁNG CUỐI NĂM"),
     (2, "1.", "Chỉ tiêu kinh tế"), (2, "2.", "Giải pháp"), (3, "a)", "Về vốn")],
    {"Diện tích gieo": ("a)", "Trồng"), "Tổng đàn gia cầm": ("b)", "Chăn"), "Thu ngân sách 17,4": ("2.", "Lĩnh vực tài"),
     "Giữ ổn định": ("1.", "Chỉ tiêu"), "Huy động 5": ("a)", "Về vốn")}, {"numbering.xml": NUM1})

# 2. Numbering on the paragraph style (Heading1/Heading2 carry numPr with their ilvl);
#    the paragraphs only name their style.
STY2 = styles(
    '<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/>'
    '<w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="7"/></w:numPr><w:outlineLvl w:val="0"/></w:pPr>'
    '<w:rPr><w:b/></w:rPr></w:style>',
    '<w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/><w:basedOn w:val="Heading1"/>'
    '<w:pPr><w:numPr><w:ilvl w:val="1"/></w:numPr><w:outlineLvl w:val="1"/></w:pPr></w:style>')
NUM2 = numbering({3: [("upperRoman", "%1.", 1), ("decimal", "%2.", 1)]}, {7: (3, {})})
case("style_numbering", [letterhead(), *head(),
    p("ĐẶC ĐIỂM TÌNH HÌNH", style="Heading1"),
    p("Toàn xã có 9 ấp với 3.412 hộ."),
    p("KẾT QUẢ CÔNG TÁC", style="Heading1"),
    p("Công tác an ninh", style="Heading2"),
    p("Xảy ra 02 vụ trộm cắp."),
    p("Công tác quân sự", style="Heading2"),
    p("Giao 18 thanh niên nhập ngũ, đạt 100%."),
    SIGN()],
    [(1, "I.", "ĐẶC ĐIỂM TÌNH HÌNH"), (1, "II.", "KẾT QUẢ CÔNG TÁC"), (2, "1.", "Công tác an ninh"),
     (2, "2.", "Công tác quân sự")],
    {"Toàn xã có 9": ("I.", "ĐẶC"), "Xảy ra 02": ("1.", "Công tác an"), "Giao 18": ("2.", "Công tác quân")},
    {"styles.xml": STY2, "numbering.xml": NUM2})

# 3. Heading styles linked to list levels the other way: the style names only the numId and
#    the abstractNum's levels name their style (w:lvl/w:pStyle), as Word's heading numbering does.
NUM3 = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:numbering {NS}>'
        '<w:abstractNum w:abstractNumId="0">'
        '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="upperRoman"/><w:pStyle w:val="Muc1"/>'
        '<w:lvlText w:val="%1."/></w:lvl>'
        '<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:pStyle w:val="Muc2"/>'
        '<w:lvlText w:val="%2."/></w:lvl>'
        '<w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/><w:pStyle w:val="Muc3"/>'
        '<w:lvlText w:val="%3)"/></w:lvl></w:abstractNum>'
        '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num></w:numbering>')
STY3 = styles(*[f'<w:style w:type="paragraph" w:styleId="Muc{k}"><w:name w:val="Muc {k}"/>'
                f'<w:pPr><w:numPr><w:numId w:val="1"/></w:numPr></w:pPr><w:rPr><w:b/></w:rPr></w:style>'
                for k in (1, 2, 3)])
case("style_numbering_lvl_link", [letterhead(), *head(),
    p("TÌNH HÌNH KINH TẾ", style="Muc1"),
    p("Sản xuất", style="Muc2"),
    p("Lúa", style="Muc3"),
    p("Năng suất bình quân 6,1 tấn/ha."),
    p("Rau màu", style="Muc3"),
    p("Gieo trồng 310 ha rau màu."),
    p("Thương mại", style="Muc2"),
    p("Có 214 hộ kinh doanh."),
    p("VĂN HÓA - XÃ HỘI", style="Muc1"),
    p("Có 97% hộ đạt gia đình văn hóa."),
    SIGN()],
    [(1, "I.", "TÌNH HÌNH KINH TẾ"), (2, "1.", "Sản xuất"), (3, "a)", "Lúa"), (3, "b)", "Rau màu"),
     (2, "2.", "Thương mại"), (1, "II.", "VĂN HÓA - XÃ HỘI")],
    {"Năng suất bình": ("a)", "Lúa"), "Gieo trồng 310": ("b)", "Rau"), "Có 214": ("2.", "Thương"),
     "Có 97%": ("II.", "VĂN")}, {"styles.xml": STY3, "numbering.xml": NUM3})

# 4. Label typed in its own bold run, the text in another run, plain or bold only in part.
case("label_run_text_run", [letterhead(), *head(),
    p(r("I.", bold=True), r(" ĐÁNH GIÁ TÌNH HÌNH")),
    p(r("1.", bold=True), r(" Công tác "), r("tuyên truyền", bold=True)),
    p("Phát 1.200 tờ rơi tại các ấp."),
    p(r("2. ", bold=True), r("Công tác", bold=True), r(" hòa giải ở cơ sở")),
    p("Hòa giải thành 17/19 vụ việc."),
    p(r("II.", bold=True), '<w:r><w:tab/></w:r>', r("KIẾN NGHỊ", bold=True)),
    p("Đề nghị cấp 30 triệu đồng kinh phí."),
    SIGN()],
    [(1, "I.", "ĐÁNH GIÁ TÌNH HÌNH"), (2, "1.", "Công tác tuyên truyền"), (2, "2.", "Công tác hòa giải"),
     (1, "II.", "KIẾN NGHỊ")],
    {"Phát 1.200": ("1.", "Công tác tuyên"), "Hòa giải thành": ("2.", "Công tác hòa"), "Đề nghị cấp": ("II.", "KIẾN")})

# 5. "A." / "B." parts above Roman numerals, the Roman numbering starting again under B.
case("upper_dot_parts", [letterhead("ĐẢNG ỦY XÃ PHÚ LỘC", "*", "Số 31-BC/ĐU", "Phú Lộc"), *head(),
    B("A. TÌNH HÌNH VÀ KẾT QUẢ"),
    B("I. CÔNG TÁC XÂY DỰNG ĐẢNG"),
    B("1. Công tác tổ chức"),
    p("Kết nạp 11 đảng viên mới."),
    B("2. Công tác kiểm tra, giám sát"),
    p("Giám sát 05 chi bộ."),
    B("II. LÃNH ĐẠO PHÁT TRIỂN KINH TẾ"),
    p("Thu nhập bình quân đạt 58 triệu đồng/người."),
    B("B. PHƯƠNG HƯỚNG, NHIỆM VỤ"),
    B("I. MỤC TIÊU"),
    p("Kết nạp 15 đảng viên."),
    B("II. GIẢI PHÁP"),
    p("Tổ chức 02 hội nghị chuyên đề."),
    sign_table("T/M ĐẢNG ỦY", "BÍ THƯ", "Lê Hữu Bình")],
    [(1, "A.", "TÌNH HÌNH VÀ KẾT QUẢ"), (2, "I.", "CÔNG TÁC XÂY DỰNG ĐẢNG"), (3, "1.", "Công tác tổ chức"),
     (3, "2.", "Công tác kiểm tra"), (2, "II.", "LÃNH ĐẠO PHÁT TRIỂN KINH TẾ"), (1, "B.", "PHƯƠNG HƯỚNG"),
     (2, "I.", "MỤC TIÊU"), (2, "II.", "GIẢI PHÁP")],
    {"Kết nạp 11": ("1.", "Công tác tổ"), "Giám sát 05": ("2.", "Công tác kiểm"), "Thu nhập bình quân": ("II.", "LÃNH"),
     "Kết nạp 15": ("I.", "MỤC"), "Tổ chức 02": ("II.", "GIẢI")})

# 6. "Phần I" in mixed case alone on its line, its title a bold mixed-case line under it.
case("phan_mixed_title", [letterhead(), *head(),
    p("Phần I", bold=True, jc="center"),
    p("Kết quả thực hiện nhiệm vụ năm 2025", bold=True, jc="center"),
    B("1. Kinh tế"),
    p("Tổng vốn đầu tư 86 tỷ đồng."),
    B("2. Xã hội"),
    p("Giải quyết việc làm cho 240 người."),
    p("Phần II", bold=True, jc="center"),
    p("Nhiệm vụ năm 2026", bold=True, jc="center"),
    B("1. Chỉ tiêu"),
    p("Phấn đấu thu 20 tỷ đồng."),
    SIGN()],
    [(1, "Phần I", "Kết quả thực hiện nhiệm vụ năm 2025"), (2, "1.", "Kinh tế"), (2, "2.", "Xã hội"),
     (1, "Phần II", "Nhiệm vụ năm 2026"), (2, "1.", "Chỉ tiêu")],
    {"Tổng vốn": ("1.", "Kinh"), "Giải quyết việc": ("2.", "Xã"), "Phấn đấu thu 20": ("1.", "Chỉ")})

# 7. "Chương I", "Chương II" above Roman numerals.
case("chuong_chapters", [letterhead(), *head("Tổng kết 05 năm thực hiện Nghị quyết"),
    B("Chương I"),
    B("I. KẾT QUẢ ĐẠT ĐƯỢC"),
    p("Xây dựng mới 42 km đường giao thông nông thôn."),
    B("II. HẠN CHẾ"),
    p("Còn 06 km đường đất."),
    B("Chương II"),
    B("I. MỤC TIÊU GIAI ĐOẠN 2026 - 2030"),
    p("Nhựa hóa 100% đường trục xã."),
    SIGN()],
    [(1, "Chương I", "Chương I"), (2, "I.", "KẾT QUẢ ĐẠT ĐƯỢC"), (2, "II.", "HẠN CHẾ"), (1, "Chương II", "Chương II"),
     (2, "I.", "MỤC TIÊU")],
    {"Xây dựng mới 42": ("I.", "KẾT"), "Còn 06 km": ("II.", "HẠN"), "Nhựa hóa": ("I.", "MỤC")})

# 8. Star sub-heads carrying their first figure on the same line; "+" lines under them.
case("star_runon_figures", [letterhead("HUYỆN ỦY TÂN HIỆP", "*", "Số 64-BC/HU", "Tân Hiệp"), *head(),
    B("I. CÔNG TÁC XÂY DỰNG ĐẢNG"),
    B("1. Công tác tổ chức, cán bộ"),
    p("* Công tác phát triển đảng viên: kết nạp 45 đảng viên"),
    p("+ Trong đó nữ 18 đồng chí."),
    p("* Công tác quản lý đảng viên: chuyển sinh hoạt cho 23 đảng viên, xóa tên 02 trường hợp."),
    B("2. Công tác kiểm tra"),
    p("* Kiểm tra khi có dấu hiệu vi phạm: 03 đảng viên"),
    B("II. LÃNH ĐẠO CHÍNH QUYỀN"),
    p("Thu ngân sách 140 tỷ đồng."),
    sign_table("T/M BAN THƯỜNG VỤ", "BÍ THƯ", "Đỗ Thành Công")],
    [(1, "I.", "CÔNG TÁC XÂY DỰNG ĐẢNG"), (2, "1.", "Công tác tổ chức, cán bộ"),
     (3, "*", "Công tác phát triển đảng viên"), (3, "*", "Công tác quản lý đảng viên"), (2, "2.", "Công tác kiểm tra"),
     (3, "*", "Kiểm tra khi có dấu hiệu vi phạm"), (1, "II.", "LÃNH ĐẠO CHÍNH QUYỀN")],
    {"* Công tác phát triển": ("*", "Công tác phát triển"), "+ Trong đó nữ": ("*", "Công tác phát triển"),
     "* Công tác quản lý": ("*", "Công tác quản lý"), "* Kiểm tra khi": ("*", "Kiểm tra khi"),
     "Thu ngân sách 140": ("II.", "LÃNH")})

# 9. Italic (and underlined) dash lines "- Về công tác ...:" are bullets, not headings; the
#    figures under them stay in the numbered section.
case("italic_dash_subheads", [letterhead(), *head(),
    B("I. KẾT QUẢ THỰC HIỆN"),
    B("1. Công tác dân vận"),
    p(italic("- Về công tác tuyên truyền:")),
    p("+ Tổ chức 36 cuộc tuyên truyền với 2.100 lượt người."),
    p(italic("- Về phong trào thi đua dân vận khéo:", underline=True)),
    p("+ Công nhận 14 mô hình dân vận khéo."),
    B("2. Công tác Mặt trận"),
    p("Vận động Quỹ Vì người nghèo được 320 triệu đồng."),
    SIGN()],
    [(1, "I.", "KẾT QUẢ THỰC HIỆN"), (2, "1.", "Công tác dân vận"), (2, "2.", "Công tác Mặt trận")],
    {"+ Tổ chức 36": ("1.", "Công tác dân"), "+ Công nhận 14": ("1.", "Công tác dân"),
     "Vận động Quỹ": ("2.", "Công tác Mặt")})

# 10. Whole-bold sentences inside a body are emphasis, not headings.
case("bold_sentence_in_body", [letterhead(), *head(),
    B("I. CÔNG TÁC Y TẾ"),
    p("Khám chữa bệnh cho 8.450 lượt người."),
    B("Đáng chú ý, tỷ lệ trẻ em dưới 1 tuổi được tiêm chủng đầy đủ đạt 95%"),
    p("Không có dịch bệnh lớn xảy ra."),
    B("II. CÔNG TÁC GIÁO DỤC"),
    B("Năm học 2024 - 2025, toàn xã có 2.315 học sinh, tăng 4,2% so với năm học trước"),
    p("Tỷ lệ học sinh lên lớp đạt 98,7%."),
    SIGN()],
    [(1, "I.", "CÔNG TÁC Y TẾ"), (1, "II.", "CÔNG TÁC GIÁO DỤC")],
    {"Khám chữa bệnh": ("I.", "CÔNG TÁC Y"), "Đáng chú ý": ("I.", "CÔNG TÁC Y"), "Năm học 2024": ("II.", "CÔNG TÁC GIÁO"),
     "Tỷ lệ học sinh": ("II.", "CÔNG TÁC GIÁO")})

# 11. Numbered tasks in the "Phương hướng" part are list items, not headings.
case("tasks_list_in_outlook", [letterhead(), *head(),
    B("I. KẾT QUẢ"),
    B("1. Kinh tế"),
    p("Tổng sản lượng lương thực 9.300 tấn."),
    B("2. Xã hội"),
    p("Xây dựng 12 căn nhà đại đoàn kết."),
    B("II. PHƯƠNG HƯỚNG, NHIỆM VỤ 6 THÁNG CUỐI NĂM"),
    p("1. Tiếp tục chỉ đạo sản xuất vụ Thu Đông, phấn đấu gieo trồng 1.500 ha."),
    p("2. Đẩy mạnh thu ngân sách, phấn đấu đạt 100% dự toán được giao."),
    p("3. Hoàn thành xây dựng 08 căn nhà cho hộ nghèo trước ngày 30/9/2025."),
    p("4. Duy trì tốt công tác tiếp công dân, giải quyết kịp thời đơn thư."),
    SIGN()],
    [(1, "I.", "KẾT QUẢ"), (2, "1.", "Kinh tế"), (2, "2.", "Xã hội"), (1, "II.", "PHƯƠNG HƯỚNG")],
    {"Tổng sản lượng": ("1.", "Kinh"), "Xây dựng 12": ("2.", "Xã"), "1. Tiếp tục": ("II.", "PHƯƠNG"),
     "2. Đẩy mạnh": ("II.", "PHƯƠNG"), "3. Hoàn thành": ("II.", "PHƯƠNG")})

# 12. A one-cell table used as a banner for each Roman heading.
case("banner_table_headings", [letterhead(), *head(),
    table(row(cell(p("I. TÌNH HÌNH KINH TẾ", bold=True, jc="center")))),
    B("1. Nông nghiệp"),
    p("Sản lượng cà phê 12.600 tấn."),
    B("2. Du lịch"),
    p("Đón 46.000 lượt khách."),
    table(row(cell(p("II. VĂN HÓA - XÃ HỘI", bold=True, jc="center")))),
    p("Có 100% trường học kiên cố."),
    SIGN()],
    [(1, "I.", "TÌNH HÌNH KINH TẾ"), (2, "1.", "Nông nghiệp"), (2, "2.", "Du lịch"), (1, "II.", "VĂN HÓA - XÃ HỘI")],
    {"Sản lượng cà phê": ("1.", "Nông"), "Đón 46.000": ("2.", "Du"), "Có 100% trường": ("II.", "VĂN")})

# 13. "II. ... (tiếp)" after a table broke the section: no new section.
case("continued_heading", [letterhead(), *head(),
    B("I. TÌNH HÌNH CHUNG"),
    p("Dân số 14.200 người."),
    B("II. KẾT QUẢ THỰC HIỆN CHỈ TIÊU"),
    B("1. Chỉ tiêu kinh tế"),
    table(row(cell(p("TT")), cell(p("Chỉ tiêu")), cell(p("Kết quả"))),
          row(cell(p("1")), cell(p("Thu ngân sách (tỷ đồng)")), cell(p("12,5")))),
    B("II. KẾT QUẢ THỰC HIỆN CHỈ TIÊU (tiếp)"),
    B("2. Chỉ tiêu xã hội"),
    p("Tỷ lệ bao phủ BHYT 93,1%."),
    B("III. KIẾN NGHỊ"),
    p("Đề nghị hỗ trợ 500 triệu đồng."),
    SIGN()],
    [(1, "I.", "TÌNH HÌNH CHUNG"), (1, "II.", "KẾT QUẢ THỰC HIỆN CHỈ TIÊU"), (2, "1.", "Chỉ tiêu kinh tế"),
     (2, "2.", "Chỉ tiêu xã hội"), (1, "III.", "KIẾN NGHỊ")],
    {"Dân số 14.200": ("I.", "TÌNH"), "12,5": ("1.", "Chỉ tiêu kinh"), "Tỷ lệ bao phủ": ("2.", "Chỉ tiêu xã"),
     "Đề nghị hỗ trợ 500": ("III.", "KIẾN")})

# 14. A bold intro line ending "như sau:" is no heading; the first heading comes after it.
case("bold_intro_line", [letterhead(), *head(),
    p("Thực hiện Công văn số 215/UBND-VP ngày 02/6/2025 của UBND huyện, UBND xã tổng hợp 3 nội dung."),
    B("UBND xã báo cáo kết quả như sau:"),
    B("1. Công tác chuyển đổi số"),
    p("Cấp 2.400 tài khoản định danh điện tử."),
    B("2. Công tác cải cách hành chính"),
    B("Kết quả cụ thể:"),
    p("- Tiếp nhận 640 hồ sơ."),
    SIGN()],
    [(1, "1.", "Công tác chuyển đổi số"), (1, "2.", "Công tác cải cách hành chính")],
    {"Thực hiện Công văn": None, "Cấp 2.400": ("1.", "Công tác chuyển"), "- Tiếp nhận 640": ("2.", "Công tác cải")})

# 15. Capitals headings without a number, bold, then letters a) b) right under them.
case("caps_then_letters", [letterhead(), *head(),
    B("TÌNH HÌNH AN NINH CHÍNH TRỊ"),
    p("Không phát sinh điểm nóng; tiếp nhận 05 tin báo."),
    B("TÌNH HÌNH TRẬT TỰ XÃ HỘI"),
    B("a) Phạm pháp hình sự"),
    p("Xảy ra 07 vụ, giảm 2 vụ."),
    B("b) Tai nạn giao thông"),
    p("Xảy ra 03 vụ, làm chết 01 người."),
    B("KẾT QUẢ CÔNG TÁC CÔNG AN"),
    p("Bắt 04 đối tượng truy nã."),
    sign_table("TRƯỞNG CÔNG AN XÃ", "Phạm Quốc Dũng")],
    [(1, "", "TÌNH HÌNH AN NINH CHÍNH TRỊ"), (1, "", "TÌNH HÌNH TRẬT TỰ XÃ HỘI"), (2, "a)", "Phạm pháp"),
     (2, "b)", "Tai nạn"), (1, "", "KẾT QUẢ CÔNG TÁC CÔNG AN")],
    {"Không phát sinh": ("", "TÌNH HÌNH AN"), "Xảy ra 07": ("a)", "Phạm"), "Xảy ra 03": ("b)", "Tai"),
     "Bắt 04": ("", "KẾT QUẢ CÔNG")})

# 16. Appendix after the signature with Roman headings and tables of its own.
case("appendix_with_roman", [letterhead(), *head(),
    B("I. KẾT QUẢ"),
    p("Hoàn thành 7/8 chỉ tiêu."),
    B("II. KIẾN NGHỊ"),
    p("Bổ sung 01 biên chế."),
    SIGN(),
    p("PHỤ LỤC", bold=True, jc="center"),
    p("(Kèm theo Báo cáo số 45/BC-UBND ngày 05/7/2025 của UBND xã)", jc="center"),
    B("I. CHỈ TIÊU KINH TẾ"),
    table(row(cell(p("STT")), cell(p("Chỉ tiêu")), cell(p("Kết quả"))),
          row(cell(p("1")), cell(p("Thu nhập bình quân (triệu đồng)")), cell(p("61")))),
    B("II. CHỈ TIÊU XÃ HỘI"),
    table(row(cell(p("STT")), cell(p("Chỉ tiêu")), cell(p("Kết quả"))),
          row(cell(p("1")), cell(p("Hộ nghèo (hộ)")), cell(p("29"))))],
    [(1, "I.", "KẾT QUẢ"), (1, "II.", "KIẾN NGHỊ"), (1, "", "PHỤ LỤC"), (2, "I.", "CHỈ TIÊU KINH TẾ"),
     (2, "II.", "CHỈ TIÊU XÃ HỘI")],
    {"Hoàn thành 7/8": ("I.", "KẾT"), "Bổ sung 01": ("II.", "KIẾN"), "61": ("I.", "CHỈ TIÊU KINH"),
     "29": ("II.", "CHỈ TIÊU XÃ")})

# 17. Auto-numbering whose level texts carry words: "PHẦN %1" (upperRoman), then "%2." Roman,
#     "%3." decimal; the second part restarts the Roman level.
NUM17 = numbering({0: [("upperRoman", "PHẦN %1", 1), ("upperRoman", "%2.", 1), ("decimal", "%3.", 1)]},
                  {1: (0, {})})
case("auto_part_level_text", [letterhead(), *head(),
    p("ĐÁNH GIÁ KẾT QUẢ", bold=True, num=(1, 0)),
    p("KINH TẾ", bold=True, num=(1, 1)),
    p("Nông nghiệp", bold=True, num=(1, 2)),
    p("Trồng mới 25 ha sầu riêng."),
    p("XÃ HỘI", bold=True, num=(1, 1)),
    p("Cấp 830 thẻ BHYT."),
    p("NHIỆM VỤ NĂM 2026", bold=True, num=(1, 0)),
    p("MỤC TIÊU", bold=True, num=(1, 1)),
    p("Tăng trưởng 8,5%."),
    SIGN()],
    [(1, "PHẦN I", "ĐÁNH GIÁ KẾT QUẢ"), (2, "I.", "KINH TẾ"), (3, "1.", "Nông nghiệp"), (2, "II.", "XÃ HỘI"),
     (1, "PHẦN II", "NHIỆM VỤ NĂM 2026"), (2, "I.", "MỤC TIÊU")],
    {"Trồng mới 25": ("1.", "Nông"), "Cấp 830": ("II.", "XÃ"), "Tăng trưởng 8,5": ("I.", "MỤC")},
    {"numbering.xml": NUM17})

# 18. Spaced separators "II - " and "2 - ", and "1.1" without a final dot.
case("spaced_dash_labels", [letterhead(), *head(),
    B("I - KẾT QUẢ"),
    B("1 - Về nông nghiệp"),
    B("1.1 Trồng trọt"),
    p("Gieo sạ 3.100 ha lúa."),
    B("1.2 Chăn nuôi"),
    p("Tiêm phòng 12.000 liều vắc xin."),
    B("2 - Về công nghiệp"),
    p("Có 19 cơ sở sản xuất."),
    B("II - NHIỆM VỤ"),
    p("Gieo sạ 3.200 ha."),
    SIGN()],
    [(1, "I -", "KẾT QUẢ"), (2, "1 -", "Về nông nghiệp"), (3, "1.1", "Trồng trọt"), (3, "1.2", "Chăn nuôi"),
     (2, "2 -", "Về công nghiệp"), (1, "II -", "NHIỆM VỤ")],
    {"Gieo sạ 3.100": ("1.1", "Trồng"), "Tiêm phòng": ("1.2", "Chăn"), "Có 19": ("2 -", "Về công"),
     "Gieo sạ 3.200": ("II -", "NHIỆM")})

# 19. Italic whole-line sub-heads (no dash) ending in ":" under an Arabic heading.
case("italic_subheads", [letterhead(), *head(),
    B("I. KẾT QUẢ"),
    B("1. Công tác giáo dục"),
    p(italic("Giáo dục mầm non:")),
    p("Huy động 420 trẻ ra lớp, đạt 96%."),
    p(italic("Giáo dục tiểu học:")),
    p("Tỷ lệ hoàn thành chương trình lớp học 99,2%."),
    B("2. Công tác y tế"),
    p("Khám cho 3.900 lượt người."),
    SIGN()],
    [(1, "I.", "KẾT QUẢ"), (2, "1.", "Công tác giáo dục"), (3, "", "Giáo dục mầm non"), (3, "", "Giáo dục tiểu học"),
     (2, "2.", "Công tác y tế")],
    {"Huy động 420": ("", "Giáo dục mầm"), "Tỷ lệ hoàn thành": ("", "Giáo dục tiểu"), "Khám cho 3.900": ("2.", "Công tác y")})

# ---- held out: cases 20-28 are scored only at the end ----
# 20. Auto-numbering restarted by a second w:num over the same abstractNum (startOverride) in
#     the second part; a plain numbered paragraph (list) under the letters.
NUM20 = numbering({0: [("upperRoman", "%1.", 1), ("decimal", "%2.", 1), ("lowerLetter", "%3)", 1)]},
                  {1: (0, {}), 2: (0, {0: 1})})
case("auto_restart_second_part", [letterhead(), *head(),
    B("PHẦN THỨ NHẤT: KẾT QUẢ"),
    p("TÌNH HÌNH CHUNG", bold=True, num=(1, 0)),
    p("Dân số 8.900 người."),
    p("KẾT QUẢ CỤ THỂ", bold=True, num=(1, 0)),
    p("Kinh tế", bold=True, num=(1, 1)),
    p("Thu ngân sách 9,1 tỷ đồng."),
    B("PHẦN THỨ HAI: NHIỆM VỤ"),
    p("MỤC TIÊU", bold=True, num=(2, 0)),
    p("Tăng thu nhập lên 65 triệu đồng."),
    p("GIẢI PHÁP", bold=True, num=(2, 0)),
    p("Huy động 3 tỷ đồng."),
    SIGN()],
    [(1, "PHẦN THỨ NHẤT", "KẾT QUẢ"), (2, "I.", "TÌNH HÌNH CHUNG"), (2, "II.", "KẾT QUẢ CỤ THỂ"), (3, "1.", "Kinh tế"),
     (1, "PHẦN THỨ HAI", "NHIỆM VỤ"), (2, "I.", "MỤC TIÊU"), (2, "II.", "GIẢI PHÁP")],
    {"Dân số 8.900": ("I.", "TÌNH"), "Thu ngân sách 9,1": ("1.", "Kinh"), "Tăng thu nhập": ("I.", "MỤC"),
     "Huy động 3": ("II.", "GIẢI")}, {"numbering.xml": NUM20})

# 21. Run-in bold lead of a labelled paragraph: "1. Về thu ngân sách:" bold, figures plain after.
case("label_leadin_runon_short", [letterhead(), *head(),
    B("I. TÌNH HÌNH THỰC HIỆN"),
    p(r("1. Về thu ngân sách:", bold=True), r(" đạt 11,2 tỷ đồng.")),
    p(r("2. Về chi ngân sách:", bold=True), r(" chi 9,7 tỷ đồng, đạt 48% dự toán năm.")),
    B("II. ĐỀ XUẤT"),
    p("Đề nghị bổ sung 1,5 tỷ đồng."),
    SIGN()],
    [(1, "I.", "TÌNH HÌNH THỰC HIỆN"), (2, "1.", "Về thu ngân sách"), (2, "2.", "Về chi ngân sách"),
     (1, "II.", "ĐỀ XUẤT")],
    {"1. Về thu": ("1.", "Về thu"), "2. Về chi": ("2.", "Về chi"), "Đề nghị bổ sung": ("II.", "ĐỀ")})

# 22. Capitals heading centred and underlined, not bold, before Roman headings.
case("caps_underlined_parts", [letterhead(), *head(),
    p(italic("PHẦN MỘT: TÌNH HÌNH", underline=True), jc="center"),
    B("I. KINH TẾ"),
    p("GRDP tăng 7,9%."),
    B("II. XÃ HỘI"),
    p("Tạo việc làm cho 560 người."),
    p(italic("PHẦN HAI: NHIỆM VỤ", underline=True), jc="center"),
    B("I. CHỈ TIÊU"),
    p("GRDP tăng 8%."),
    SIGN()],
    [(1, "PHẦN MỘT", "TÌNH HÌNH"), (2, "I.", "KINH TẾ"), (2, "II.", "XÃ HỘI"), (1, "PHẦN HAI", "NHIỆM VỤ"),
     (2, "I.", "CHỈ TIÊU")],
    {"GRDP tăng 7,9": ("I.", "KINH"), "Tạo việc làm cho 560": ("II.", "XÃ"), "GRDP tăng 8%": ("I.", "CHỈ")})

# 23. Tasks list in the outlook as auto-numbered decimal paragraphs (plain, sentences).
NUM23 = numbering({0: [("upperRoman", "%1.", 1)], 1: [("decimal", "%1.", 1)]}, {1: (0, {}), 2: (1, {})})
case("auto_tasks_list", [letterhead(), *head(),
    p("KẾT QUẢ", bold=True, num=(1, 0)),
    p("Hoàn thành 14/15 chỉ tiêu chủ yếu."),
    p("NHIỆM VỤ TRỌNG TÂM", bold=True, num=(1, 0)),
    p("Tập trung thu ngân sách, phấn đấu vượt 5% dự toán.", num=(2, 0)),
    p("Hoàn thành 02 tuyến đường liên ấp trước tháng 12.", num=(2, 0)),
    p("Giữ vững tỷ lệ 100% ấp không có tội phạm ma túy.", num=(2, 0)),
    SIGN()],
    [(1, "I.", "KẾT QUẢ"), (1, "II.", "NHIỆM VỤ TRỌNG TÂM")],
    {"Hoàn thành 14/15": ("I.", "KẾT"), "Tập trung thu": ("II.", "NHIỆM"), "Hoàn thành 02": ("II.", "NHIỆM"),
     "Giữ vững": ("II.", "NHIỆM")}, {"numbering.xml": NUM23})

# 24. A bold sentence ending in ":" that opens a list, inside a section: not a heading.
case("bold_list_intro", [letterhead(), *head(),
    B("I. CÔNG TÁC THI ĐUA, KHEN THƯỞNG"),
    B("Trong 6 tháng, UBND xã đã khen thưởng 24 tập thể và cá nhân, cụ thể:"),
    p("- 08 tập thể."),
    p("- 16 cá nhân."),
    B("II. CÔNG TÁC CẢI CÁCH HÀNH CHÍNH"),
    p("Tiếp nhận 530 hồ sơ."),
    SIGN()],
    [(1, "I.", "CÔNG TÁC THI ĐUA, KHEN THƯỞNG"), (1, "II.", "CÔNG TÁC CẢI CÁCH HÀNH CHÍNH")],
    {"Trong 6 tháng": ("I.", "CÔNG TÁC THI"), "- 08": ("I.", "CÔNG TÁC THI"), "- 16": ("I.", "CÔNG TÁC THI"),
     "Tiếp nhận 530": ("II.", "CÔNG TÁC CẢI")})

# 25. Banner table for a capitals heading without number, then Arabic headings.
case("banner_caps", [letterhead(), *head(),
    table(row(cell(p("KẾT QUẢ ĐẠT ĐƯỢC", bold=True, jc="center")))),
    B("1. Công tác phòng chống dịch"),
    p("Phun hóa chất 1.800 hộ."),
    B("2. Công tác vệ sinh môi trường"),
    p("Thu gom 46 tấn rác."),
    table(row(cell(p("NHIỆM VỤ THỜI GIAN TỚI", bold=True, jc="center")))),
    B("1. Phòng chống dịch"),
    p("Phun hóa chất 2.000 hộ."),
    SIGN()],
    [(1, "", "KẾT QUẢ ĐẠT ĐƯỢC"), (2, "1.", "Công tác phòng chống dịch"), (2, "2.", "Công tác vệ sinh"),
     (1, "", "NHIỆM VỤ THỜI GIAN TỚI"), (2, "1.", "Phòng chống dịch")],
    {"Phun hóa chất 1.800": ("1.", "Công tác phòng"), "Thu gom 46": ("2.", "Công tác vệ"),
     "Phun hóa chất 2.000": ("1.", "Phòng")})

# 26. "(tiếp theo)" on an Arabic heading inside a Roman section.
case("continued_arabic", [letterhead(), *head(),
    B("I. KẾT QUẢ"),
    B("1. Thu, chi ngân sách"),
    p("Thu 6,8 tỷ đồng."),
    table(row(cell(p("Nội dung")), cell(p("Tỷ đồng"))), row(cell(p("Chi thường xuyên")), cell(p("4,2")))),
    B("1. Thu, chi ngân sách (tiếp theo)"),
    p("Chi đầu tư phát triển 1,9 tỷ đồng."),
    B("2. Đầu tư công"),
    p("Giải ngân 72% kế hoạch vốn."),
    SIGN()],
    [(1, "I.", "KẾT QUẢ"), (2, "1.", "Thu, chi ngân sách"), (2, "2.", "Đầu tư công")],
    {"Thu 6,8": ("1.", "Thu, chi"), "4,2": ("1.", "Thu, chi"), "Chi đầu tư phát triển": ("1.", "Thu, chi"),
     "Giải ngân 72": ("2.", "Đầu")})

# 27. Appendix "PHỤ LỤC I" / "PHỤ LỤC II" with capitals titles and tables, after plain signature lines.
case("appendix_roman_numbered", [letterhead(), *head(),
    B("I. KẾT QUẢ"),
    p("Cấp 310 giấy chứng nhận."),
    p("TM. ỦY BAN NHÂN DÂN", bold=True, jc="center"),
    p("CHỦ TỊCH", bold=True, jc="center"),
    p("Hồ Văn Nam", bold=True, jc="center"),
    p("PHỤ LỤC I", bold=True, jc="center"),
    p("KẾT QUẢ CẤP GIẤY CHỨNG NHẬN", bold=True, jc="center"),
    table(row(cell(p("STT")), cell(p("Loại đất")), cell(p("Số giấy"))),
          row(cell(p("1")), cell(p("Đất ở")), cell(p("190")))),
    p("PHỤ LỤC II", bold=True, jc="center"),
    p("KẾT QUẢ THU TIỀN SỬ DỤNG ĐẤT", bold=True, jc="center"),
    table(row(cell(p("STT")), cell(p("Nguồn")), cell(p("Triệu đồng"))),
          row(cell(p("1")), cell(p("Chuyển mục đích")), cell(p("2.750"))))],
    [(1, "I.", "KẾT QUẢ"), (1, "", "PHỤ LỤC I"), (1, "", "PHỤ LỤC II")],
    {"Cấp 310": ("I.", "KẾT"), "190": ("", "PHỤ LỤC I"), "2.750": ("", "PHỤ LỤC II")})

# 28. Heading styles with numbering for Roman and plain bold lead-ins below; a bold sentence
#     with a figure and a final period is body text.
STY28 = styles(
    '<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/>'
    '<w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="3"/></w:numPr></w:pPr><w:rPr><w:b/></w:rPr></w:style>')
NUM28 = numbering({0: [("upperRoman", "%1.", 1)]}, {3: (0, {})})
case("style_numbering_leadins", [letterhead(), *head(),
    p("CÔNG TÁC CHỈ ĐẠO", style="Heading1"),
    p("Ban hành 14 văn bản chỉ đạo."),
    p("KẾT QUẢ THỰC HIỆN", style="Heading1"),
    B("Về trồng rừng"),
    p("Trồng mới 120 ha rừng."),
    B("Tỷ lệ che phủ rừng đạt 54,3%, tăng 0,4% so với cùng kỳ."),
    B("Về bảo vệ rừng"),
    p("Tuần tra 96 lượt."),
    SIGN()],
    [(1, "I.", "CÔNG TÁC CHỈ ĐẠO"), (1, "II.", "KẾT QUẢ THỰC HIỆN"), (2, "", "Về trồng rừng"),
     (2, "", "Về bảo vệ rừng")],
    {"Ban hành 14": ("I.", "CÔNG TÁC"), "Trồng mới 120": ("", "Về trồng"), "Tỷ lệ che phủ": ("", "Về trồng"),
     "Tuần tra 96": ("", "Về bảo")}, {"styles.xml": STY28, "numbering.xml": NUM28})

HELD_OUT = [c["name"] for c in CASES[19:]]
