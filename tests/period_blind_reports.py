"""Report sequences written by hand for a blind test of the cross-report checks
(tests/test_period_checks_blind.py): stated changes against an earlier report of the same body.

Four bodies, three periods each. The stated changes are right (exact, rounded half up,
truncated), wrong (planted), or tricky but right: the earlier figure restated in the current
report after a revision, a change against "cùng kỳ" whose year is not in the archive, in-month
beside running figures, percent points between two rates, a named earlier period ("so với
tháng 7/2025", "so với quý II"). The expected outcome of each change is written in
tests/test_period_checks_blind.py, by reading these texts before any run.
"""
from __future__ import annotations

from pathlib import Path

from blind_reports import STATE, PARTY, write_reports

# ---------------------------------------------------------------- UBND xã Tân Hòa, months (as-of totals)
TH = dict(org=["ỦY BAN NHÂN DÂN", "XÃ TÂN HÒA"], right=list(STATE))
TAN_HOA = {
    "tan-hoa-t7-2025": dict(TH, number="Số: 132/BC-UBND", place="Tân Hòa, ngày 28 tháng 7 năm 2025",
        title=["Kết quả thực hiện nhiệm vụ chuyển đổi số tháng 7 năm 2025"], body=[
        "1. Cấp căn cước, định danh điện tử",
        "Tính đến ngày 25/7/2025, toàn xã đã cấp 12.480 thẻ căn cước cho công dân.",
        "Số tài khoản định danh điện tử được kích hoạt là 8.215 tài khoản.",
        "2. Cải cách hành chính",
        "Trong tháng, Bộ phận Một cửa xã tiếp nhận 412 hồ sơ thủ tục hành chính.",
        "Tỷ lệ hồ sơ được giải quyết đúng hạn đạt 96,4%.",
        "3. Ngân sách",
        "Thu ngân sách xã trong tháng đạt 845 triệu đồng.",
    ]),
    "tan-hoa-t8-2025": dict(TH, number="Số: 151/BC-UBND", place="Tân Hòa, ngày 27 tháng 8 năm 2025",
        title=["Kết quả thực hiện nhiệm vụ chuyển đổi số tháng 8 năm 2025"], body=[
        "1. Cấp căn cước, định danh điện tử",
        "Tính đến ngày 25/8/2025, toàn xã đã cấp 12.932 thẻ căn cước cho công dân, tăng 452 thẻ so với tháng trước.",
        "Số tài khoản định danh điện tử được kích hoạt là 8.690 tài khoản, tăng 5,8% so với tháng trước.",
        "2. Cải cách hành chính",
        "Trong tháng, Bộ phận Một cửa xã tiếp nhận 398 hồ sơ thủ tục hành chính, giảm 14 hồ sơ so với tháng trước.",
        "Tỷ lệ hồ sơ được giải quyết đúng hạn đạt 97,1%, tăng 0,7 điểm phần trăm so với tháng trước.",
        "3. Ngân sách",
        "Thu ngân sách xã trong tháng đạt 910 triệu đồng, tăng 75 triệu đồng so với tháng trước.",
    ]),
    "tan-hoa-t9-2025": dict(TH, number="Số: 170/BC-UBND", place="Tân Hòa, ngày 26 tháng 9 năm 2025",
        title=["Kết quả thực hiện nhiệm vụ chuyển đổi số tháng 9 năm 2025"], body=[
        "1. Cấp căn cước, định danh điện tử",
        "Tính đến ngày 25/9/2025, toàn xã đã cấp 13.301 thẻ căn cước cho công dân, tăng 396 thẻ so với tháng trước.",
        "Lũy kế đến nay, số thẻ căn cước đã cấp tăng 821 thẻ so với tháng 7/2025.",
        "Số tài khoản định danh điện tử được kích hoạt là 9.045 tài khoản, tăng 4,08% so với tháng trước.",
        "2. Cải cách hành chính",
        "Trong tháng, Bộ phận Một cửa xã tiếp nhận 455 hồ sơ thủ tục hành chính, tăng 14,3% so với tháng trước.",
        "Tỷ lệ hồ sơ được giải quyết đúng hạn đạt 96,8%, giảm 0,3 điểm phần trăm so với tháng trước.",
        "3. Ngân sách",
        "Thu ngân sách xã trong tháng đạt 1.020 triệu đồng, bằng 112,1% so với tháng trước và tăng 18,5% so với cùng kỳ năm 2024.",
    ]),
}

