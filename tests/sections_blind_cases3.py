"""Third set of report skeletons for the section-tree blind test (own wording, written for
these tests), in shapes the first two sets lack. Same format: the expected tree
[(level, label, heading prefix)] and, for paragraphs holding figures,
{text prefix: (label, heading prefix) of their section, or None for the root}.
Expectations were written by reading each skeleton, before the reader was run on it.

Conventions decided while labelling (docs/reader.md, "Headings and the section tree"):
* A monthly report whose only headings are bold run-in phrases ("**Công tác xây dựng Đảng:**
  text") has them as level-1 sections; a plain paragraph after one stays in it.
* "1.1." / "1.1.1." headings with no "1." above rank from level 1 (types present only).
* A table of contents ("MỤC LỤC" and lines ending in a page number after dot leaders or a
  tab) is front matter: no sections, its lines stay in the root.
* "Phần A" / "Phần B" are parts (label "Phần A"); "Mục I" / "Mục II" rank like chapters
  (label "Mục I"), under the parts and over Roman/Arabic headings.
* Numbered result sentences right under a Roman heading ("1. Kết nạp 45 đảng viên, ...") are
  items (the rule of set 2): their figures belong to the Roman section.
* A label alone on its line ("II.") with the heading text on the next line is one heading.
* A footnote keeps the section of the paragraph holding its reference.
* "Thứ nhất, ...", "Thứ hai, ..." openers are body text, not headings.
* Auto-numbering that is never restarted goes on across Roman headings ("3." under II): we
  keep what Word shows.
* A lone label before a sentence ending in "." is a broken list item, not a heading.

Cases 1-12 were used to find fixes; 13-18 were held out until those fixes were made; 19-24
were written after those fixes, as a second held-out batch.
First run, before any fix: trees 12/18, figure paragraphs 60/64 (cases 1-12: 9/12, 42/46;
held-out 13-18: 3/6, 18/18). Missed: the table of contents read as Roman sections, "Phần A" /
"Mục I" not read as labels, a label alone on its line. After the fixes found on 1-12: 12/12,
46/46; held-out 13-18 then 6/6, 18/18; the second batch 19-24 on its first run 6/6, 20/20.
Whole set: 24/24, 84/84.
"""
from docx_factory import cell, fnref, notes, numbering, p, r, row, table
from sections_blind_cases import head, letterhead, sign_table

B = lambda t: p(t, bold=True)
CASES = []
def case(name, paras, tree, figs, parts=None):
    CASES.append(dict(name=name, paras=paras, tree=tree, figs=figs, parts=parts or {}))

SIGN = lambda: sign_table("TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Phạm Thị Hoa")
RUNIN = lambda lead, rest: p(r(lead, bold=True), r(rest))


# 1. Monthly report: the only headings are bold run-in phrases at the start of paragraphs.
case("monthly_runin_only", [letterhead("ĐẢNG ỦY XÃ TÂN AN", "*", "Số 17-BC/ĐU", "Tân An"),
    *head("Tình hình thực hiện nhiệm vụ tháng 8 năm 2025"),
    RUNIN("Công tác xây dựng Đảng:", " Tổ chức sinh hoạt chi bộ định kỳ tại 14/14 chi bộ; kết nạp 03 đảng viên."),
    p("Trao Huy hiệu 40 năm tuổi Đảng cho 02 đồng chí."),
    RUNIN("Công tác kiểm tra, giám sát:", " Giám sát 02 chi bộ, không phát hiện vi phạm."),
    RUNIN("Lãnh đạo phát triển kinh tế:", " Thu ngân sách trong tháng đạt 1,2 tỷ đồng."),
    RUNIN("Quốc phòng, an ninh:", " Xảy ra 01 vụ trộm cắp tài sản, đã điều tra làm rõ."),
    sign_table("T/M ĐẢNG ỦY", "BÍ THƯ", "Lê Văn Hải")],
    [(1, "", "Công tác xây dựng Đảng"), (1, "", "Công tác kiểm tra, giám sát"),
     (1, "", "Lãnh đạo phát triển kinh tế"), (1, "", "Quốc phòng, an ninh")],
    {"Công tác xây dựng": ("", "Công tác xây"), "Trao Huy hiệu": ("", "Công tác xây"),
     "Công tác kiểm tra": ("", "Công tác kiểm"), "Lãnh đạo phát": ("", "Lãnh đạo"), "Quốc phòng": ("", "Quốc phòng")})

