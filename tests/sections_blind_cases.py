"""Report skeletons for the section-tree blind test (own wording, written for these tests).
expected tree [(level, label, heading)] and figure paragraphs {text prefix: (label, heading prefix)}
of the section each belongs to. Expectations written by reading, before running."""
from docx_factory import cell, numbering, p, r, row, styles, table

def letterhead(org="ỦY BAN NHÂN DÂN", org2="XÃ HÒA BÌNH", num="Số: 45/BC-UBND", place="Hòa Bình"):
    return table(row(cell(p(org, bold=True, jc="center"), p(org2, bold=True, jc="center"), p(num, jc="center")),
                     cell(p("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", bold=True, jc="center"),
                          p("Độc lập - Tự do - Hạnh phúc", bold=True, jc="center"),
                          p(f"{place}, ngày 05 tháng 7 năm 2025", jc="center"))))

def head(title="Kết quả công tác 6 tháng đầu năm 2025"):
    return [p("BÁO CÁO", bold=True, jc="center"), p(title, bold=True, jc="center"), p("-----", jc="center")]

def sign_table(*lines):
    return table(row(cell(p("Nơi nhận:", bold=True), p("- UBND huyện;"), p("- Lưu: VT.")),
                     cell(*[p(x, bold=True, jc="center") for x in lines])))

B = lambda t: p(t, bold=True)
CASES = []
def case(name, paras, tree, figs, parts=None):
    CASES.append(dict(name=name, paras=paras, tree=tree, figs=figs, parts=parts or {}))

# 1. PHẦN THỨ NHẤT alone, its title on the next line; Roman + Arabic inside.
case("parts_with_title_line", [letterhead(), *head(),
    p("Thực hiện Kế hoạch số 10/KH-UBND, UBND xã báo cáo như sau:"),
    p("PHẦN THỨ NHẤT", bold=True, jc="center"),
    p("KẾT QUẢ THỰC HIỆN NHIỆM VỤ 6 THÁNG ĐẦU NĂM 2025", bold=True, jc="center"),
    B("I. LĨNH VỰC KINH TẾ"),
    B("1. Sản xuất nông nghiệp"),
    p("Tổng diện tích gieo trồng đạt 1.250 ha, bằng 102% kế hoạch."),
    B("2. Thương mại, dịch vụ"),
    p("Có 35 cơ sở kinh doanh mới đăng ký."),
    B("II. LĨNH VỰC VĂN HÓA - XÃ HỘI"),
    p("Giải quyết việc làm cho 120 lao động."),
    p("PHẦN THỨ HAI", bold=True, jc="center"),
    p("PHƯƠNG HƯỚNG, NHIỆM VỤ 6 THÁNG CUỐI NĂM 2025", bold=True, jc="center"),
    B("1. Phấn đấu các chỉ tiêu"),
    p("Phấn đấu trồng mới 40 ha cây ăn quả."),
    sign_table("TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Lê Văn C")],
    [(1, "PHẦN THỨ NHẤT", "KẾT QUẢ THỰC HIỆN NHIỆM VỤ 6 THÁNG ĐẦU NĂM 2025"),
     (2, "I.", "LĨNH VỰC KINH TẾ"), (3, "1.", "Sản xuất nông nghiệp"), (3, "2.", "Thương mại, dịch vụ"),
     (2, "II.", "LĨNH VỰC VĂN HÓA - XÃ HỘI"),
     (1, "PHẦN THỨ HAI", "PHƯƠNG HƯỚNG, NHIỆM VỤ 6 THÁNG CUỐI NĂM 2025"), (3, "1.", "Phấn đấu các chỉ tiêu")],
    {"Tổng diện tích": ("1.", "Sản xuất"), "Có 35": ("2.", "Thương mại"), "Giải quyết": ("II.", "LĨNH VỰC VĂN"),
     "Phấn đấu trồng": ("1.", "Phấn đấu")})

# 2. A. / B. over Roman over Arabic, "I-" and "1-" separators.
case("upper_roman_dash", [letterhead("HUYỆN ỦY LONG PHÚ", "BAN TUYÊN GIÁO", "Số 12-BC/BTGHU", "Long Phú"), *head(),
    B("A- KẾT QUẢ ĐẠT ĐƯỢC"),
    B("I- CÔNG TÁC TUYÊN TRUYỀN"),
    B("1- Tuyên truyền miệng"),
    p("Tổ chức 24 buổi nói chuyện thời sự với 1.860 lượt người dự."),
    B("2- Tuyên truyền trên báo chí"),
    p("Đăng 56 tin, bài trên trang thông tin điện tử."),
    B("II- CÔNG TÁC LÝ LUẬN CHÍNH TRỊ"),
    p("Mở 03 lớp bồi dưỡng với 215 học viên."),
    B("B- PHƯƠNG HƯỚNG NHIỆM VỤ QUÝ III"),
    p("- Tổ chức 10 buổi sinh hoạt chuyên đề."),
    sign_table("TM. BAN THƯỜNG VỤ", "PHÓ BÍ THƯ", "Trần Văn D")],
    [(1, "A-", "KẾT QUẢ ĐẠT ĐƯỢC"), (2, "I-", "CÔNG TÁC TUYÊN TRUYỀN"), (3, "1-", "Tuyên truyền miệng"),
     (3, "2-", "Tuyên truyền trên báo chí"), (2, "II-", "CÔNG TÁC LÝ LUẬN CHÍNH TRỊ"),
     (1, "B-", "PHƯƠNG HƯỚNG NHIỆM VỤ QUÝ III")],
    {"Tổ chức 24": ("1-", "Tuyên truyền miệng"), "Đăng 56": ("2-", "Tuyên"), "Mở 03": ("II-", "CÔNG TÁC LÝ"),
     "- Tổ chức 10": ("B-", "PHƯƠNG")})

