"""Issuing bodies read from capitalised letterheads come out in running-text spelling."""
import pytest

from pipeline.reader.orgname import normalise_org

CASES = [
    (["HUYỆN ỦY PHỤNG HIỆP", "VĂN PHÒNG"], "Huyện ủy Phụng Hiệp / Văn phòng"),
    (["UBND TỈNH LÂM ĐỒNG", "SỞ NỘI VỤ"], "Ủy ban nhân dân tỉnh Lâm Đồng / Sở Nội vụ"),
    (["ỦY BAN NHÂN DÂN", "TỈNH LÂM ĐỒNG"], "Ủy ban nhân dân / Tỉnh Lâm Đồng"),
    (["ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM", "HUYỆN CHÂU THÀNH A"],
     "Ủy ban Mặt trận Tổ quốc Việt Nam / Huyện Châu Thành A"),
    (["BAN CHẤP HÀNH ĐẢNG BỘ TỈNH HẬU GIANG"], "Ban Chấp hành Đảng bộ tỉnh Hậu Giang"),
    (["HỘI NÔNG DÂN HUYỆN LONG MỸ"], "Hội Nông dân huyện Long Mỹ"),
    (["TỈNH ỦY HẬU GIANG", "BAN TUYÊN GIÁO"], "Tỉnh ủy Hậu Giang / Ban Tuyên giáo"),
    (["ĐẢNG ỦY XÃ HÒA AN"], "Đảng ủy xã Hòa An"),
    (["UBND THÀNH PHỐ CẦN THƠ"], "Ủy ban nhân dân thành phố Cần Thơ"),
    (["HUYỆN ĐOÀN PHỤNG HIỆP"], "Huyện đoàn Phụng Hiệp"),
    (["UBND HUYỆN PHỤNG HIỆP", "PHÒNG NỘI VỤ"], "Ủy ban nhân dân huyện Phụng Hiệp / Phòng Nội vụ"),
    (["Huyện ủy Phụng Hiệp", "Văn phòng"], "Huyện ủy Phụng Hiệp / Văn phòng"),   # already mixed case
    (["UBMTTQ VIỆT NAM TỈNH HẬU GIANG"], "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Hậu Giang"),
    (["HỘI LIÊN HIỆP PHỤ NỮ HUYỆN LONG MỸ"], "Hội Liên hiệp Phụ nữ huyện Long Mỹ"),
    (["ĐOÀN TNCS HỒ CHÍ MINH", "BCH TỈNH HẬU GIANG"], "Đoàn Thanh niên Cộng sản Hồ Chí Minh / Ban Chấp hành tỉnh Hậu Giang"),
    (["HỘI CỰU CHIẾN BINH VIỆT NAM", "HỘI CCB TỈNH HẬU GIANG"],
     "Hội Cựu chiến binh Việt Nam / Hội Cựu chiến binh tỉnh Hậu Giang"),
]


@pytest.mark.parametrize("lines,want", CASES)
def test_normalise_org(lines, want):
    assert normalise_org(lines) == want


@pytest.mark.parametrize("lines,want", [
    # a body every place has, named by the place on the next line, is one name
    (["ỦY BAN NHÂN DÂN", "TỈNH LÂM ĐỒNG"], "Ủy ban nhân dân tỉnh Lâm Đồng"),
    (["ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM", "HUYỆN CHÂU THÀNH A"],
     "Ủy ban Mặt trận Tổ quốc Việt Nam huyện Châu Thành A"),
    (["HỘI LIÊN HIỆP PHỤ NỮ", "TỈNH HẬU GIANG"], "Hội Liên hiệp Phụ nữ tỉnh Hậu Giang"),
    (["LIÊN ĐOÀN LAO ĐỘNG", "HUYỆN PHỤNG HIỆP"], "Liên đoàn Lao động huyện Phụng Hiệp"),
    # a body above another stays two
    (["ĐẢNG BỘ TỈNH HẬU GIANG", "HUYỆN ỦY PHỤNG HIỆP"], "Đảng bộ tỉnh Hậu Giang / Huyện ủy Phụng Hiệp"),
    (["UBND TỈNH LÂM ĐỒNG", "SỞ NỘI VỤ"], "Ủy ban nhân dân tỉnh Lâm Đồng / Sở Nội vụ"),
])
def test_letterhead_lines_joined_into_bodies(lines, want):
    from pipeline.reader.metadata import org_from_lines
    assert normalise_org(org_from_lines(lines).split(" / ")) == want


