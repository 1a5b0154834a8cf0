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
]


@pytest.mark.parametrize("lines,want", CASES)
def test_normalise_org(lines, want):
    assert normalise_org(lines) == want