# 3. 1.1. and 1.1.1. under Roman.
case("decimal_depth", [letterhead(), *head(),
    B("I. KẾT QUẢ THỰC HIỆN"),
    B("1. Kinh tế"),
    B("1.1. Nông nghiệp"),
    B("1.1.1. Trồng trọt"),
    p("Sản lượng lúa đạt 8.420 tấn."),
    B("1.1.2. Chăn nuôi"),
    p("Tổng đàn heo 3.150 con."),
    B("1.2. Công nghiệp - xây dựng"),
    p("Giá trị sản xuất đạt 126 tỷ đồng."),
    B("2. Văn hóa - xã hội"),
    p("Tỷ lệ hộ nghèo giảm còn 1,2%."),
    B("II. PHƯƠNG HƯỚNG"),
    p("Phấn đấu tỷ lệ tham gia BHYT đạt 95%."),
    sign_table("TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Lê Văn C")],
    [(1, "I.", "KẾT QUẢ THỰC HIỆN"), (2, "1.", "Kinh tế"), (3, "1.1.", "Nông nghiệp"), (4, "1.1.1.", "Trồng trọt"),
     (4, "1.1.2.", "Chăn nuôi"), (3, "1.2.", "Công nghiệp - xây dựng"), (2, "2.", "Văn hóa - xã hội"),
     (1, "II.", "PHƯƠNG HƯỚNG")],
    {"Sản lượng": ("1.1.1.", "Trồng"), "Tổng đàn": ("1.1.2.", "Chăn"), "Giá trị": ("1.2.", "Công"),
     "Tỷ lệ hộ": ("2.", "Văn"), "Phấn đấu": ("II.", "PHƯƠNG")})

# 4. a) b) with "-" and "+" bullets holding figures (bullets never headings).
case("letters_and_bullets", [letterhead(), *head(),
    B("I. TÌNH HÌNH THỰC HIỆN"),
    B("1. Công tác cải cách hành chính"),
    B("a) Cải cách thủ tục hành chính"),
    p("- Tiếp nhận 1.245 hồ sơ, giải quyết đúng hạn 1.230 hồ sơ."),
    p("+ Hồ sơ trực tuyến: 980 hồ sơ."),
    p("+ Hồ sơ trực tiếp: 265 hồ sơ."),
    B("b) Hiện đại hóa hành chính"),
    p("- Tỷ lệ văn bản điện tử đạt 98%."),
    B("2. Công tác thanh tra"),
    p("- Tiến hành 04 cuộc thanh tra."),
    sign_table("KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Phan Thị E")],
    [(1, "I.", "TÌNH HÌNH THỰC HIỆN"), (2, "1.", "Công tác cải cách hành chính"),
     (3, "a)", "Cải cách thủ tục hành chính"), (3, "b)", "Hiện đại hóa hành chính"), (2, "2.", "Công tác thanh tra")],
    {"- Tiếp nhận": ("a)", "Cải cách"), "+ Hồ sơ trực tuyến": ("a)", "Cải cách"), "+ Hồ sơ trực tiếp": ("a)", "Cải"),
     "- Tỷ lệ văn bản": ("b)", "Hiện"), "- Tiến hành 04": ("2.", "Công tác thanh")})

# 5. "* " sub-heads and bold run-in lead-ins under Arabic.
case("stars_and_leadins", [letterhead("HUYỆN ỦY CHÂU THÀNH", "*", "Số 88-BC/HU", "Châu Thành"), *head(),
    B("I. CÔNG TÁC XÂY DỰNG ĐẢNG"),
    B("1. Công tác chính trị, tư tưởng"),
    p("* Công tác tuyên giáo:", bold=True),
    p("Tổ chức học tập nghị quyết cho 2.340 đảng viên, đạt 97,5%."),
    p("* Công tác dân vận:", bold=True),
    p("Xây dựng 12 mô hình dân vận khéo."),
    B("2. Công tác tổ chức, cán bộ"),
    p(r("Công tác phát triển đảng viên:", bold=True), r(" Kết nạp 45 đảng viên mới, đạt 90% chỉ tiêu.")),
    p(r("Công tác kiểm tra:", bold=True), r(" Kiểm tra 08 tổ chức đảng và 14 đảng viên.")),
    B("II. LÃNH ĐẠO NHIỆM VỤ CHÍNH TRỊ"),
    p("Tổng thu ngân sách đạt 312 tỷ đồng."),
    sign_table("T/M HUYỆN ỦY", "BÍ THƯ", "Võ Văn F")],
    [(1, "I.", "CÔNG TÁC XÂY DỰNG ĐẢNG"), (2, "1.", "Công tác chính trị, tư tưởng"), (3, "*", "Công tác tuyên giáo"),
     (3, "*", "Công tác dân vận"), (2, "2.", "Công tác tổ chức, cán bộ"), (3, "", "Công tác phát triển đảng viên"),
     (3, "", "Công tác kiểm tra"), (1, "II.", "LÃNH ĐẠO NHIỆM VỤ CHÍNH TRỊ")],
    {"Tổ chức học tập": ("*", "Công tác tuyên"), "Xây dựng 12": ("*", "Công tác dân"),
     "Công tác phát triển": ("", "Công tác phát"), "Công tác kiểm tra": ("", "Công tác kiểm"),
     "Tổng thu": ("II.", "LÃNH")})