# ---------------------------------------------------------------- UBND huyện Đông Sơn, quarters
DS = dict(org=["ỦY BAN NHÂN DÂN", "HUYỆN ĐÔNG SƠN"], right=list(STATE))
DONG_SON = {
    "dong-son-q1-2025": dict(DS, number="Số: 64/BC-UBND", place="Đông Sơn, ngày 27 tháng 3 năm 2025",
        title=["Tình hình kinh tế - xã hội quý I năm 2025"], body=[
        "1. Tài chính",
        "Tổng thu ngân sách nhà nước trên địa bàn quý I ước đạt 62,5 tỷ đồng, tăng 8,2% so với cùng kỳ năm trước.",
        "2. Lao động, doanh nghiệp",
        "Giải quyết việc làm mới cho 1.240 lao động.",
        "Cấp mới giấy chứng nhận đăng ký cho 86 doanh nghiệp.",
        "3. Giảm nghèo",
        "Tỷ lệ hộ nghèo toàn huyện còn 3,85%.",
    ]),
    "dong-son-q2-2025": dict(DS, number="Số: 118/BC-UBND", place="Đông Sơn, ngày 26 tháng 6 năm 2025",
        title=["Tình hình kinh tế - xã hội quý II năm 2025"], body=[
        "1. Tài chính",
        "Tổng thu ngân sách nhà nước trên địa bàn quý II đạt 70,4 tỷ đồng, tăng 7,9 tỷ đồng so với quý trước.",
        "2. Lao động, doanh nghiệp",
        "Giải quyết việc làm mới cho 1.315 lao động, tăng 6% so với quý trước.",
        "Cấp mới giấy chứng nhận đăng ký cho 79 doanh nghiệp, giảm 7 doanh nghiệp so với quý trước.",
        "3. Giảm nghèo",
        "Tỷ lệ hộ nghèo toàn huyện còn 3,62%, giảm 0,23 điểm phần trăm so với quý trước.",
    ]),
    "dong-son-q3-2025": dict(DS, number="Số: 173/BC-UBND", place="Đông Sơn, ngày 25 tháng 9 năm 2025",
        title=["Tình hình kinh tế - xã hội quý III năm 2025"], body=[
        "1. Tài chính",
        "Tổng thu ngân sách nhà nước trên địa bàn quý III đạt 75,0 tỷ đồng, tăng 3,8 tỷ đồng so với quý trước (quý II sau điều chỉnh: 71,2 tỷ đồng).",
        "2. Lao động, doanh nghiệp",
        "Giải quyết việc làm mới cho 1.402 lao động, tăng 6,6% so với quý trước.",
        "Cấp mới giấy chứng nhận đăng ký cho 91 doanh nghiệp, tăng 12 doanh nghiệp so với quý trước.",
        "3. Giảm nghèo",
        "Tỷ lệ hộ nghèo toàn huyện còn 3,41%, giảm 0,12 điểm phần trăm so với quý trước.",
        "4. Du lịch",
        "Lượng khách du lịch đến huyện đạt 48.200 lượt, tăng 12,4% so với cùng kỳ năm 2024.",
    ]),
}

