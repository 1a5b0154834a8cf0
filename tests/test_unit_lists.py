"""The unit of a count as an analyst reads it: places and bodies listed after the first noun
(context._listed), the name or abbreviation of a kind after a known noun (context._named), a
rate of money in đồng like its value, and the unit comparison of footnote breakdowns."""
from extractors import context, extract_text


def _unit(text, number):
    return next(f.unit for f in extract_text(text) if f.raw.startswith(number))


def test_places_and_bodies_listed_after_the_first():
    assert _unit("Huyện có 17 xã, thị trấn với 142 thôn, tổ dân phố; dân số tăng.", "17") == "xã, thị trấn"
    assert _unit("Huyện có 17 xã, thị trấn với 142 thôn, tổ dân phố; dân số tăng.", "142") == "thôn, tổ dân phố"
    assert _unit("Hoàn thành tại 45/45 xã, phường, đặc khu.", "45/45") == "xã, phường, đặc khu"
    assert _unit("Kiểm tra tại 29 cơ quan, đơn vị, địa phương (gồm ...).", "29") == "cơ quan, đơn vị, địa phương"
    assert _unit("Đã có 14.368/18.430 cơ quan, tổ chức, hợp tác xã, doanh nghiệp đủ điều kiện, đạt 77,95%.",
                 "14.368") == "cơ quan, tổ chức, hợp tác xã, doanh nghiệp"


def test_no_list_where_the_next_noun_opens_a_clause_of_its_own():
    # a capital opens a name; a noun right before a figure labels it; a parallel figure of the
    # same unit (or a percent) in the member's clause
    assert _unit("Hòa Lạc 7 xã, Đồng Mỏ 4 xã.", "7") == "xã"
    assert _unit("Số tổ 79 xã, thôn 1.204 hộ.", "79") == "xã"
    assert _unit("Có 12 xã, thôn có 3 xã đạt chuẩn.", "12") == "xã"
    assert _unit("Có 12 xã, thôn chiếm 40%.", "12") == "xã"
    # any known nouns make a list (tests/test_units3.py); series compare them word by word
    assert _unit("Tiếp nhận 14 phản ánh, kiến nghị; đã giải quyết.", "14") == "phản ánh, kiến nghị"


def test_a_list_is_as_known_as_its_first_noun():
    assert context.unit_is_known("xã, thị trấn")
    assert context.unit_is_known("cơ quan, tổ chức, hợp tác xã, doanh nghiệp")
    assert not context.unit_is_known("tồn tại, thiếu sót")


def test_cut_nouns_read_whole():
    assert _unit("Kiến nghị khắc phục 41 tồn tại, thiếu sót.", "41") == "tồn tại, thiếu sót"
    assert _unit("Toàn xã có 14 trường (5 mầm non, 5 tiểu học).", "5 mầm") == "mầm non"
    f = next(f for f in extract_text("Tỷ số giới tính khi sinh 111 bé trai/100 bé gái.") if f.raw.startswith("111"))
    assert f.kind == "rate" and f.unit == "bé trai/100 bé gái"


def test_the_name_or_abbreviation_of_a_kind():
    assert _unit("Hội đồng nhân dân ban hành 02 Nghị quyết QPPL, thẩm định 11 văn bản QPPL.", "02") == "Nghị quyết QPPL"
    assert _unit("Hội đồng nhân dân ban hành 02 Nghị quyết QPPL, thẩm định 11 văn bản QPPL.", "11") == "văn bản QPPL"
    assert _unit("Toàn huyện có 1 Trung tâm Y tế với 180 giường bệnh.", "1") == "Trung tâm Y tế"
    assert _unit("Có 142 Ban Công tác Mặt trận ở khu dân cư.", "142") == "Ban Công tác Mặt trận"
    assert _unit("Có 17 Ủy ban MTTQ cấp xã.", "17") == "Ủy ban MTTQ"
    assert _unit("Có 38/124 UBND cấp xã đã kết nối.", "38") == "UBND cấp xã"
    # a name that goes on in lower case, or past a comma, is left whole to the reader
    assert _unit("Thành lập 124 Trung tâm Phục vụ hành chính công cấp xã.", "124") == "Trung tâm"
    assert _unit("Tổ chức lại 33 Trung tâm Văn hóa, Thông tin và Thể thao.", "33") == "Trung tâm"


def test_a_rate_of_money_is_in_dong_like_its_value():
    f = next(f for f in extract_text("Mức hỗ trợ 1,2 triệu đồng/người/tháng.") if f.kind == "rate")
    assert (f.value, f.unit) == (1200000, "đồng/người/tháng")
    f = next(f for f in extract_text("Hỗ trợ 5 trđ/hộ.") if f.kind == "rate")
    assert (f.value, f.unit) == (5000000, "đồng/hộ")
    f = next(f for f in extract_text("Vốn bình quân 2 triệu USD/dự án.") if f.kind == "rate")
    assert f.unit == "USD/dự án"


def test_units_agree():
    assert context.units_agree("xã, phường", "xã, phường, đặc khu")
    assert context.units_agree("văn bản QPPL", "văn bản")
    assert context.units_agree("", "")
    assert not context.units_agree("văn bản", "văn bằng")
    assert not context.units_agree("", "xã")
    assert not context.units_agree("hộ", "hồ sơ")