# 6. Unnumbered capital headings at top, Arabic below them.
case("caps_unnumbered_top", [letterhead(), *head(),
    p("KẾT QUẢ ĐẠT ĐƯỢC", bold=True),
    B("1. Về kinh tế"),
    p("Tổng giá trị sản xuất ước đạt 540 tỷ đồng, tăng 7,2%."),
    B("2. Về xã hội"),
    p("Cấp 2.100 thẻ BHYT cho người nghèo."),
    p("HẠN CHẾ, KHÓ KHĂN", bold=True),
    p("Còn 15 hộ chưa có nhà ở kiên cố."),
    p("PHƯƠNG HƯỚNG, NHIỆM VỤ THỜI GIAN TỚI", bold=True),
    B("1. Về kinh tế"),
    p("Phấn đấu thu ngân sách 60 tỷ đồng."),
    sign_table("TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Lê Văn C")],
    [(1, "", "KẾT QUẢ ĐẠT ĐƯỢC"), (2, "1.", "Về kinh tế"), (2, "2.", "Về xã hội"), (1, "", "HẠN CHẾ, KHÓ KHĂN"),
     (1, "", "PHƯƠNG HƯỚNG, NHIỆM VỤ THỜI GIAN TỚI"), (2, "1.", "Về kinh tế")],
    {"Tổng giá trị": ("1.", "Về kinh tế"), "Cấp 2.100": ("2.", "Về xã"), "Còn 15": ("", "HẠN CHẾ"),
     "Phấn đấu thu": ("1.", "Về kinh tế")})

# 7. Assessment subheads (Ưu điểm / Hạn chế / Nguyên nhân) as bold lines under a Roman section,
#    then an unnumbered capitals part after the numbered ones.
case("assessment_subheads", [letterhead(), *head(),
    B("I. KẾT QUẢ"),
    p("Hoàn thành 18/20 chỉ tiêu, đạt 90%."),
    B("II. ĐÁNH GIÁ CHUNG"),
    B("1. Ưu điểm"),
    p("Thu ngân sách vượt 12% dự toán."),
    B("2. Hạn chế, khuyết điểm"),
    p("Còn 02 chỉ tiêu chưa đạt."),
    B("3. Nguyên nhân"),
    p(r("Nguyên nhân khách quan:", bold=True), r(" Thời tiết làm thiệt hại 30 ha lúa.")),
    B("III. PHƯƠNG HƯỚNG, NHIỆM VỤ 6 THÁNG CUỐI NĂM"),
    p("Phấn đấu giải ngân 100% vốn đầu tư công."),
    sign_table("TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Lê Văn C")],
    [(1, "I.", "KẾT QUẢ"), (1, "II.", "ĐÁNH GIÁ CHUNG"), (2, "1.", "Ưu điểm"), (2, "2.", "Hạn chế, khuyết điểm"),
     (2, "3.", "Nguyên nhân"), (3, "", "Nguyên nhân khách quan"), (1, "III.", "PHƯƠNG HƯỚNG, NHIỆM VỤ 6 THÁNG CUỐI NĂM")],
    {"Hoàn thành 18": ("I.", "KẾT"), "Thu ngân sách vượt": ("1.", "Ưu"), "Còn 02": ("2.", "Hạn"),
     "Nguyên nhân khách": ("", "Nguyên nhân khách"), "Phấn đấu giải": ("III.", "PHƯƠNG")})

# 8. Appendix after the signature: "PHỤ LỤC", "Biểu 01" with a table.
case("appendix_after_signature", [letterhead(), *head(),
    B("I. KẾT QUẢ"),
    p("Tiếp nhận 320 hồ sơ."),
    B("II. KIẾN NGHỊ"),
    p("Đề nghị bổ sung 02 biên chế."),
    sign_table("TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Lê Văn C"),
    p("PHỤ LỤC", bold=True, jc="center"),
    p("Biểu 01: Kết quả giải quyết hồ sơ", bold=True, jc="center"),
    table(row(cell(p("STT")), cell(p("Lĩnh vực")), cell(p("Số hồ sơ"))),
          row(cell(p("1")), cell(p("Hộ tịch")), cell(p("210"))),
          row(cell(p("2")), cell(p("Chứng thực")), cell(p("110")))),
    p("Biểu 02: Kết quả thu ngân sách", bold=True, jc="center"),
    table(row(cell(p("STT")), cell(p("Nguồn thu")), cell(p("Triệu đồng"))),
          row(cell(p("1")), cell(p("Thuế")), cell(p("4.500"))))],
    [(1, "I.", "KẾT QUẢ"), (1, "II.", "KIẾN NGHỊ"), (1, "", "PHỤ LỤC"),
     (2, "", "Biểu 01: Kết quả giải quyết hồ sơ"), (2, "", "Biểu 02: Kết quả thu ngân sách")],
    {"Tiếp nhận 320": ("I.", "KẾT"), "Đề nghị bổ sung": ("II.", "KIẾN"), "210": ("", "Biểu 01"),
     "4.500": ("", "Biểu 02")})

