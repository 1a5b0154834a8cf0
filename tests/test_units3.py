"""Lists of any known nouns as the one unit of a count ("41 tồn tại, thiếu sót", "212 lượt cán
bộ, chiến sĩ"), where such a list stops being one, and series that compare a list with its
first noun (pipeline.indicators.units_compatible)."""
from extractors import extract_text
from pipeline.indicators import units_compatible


def _unit(text, number):
    return next(f.unit for f in extract_text(text) if f.raw.startswith(number))


def test_lists_of_known_nouns():
    assert _unit("Đăng tải 11 tin, bài, phóng sự trên Cổng thông tin điện tử.", "11") == "tin, bài, phóng sự"
    assert _unit("Vận động 73 tổ chức, cá nhân tài trợ 9 ca phẫu thuật tim.", "73") == "tổ chức, cá nhân"
    assert _unit("Có 812 nhóm, lớp và 23.486 học sinh.", "812") == "nhóm, lớp"
    assert _unit("Kiến nghị khắc phục 41 tồn tại, thiếu sót, đến nay đã khắc phục.", "41") == "tồn tại, thiếu sót"
    assert _unit("Tuần tra với 212 lượt cán bộ, chiến sĩ tham gia.", "212") == "lượt cán bộ, chiến sĩ"


def test_no_list_of_labels_or_of_a_name_cut_short():
    # the nouns label parallel counts; the second member repeats the unit's first word
    assert _unit("Tiếp nhận 312 đơn (khiếu nại 45 đơn, tố cáo 12 đơn, kiến nghị, phản ánh 255 đơn).", "12") == "đơn"
    assert _unit("Hỗ trợ 1.234 hộ nghèo, hộ chính sách xã hội.", "1.234") == "hộ nghèo"
    assert _unit("Có 12 xã, thôn có 3 xã đạt chuẩn.", "12") == "xã"


def test_a_list_compares_with_its_first_noun():
    assert units_compatible("phản ánh, kiến nghị", "phản ánh")
    assert units_compatible("phản ánh", "phản ánh, kiến nghị")
    assert units_compatible("xã, phường", "xã, phường, đặc khu")
    assert not units_compatible("phản ánh, kiến nghị", "kiến nghị")


def test_a_member_is_read_as_its_longest_noun():
    assert _unit("Hỗ trợ 342 doanh nghiệp, nhà đầu tư trên địa bàn.", "342") == "doanh nghiệp, nhà đầu tư"


def test_a_noun_named_by_its_kind_takes_no_list():
    assert _unit("Thẩm định 268 dự thảo văn bản QPPL, quy trình thẩm định đúng quy định.", "268") == "dự thảo văn bản QPPL"


def test_a_unit_does_not_take_the_first_syllable_of_the_next_noun():
    # "hộ dân" is known, but "dân" opens "dân tộc" here
    assert _unit("Toàn huyện có 3.560 hộ dân tộc thiểu số, trong đó 410 hộ nghèo.", "3.560") == "hộ"
    assert _unit("Có 45 hộ dân được hỗ trợ.", "45") == "hộ dân"
    assert _unit("Có 54 dân tộc anh em.", "54") == "dân tộc"