# 2. "1.1." and "1.1.1." headings with no "1." above them; "1.2" without its final dot.
case("decimal2_without_top", [letterhead(), *head(),
    p("Căn cứ Kế hoạch số 21/KH-UBND, UBND xã báo cáo như sau:"),
    B("1.1. Kết quả phát triển kinh tế"),
    B("1.1.1. Nông nghiệp"),
    p("Gieo trồng 940 ha lúa, năng suất 6,1 tấn/ha."),
    B("1.1.2. Công nghiệp, xây dựng"),
    p("Giá trị sản xuất đạt 36 tỷ đồng."),
    B("1.2 Văn hóa, xã hội"),
    p("Tỷ lệ hộ nghèo còn 1,8%."),
    SIGN()],
    [(1, "1.1.", "Kết quả phát triển kinh tế"), (2, "1.1.1.", "Nông nghiệp"), (2, "1.1.2.", "Công nghiệp"),
     (1, "1.2", "Văn hóa, xã hội")],
    {"Gieo trồng 940": ("1.1.1.", "Nông"), "Giá trị sản xuất": ("1.1.2.", "Công"), "Tỷ lệ hộ nghèo": ("1.2", "Văn hóa")})

# 3. A table of contents at the top (dot leaders + page numbers; tab + page number).
case("toc_at_top", [letterhead(), *head(),
    p("MỤC LỤC", bold=True, jc="center"),
    p("I. ĐẶC ĐIỂM TÌNH HÌNH ................................ 2"),
    p("II. KẾT QUẢ THỰC HIỆN NHIỆM VỤ ....................... 3"),
    p('<w:r><w:t xml:space="preserve">III. PHƯƠNG HƯỚNG NHIỆM VỤ</w:t></w:r><w:r><w:tab/><w:t>7</w:t></w:r>'),
    B("I. ĐẶC ĐIỂM TÌNH HÌNH"),
    p("Xã có diện tích tự nhiên 3.215 ha, dân số 11.420 người."),
    B("II. KẾT QUẢ THỰC HIỆN NHIỆM VỤ"),
    p("Thu ngân sách đạt 8,4 tỷ đồng."),
    B("III. PHƯƠNG HƯỚNG NHIỆM VỤ"),
    p("Phấn đấu giảm 12 hộ nghèo."),
    SIGN()],
    [(1, "I.", "ĐẶC ĐIỂM TÌNH HÌNH"), (1, "II.", "KẾT QUẢ THỰC HIỆN NHIỆM VỤ"), (1, "III.", "PHƯƠNG HƯỚNG NHIỆM VỤ")],
    {"Xã có diện tích": ("I.", "ĐẶC"), "Thu ngân sách đạt 8,4": ("II.", "KẾT"), "Phấn đấu giảm": ("III.", "PHƯƠNG")})

# 4. "Phần A" / "Phần B" over "Mục I" / "Mục II" over Arabic headings.
case("phan_letter_muc_roman", [letterhead(), *head(),
    B("Phần A. KẾT QUẢ THỰC HIỆN"),
    B("Mục I. LĨNH VỰC KINH TẾ"),
    B("1. Nông nghiệp"),
    p("Tổng đàn bò 2.140 con."),
    B("2. Thương mại"),
    p("Có 41 hộ kinh doanh mới."),
    B("Mục II. LĨNH VỰC XÃ HỘI"),
    p("Cấp 1.320 thẻ bảo hiểm y tế."),
    B("Phần B. NHIỆM VỤ THỜI GIAN TỚI"),
    p("Phấn đấu thu ngân sách 9 tỷ đồng."),
    SIGN()],
    [(1, "Phần A", "KẾT QUẢ THỰC HIỆN"), (2, "Mục I", "LĨNH VỰC KINH TẾ"), (3, "1.", "Nông nghiệp"),
     (3, "2.", "Thương mại"), (2, "Mục II", "LĨNH VỰC XÃ HỘI"), (1, "Phần B", "NHIỆM VỤ THỜI GIAN TỚI")],
    {"Tổng đàn bò": ("1.", "Nông"), "Có 41": ("2.", "Thương"), "Cấp 1.320": ("Mục II", "LĨNH VỰC XÃ"),
     "Phấn đấu thu ngân sách 9": ("Phần B", "NHIỆM")})