# 9. Closing block as plain paragraphs; letterhead as plain lines; "Kính gửi".
case("plain_closing_block", [
    p("ĐẢNG ỦY XÃ TÂN PHÚ", bold=True), p("CHI BỘ ẤP 3"), p("Số 05-BC/CB"),
    p("Tân Phú, ngày 30 tháng 6 năm 2025"),
    *head("Sơ kết công tác 6 tháng đầu năm 2025"),
    p("Kính gửi: Đảng ủy xã Tân Phú."),
    B("1. Tình hình đảng viên"),
    p("Chi bộ có 28 đảng viên, trong đó 05 đảng viên dự bị."),
    B("2. Kết quả lãnh đạo"),
    p("Vận động 46 hộ hiến 3.200 m2 đất làm đường."),
    p("Nơi nhận:", bold=True), p("- Đảng ủy xã;"), p("- Lưu chi bộ."),
    p("T/M CHI BỘ", bold=True), p("BÍ THƯ", bold=True), p("Nguyễn Thị G", bold=True)],
    [(1, "1.", "Tình hình đảng viên"), (1, "2.", "Kết quả lãnh đạo")],
    {"Chi bộ có 28": ("1.", "Tình"), "Vận động 46": ("2.", "Kết")})

# 10. Auto numbering: upperRoman / decimal / lowerLetter, bullets at level 3.
NUM10 = numbering({0: [("upperRoman", "%1.", 1), ("decimal", "%2.", 1), ("lowerLetter", "%3)", 1)],
                   1: [("bullet", "-", 1)]}, {1: (0, {}), 2: (1, {})})
case("auto_numbering", [letterhead(), *head(),
    p("KẾT QUẢ THỰC HIỆN", bold=True, num=(1, 0)),
    p("Công tác dân số", bold=True, num=(1, 1)),
    p("Tỷ lệ sinh con thứ 3 giảm 0,3%.", num=(2, 0)),
    p("Khám sức khỏe", bold=True, num=(1, 2)),
    p("Khám cho 1.540 lượt người."),
    p("Công tác giáo dục", bold=True, num=(1, 1)),
    p("Có 12/12 trường đạt chuẩn quốc gia."),
    p("NHIỆM VỤ", bold=True, num=(1, 0)),
    p("Phấn đấu 100% trẻ 6 tuổi vào lớp 1.", num=(2, 0)),
    sign_table("TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Lê Văn C")],
    [(1, "I.", "KẾT QUẢ THỰC HIỆN"), (2, "1.", "Công tác dân số"), (3, "a)", "Khám sức khỏe"),
     (2, "2.", "Công tác giáo dục"), (1, "II.", "NHIỆM VỤ")],
    {"Tỷ lệ sinh": ("1.", "Công tác dân"), "Khám cho": ("a)", "Khám"), "Có 12/12": ("2.", "Công tác giáo"),
     "Phấn đấu 100%": ("II.", "NHIỆM")}, {"numbering.xml": NUM10})

# 11. Numbered list items that are not headings ("1. Đồng chí ..."), under a heading.
case("numbered_person_list", [letterhead(), *head(),
    B("I. CÔNG TÁC CÁN BỘ"),
    p("Trong kỳ, đề nghị khen thưởng 03 cá nhân, gồm:"),
    p("1. Đồng chí Nguyễn Văn A, Bí thư Chi bộ ấp 1, có 5 năm liền hoàn thành xuất sắc nhiệm vụ;"),
    p("2. Đồng chí Trần Thị B, Chủ tịch Hội Phụ nữ xã, vận động 120 hội viên mới;"),
    p("3. Đồng chí Lê Văn K, Trưởng Công an xã, triệt phá 04 ổ nhóm tội phạm."),
    B("II. CÔNG TÁC KIỂM TRA"),
    p("Kiểm tra 06 đảng viên."),
    sign_table("TM. ĐẢNG ỦY", "BÍ THƯ", "Lâm Văn H")],
    [(1, "I.", "CÔNG TÁC CÁN BỘ"), (1, "II.", "CÔNG TÁC KIỂM TRA")],
    {"Trong kỳ": ("I.", "CÔNG TÁC CÁN"), "1. Đồng chí": ("I.", "CÔNG TÁC CÁN"), "2. Đồng chí": ("I.", "CÔNG TÁC CÁN"),
     "3. Đồng chí": ("I.", "CÔNG TÁC CÁN"), "Kiểm tra 06": ("II.", "CÔNG TÁC KIỂM")})

