"""Two more whole reports invented for a blind fact test (tests/test_whole_report_gold.py, with round 1).

Written by hand, with invented places, people and figures, in shapes unlike the seed and the first
round (tests/blind_whole_reports.py): (a) a commune police quarterly report on security and order
(crimes, drugs in grams, traffic accidents with deaths and injuries, fines in triệu đồng, fires,
military call-up against its quota), (b) a district year-end report on health and education
(vaccination, dengue cases, health-insurance coverage, doctors and beds per 10,000 people, pupils by
level, graduation, standard schools x/y, classrooms, an indicator table, footnotes listing schools).
Both carry the noise of real documents: letterhead and signature block, document numbers, dates and
clock times, article and clause citations, decree numbers, hotlines, licence plates, road names,
ages, numbered headings. Every fact is labelled in tests/gold/blind_whole2_*.jsonl, written by
reading these texts before any extractor ran on them. Same item conventions as the first round.
"""
from __future__ import annotations

from pathlib import Path

from blind_whole_reports import write_report

POLICE = dict(
    org=["CÔNG AN TỈNH BÌNH THẠNH", "CÔNG AN XÃ PHƯỚC HƯNG"],
    number="Số: 215/BC-CAX", place="Phước Hưng, ngày 28 tháng 9 năm 2025",
    title=["Kết quả công tác bảo đảm an ninh, trật tự quý III năm 2025,",
           "phương hướng, nhiệm vụ quý IV năm 2025"],
    body=[
        "Căn cứ Kế hoạch số 12/KH-UBND ngày 10/01/2025 của Ủy ban nhân dân xã về bảo đảm an ninh, "
        "trật tự năm 2025; thực hiện Hướng dẫn số 07/HD-CAT-PV01 ngày 15/6/2025 của Công an tỉnh, "
        "Công an xã Phước Hưng báo cáo kết quả công tác quý III năm 2025 như sau:",
        "# I. TÌNH HÌNH AN NINH, TRẬT TỰ",
        "# 1. Tình hình an ninh chính trị",
        "Trên địa bàn xã có 9 ấp, 6.734 hộ với 25.918 nhân khẩu; trong đó 1.146 người tạm trú, 87 "
        "người nước ngoài lưu trú ngắn hạn.",
        "Tình hình an ninh chính trị ổn định; phát hiện 02 trường hợp đăng tải thông tin sai sự thật "
        "trên mạng xã hội, đã mời làm việc, xử phạt mỗi trường hợp 7,5 triệu đồng theo điểm a khoản 1 "
        "Điều 101 Nghị định số 15/2020/NĐ-CP.",
        "# 2. Tình hình tội phạm và vi phạm pháp luật",
        "# a) Tội phạm về trật tự xã hội",
        "Trong quý xảy ra 11 vụ phạm tội về trật tự xã hội (giảm 3 vụ so với quý II), gồm 6 vụ trộm "
        "cắp tài sản, 2 vụ cố ý gây thương tích, 2 vụ lừa đảo chiếm đoạt tài sản qua mạng, 1 vụ đánh "
        "bạc; đã điều tra làm rõ 10/11 vụ, đạt 90,9%, bắt giữ 17 đối tượng^1^.",
        "Tổng giá trị tài sản thiệt hại ước khoảng 412 triệu đồng; đã thu hồi 286,5 triệu đồng trả "
        "lại cho bị hại.",
        "Vụ lừa đảo lớn nhất chiếm đoạt 1,35 tỷ đồng của bà N.T.H (sinh năm 1968, ngụ ấp 3) thông qua "
        "cuộc gọi giả danh cán bộ Công an từ số máy 0866.214.739.",
        "# b) Tội phạm và tệ nạn ma túy",
        "Phát hiện, bắt giữ 4 vụ, 9 đối tượng tàng trữ, sử dụng trái phép chất ma túy, thu giữ 14,82 "
        "gam ma túy tổng hợp và 3,5 gam heroin; lập hồ sơ đưa 5 người đi cai nghiện bắt buộc.",
        "Hiện địa bàn quản lý 63 người nghiện, 28 người sử dụng trái phép chất ma túy; 21/63 người "
        "nghiện đang cai nghiện tại cơ sở, tỷ lệ 33,3%.",
        "# c) Tai nạn giao thông",
        "Xảy ra 7 vụ tai nạn giao thông, làm chết 3 người, bị thương 6 người, hư hỏng 9 phương tiện; "
        "so với cùng kỳ năm 2024 giảm 2 vụ, giảm 1 người chết, tăng 2 người bị thương.",
        "Nguyên nhân chủ yếu là đi không đúng phần đường (4 vụ, chiếm 57,1%) và sử dụng rượu, bia khi "
        "điều khiển phương tiện (3 vụ).",
        "Vụ nghiêm trọng nhất xảy ra lúc 21 giờ 30 ngày 14/8/2025 trên Quốc lộ 55, đoạn Km 27+300, xe "
        "ô tô biển kiểm soát 72A-318.46 va chạm với xe mô tô biển kiểm soát 72H1-527.09 làm 2 người "
        "chết.",
        "# d) Vi phạm hành chính về trật tự, an toàn giao thông",
        "Tổ chức 46 ca tuần tra, kiểm soát với 212 lượt cán bộ, chiến sĩ tham gia; phát hiện, lập "
        "biên bản 318 trường hợp vi phạm^2^, tạm giữ 27 xe mô tô, 4 giấy phép lái xe.",
        "Ra quyết định xử phạt 297 trường hợp, nộp ngân sách nhà nước 486,75 triệu đồng, trong đó 64 "
        "trường hợp vi phạm nồng độ cồn bị phạt 312 triệu đồng theo Nghị định 100/2019/NĐ-CP (sửa đổi "
        "bởi Nghị định số 123/2021/NĐ-CP).",
        "Mức phạt cao nhất là 40 triệu đồng đối với người điều khiển ô tô có nồng độ cồn vượt quá 0,4 "
        "miligam/1 lít khí thở.",
        "# đ) Vi phạm hành chính khác",
        "Phát hiện, xử lý 23 vụ vi phạm hành chính về an ninh, trật tự (gây rối trật tự công cộng 9 "
        "vụ, đánh bạc trái phép 8 vụ, vi phạm quy định về cư trú 6 vụ), phạt tiền tổng cộng 95,5 triệu "
        "đồng.",
        "# 3. Cháy, nổ và cứu nạn, cứu hộ",
        "Xảy ra 2 vụ cháy (1 vụ cháy nhà dân, 1 vụ cháy kho phế liệu), không có thiệt hại về người; "
        "thiệt hại tài sản ước tính khoảng 780 triệu đồng; 1 vụ cháy rừng làm thiệt hại 1,6 ha rừng "
        "trồng keo 3 năm tuổi.",
        "Kiểm tra an toàn phòng cháy, chữa cháy 38 cơ sở, 126 hộ gia đình kết hợp sản xuất, kinh "
        "doanh; phát hiện 19 cơ sở có thiếu sót, kiến nghị khắc phục 41 tồn tại, thiếu sót, đến nay "
        "đã khắc phục 35/41 nội dung (đạt 85,4%).",
        "Tổ liên gia an toàn phòng cháy, chữa cháy được thành lập tại 9/9 ấp với 214 tổ^3^, 2.140 hộ "
        "tham gia; số điện thoại báo cháy 114 được niêm yết công khai tại các khu dân cư.",
        "# II. KẾT QUẢ CÔNG TÁC",
        "# 1. Công tác quản lý hành chính về trật tự xã hội",
        "Tiếp nhận, giải quyết 1.284 hồ sơ cư trú (đăng ký thường trú 176, tạm trú 942, tạm vắng 166); "
        "thu nhận 2.375 hồ sơ cấp căn cước, kích hoạt 1.918 tài khoản định danh điện tử mức độ 2.",
        "Quản lý 14 cơ sở kinh doanh có điều kiện về an ninh, trật tự (08 cơ sở lưu trú, 04 cơ sở kinh "
        "doanh karaoke, 02 cơ sở cầm đồ); kiểm tra 31 lượt, xử phạt 3 cơ sở với số tiền 18 triệu đồng.",
        "# 2. Xây dựng phong trào toàn dân bảo vệ an ninh Tổ quốc",
        "Duy trì hoạt động 9 tổ bảo vệ an ninh, trật tự ở cơ sở với 81 thành viên; tổ chức 14 buổi "
        "tuyên truyền pháp luật cho hơn 1.500 lượt người nghe, phát 2.600 tờ rơi phòng, chống lừa đảo "
        "qua mạng.",
        "Mức hỗ trợ cho thành viên tổ bảo vệ an ninh, trật tự là 1,2 triệu đồng/người/tháng theo Nghị "
        "quyết số 08/2024/NQ-HĐND của HĐND tỉnh.",
        "# III. CÔNG TÁC QUÂN SỰ, QUỐC PHÒNG ĐỊA PHƯƠNG",
        "Ban Chỉ huy Quân sự xã tổ chức đăng ký nghĩa vụ quân sự cho 168 công dân nam đủ 17 tuổi; sơ "
        "tuyển 243 công dân trong độ tuổi gọi nhập ngũ (từ 18 đến 25 tuổi), trong đó 97 công dân đủ "
        "điều kiện sức khỏe loại 1, loại 2, loại 3.",
        "Chỉ tiêu giao quân năm 2026 của xã là 32 công dân (nghĩa vụ quân sự 29, nghĩa vụ Công an nhân "
        "dân 3); đến nay đã phát lệnh gọi khám sức khỏe cho 72 công dân, đạt 225% chỉ tiêu.",
        "Kết quả tuyển quân năm 2025: giao 30/30 công dân nhập ngũ, đạt 100% chỉ tiêu, trong đó 4 đảng "
        "viên, 11 công dân có trình độ cao đẳng, đại học.",
        "Huấn luyện 56 chiến sĩ dân quân năm thứ nhất và 48 chiến sĩ năm thứ hai, kết quả 100% đạt yêu "
        "cầu, trong đó 62,5% khá, giỏi; chi trả phụ cấp ngày công lao động 198.000 đồng/người/ngày.",
        "# IV. ĐÁNH GIÁ CHUNG",
        "Tình hình tội phạm lừa đảo qua mạng còn diễn biến phức tạp, tăng 1 vụ so với quý II; 2/9 ấp "
        "chưa có camera an ninh kết nối với Công an xã.",
        "# V. PHƯƠNG HƯỚNG, NHIỆM VỤ QUÝ IV NĂM 2025",
        "1. Phấn đấu tỷ lệ điều tra, khám phá án trật tự xã hội đạt trên 85%, án rất nghiêm trọng và "
        "đặc biệt nghiêm trọng đạt trên 95%; kéo giảm tai nạn giao thông từ 5% trở lên trên cả 3 tiêu "
        "chí.",
        "2. Lắp đặt thêm ít nhất 24 camera an ninh tại 2 ấp còn lại, kinh phí xã hội hóa dự kiến 96 "
        "triệu đồng; hoàn thành trước ngày 15/12/2025.",
        "3. Duy trì đường dây nóng của Công an xã 0251.3866.113 và Zalo 0913.246.815 tiếp nhận tin báo "
        "24/24 giờ.",
    ],
    notes={
        1: ["Trong 17 đối tượng có 3 đối tượng dưới 18 tuổi, 5 đối tượng có tiền án, tiền sự; 12 đối "
            "tượng đã bị khởi tố, 5 đối tượng bị xử lý hành chính."],
        2: ["Quá tốc độ 97 trường hợp, không đội mũ bảo hiểm 84 trường hợp, nồng độ cồn 64 trường hợp, "
            "không có giấy phép lái xe 41 trường hợp, vi phạm khác 32 trường hợp."],
        3: ["Ấp 1 (28 tổ), Ấp 2 (25 tổ), ấp Bàu Sen (31 tổ), ấp Láng Cát (22 tổ), các ấp còn lại "
            "108 tổ."],
    },
    sign=(["Nơi nhận:", "- Công an tỉnh (PV01, PC08);", "- Đảng ủy, UBND xã;", "- Lưu: VT, CAX."],
          ["TRƯỞNG CÔNG AN XÃ", "Thượng tá Nguyễn Văn Hậu"]),
)

