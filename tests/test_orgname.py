"""Issuing bodies read from capitalised letterheads come out in running-text spelling."""
import pytest

from pipeline.reader.orgname import normalise_org

CASES = [
    (["HUYỆN ỦY PHỤNG HIỆP", "VĂN PHÒNG"], "Huyện ủy Phụng Hiệp / Văn phòng"),
    (["UBND TỈNH LÂM ĐỒNG", "SỞ NỘI VỤ"], "UBND tỉnh Lâm Đồng / Sở Nội vụ"),
    (["ỦY BAN NHÂN DÂN", "TỈNH LÂM ĐỒNG"], "Ủy ban nhân dân / Tỉnh Lâm Đồng"),
    (["ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM", "HUYỆN CHÂU THÀNH A"],
     "Ủy ban Mặt trận Tổ quốc Việt Nam / Huyện Châu Thành A"),
    (["BAN CHẤP HÀNH ĐẢNG BỘ TỈNH HẬU GIANG"], "Ban Chấp hành Đảng bộ tỉnh Hậu Giang"),
    (["HỘI NÔNG DÂN HUYỆN LONG MỸ"], "Hội Nông dân huyện Long Mỹ"),
    (["TỈNH ỦY HẬU GIANG", "BAN TUYÊN GIÁO"], "Tỉnh ủy Hậu Giang / Ban Tuyên giáo"),
    (["ĐẢNG ỦY XÃ HÒA AN"], "Đảng ủy xã Hòa An"),
    (["UBND THÀNH PHỐ CẦN THƠ"], "UBND thành phố Cần Thơ"),
    (["HUYỆN ĐOÀN PHỤNG HIỆP"], "Huyện đoàn Phụng Hiệp"),
    (["UBND HUYỆN PHỤNG HIỆP", "PHÒNG NỘI VỤ"], "UBND huyện Phụng Hiệp / Phòng Nội vụ"),
    (["Huyện ủy Phụng Hiệp", "Văn phòng"], "Huyện ủy Phụng Hiệp / Văn phòng"),   # already mixed case
    (["UBMTTQ VIỆT NAM TỈNH HẬU GIANG"], "UBMTTQ Việt Nam tỉnh Hậu Giang"),
    (["HỘI LIÊN HIỆP PHỤ NỮ HUYỆN LONG MỸ"], "Hội Liên hiệp Phụ nữ huyện Long Mỹ"),
    (["ĐOÀN TNCS HỒ CHÍ MINH", "BCH TỈNH HẬU GIANG"], "Đoàn TNCS Hồ Chí Minh / BCH tỉnh Hậu Giang"),
    (["HỘI CỰU CHIẾN BINH VIỆT NAM", "HỘI CCB TỈNH HẬU GIANG"],
     "Hội Cựu chiến binh Việt Nam / Hội CCB tỉnh Hậu Giang"),
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
    (["UBND TỈNH LÂM ĐỒNG", "SỞ NỘI VỤ"], "UBND tỉnh Lâm Đồng / Sở Nội vụ"),
])
def test_letterhead_lines_joined_into_bodies(lines, want):
    from pipeline.reader.metadata import org_from_lines
    assert normalise_org(org_from_lines(lines).split(" / ")) == want