# 12. Number and text in different runs, tab after the label, bold only on the label.
case("split_runs", [letterhead(), *head(),
    p(r("I", bold=True), r(".", bold=True), '<w:r><w:rPr><w:b/></w:rPr><w:tab/></w:r>', r("TÌNH HÌNH CHUNG", bold=True)),
    p(r("1.", bold=True), r(" ", bold=True), r("Dân số", bold=True)),
    p("Dân số toàn xã 12.480 người."),
    p(r("2.", bold=True), r(" Lao động việc làm")),
    p("Có 6.300 người trong độ tuổi lao động."),
    p(r("II. ", bold=True), r("KẾT QUẢ", bold=True), r(" THỰC HIỆN", bold=True)),
    p("Hoàn thành 9 công trình."),
    sign_table("TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Lê Văn C")],
    [(1, "I.", "TÌNH HÌNH CHUNG"), (2, "1.", "Dân số"), (2, "2.", "Lao động việc làm"), (1, "II.", "KẾT QUẢ THỰC HIỆN")],
    {"Dân số toàn": ("1.", "Dân số"), "Có 6.300": ("2.", "Lao"), "Hoàn thành 9": ("II.", "KẾT")})

# 13. Paragraphs that start with figures are body text, not headings.
case("figure_openers", [letterhead(), *head(),
    B("I. KẾT QUẢ"),
    p("2024 là năm thứ tư thực hiện Nghị quyết Đại hội, xã đạt 15/17 chỉ tiêu."),
    p("100% thôn, ấp có nhà văn hóa."),
    p("12.500 lượt người tham gia các hoạt động thể thao."),
    p("6 tháng đầu năm, thu ngân sách đạt 8,6 tỷ đồng."),
    p("1.250 hộ gia đình được công nhận gia đình văn hóa."),
    p("15/15 ấp đạt chuẩn văn hóa."),
    B("II. NHIỆM VỤ"),
    p("3 nhiệm vụ trọng tâm được triển khai với 24 cuộc họp."),
    sign_table("TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Lê Văn C")],
    [(1, "I.", "KẾT QUẢ"), (1, "II.", "NHIỆM VỤ")],
    {"2024 là": ("I.", "KẾT"), "100% thôn": ("I.", "KẾT"), "12.500": ("I.", "KẾT"), "6 tháng đầu": ("I.", "KẾT"),
     "1.250 hộ": ("I.", "KẾT"), "15/15": ("I.", "KẾT"), "3 nhiệm vụ": ("II.", "NHIỆM")})

# 14. Heading styles without labels.
STY14 = styles('<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:rPr><w:b/></w:rPr></w:style>',
               '<w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/><w:rPr><w:b/></w:rPr></w:style>')
case("heading_styles", [letterhead(), *head(),
    p("Kết quả thực hiện", style="Heading1"),
    p("Lĩnh vực y tế", style="Heading2"),
    p("Tiêm chủng đầy đủ cho 98% trẻ em."),
    p("Lĩnh vực giáo dục", style="Heading2"),
    p("Huy động 1.020 học sinh ra lớp."),
    p("Nhiệm vụ thời gian tới", style="Heading1"),
    p("Duy trì 100% trạm y tế có bác sĩ."),
    sign_table("TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Lê Văn C")],
    [(1, "", "Kết quả thực hiện"), (2, "", "Lĩnh vực y tế"), (2, "", "Lĩnh vực giáo dục"), (1, "", "Nhiệm vụ thời gian tới")],
    {"Tiêm chủng": ("", "Lĩnh vực y"), "Huy động": ("", "Lĩnh vực giáo"), "Duy trì": ("", "Nhiệm vụ")},
    {"styles.xml": STY14})

# 15. Slash separators: "1/", "a/", "A/".
case("slash_labels", [letterhead(), *head(),
    B("A/ NHỮNG KẾT QUẢ CHỦ YẾU"),
    B("1/ Kinh tế"),
    B("a/ Nông nghiệp"),
    p("Diện tích lúa 2.400 ha."),
    B("b/ Thủy sản"),
    p("Sản lượng thủy sản 860 tấn."),
    B("2/ Xã hội"),
    p("Hỗ trợ 45 hộ nghèo."),
    B("B/ NHIỆM VỤ"),
    p("Phấn đấu 3 ấp đạt nông thôn mới kiểu mẫu."),
    sign_table("TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Lê Văn C")],
    [(1, "A/", "NHỮNG KẾT QUẢ CHỦ YẾU"), (2, "1/", "Kinh tế"), (3, "a/", "Nông nghiệp"), (3, "b/", "Thủy sản"),
     (2, "2/", "Xã hội"), (1, "B/", "NHIỆM VỤ")],
    {"Diện tích": ("a/", "Nông"), "Sản lượng thủy": ("b/", "Thủy"), "Hỗ trợ 45": ("2/", "Xã"), "Phấn đấu 3": ("B/", "NHIỆM")})

