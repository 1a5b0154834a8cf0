"""A table cell holding only a number takes its meaning from its column header and from the
unit its row declares (the "Đơn vị tính" column of the CCHC statistics forms)."""
from decimal import Decimal

import pytest

from extractors.engine import extract_text

CASES = [
    # text, column header, row's unit, expected (kind, value, unit) or None
    ("13.203.300", "Kết quả thống kê / Số liệu", "Triệu đồng", ("money", Decimal("13203300000000"), "đồng")),
    ("22,45", "Kết quả thống kê / Số liệu", "%", ("percent", Decimal("22.45"), "%")),
    ("29", "Kết quả thống kê / Số liệu", "Văn bản", ("count", Decimal(29), "Văn bản")),
    ("1", "Kết quả thống kê / Số liệu", "Có = 1", None),          # a coded yes/no answer
    ("2.1", "STT", "", None),                                      # a row number
    ("65,59", "Tỷ lệ (%)", "", ("percent", Decimal("65.59"), "%")),
    ("1.250", "Kinh phí (tỷ đồng)", "", ("money", Decimal("1250000000000"), "đồng")),
    ("45", "Số lượng (người)", "", ("count", Decimal(45), "người")),
    ("12", "Kết nạp", "", ("count", Decimal(12), "")),
]


@pytest.mark.parametrize("text,header,hint,want", CASES)
def test_bare_number_in_a_cell(text, header, hint, want):
    facts = extract_text(text, in_table=True, header=header, unit_hint=hint)
    if want is None:
        assert facts == []
        return
    assert len(facts) == 1
    f = facts[0]
    assert (f.kind, Decimal(f.value), f.unit) == want
    assert (f.start, f.end) == (0, len(text))


def test_a_bare_number_outside_a_table_is_no_fact():
    assert extract_text("29") == []


@pytest.mark.parametrize("text, header", [
    ("12/63", "Xếp hạng"), ("25", "Lâm Đồng / Thứ hạng"), ("5", "Hạng"), ("thứ 3", "Xếp thứ")])
def test_a_rank_under_a_rank_column_is_no_fact(text, header):
    """A position, as 'xếp thứ 12/63' in a sentence is no fact; both paths (bare numeral and
    the full pass) agree."""
    assert extract_text(text, in_table=True, header=header) == []


def test_a_number_beside_a_rank_column_still_counts():
    [f] = extract_text("25", in_table=True, header="Số xã (xã)")
    assert (f.kind, f.value) == ("count", Decimal(25))
    [f] = extract_text("12/63", in_table=True, header="Số xã đạt chuẩn")
    assert f.kind == "fraction"