# ---------------------------------------------------------------- Đảng ủy xã Phước An, months (in-month and running)
PA = dict(org=["ĐẢNG BỘ HUYỆN ĐỨC LINH", "ĐẢNG ỦY XÃ PHƯỚC AN", "*"], right=[PARTY])
PHUOC_AN = {
    "phuoc-an-t8-2025": dict(PA, number="Số 88-BC/ĐU", place="Phước An, ngày 29 tháng 8 năm 2025",
        title=["Báo cáo công tác xây dựng Đảng tháng 8 năm 2025"], body=[
        "Trong tháng, kết nạp 3 đảng viên; lũy kế từ đầu năm kết nạp 17 đảng viên.",
        "Tổng số đảng viên của Đảng bộ là 1.208 đồng chí.",
        "Thu đảng phí trong tháng 14,2 triệu đồng.",
    ]),
    "phuoc-an-t9-2025": dict(PA, number="Số 95-BC/ĐU", place="Phước An, ngày 29 tháng 9 năm 2025",
        title=["Báo cáo công tác xây dựng Đảng tháng 9 năm 2025"], body=[
        "Trong tháng, kết nạp 5 đảng viên, tăng 2 đảng viên so với tháng trước; lũy kế từ đầu năm kết nạp 22 đảng viên.",
        "Tổng số đảng viên của Đảng bộ là 1.214 đồng chí, tăng 6 đồng chí so với tháng trước.",
        "Thu đảng phí trong tháng 15,0 triệu đồng, tăng 6,5% so với tháng trước.",
    ]),
    "phuoc-an-t10-2025": dict(PA, number="Số 103-BC/ĐU", place="Phước An, ngày 30 tháng 10 năm 2025",
        title=["Báo cáo công tác xây dựng Đảng tháng 10 năm 2025"], body=[
        "Trong tháng, kết nạp 4 đảng viên; lũy kế từ đầu năm kết nạp 26 đảng viên, tăng 4 đảng viên so với tháng trước.",
        "Tổng số đảng viên của Đảng bộ là 1.219 đồng chí, tăng 7 đồng chí so với tháng trước.",
        "Thu đảng phí trong tháng 14,4 triệu đồng, giảm 0,6 triệu đồng so với tháng trước.",
    ]),
}

# ---------------------------------------------------------------- Trung tâm Y tế huyện Kim Sơn, quarters
KS = dict(org=["SỞ Y TẾ", "TRUNG TÂM Y TẾ HUYỆN KIM SƠN"], right=list(STATE))
KIM_SON = {
    "kim-son-q2-2025": dict(KS, number="Số: 212/BC-TTYT", place="Kim Sơn, ngày 28 tháng 6 năm 2025",
        title=["Kết quả hoạt động y tế quý II năm 2025"], body=[
        "Trong quý, khám bệnh cho 18.420 lượt người.",
        "Tỷ lệ trẻ em dưới 1 tuổi được tiêm chủng đầy đủ đạt 94,2%.",
        "Số người tham gia bảo hiểm y tế là 96.850 người, đạt tỷ lệ bao phủ 91,3%.",
        "Phát hiện 42 ca mắc sốt xuất huyết.",
    ]),
    "kim-son-q3-2025": dict(KS, number="Số: 305/BC-TTYT", place="Kim Sơn, ngày 27 tháng 9 năm 2025",
        title=["Kết quả hoạt động y tế quý III năm 2025"], body=[
        "Trong quý, khám bệnh cho 19.876 lượt người (tăng 7,9% so với quý trước).",
        "Tỷ lệ trẻ em dưới 1 tuổi được tiêm chủng đầy đủ đạt 95,0%, tăng 0,8 điểm phần trăm so với quý trước.",
        "Số người tham gia bảo hiểm y tế là 97.412 người, tăng 562 người so với quý trước, đạt tỷ lệ bao phủ 91,8%.",
        "Phát hiện 118 ca mắc sốt xuất huyết, gấp 2,8 lần so với quý trước.",
    ]),
    "kim-son-q4-2025": dict(KS, number="Số: 398/BC-TTYT", place="Kim Sơn, ngày 26 tháng 12 năm 2025",
        title=["Kết quả hoạt động y tế quý IV năm 2025"], body=[
        "Trong quý, khám bệnh cho 18.905 lượt người, bằng 95,1% so với quý trước.",
        "Tỷ lệ trẻ em dưới 1 tuổi được tiêm chủng đầy đủ đạt 96,2%, tăng 1,2% so với quý trước.",
        "Số người tham gia bảo hiểm y tế là 98.015 người, tăng 603 người so với quý trước và tăng 1.165 người so với quý II/2025.",
        "Phát hiện 57 ca mắc sốt xuất huyết, giảm 61 ca so với quý trước.",
    ]),
}