HEALTH_EDU = dict(
    org=["ỦY BAN NHÂN DÂN", "HUYỆN SÔNG CẦU"],
    number="Số: 342/BC-UBND", place="Sông Cầu, ngày 18 tháng 12 năm 2025",
    title=["Kết quả thực hiện nhiệm vụ y tế, giáo dục năm 2025",
           "và phương hướng, nhiệm vụ năm 2026"],
    body=[
        "Căn cứ Kế hoạch số 12/KH-UBND ngày 10/01/2025 của Ủy ban nhân dân huyện về phát triển sự "
        "nghiệp y tế, giáo dục năm 2025; Nghị quyết số 24/NQ-HĐND ngày 20/12/2024 của Hội đồng nhân "
        "dân huyện, Ủy ban nhân dân huyện báo cáo như sau:",
        "# A. LĨNH VỰC Y TẾ",
        "# I. Mạng lưới và nhân lực",
        "Toàn huyện có 1 Trung tâm Y tế với 180 giường bệnh kế hoạch, 16 trạm y tế xã, thị trấn; 14/16 "
        "trạm y tế đạt Bộ tiêu chí quốc gia về y tế xã giai đoạn 2022-2030.",
        "Tổng số cán bộ y tế 412 người, trong đó 78 bác sĩ, 9 dược sĩ đại học; đạt 8,4 bác sĩ/vạn dân "
        "và 19,4 giường bệnh/vạn dân (không tính giường trạm y tế).",
        "Dân số trung bình năm 2025 ước 92.850 người; tỷ lệ tăng dân số tự nhiên 1,12%, tỷ số giới "
        "tính khi sinh 111 bé trai/100 bé gái.",
        "# II. Y tế dự phòng, phòng, chống dịch bệnh",
        "Tỷ lệ trẻ em dưới 1 tuổi được tiêm chủng đầy đủ các loại vắc xin đạt 96,8% (1.372/1.417 trẻ); "
        "tiêm vắc xin sởi - rubella cho trẻ 18 tháng tuổi đạt 95,2%.",
        "Ghi nhận 214 ca mắc sốt xuất huyết, tăng 37 ca so với năm 2024 (tăng 20,9%), không có ca tử "
        "vong; xử lý 26 ổ dịch, phun hóa chất diệt muỗi cho 4.380 hộ gia đình.",
        "Bệnh tay chân miệng 58 ca, giảm 14 ca; sởi 3 ca; không ghi nhận ca mắc COVID-19 nặng.",
        "Khám sàng lọc tăng huyết áp cho 12.640 người từ 40 tuổi trở lên, phát hiện mới 871 người mắc, "
        "quản lý điều trị 3.915 bệnh nhân tăng huyết áp và 1.204 bệnh nhân đái tháo đường.",
        "# III. Khám, chữa bệnh và bảo hiểm y tế",
        "Tổng số lượt khám bệnh 186.420 lượt, đạt 103,6% kế hoạch; điều trị nội trú 9.847 lượt, công "
        "suất sử dụng giường bệnh 87,3%; chuyển tuyến 1.126 ca.",
        "Số người tham gia bảo hiểm y tế 87.915 người, tỷ lệ bao phủ đạt 94,7% dân số (chỉ tiêu Nghị "
        "quyết 95%), tăng 1,3% so với năm 2024.",
        "Tổng chi khám, chữa bệnh bảo hiểm y tế năm 2025 là 48,36 tỷ đồng, vượt 2,14 tỷ đồng so với dự "
        "toán được giao; chi phí bình quân 412.500 đồng/lượt khám ngoại trú.",
        "# IV. An toàn thực phẩm",
        "Kiểm tra 264 cơ sở sản xuất, kinh doanh thực phẩm, 231 cơ sở đạt yêu cầu (87,5%); xử phạt 12 "
        "cơ sở với số tiền 46,5 triệu đồng; không xảy ra ngộ độc thực phẩm tập thể (từ 30 người trở "
        "lên).",
        "# B. LĨNH VỰC GIÁO DỤC VÀ ĐÀO TẠO",
        "# I. Quy mô trường, lớp",
        "Năm học 2025-2026 toàn huyện có 58 trường^1^ (mầm non 19, tiểu học 21, trung học cơ sở 15, "
        "trung học phổ thông 3) với 812 nhóm, lớp và 23.486 học sinh, tăng 418 học sinh so với năm học "
        "trước.",
        "Trong đó: mầm non 5.962 trẻ; tiểu học 9.418 học sinh; trung học cơ sở 6.237 học sinh; trung "
        "học phổ thông 1.869 học sinh.",
        "Tỷ lệ huy động trẻ 3-5 tuổi ra lớp đạt 98,6%, trẻ 5 tuổi đạt 100%; huy động trẻ 6 tuổi vào "
        "lớp 1 đạt 100%.",
        "# II. Cơ sở vật chất, trường chuẩn",
        "Có 41/58 trường đạt chuẩn quốc gia, đạt 70,7%, tăng 3 trường so với năm 2024^2^; 100% trường "
        "có phòng học kiên cố, bán kiên cố.",
        "Tổng số phòng học 764 phòng, trong đó kiên cố 692 phòng (90,6%), bán kiên cố 72 phòng; còn "
        "thiếu 26 phòng học bộ môn^3^ ở cấp trung học cơ sở.",
        "Đầu tư xây dựng, sửa chữa cơ sở vật chất trường học năm 2025 với tổng kinh phí 38.750 triệu "
        "đồng, trong đó ngân sách tỉnh 24,5 tỷ đồng, ngân sách huyện 14.250.000.000 đồng.",
        "# III. Chất lượng giáo dục",
        "Kết quả năm học 2024-2025: 99,2% học sinh tiểu học hoàn thành chương trình lớp học; cấp trung "
        "học cơ sở có 38,4% học sinh xếp loại học lực tốt, 0,6% chưa đạt.",
        "Học sinh lớp 9 được công nhận tốt nghiệp trung học cơ sở 1.482/1.491 em, đạt 99,4%; tốt "
        "nghiệp trung học phổ thông đạt 98,9%, cao hơn bình quân của tỉnh 0,7%.",
        "Học sinh giỏi cấp tỉnh đạt 64 giải (3 giải Nhất, 12 giải Nhì, 21 giải Ba, 28 giải Khuyến "
        "khích); 2 học sinh đạt giải quốc gia.",
        "# IV. Đội ngũ",
        "Toàn ngành có 1.618 cán bộ quản lý, giáo viên, nhân viên; tỷ lệ giáo viên đạt chuẩn trình độ "
        "đào tạo theo Luật Giáo dục năm 2019 là 92,3%; còn thiếu 47 giáo viên so với định mức tại "
        "Thông tư số 20/2023/TT-BGDĐT.",
        "Tỷ lệ giáo viên/lớp cấp tiểu học đạt 1,38, cấp trung học cơ sở đạt 1,86; trường xa nhất cách "
        "trung tâm huyện 42 km.",
        "Một số chỉ tiêu chủ yếu năm 2025 như sau:",
        [["TT", "Chỉ tiêu", "ĐVT", "Năm 2024", "Năm 2025", "Kế hoạch năm 2026"],
         ["1", "Tỷ lệ suy dinh dưỡng thể thấp còi ở trẻ em dưới 5 tuổi", "%", "17,35", "16,82", "16,3"],
         ["2", "Trạm y tế có bác sĩ làm việc", "Trạm", "13/16", "15/16", "16/16"],
         ["3", "Phòng học bộ môn", "Phòng", "118", "127", "153"],
         ["4", "Tỷ lệ học sinh trung học cơ sở bỏ học", "%", "0,87", "0,64", "0,45"],
         ["5", "Kinh phí hỗ trợ học sinh nghèo", "Triệu đồng", "1.946", "2.318,4", "2.650"]],
        "# C. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2026",
        "1. Phấn đấu tỷ lệ bao phủ bảo hiểm y tế đạt tối thiểu 95,5%; tỷ lệ tiêm chủng đầy đủ trên 97%; "
        "đạt 9 bác sĩ/vạn dân và 20 giường bệnh/vạn dân.",
        "2. Có thêm ít nhất 4 trường đạt chuẩn quốc gia, nâng tỷ lệ lên 77,6% (45/58 trường); tuyển "
        "dụng 47 giáo viên còn thiếu theo Quyết định số 72/QĐ-UBND ngày 05/3/2025.",
        "3. Duy trì đường dây nóng y tế 1900.3228 và 0262.3851.115 tiếp nhận phản ánh về chất lượng "
        "khám, chữa bệnh.",
    ],
    notes={
        1: ["Trường Phổ thông Dân tộc nội trú huyện, Trường THPT Số 1 Sông Cầu, Trường THPT Số 2 Sông "
            "Cầu và 55 trường do huyện quản lý (trong đó 4 trường liên cấp tiểu học và trung học cơ sở)."],
        2: ["Trường đạt chuẩn mới năm 2025: Trường Mầm non Hoa Sen, Trường Tiểu học Kim Đồng (đạt chuẩn "
            "mức độ 2), Trường THCS Lê Lợi; công nhận lại 6 trường sau 5 năm."],
        3: ["Thiếu phòng Tin học 9 phòng, phòng Ngoại ngữ 11 phòng, phòng Khoa học tự nhiên 6 phòng tại "
            "các Trường THCS Nguyễn Du, Trần Phú, Quang Trung, Xã Đoài 2."],
    },
    sign=(["Nơi nhận:", "- Sở Y tế, Sở Giáo dục và Đào tạo;", "- TT Huyện ủy, HĐND huyện;",
           "- Lưu: VT, VHXH."],
          ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Phạm Thị Thu Trang"]),
)

REPORTS = {"blind_whole2_police": POLICE, "blind_whole2_health_edu": HEALTH_EDU}


def write_all(folder: Path) -> dict[str, Path]:
    """{gold name: .docx path} for both reports, written into folder."""
    folder.mkdir(parents=True, exist_ok=True)
    return {f"{name}.jsonl": write_report(folder / f"{name}.docx", spec) for name, spec in REPORTS.items()}


if __name__ == "__main__":
    import sys
    for g, f in write_all(Path(sys.argv[1])).items():
        print(g, f)
