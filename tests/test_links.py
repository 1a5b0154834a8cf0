"""Links between facts of one paragraph (extractors/links.py), the input of the checks."""
import pytest

from extractors import nlp


def _links(text):
    doc = nlp()(text)
    facts = [s._.fact for s in doc.spans["facts"]]
    return {(facts[lk.src].raw, facts[lk.dst].raw, lk.relation) for lk in doc._.fact_links}


@pytest.mark.parametrize("text,link", [
    ("Tổ chức kết nạp mới 112/158 đảng viên, đạt 70,87% chỉ tiêu.",
     ("70,87%", "112/158 đảng viên", "restates")),
    ("Có 45/50 chi bộ xếp loại hoàn thành tốt nhiệm vụ trở lên (chiếm 90%).",
     ("90%", "45/50 chi bộ", "restates")),
    ("đã tổ chức kiểm tra 42/139 cơ quan đơn vị, địa phương, đạt tỷ lệ 30% (4/15 sở, ngành)",
     ("30%", "42/139 cơ quan", "restates")),
    ("chiếm 85,17/82,41% số hộ, đạt 103,35% chỉ tiêu", ("103,35%", "82,41%", "ratio_den")),
    ("Kết nạp 25 đảng viên (đạt 104,17% so với chỉ tiêu 24 đảng viên).",
     ("104,17%", "24 đảng viên", "ratio_den")),
    ("tiếp nhận 10.029 hồ sơ cấp phiếu trên tổng số 13.633 hồ sơ tiếp nhận, đạt tỷ lệ 73,56%.",
     ("73,56%", "13.633 hồ sơ", "ratio_den")),
    ("thực hiện 20 cuộc giám sát (01 cuộc cấp huyện, 19 cuộc cấp xã, thị trấn)",
     ("19 cuộc", "20 cuộc", "part_of")),
    ("Thực hiện đạt và vượt 06/13 chỉ tiêu, 07 chỉ tiêu còn lại đạt trên 70%.",
     ("07 chỉ tiêu", "06/13 chỉ tiêu", "part_of")),
    ("ban hành 402 văn bản, riêng Văn phòng Huyện ủy ban hành 85 văn bản các loại.",
     ("85 văn bản", "402 văn bản", "subset_of")),
    ("Có 56 đảng bộ, chi bộ cơ sở hoàn thành tốt nhiệm vụ, chiếm 98,24%",
     ("98,24%", "56 đảng bộ, chi bộ", "share_of")),
    # the total's own percent between it and "trong đó"
    ("Sản lượng thịt hơi đạt 18.560 tấn, tăng 4,6% so với cùng kỳ, trong đó thịt lợn 13.240 tấn.",
     ("13.240 tấn", "18.560 tấn", "subset_of")),
    # "gồm" items named before their figures
    ("Tổng vốn là 3.765 tỷ đồng, gồm vốn trung ương 1.245 tỷ đồng và vốn địa phương 2.520 tỷ đồng.",
     ("2.520 tỷ đồng", "3.765 tỷ đồng", "part_of")),
    # ", gồm" after words: the items that open with a figure
    ("Tỉnh có 9 đơn vị hành chính cấp huyện, gồm 1 thành phố, 1 thị xã và 7 huyện, với 124 xã.",
     ("7 huyện", "9 đơn vị", "part_of")),
    # "A hộ với B nhân khẩu ..., trong đó C hộ"
    ("Có 245 hộ với 1.023 nhân khẩu cần di dời, trong đó đã di dời 86 hộ.", ("86 hộ", "245 hộ", "subset_of")),
    ("Đã có 1.342 tiêu chí đạt chuẩn trên tổng số 1.520 tiêu chí của 80 xã, đạt tỷ lệ 88,3%.",
     ("88,3%", "1.520 tiêu chí", "ratio_den")),
    ("Huyện có 5/7 chỉ tiêu đạt và vượt kế hoạch; 2 chỉ tiêu còn lại đạt trên 95%.",
     ("2 chỉ tiêu", "5/7 chỉ tiêu", "part_of")),
])
def test_link(text, link):
    assert link in _links(text)


@pytest.mark.parametrize("text", [
    # "gồm: Chủ tịch, ..." has an unnumbered item: not a breakdown of the 4
    "cử 4 đồng chí trong Ban Thường trực, gồm: Chủ tịch, 02 Phó Chủ tịch và 01 Ủy viên",
    # a count between the fraction and the percent: the percent is about the count
    "hoàn thành 12/15 xã, có 300 hộ, đạt 95%",
    # one part of another kind in brackets is not a part ("05 laptop ... (05 đồng chí)")
    "trang bị 05 laptop cho Nhóm Báo cáo viên (05 đồng chí)",
    # the bracket states the change's amount, not a part
    "Diện tích gieo trồng đạt 54.320 ha, giảm 1,6% (-884 ha) so với năm trước.",
])
def test_no_breakdown_or_restatement(text):
    assert not {lk for lk in _links(text) if lk[2] in ("part_of", "restates", "subset_of")}


def test_a_target_is_never_a_part_of_what_it_measures():
    # the bracket holds the percent and its target: 26 is the denominator of 96%, not a part of 24
    links = _links("Kết nạp 24 đoàn viên mới (đạt 96% so với chỉ tiêu 26 đoàn viên).")
    assert ("96%", "26 đoàn viên", "ratio_den") in links
    assert not [lk for lk in links if lk[2] in ("part_of", "subset_of")]


def test_target_after_a_comma_and_the_count_s_noun():
    links = _links("Kết nạp 24 đoàn viên mới, đạt 96% chỉ tiêu (26 đoàn viên).")
    assert {("96%", "24 đoàn viên", "ratio_num"), ("96%", "26 đoàn viên", "ratio_den")} <= links