# ---------------------------------------------------------------- UBND phường An Phú, months (second round)
# a rate beside a count ("còn 205 hộ nghèo, chiếm 1,79%, giảm 7 hộ"), a target percent between
# the level and its change, the baseline words before the change, "so với đầu năm"
AP = dict(org=["ỦY BAN NHÂN DÂN", "PHƯỜNG AN PHÚ"], right=list(STATE))
AN_PHU = {
    "an-phu-t10-2025": dict(AP, number="Số: 301/BC-UBND", place="An Phú, ngày 28 tháng 10 năm 2025",
        title=["Tình hình kinh tế - xã hội tháng 10 năm 2025"], body=[
        "Toàn phường còn 212 hộ nghèo, chiếm 1,85% tổng số hộ.",
        "Tổng thu ngân sách trên địa bàn đạt 2.150 triệu đồng.",
        "Cấp 1.240 thẻ bảo hiểm y tế cho người dân.",
        "Số thuê bao internet băng rộng đạt 8.450 thuê bao.",
    ]),
    "an-phu-t11-2025": dict(AP, number="Số: 327/BC-UBND", place="An Phú, ngày 27 tháng 11 năm 2025",
        title=["Tình hình kinh tế - xã hội tháng 11 năm 2025"], body=[
        "Toàn phường còn 205 hộ nghèo, chiếm 1,79% tổng số hộ, giảm 7 hộ so với tháng trước.",
        "Tổng thu ngân sách trên địa bàn đạt 2.310 triệu đồng, đạt 76,4% dự toán năm, tăng 7,4% so với tháng trước.",
        "Cấp 1.198 thẻ bảo hiểm y tế cho người dân, bằng 96,6% so với tháng trước.",
        "Số thuê bao internet băng rộng đạt 8.612 thuê bao, tăng 162 thuê bao so với tháng trước, tăng 1.035 thuê bao so với cùng kỳ năm 2024.",
    ]),
    "an-phu-t12-2025": dict(AP, number="Số: 352/BC-UBND", place="An Phú, ngày 26 tháng 12 năm 2025",
        title=["Tình hình kinh tế - xã hội tháng 12 năm 2025"], body=[
        "Toàn phường còn 198 hộ nghèo, chiếm 1,73% tổng số hộ; so với tháng trước giảm 7 hộ, tỷ lệ hộ nghèo giảm 0,12 điểm phần trăm so với tháng 10/2025.",
        "Tổng thu ngân sách trên địa bàn đạt 2.480 triệu đồng, tăng 170 triệu đồng so với tháng trước; lũy kế năm đạt 26.950 triệu đồng, vượt 6,8% dự toán.",
        "Cấp 1.305 thẻ bảo hiểm y tế cho người dân, tăng 8,9% so với tháng trước.",
        "Số thuê bao internet băng rộng đạt 8.790 thuê bao, tăng 2,4% so với tháng trước và tăng 1.640 thuê bao so với đầu năm.",
    ]),
}

# ---------------------------------------------------------------- Công an xã Hòa Phong, as-of reports (cumulative_drop)
# five reports "tính đến ngày 20": a running total with one planted fall, a stock that dips once,
# in-month figures that move both ways
CA = dict(org=["CÔNG AN HUYỆN HÒA VANG", "CÔNG AN XÃ HÒA PHONG"], right=list(STATE))
_CA_FIGS = [  # (month, running hồ sơ, stock hội viên, in-month tin báo, running tài khoản)
    (6, "1.245", "342", "14", "5.120"),
    (7, "1.530", "351", "9", "5.488"),
    (8, "1.802", "348", "17", "5.903"),
    (9, "1.764", "355", "11", "6.215"),      # 1.764 < 1.802: planted fall of a running total
    (10, "2.090", "360", "15", "6.602"),
]
HOA_PHONG = {
    f"hoa-phong-{m:02d}-2025": dict(CA, number=f"Số: {40 + m}/BC-CAX", place=f"Hòa Phong, ngày 21 tháng {m} năm 2025",
        title=[f"Kết quả thực hiện Đề án 06 tính đến ngày 20/{m}/2025"], body=[
        f"Lũy kế từ đầu năm đến ngày 20/{m}/2025, Công an xã tiếp nhận {hs} hồ sơ đề nghị cấp căn cước.",
        f"Chi hội Phụ nữ công an xã hiện có {hv} hội viên.",
        f"Trong tháng, tiếp nhận {tb} tin báo về tội phạm.",
        f"Tổng số tài khoản định danh điện tử mức 2 đã kích hoạt trên địa bàn là {tk} tài khoản.",
    ]) for m, hs, hv, tb, tk in _CA_FIGS
}