# 16. Run-on Arabic headings with colon and letter items run-on.
case("runon_items", [letterhead(), *head(),
    B("I. KẾT QUẢ TRIỂN KHAI ĐỀ ÁN 06"),
    p(r("1. Về cấp căn cước: ", bold=True), r("Tiếp nhận 4.560 hồ sơ cấp căn cước, đã trả 4.200 thẻ cho công dân.")),
    p(r("2. Về dịch vụ công trực tuyến: ", bold=True), r("Tỷ lệ hồ sơ trực tuyến toàn trình đạt 65%, tăng 8% so với quý trước.")),
    p("a) Trong tháng, Tổ công tác đã hướng dẫn 320 người dân cài đặt ứng dụng định danh điện tử."),
    p("b) Kích hoạt 280 tài khoản định danh mức 2."),
    B("II. KHÓ KHĂN"),
    p("Còn 140 hồ sơ tồn."),
    sign_table("TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Lê Văn C")],
    [(1, "I.", "KẾT QUẢ TRIỂN KHAI ĐỀ ÁN 06"), (2, "1.", "Về cấp căn cước"), (2, "2.", "Về dịch vụ công trực tuyến"),
     (3, "a)", "Trong tháng, Tổ công tác"), (3, "b)", "Kích hoạt"), (1, "II.", "KHÓ KHĂN")],
    {"1. Về cấp": ("1.", "Về cấp"), "2. Về dịch": ("2.", "Về dịch"), "a) Trong": ("a)", "Trong"),
     "b) Kích": ("b)", "Kích"), "Còn 140": ("II.", "KHÓ")})

# 17. Mixed-case appendix and "Phụ lục" heading with number; PHỤ LỤC I.
case("appendix_numbered", [letterhead(), *head(),
    B("I. KẾT QUẢ"),
    p("Đạt 9/10 tiêu chí."),
    sign_table("TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Lê Văn C"),
    p("Phụ lục 01", bold=True, jc="center"),
    p("TỔNG HỢP CHỈ TIÊU KINH TẾ - XÃ HỘI", bold=True, jc="center"),
    table(row(cell(p("STT")), cell(p("Chỉ tiêu")), cell(p("Kết quả"))),
          row(cell(p("1")), cell(p("Thu nhập bình quân (triệu đồng)")), cell(p("68")))),
    p("Phụ lục 02", bold=True, jc="center"),
    table(row(cell(p("STT")), cell(p("Chỉ tiêu")), cell(p("Kết quả"))),
          row(cell(p("1")), cell(p("Hộ nghèo")), cell(p("37"))))],
    [(1, "I.", "KẾT QUẢ"), (1, "", "Phụ lục 01"), (1, "", "Phụ lục 02")],
    {"Đạt 9/10": ("I.", "KẾT"), "68": ("", "Phụ lục 01"), "37": ("", "Phụ lục 02")})

# 18. Unnumbered capitals heading after numbered Roman sections (closing part).
case("caps_after_roman", [letterhead(), *head(),
    B("I. TÌNH HÌNH"),
    p("Xảy ra 03 vụ cháy."),
    B("II. KẾT QUẢ XỬ LÝ"),
    B("1. Khắc phục hậu quả"),
    p("Hỗ trợ 50 triệu đồng cho 03 hộ."),
    p("ĐỀ XUẤT, KIẾN NGHỊ", bold=True),
    p("Đề nghị huyện hỗ trợ 200 triệu đồng."),
    sign_table("TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Lê Văn C")],
    [(1, "I.", "TÌNH HÌNH"), (1, "II.", "KẾT QUẢ XỬ LÝ"), (2, "1.", "Khắc phục hậu quả"), (1, "", "ĐỀ XUẤT, KIẾN NGHỊ")],
    {"Xảy ra": ("I.", "TÌNH"), "Hỗ trợ 50": ("1.", "Khắc"), "Đề nghị huyện": ("", "ĐỀ XUẤT")})

# 19. Auto-numbered decimal with %1.%2. multi-level and a bullet list ilvl0 carrying figures.
NUM19 = numbering({0: [("decimal", "%1.", 1), ("decimal", "%1.%2.", 1)], 1: [("bullet", "•", 1)]},
                  {1: (0, {}), 2: (1, {})})
case("auto_decimal_multilevel", [letterhead(), *head(),
    p("Kết quả thực hiện các chỉ tiêu", bold=True, num=(1, 0)),
    p("Chỉ tiêu kinh tế", bold=True, num=(1, 1)),
    p("Tốc độ tăng trưởng đạt 8,1%.", num=(2, 0)),
    p("Chỉ tiêu xã hội", bold=True, num=(1, 1)),
    p("Tạo việc làm mới cho 430 lao động.", num=(2, 0)),
    p("Đánh giá chung", bold=True, num=(1, 0)),
    p("Đạt 14/16 chỉ tiêu."),
    sign_table("TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Lê Văn C")],
    [(1, "1.", "Kết quả thực hiện các chỉ tiêu"), (2, "1.1.", "Chỉ tiêu kinh tế"), (2, "1.2.", "Chỉ tiêu xã hội"),
     (1, "2.", "Đánh giá chung")],
    {"Tốc độ": ("1.1.", "Chỉ tiêu kinh"), "Tạo việc": ("1.2.", "Chỉ tiêu xã"), "Đạt 14/16": ("2.", "Đánh")},
    {"numbering.xml": NUM19})