# 5. Headings ending in ":" with the figure on the next line (labelled and unlabelled).
case("colon_heading_figure_below", [letterhead(), *head(),
    B("I. KẾT QUẢ ĐẠT ĐƯỢC:"),
    B("1. Công tác tuyển quân:"),
    p("Giao 25 thanh niên nhập ngũ, đạt 100% chỉ tiêu."),
    B("2. Công tác dân quân tự vệ:"),
    p("Huấn luyện 96 dân quân."),
    B("II. NHIỆM VỤ QUÝ IV:"),
    p("Đăng ký nghĩa vụ quân sự cho 140 thanh niên."),
    SIGN()],
    [(1, "I.", "KẾT QUẢ ĐẠT ĐƯỢC"), (2, "1.", "Công tác tuyển quân"), (2, "2.", "Công tác dân quân tự vệ"),
     (1, "II.", "NHIỆM VỤ QUÝ IV")],
    {"Giao 25": ("1.", "Công tác tuyển"), "Huấn luyện 96": ("2.", "Công tác dân"), "Đăng ký nghĩa": ("II.", "NHIỆM")})

# 6. Numbered result sentences directly under a Roman heading: items, not headings.
case("numbered_results_under_roman", [letterhead("ĐẢNG ỦY XÃ BÌNH MINH", "*", "Số 40-BC/ĐU", "Bình Minh"), *head(),
    B("I. KẾT QUẢ CÔNG TÁC XÂY DỰNG ĐẢNG"),
    p("1. Kết nạp 45 đảng viên mới, đạt 112% chỉ tiêu được giao."),
    p("2. Chuyển sinh hoạt đảng chính thức cho 23 đảng viên đủ điều kiện."),
    p("3. Tổ chức 04 lớp bồi dưỡng lý luận chính trị cho 260 học viên."),
    B("II. HẠN CHẾ, TỒN TẠI"),
    p("Còn 02 chi bộ xếp loại chưa hoàn thành nhiệm vụ."),
    sign_table("T/M ĐẢNG ỦY", "BÍ THƯ", "Trần Minh")],
    [(1, "I.", "KẾT QUẢ CÔNG TÁC XÂY DỰNG ĐẢNG"), (1, "II.", "HẠN CHẾ, TỒN TẠI")],
    {"1. Kết nạp": ("I.", "KẾT QUẢ"), "2. Chuyển sinh": ("I.", "KẾT QUẢ"), "3. Tổ chức 04": ("I.", "KẾT QUẢ"),
     "Còn 02 chi bộ": ("II.", "HẠN")})

# 7. A heading split over two paragraphs: the label alone, then its text.
case("label_alone_then_text", [letterhead(), *head(),
    B("I."),
    B("TÌNH HÌNH KINH TẾ - XÃ HỘI"),
    B("1. Kinh tế"),
    p("Tổng giá trị sản xuất 412 tỷ đồng."),
    B("2."),
    B("Văn hóa - xã hội"),
    p("Có 2.870/3.010 hộ đạt gia đình văn hóa."),
    B("II."),
    B("PHƯƠNG HƯỚNG QUÝ IV"),
    p("Phấn đấu 95% hộ gia đình văn hóa."),
    SIGN()],
    [(1, "I.", "TÌNH HÌNH KINH TẾ - XÃ HỘI"), (2, "1.", "Kinh tế"), (2, "2.", "Văn hóa - xã hội"),
     (1, "II.", "PHƯƠNG HƯỚNG QUÝ IV")],
    {"Tổng giá trị": ("1.", "Kinh tế"), "Có 2.870": ("2.", "Văn hóa"), "Phấn đấu 95%": ("II.", "PHƯƠNG")})