@pytest.mark.parametrize("a,b", [
    # the same body typed two ways gives one org string (comparison groups by it)
    (["UBND XÃ TÂN BÌNH"], ["ỦY BAN NHÂN DÂN", "XÃ TÂN BÌNH"]),
    (["UBND TỈNH LÂM ĐỒNG", "SỞ NÔNG NGHIỆP", "VÀ MÔI TRƯỜNG"], ["ỦY BAN NHÂN DÂN TỈNH LÂM ĐỒNG", "SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG"]),
    (["LĐLĐ HUYỆN LONG MỸ"], ["LIÊN ĐOÀN LAO ĐỘNG HUYỆN LONG MỸ"]),
    (["HỘI LHPN TỈNH HẬU GIANG", "BAN THƯỜNG VỤ HỘI LHPN", "HUYỆN VỊ THỦY"],
     ["HỘI LIÊN HIỆP PHỤ NỮ TỈNH HẬU GIANG", "BAN THƯỜNG VỤ HỘI LIÊN HIỆP PHỤ NỮ HUYỆN VỊ THỦY"]),
    (["HỘI NÔNG DÂN TỈNH HẬU GIANG", "BCH HUYỆN PHỤNG HIỆP"], ["HỘI NÔNG DÂN TỈNH HẬU GIANG", "BAN CHẤP HÀNH", "HUYỆN PHỤNG HIỆP"]),
    (["ỦY BAN MTTQ VIỆT NAM", "HUYỆN CHÂU THÀNH A"], ["UBMTTQ VIỆT NAM HUYỆN CHÂU THÀNH A"]),
    (["ỦY BAN NHÂN DÂN HUYỆN", "CÁI NƯỚC"], ["UBND huyện Cái Nước"]),
    (["HĐND HUYỆN MỸ TÚ"], ["HỘI ĐỒNG NHÂN DÂN", "HUYỆN MỸ TÚ"]),
])
def test_same_body_typed_two_ways(a, b):
    from pipeline.reader.metadata import org_from_lines
    assert normalise_org(org_from_lines(a).split(" / ")) == normalise_org(org_from_lines(b).split(" / "))


@pytest.mark.parametrize("lines,want", [
    (["UBND HUYỆN PHỤNG HIỆP", "BAN CHỈ ĐẠO", "CHUYỂN ĐỔI SỐ"], "Ủy ban nhân dân huyện Phụng Hiệp / Ban Chỉ đạo chuyển đổi số"),
    (["UBND HUYỆN CHÂU THÀNH", "PHÒNG GIÁO DỤC VÀ ĐÀO TẠO"], "Ủy ban nhân dân huyện Châu Thành / Phòng Giáo dục và Đào tạo"),
    (["TỈNH ĐOÀN HẬU GIANG", "BCH HUYỆN ĐOÀN PHỤNG HIỆP"], "Tỉnh đoàn Hậu Giang / Ban Chấp hành Huyện đoàn Phụng Hiệp"),
    (["HUYỆN ĐOÀN CHÂU THÀNH", "BCH ĐOÀN TRƯỜNG THPT TÂN PHÚ"],
     "Huyện đoàn Châu Thành / Ban Chấp hành Đoàn trường THPT Tân Phú"),
    # a Party body under its superior committee stays two (the superior tells "Huyện ủy Châu Thành" apart)
    (["ĐẢNG BỘ HUYỆN PHỤNG HIỆP", "ĐẢNG ỦY XÃ HÒA AN"], "Đảng bộ huyện Phụng Hiệp / Đảng ủy xã Hòa An"),
    (["CÔNG AN HUYỆN TÂN HIỆP", "CÔNG AN XÃ TÂN HỘI"], "Công an huyện Tân Hiệp / Công an xã Tân Hội"),
])
def test_letterhead_lines_of_other_bodies(lines, want):
    from pipeline.reader.metadata import org_from_lines
    assert normalise_org(org_from_lines(lines).split(" / ")) == want


@pytest.mark.parametrize("a,b", [
    # older tone placement, "TP." for thành phố, "VIỆT NAM" carried to the next line
    (["UỶ BAN NHÂN DÂN", "XÃ HOÀ AN"], ["ỦY BAN NHÂN DÂN XÃ HÒA AN"]),
    (["HUYỆN UỶ VỊ THUỶ"], ["HUYỆN ỦY VỊ THỦY"]),
    (["UBND TP. CẦN THƠ"], ["ỦY BAN NHÂN DÂN", "THÀNH PHỐ CẦN THƠ"]),
    (["UBND TP CẦN THƠ"], ["UBND THÀNH PHỐ CẦN THƠ"]),
    (["ỦY BAN MẶT TRẬN TỔ QUỐC", "VIỆT NAM TỈNH HẬU GIANG"], ["ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM", "TỈNH HẬU GIANG"]),
])
def test_same_body_other_spellings(a, b):
    from pipeline.reader.metadata import org_from_lines
    assert normalise_org(org_from_lines(a).split(" / ")) == normalise_org(org_from_lines(b).split(" / "))


def test_tones_and_social_words():
    from extractors.vocab import modern_tones
    assert modern_tones("Thuỷ Hoà Khoẻ Uỷ QUÝ quý hoàng khuyến") == "Thủy Hòa Khỏe Ủy QUÝ quý hoàng khuyến"
    assert normalise_org(["SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI"]) == "Sở Lao động - Thương binh và Xã hội"


def test_standing_committee_of_a_council_either_order():
    from pipeline.reader.metadata import org_from_lines
    a = normalise_org(org_from_lines(["HĐND HUYỆN MỸ TÚ", "THƯỜNG TRỰC"]).split(" / "))
    b = normalise_org(org_from_lines(["THƯỜNG TRỰC HĐND HUYỆN MỸ TÚ"]).split(" / "))
    assert a == b == "Thường trực Hội đồng nhân dân huyện Mỹ Tú"