# 20. Signature table without "Nơi nhận" and a heading whose text is all caps but not bold;
#     "Roman)" labels and letters "a." before capitals.
case("roman_paren_letter_dot", [letterhead(), *head(),
    p("I) TÌNH HÌNH KINH TẾ"),
    p("a. Trồng trọt", bold=True),
    p("Năng suất lúa bình quân 6,5 tấn/ha."),
    p("b. Chăn nuôi", bold=True),
    p("Đàn bò 1.120 con."),
    p("II) VĂN HÓA XÃ HỘI"),
    p("Tổ chức 5 giải thể thao."),
    table(row(cell(p("")), cell(p("KT. CHỦ TỊCH", bold=True), p("PHÓ CHỦ TỊCH", bold=True), p("Đỗ Văn M", bold=True))))],
    [(1, "I)", "TÌNH HÌNH KINH TẾ"), (2, "a.", "Trồng trọt"), (2, "b.", "Chăn nuôi"), (1, "II)", "VĂN HÓA XÃ HỘI")],
    {"Năng suất": ("a.", "Trồng"), "Đàn bò": ("b.", "Chăn"), "Tổ chức 5": ("II)", "VĂN")})

# 21. Bold subheads "Ưu điểm:" / "Hạn chế:" as whole-bold lines under a Roman section, with "-" items.
case("bold_colon_subheads", [letterhead(), *head(),
    B("III. ĐÁNH GIÁ"),
    B("Ưu điểm:"),
    p("- Giải ngân 85% kế hoạch vốn."),
    B("Hạn chế:"),
    p("- Còn 04 công trình chậm tiến độ."),
    B("IV. PHƯƠNG HƯỚNG"),
    p("- Hoàn thành 12 công trình."),
    sign_table("TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Lê Văn C")],
    [(1, "III.", "ĐÁNH GIÁ"), (2, "", "Ưu điểm"), (2, "", "Hạn chế"), (1, "IV.", "PHƯƠNG HƯỚNG")],
    {"- Giải ngân": ("", "Ưu điểm"), "- Còn 04": ("", "Hạn chế"), "- Hoàn thành 12": ("IV.", "PHƯƠNG")})

# ---- round 2 (written after the first fixes, before running them) ----
# 22. Auto-numbered list of people (decimal, plain) after "gồm:" inside an auto-numbered section.
NUM22 = numbering({0: [("upperRoman", "%1.", 1), ("decimal", "%2.", 1)], 1: [("decimal", "%1.", 1)]},
                  {1: (0, {}), 2: (1, {})})
case("auto_person_list", [letterhead(), *head(),
    p("CÔNG TÁC THI ĐUA", bold=True, num=(1, 0)),
    p("Khen thưởng", bold=True, num=(1, 1)),
    p("Đề nghị tặng Giấy khen cho 02 cá nhân, gồm:"),
    p("Ông Nguyễn Văn T, Trưởng ấp Bình An, vận động 35 hộ hiến đất;", num=(2, 0)),
    p("Bà Lê Thị U, Chi hội trưởng Phụ nữ, giúp 12 hộ thoát nghèo.", num=(2, 0)),
    p("Kỷ luật", bold=True, num=(1, 1)),
    p("Không có cán bộ bị kỷ luật; nhắc nhở 01 trường hợp."),
    sign_table("TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Lê Văn C")],
    [(1, "I.", "CÔNG TÁC THI ĐUA"), (2, "1.", "Khen thưởng"), (2, "2.", "Kỷ luật")],
    {"Đề nghị tặng": ("1.", "Khen"), "Ông Nguyễn": ("1.", "Khen"), "Bà Lê": ("1.", "Khen"),
     "Không có cán bộ": ("2.", "Kỷ")}, {"numbering.xml": NUM22})

# 23. A capitals table title inside a numbered section, then the numbering goes on.
case("caps_table_title", [letterhead(), *head(),
    B("I. KẾT QUẢ"),
    B("1. Thu ngân sách"),
    p("Tổng thu đạt 15,2 tỷ đồng."),
    p("BẢNG TỔNG HỢP THU NGÂN SÁCH", bold=True, jc="center"),
    table(row(cell(p("STT")), cell(p("Nguồn")), cell(p("Tỷ đồng"))),
          row(cell(p("1")), cell(p("Thuế")), cell(p("9,8")))),
    B("2. Chi ngân sách"),
    p("Tổng chi 13,1 tỷ đồng."),
    B("II. NHIỆM VỤ"),
    p("Thu 16 tỷ đồng."),
    sign_table("TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Lê Văn C")],
    [(1, "I.", "KẾT QUẢ"), (2, "1.", "Thu ngân sách"), (3, "", "BẢNG TỔNG HỢP THU NGÂN SÁCH"),
     (2, "2.", "Chi ngân sách"), (1, "II.", "NHIỆM VỤ")],
    {"Tổng thu đạt": ("1.", "Thu"), "9,8": ("", "BẢNG"), "Tổng chi": ("2.", "Chi"), "Thu 16": ("II.", "NHIỆM")})