# 8. Auto-numbered Arabic headings under typed Roman ones; the "Phương hướng" part uses a
#    second list (its own abstractNum), so its numbers start again at 1.
NUM8 = numbering({1: [("decimal", "%1.", 1)], 2: [("decimal", "%1.", 1)]}, {3: (1, {}), 4: (2, {})})
case("auto_restart_outlook", [letterhead(), *head(),
    B("I. KẾT QUẢ THỰC HIỆN NHIỆM VỤ"),
    p("Lĩnh vực kinh tế", bold=True, num=(3, 0)),
    p("Thu ngân sách 6,3 tỷ đồng."),
    p("Lĩnh vực xã hội", bold=True, num=(3, 0)),
    p("Giải quyết việc làm cho 85 lao động."),
    B("II. PHƯƠNG HƯỚNG NHIỆM VỤ 6 THÁNG CUỐI NĂM"),
    p("Về kinh tế", bold=True, num=(4, 0)),
    p("Phấn đấu thu 7 tỷ đồng."),
    p("Về xã hội", bold=True, num=(4, 0)),
    p("Đào tạo nghề cho 60 lao động."),
    SIGN()],
    [(1, "I.", "KẾT QUẢ THỰC HIỆN NHIỆM VỤ"), (2, "1.", "Lĩnh vực kinh tế"), (2, "2.", "Lĩnh vực xã hội"),
     (1, "II.", "PHƯƠNG HƯỚNG NHIỆM VỤ"), (2, "1.", "Về kinh tế"), (2, "2.", "Về xã hội")],
    {"Thu ngân sách 6,3": ("1.", "Lĩnh vực kinh"), "Giải quyết việc": ("2.", "Lĩnh vực xã"),
     "Phấn đấu thu 7": ("1.", "Về kinh"), "Đào tạo nghề": ("2.", "Về xã")}, {"numbering.xml": NUM8})

# 9. The only headings are bold capitals lines (flush left, not centred).
case("bold_caps_only", [letterhead(), *head(),
    p("Thực hiện chỉ đạo của UBND huyện, UBND xã báo cáo kết quả như sau:"),
    B("TÌNH HÌNH KINH TẾ"),
    p("Diện tích cà phê 1.840 ha."),
    B("VĂN HÓA - XÃ HỘI"),
    p("Tỷ lệ tham gia bảo hiểm y tế 93,5%."),
    B("QUỐC PHÒNG - AN NINH"),
    p("Tuyển 18 thanh niên nhập ngũ."),
    B("PHƯƠNG HƯỚNG THÁNG TỚI"),
    p("Tiêm phòng cho 4.500 con gia súc."),
    SIGN()],
    [(1, "", "TÌNH HÌNH KINH TẾ"), (1, "", "VĂN HÓA - XÃ HỘI"), (1, "", "QUỐC PHÒNG - AN NINH"),
     (1, "", "PHƯƠNG HƯỚNG THÁNG TỚI")],
    {"Diện tích cà phê": ("", "TÌNH"), "Tỷ lệ tham gia": ("", "VĂN"), "Tuyển 18": ("", "QUỐC"),
     "Tiêm phòng": ("", "PHƯƠNG")})

# 10. A footnote under each section: the note keeps the section of its reference.
FN10 = notes("footnote", {1: [p(" Gồm 06 xã đạt chuẩn nông thôn mới nâng cao.")],
                          2: [p(" Trong đó 14 trường hợp là người dân tộc thiểu số.")]})
case("footnotes_per_section", [letterhead(), *head(),
    B("I. XÂY DỰNG NÔNG THÔN MỚI"),
    p("Toàn huyện có 11 xã đạt chuẩn", fnref(1), " nông thôn mới."),
    B("II. GIẢM NGHÈO"),
    p("Giảm 38 hộ nghèo", fnref(2), " trong 6 tháng."),
    SIGN()],
    [(1, "I.", "XÂY DỰNG NÔNG THÔN MỚI"), (1, "II.", "GIẢM NGHÈO")],
    {"Toàn huyện có 11": ("I.", "XÂY"), "Gồm 06 xã": ("I.", "XÂY"), "Giảm 38": ("II.", "GIẢM"),
     "Trong đó 14": ("II.", "GIẢM")}, {"footnotes.xml": FN10})