# ---------------------------------------------------------------- UBND xã Đạ Tẻh, months (third round)
# a change whose own indicator comes after it, next to another indicator's level before it
DT = dict(org=["ỦY BAN NHÂN DÂN", "XÃ ĐẠ TẺH"], right=list(STATE))
DA_TEH = {
    "da-teh-t4-2025": dict(DT, number="Số: 61/BC-UBND", place="Đạ Tẻh, ngày 25 tháng 4 năm 2025",
        title=["Kết quả thực hiện Đề án 06 tháng 4 năm 2025"], body=[
        "Đã cấp 2.410 thẻ căn cước cho công dân.",
        "Số tài khoản định danh điện tử được kích hoạt là 1.905 tài khoản.",
        "Tiếp nhận 120 hồ sơ; giải quyết đúng hạn 117 hồ sơ.",
    ]),
    "da-teh-t5-2025": dict(DT, number="Số: 75/BC-UBND", place="Đạ Tẻh, ngày 26 tháng 5 năm 2025",
        title=["Kết quả thực hiện Đề án 06 tháng 5 năm 2025"], body=[
        "Đã cấp 2.655 thẻ căn cước cho công dân; số tài khoản định danh điện tử tăng 160 tài khoản so với tháng trước.",
        "Số tài khoản định danh điện tử được kích hoạt là 2.065 tài khoản.",
        "So với tháng trước, số hồ sơ tiếp nhận tăng 15 hồ sơ, đạt 135 hồ sơ; giải quyết đúng hạn 131 hồ sơ.",
    ]),
    "da-teh-t6-2025": dict(DT, number="Số: 90/BC-UBND", place="Đạ Tẻh, ngày 25 tháng 6 năm 2025",
        title=["Kết quả thực hiện Đề án 06 tháng 6 năm 2025"], body=[
        "Đã cấp 2.901 thẻ căn cước cho công dân, tăng 246 thẻ so với tháng trước.",
        "Số tài khoản định danh điện tử được kích hoạt là 2.230 tài khoản, tăng 8,0% so với tháng trước.",
        "Tiếp nhận 128 hồ sơ, giảm 7 hồ sơ so với tháng trước; giải quyết đúng hạn 126 hồ sơ, giảm 5 hồ sơ so với tháng trước.",
    ]),
}

# ---------------------------------------------------------------- UBND huyện Lạc Dương (fourth round)
# "so với cùng kỳ" in a quarter report when the archive holds only the 9-month report of the
# year before: a running total is no earlier value of a quarter's figure
LD = dict(org=["ỦY BAN NHÂN DÂN", "HUYỆN LẠC DƯƠNG"], right=list(STATE))
LAC_DUONG = {
    "lac-duong-9t-2024": dict(LD, number="Số: 190/BC-UBND", place="Lạc Dương, ngày 25 tháng 9 năm 2024",
        title=["Tình hình kinh tế - xã hội 9 tháng đầu năm 2024"], body=[
        "Thu ngân sách nhà nước trên địa bàn đạt 88,4 tỷ đồng.",
        "Giải quyết việc làm cho 2.960 lao động.",
    ]),
    "lac-duong-6t-2025": dict(LD, number="Số: 121/BC-UBND", place="Lạc Dương, ngày 24 tháng 6 năm 2025",
        title=["Tình hình kinh tế - xã hội 6 tháng đầu năm 2025"], body=[
        "Thu ngân sách nhà nước trên địa bàn đạt 59,8 tỷ đồng, tăng 4,2% so với cùng kỳ.",
        "Giải quyết việc làm cho 2.105 lao động.",
    ]),
    "lac-duong-q3-2025": dict(LD, number="Số: 188/BC-UBND", place="Lạc Dương, ngày 26 tháng 9 năm 2025",
        title=["Tình hình kinh tế - xã hội quý III năm 2025"], body=[
        "Trong quý III, thu ngân sách nhà nước trên địa bàn đạt 31,2 tỷ đồng, tăng 6,5% so với cùng kỳ.",
        "Trong quý, giải quyết việc làm cho 1.020 lao động, giảm 45 lao động so với cùng kỳ.",
    ]),
}

REPORTS = {**TAN_HOA, **DONG_SON, **PHUOC_AN, **KIM_SON, **AN_PHU, **HOA_PHONG, **DA_TEH, **LAC_DUONG}


def write_all(folder: Path) -> list[Path]:
    return write_reports(folder, REPORTS)


if __name__ == "__main__":
    import sys
    for f in write_all(Path(sys.argv[1])):
        print(f)