# 24. Signature as plain paragraphs without "Nơi nhận" (KT. GIÁM ĐỐC / PHÓ GIÁM ĐỐC / name).
case("plain_signature_no_recipients", [letterhead("SỞ NỘI VỤ", "TỈNH AN PHÚ", "Số: 301/BC-SNV", "An Phú"), *head(),
    B("I. KẾT QUẢ"),
    p("Thẩm định 42 hồ sơ tuyển dụng."),
    B("II. KIẾN NGHỊ"),
    p("Bổ sung 05 biên chế công chức."),
    p("KT. GIÁM ĐỐC", bold=True, jc="center"),
    p("PHÓ GIÁM ĐỐC", bold=True, jc="center"),
    p("Trương Văn Q", bold=True, jc="center")],
    [(1, "I.", "KẾT QUẢ"), (1, "II.", "KIẾN NGHỊ")],
    {"Thẩm định": ("I.", "KẾT"), "Bổ sung 05": ("II.", "KIẾN")})

# 25. "PHẦN I. ..." on one line, "Phần II" mixed case, Roman inside, "Căn cứ" preamble.
case("parts_inline", [letterhead(), *head(),
    p("Căn cứ Kế hoạch số 15/KH-UBND ngày 10/01/2025 của UBND huyện;"),
    p("UBND xã báo cáo kết quả như sau:"),
    B("PHẦN I. KẾT QUẢ THỰC HIỆN"),
    B("I. Kinh tế"),
    p("Giá trị sản xuất đạt 410 tỷ đồng."),
    B("II. Xã hội"),
    p("Có 98,5% hộ dùng nước sạch."),
    B("Phần II. Phương hướng"),
    B("I. Mục tiêu"),
    p("Tăng trưởng 9%."),
    sign_table("TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Lê Văn C")],
    [(1, "PHẦN I", "KẾT QUẢ THỰC HIỆN"), (2, "I.", "Kinh tế"), (2, "II.", "Xã hội"),
     (1, "Phần II", "Phương hướng"), (2, "I.", "Mục tiêu")],
    {"Căn cứ": None, "UBND xã báo cáo": None, "Giá trị sản xuất": ("I.", "Kinh"), "Có 98,5%": ("II.", "Xã"),
     "Tăng trưởng 9%": ("I.", "Mục")})
# ---- round 3 ----
# 26. Capitals headings centred but not bold (retyped report).
case("caps_centred_plain", [letterhead(), *head(),
    p("KẾT QUẢ ĐẠT ĐƯỢC", jc="center"),
    p("1. Kinh tế"),
    p("Thu nhập bình quân 62 triệu đồng/người/năm."),
    p("2. Xã hội"),
    p("Có 3 trường đạt chuẩn."),
    p("PHƯƠNG HƯỚNG NHIỆM VỤ", jc="center"),
    p("1. Kinh tế"),
    p("Phấn đấu thu nhập 68 triệu đồng."),
    sign_table("TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Lê Văn C")],
    [(1, "", "KẾT QUẢ ĐẠT ĐƯỢC"), (2, "1.", "Kinh tế"), (2, "2.", "Xã hội"), (1, "", "PHƯƠNG HƯỚNG NHIỆM VỤ"),
     (2, "1.", "Kinh tế")],
    {"Thu nhập bình": ("1.", "Kinh"), "Có 3 trường": ("2.", "Xã"), "Phấn đấu thu nhập": ("1.", "Kinh")})

# 27. No separator under the title; the first heading is an unnumbered capitals line.
case("caps_right_after_title", [letterhead(),
    p("BÁO CÁO", bold=True, jc="center"), p("Tình hình an ninh trật tự quý I năm 2025", bold=True, jc="center"),
    p("TÌNH HÌNH CHUNG", bold=True),
    p("Xảy ra 04 vụ trộm cắp tài sản."),
    p("KẾT QUẢ CÔNG TÁC", bold=True),
    p("Điều tra làm rõ 03 vụ."),
    sign_table("TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Lê Văn C")],
    [(1, "", "TÌNH HÌNH CHUNG"), (1, "", "KẾT QUẢ CÔNG TÁC")],
    {"Xảy ra 04": ("", "TÌNH HÌNH"), "Điều tra": ("", "KẾT QUẢ")})
# ---- round 4 ----
# 28. Capitals subheads right under a numbered heading ("III. ĐÁNH GIÁ" > "ƯU ĐIỂM", "HẠN CHẾ").
case("caps_subheads_under_roman", [letterhead(), *head(),
    B("I. KẾT QUẢ"),
    p("Hoàn thành 11/12 nhiệm vụ."),
    B("II. ĐÁNH GIÁ CHUNG"),
    B("ƯU ĐIỂM"),
    p("Giải quyết 100% hồ sơ đúng hạn."),
    B("HẠN CHẾ, TỒN TẠI"),
    p("Còn 02 vụ việc tồn đọng."),
    B("III. PHƯƠNG HƯỚNG"),
    p("Giải quyết dứt điểm 02 vụ việc."),
    sign_table("TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Lê Văn C")],
    [(1, "I.", "KẾT QUẢ"), (1, "II.", "ĐÁNH GIÁ CHUNG"), (2, "", "ƯU ĐIỂM"), (2, "", "HẠN CHẾ, TỒN TẠI"),
     (1, "III.", "PHƯƠNG HƯỚNG")],
    {"Hoàn thành 11": ("I.", "KẾT"), "Giải quyết 100%": ("", "ƯU"), "Còn 02": ("", "HẠN"),
     "Giải quyết dứt": ("III.", "PHƯƠNG")})