# 11. Two appendices after the signature, each with its own Roman sections.
case("two_appendices_roman", [letterhead(), *head(),
    B("I. KẾT QUẢ"),
    p("Hoàn thành 11/12 chỉ tiêu."),
    B("II. ĐỀ XUẤT"),
    p("Đề nghị hỗ trợ 2 tỷ đồng."),
    SIGN(),
    p("Phụ lục 01", bold=True, jc="center"),
    p("CHỈ TIÊU KINH TẾ - XÃ HỘI", bold=True, jc="center"),
    B("I. CHỈ TIÊU KINH TẾ"),
    p("Thu nhập bình quân 64 triệu đồng/người/năm."),
    B("II. CHỈ TIÊU XÃ HỘI"),
    p("Số lao động được đào tạo 310 người."),
    p("Phụ lục 02", bold=True, jc="center"),
    B("I. DANH MỤC CÔNG TRÌNH"),
    p("Đường giao thông ấp 3 dài 1,2 km."),
    ],
    [(1, "I.", "KẾT QUẢ"), (1, "II.", "ĐỀ XUẤT"), (1, "", "Phụ lục 01"), (2, "I.", "CHỈ TIÊU KINH TẾ"),
     (2, "II.", "CHỈ TIÊU XÃ HỘI"), (1, "", "Phụ lục 02"), (2, "I.", "DANH MỤC CÔNG TRÌNH")],
    {"Hoàn thành 11/12": ("I.", "KẾT"), "Đề nghị hỗ trợ": ("II.", "ĐỀ"), "Thu nhập bình quân 64": ("I.", "CHỈ TIÊU KINH"),
     "Số lao động": ("II.", "CHỈ TIÊU XÃ"), "Đường giao thông": ("I.", "DANH")})

# 12. "Thứ nhất, ..." / "Thứ hai, ..." points and a bold short heading with a figure in it.
case("ordinal_points_and_figure_heading", [letterhead(), *head(),
    B("I. ĐÁNH GIÁ CHUNG"),
    p("Thứ nhất, thu ngân sách đạt 104% dự toán, tăng 9% so với cùng kỳ."),
    p("Thứ hai, còn 03 công trình chậm tiến độ."),
    B("II. CÔNG TÁC THANH TRA (05 cuộc)"),
    p("Phát hiện sai phạm 120 triệu đồng."),
    SIGN()],
    [(1, "I.", "ĐÁNH GIÁ CHUNG"), (1, "II.", "CÔNG TÁC THANH TRA")],
    {"Thứ nhất": ("I.", "ĐÁNH"), "Thứ hai": ("I.", "ĐÁNH"), "II. CÔNG TÁC": ("II.", "CÔNG TÁC"),
     "Phát hiện sai": ("II.", "CÔNG TÁC")})

# ---- held out ----
# 13. Bold run-in headings under Arabic headings, each followed by plain paragraphs.
case("runin_under_arabic", [letterhead(), *head(),
    B("1. Lĩnh vực văn hóa"),
    RUNIN("Thông tin tuyên truyền:", " Treo 320 băng rôn, khẩu hiệu."),
    p("Phát 1.500 tờ rơi."),
    RUNIN("Thể dục thể thao:", " Tổ chức 04 giải thể thao."),
    B("2. Lĩnh vực y tế"),
    p("Khám bệnh cho 6.210 lượt người."),
    SIGN()],
    [(1, "1.", "Lĩnh vực văn hóa"), (2, "", "Thông tin tuyên truyền"), (2, "", "Thể dục thể thao"),
     (1, "2.", "Lĩnh vực y tế")],
    {"Thông tin": ("", "Thông tin"), "Phát 1.500": ("", "Thông tin"), "Thể dục": ("", "Thể dục"),
     "Khám bệnh": ("2.", "Lĩnh vực y")})

