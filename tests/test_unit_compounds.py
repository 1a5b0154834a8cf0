"""The unit after a number is the whole noun: a compound whose first syllable alone names
nothing ("bị cáo", "kết luận", data/compound_nouns.txt) and "lượt" with the noun it counts."""
from extractors import context, extract_text, vocab


def _unit(text, number):
    return next(f.unit for f in extract_text(text) if f.raw.startswith(number))


def test_compound_noun_read_whole():
    assert _unit("Xét xử 45 vụ với 78 bị cáo.", "78") == "bị cáo"
    assert _unit("Có 4 khu công nghiệp đang hoạt động.", "4") == "khu công nghiệp"


def test_compound_nouns_make_no_fact():
    # they lengthen the unit only: a year before one stays a year, a number word stays a word
    assert not context.unit_is_known("kết luận")
    assert [f.raw for f in extract_text("Năm 2024 kết luận nhiều vụ việc.")] == []
    assert [f.raw for f in extract_text("Có một hoạt động nổi bật.")] == []


def test_compound_nouns_never_shadow_a_listed_unit():
    # a listed unit at the same place wins, so a compound that starts with one (or is one) would
    # never be read: such nouns belong in units.txt
    assert not [c for c in vocab.compound_nouns() if context.phrase_at(c, 0, vocab.units())]


def test_times_and_the_noun_they_count():
    assert _unit("Tiếp 345 lượt công dân đến khiếu nại.", "345") == "lượt công dân"
    assert _unit("Giải quyết 1.200 lượt hồ sơ.", "1.200") == "lượt hồ sơ"
    assert _unit("Tổ chức 12 lượt, thu hút người dân.", "12") == "lượt"
    assert _unit("Có 2.450 lượt người tham gia.", "2.450") == "lượt người"
    assert _unit("Kiểm tra 45 lượt làm việc.", "45") == "lượt"
    # as known as "lượt" alone, so what it decides (a year, a name before it) stays as it was
    assert context.unit_is_known(context.read_unit("345 lượt công dân", 3)[0])
    assert not context.unit_is_known("lượt làm việc")