# 14. "PHẦN A" / "PHẦN B" in capitals with "-" and Roman headings.
case("phan_letter_caps_dash", [letterhead(), *head(),
    B("PHẦN A - TÌNH HÌNH THỰC HIỆN"),
    B("I. KINH TẾ"),
    p("Sản lượng lương thực 12.400 tấn."),
    B("II. XÃ HỘI"),
    p("Xây 06 căn nhà đại đoàn kết."),
    B("PHẦN B - NHIỆM VỤ NĂM 2026"),
    B("I. CHỈ TIÊU"),
    p("Sản lượng lương thực 12.800 tấn trở lên."),
    SIGN()],
    [(1, "PHẦN A", "TÌNH HÌNH THỰC HIỆN"), (2, "I.", "KINH TẾ"), (2, "II.", "XÃ HỘI"),
     (1, "PHẦN B", "NHIỆM VỤ NĂM 2026"), (2, "I.", "CHỈ TIÊU")],
    {"Sản lượng lương thực 12.400": ("I.", "KINH"), "Xây 06": ("II.", "XÃ"),
     "Sản lượng lương thực 12.800": ("I.", "CHỈ")})

# 15. A table of contents as a table (heading label, page number) before the body.
case("toc_table", [letterhead(), *head(),
    p("MỤC LỤC", bold=True, jc="center"),
    table(row(cell(p("I. TỔNG QUAN")), cell(p("2"))), row(cell(p("II. KẾT QUẢ")), cell(p("4")))),
    B("I. TỔNG QUAN"),
    p("Huyện có 14 xã, thị trấn."),
    B("II. KẾT QUẢ"),
    p("Giải ngân 78% vốn đầu tư công."),
    SIGN()],
    [(1, "I.", "TỔNG QUAN"), (1, "II.", "KẾT QUẢ")],
    {"Huyện có 14": ("I.", "TỔNG"), "Giải ngân 78%": ("II.", "KẾT")})

# 16. Split heading with a Roman label and a mixed-case text; footnote in a sub-section.
FN16 = notes("footnote", {1: [p(" Số liệu đến ngày 30/6/2025, gồm 212 hồ sơ.")]})
case("split_label_footnote", [letterhead(), *head(),
    B("I."),
    B("Công tác cải cách hành chính"),
    B("1. Tiếp nhận hồ sơ"),
    p("Tiếp nhận 1.045 hồ sơ", fnref(1), ", giải quyết đúng hạn 99%."),
    B("II. Phương hướng"),
    p("Số hóa 100% hồ sơ."),
    SIGN()],
    [(1, "I.", "Công tác cải cách hành chính"), (2, "1.", "Tiếp nhận hồ sơ"), (1, "II.", "Phương hướng")],
    {"Tiếp nhận 1.045": ("1.", "Tiếp nhận"), "Số liệu đến": ("1.", "Tiếp nhận"), "Số hóa 100%": ("II.", "Phương")},
    {"footnotes.xml": FN16})

# 17. Numbered results under a Roman heading, then a bold Arabic heading with text below.
case("items_then_heading", [letterhead(), *head(),
    B("I. KẾT QUẢ NỔI BẬT"),
    p("1. Hoàn thành 08 tuyến đường giao thông nông thôn với tổng chiều dài 6,5 km."),
    p("2. Xây dựng mới 02 phòng học kiên cố tại trường tiểu học."),
    B("II. KẾT QUẢ CỤ THỂ"),
    B("1. Kinh tế"),
    p("Tăng trưởng 7,2%."),
    SIGN()],
    [(1, "I.", "KẾT QUẢ NỔI BẬT"), (1, "II.", "KẾT QUẢ CỤ THỂ"), (2, "1.", "Kinh tế")],
    {"1. Hoàn thành 08": ("I.", "KẾT QUẢ NỔI"), "2. Xây dựng mới": ("I.", "KẾT QUẢ NỔI"),
     "Tăng trưởng 7,2": ("1.", "Kinh tế")})

# 18. "1.1" headings (no final dot) under Arabic ones, capitals lines only at the top.
case("decimal_nodot_under_caps", [letterhead(), *head(),
    B("KẾT QUẢ THỰC HIỆN"),
    B("1. Kinh tế"),
    B("1.1 Nông nghiệp"),
    p("Gieo trồng 2.100 ha."),
    B("1.2 Dịch vụ"),
    p("Doanh thu 44 tỷ đồng."),
    B("2. Xã hội"),
    p("Cấp 210 thẻ bảo hiểm."),
    SIGN()],
    [(1, "", "KẾT QUẢ THỰC HIỆN"), (2, "1.", "Kinh tế"), (3, "1.1", "Nông nghiệp"), (3, "1.2", "Dịch vụ"),
     (2, "2.", "Xã hội")],
    {"Gieo trồng 2.100": ("1.1", "Nông"), "Doanh thu 44": ("1.2", "Dịch"), "Cấp 210": ("2.", "Xã")})

# ---- second held-out batch, written after the fixes found on 1-12 ----
# 19. One auto-numbered list for the Arabic headings under both Roman headings, never
#     restarted: Word shows 3. and 4. under II, and we keep what Word shows.
NUM19 = numbering({1: [("decimal", "%1.", 1)]}, {5: (1, {})})
case("auto_numbering_continues", [letterhead(), *head(),
    B("I. KẾT QUẢ"),
    p("Kinh tế", bold=True, num=(5, 0)),
    p("Thu ngân sách 4,1 tỷ đồng."),
    p("Xã hội", bold=True, num=(5, 0)),
    p("Khám bệnh 3.200 lượt."),
    B("II. NHIỆM VỤ"),
    p("Về kinh tế", bold=True, num=(5, 0)),
    p("Phấn đấu thu 5 tỷ đồng."),
    p("Về xã hội", bold=True, num=(5, 0)),
    p("Tiêm chủng cho 480 trẻ."),
    SIGN()],
    [(1, "I.", "KẾT QUẢ"), (2, "1.", "Kinh tế"), (2, "2.", "Xã hội"), (1, "II.", "NHIỆM VỤ"),
     (2, "3.", "Về kinh tế"), (2, "4.", "Về xã hội")],
    {"Thu ngân sách 4,1": ("1.", "Kinh"), "Khám bệnh 3.200": ("2.", "Xã"), "Phấn đấu thu 5": ("3.", "Về kinh"),
     "Tiêm chủng": ("4.", "Về xã")}, {"numbering.xml": NUM19})

# 20. Footnote references in a heading and in a run-in paragraph.
FN20 = notes("footnote", {1: [p(" Chỉ tiêu huyện giao là 22 thanh niên.")],
                          2: [p(" Có 12 người là dân quân năm thứ nhất.")]})
case("footnote_on_heading", [letterhead(), *head(),
    B("I. CÔNG TÁC QUÂN SỰ ĐỊA PHƯƠNG"),
    p(r("1. Công tác tuyển quân", bold=True), fnref(1)),
    p("Bàn giao 22 tân binh."),
    p(r("Công tác huấn luyện:", bold=True), r(" Huấn luyện 64 dân quân"), fnref(2), r(", đạt khá.")),
    B("II. CÔNG TÁC AN NINH"),
    p("Tiếp nhận 05 tin báo tội phạm."),
    SIGN()],
    [(1, "I.", "CÔNG TÁC QUÂN SỰ ĐỊA PHƯƠNG"), (2, "1.", "Công tác tuyển quân"), (3, "", "Công tác huấn luyện"),
     (1, "II.", "CÔNG TÁC AN NINH")],
    {"Chỉ tiêu huyện": ("1.", "Công tác tuyển"), "Bàn giao 22": ("1.", "Công tác tuyển"),
     "Công tác huấn luyện": ("", "Công tác huấn"), "Có 12 người": ("", "Công tác huấn"),
     "Tiếp nhận 05": ("II.", "CÔNG TÁC AN")}, {"footnotes.xml": FN20})

# 21. "Mục lục" in mixed case over Arabic entries; a body heading ends in a year.
case("toc_lowercase_arabic", [letterhead(), *head(),
    p("Mục lục", bold=True, jc="center"),
    p("1. Tình hình chung .......... 1"),
    p("2. Nhiệm vụ năm 2026 .......... 4"),
    B("1. Tình hình chung"),
    p("Dân số 9.870 người."),
    B("2. Nhiệm vụ năm 2026"),
    p("Phấn đấu 100% hộ dùng nước sạch."),
    SIGN()],
    [(1, "1.", "Tình hình chung"), (1, "2.", "Nhiệm vụ năm 2026")],
    {"Dân số 9.870": ("1.", "Tình"), "Phấn đấu 100%": ("2.", "Nhiệm")})

# 22. A bare "PHẦN I" with its title line, then "Mục I." / "Mục II." in mixed case.
case("phan_bare_with_muc", [letterhead(), *head(),
    p("PHẦN I", bold=True, jc="center"),
    p("TÌNH HÌNH THỰC HIỆN NHIỆM VỤ", bold=True, jc="center"),
    B("Mục I. Kinh tế"),
    p("Sản lượng cà phê 5.600 tấn."),
    B("Mục II. Xã hội"),
    p("Có 97% trẻ trong độ tuổi đến trường."),
    p("PHẦN II", bold=True, jc="center"),
    p("PHƯƠNG HƯỚNG NĂM 2026", bold=True, jc="center"),
    p("Trồng tái canh 150 ha cà phê."),
    SIGN()],
    [(1, "PHẦN I", "TÌNH HÌNH THỰC HIỆN NHIỆM VỤ"), (2, "Mục I", "Kinh tế"), (2, "Mục II", "Xã hội"),
     (1, "PHẦN II", "PHƯƠNG HƯỚNG NĂM 2026")],
    {"Sản lượng cà phê": ("Mục I", "Kinh"), "Có 97%": ("Mục II", "Xã"), "Trồng tái canh": ("PHẦN II", "PHƯƠNG")})

# 23. Split headings at the lower levels: "a)" plain with its text bold on the next line; a
#     lone "2." before a sentence is a broken item, not a heading (the sentence ends in ".").
case("split_letter_and_broken_item", [letterhead(), *head(),
    B("1. Sản xuất nông nghiệp"),
    p("a)"),
    B("Trồng trọt"),
    p("Gieo trồng 1.120 ha lúa."),
    p("b)"),
    B("Chăn nuôi"),
    p("Tổng đàn heo 8.400 con."),
    B("2. Kết quả khác"),
    p("Trong kỳ đã thực hiện:"),
    p("2."),
    p("Nạo vét 3,5 km kênh mương nội đồng."),
    SIGN()],
    [(1, "1.", "Sản xuất nông nghiệp"), (2, "a)", "Trồng trọt"), (2, "b)", "Chăn nuôi"), (1, "2.", "Kết quả khác")],
    {"Gieo trồng 1.120": ("a)", "Trồng"), "Tổng đàn heo": ("b)", "Chăn"), "Nạo vét 3,5": ("2.", "Kết quả")})

# 24. Bold capitals parts with bold run-in sub-heads under each.
case("caps_parts_runin", [letterhead("ĐẢNG ỦY XÃ HÒA THẮNG", "*", "Số 22-BC/ĐU", "Hòa Thắng"),
    *head("Tình hình tháng 8 và nhiệm vụ tháng 9 năm 2025"),
    B("KẾT QUẢ THỰC HIỆN THÁNG 8"),
    RUNIN("Công tác tư tưởng:", " Tổ chức 03 hội nghị quán triệt nghị quyết."),
    RUNIN("Công tác tổ chức:", " Kết nạp 02 đảng viên, nâng tổng số lên 312."),
    B("NHIỆM VỤ THÁNG 9"),
    RUNIN("Công tác tổ chức:", " Hoàn thành hồ sơ kết nạp 04 quần chúng ưu tú."),
    sign_table("T/M ĐẢNG ỦY", "PHÓ BÍ THƯ", "Ngô Văn Lâm")],
    [(1, "", "KẾT QUẢ THỰC HIỆN THÁNG 8"), (2, "", "Công tác tư tưởng"), (2, "", "Công tác tổ chức"),
     (1, "", "NHIỆM VỤ THÁNG 9"), (2, "", "Công tác tổ chức")],
    {"Công tác tư tưởng": ("", "Công tác tư"), "Công tác tổ chức: Kết nạp": ("", "Công tác tổ"),
     "Công tác tổ chức: Hoàn thành": ("", "Công tác tổ")})

HELD_OUT = [c["name"] for c in CASES[12:]]
