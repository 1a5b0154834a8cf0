from pipeline.indicators import (Item, clause_context, content_syllables, fact_scope, indicator_key,
                                 match_series, similarity)


def test_key_of_brief_example():
    assert indicator_key("tỷ lệ tiếp nhận hồ sơ hình thức trực tuyến", "%", "percent") == \
        "percent|tỷ lệ tiếp nhận hồ sơ trực tuyến"


def test_key_drops_place_time_and_filler_words():
    a = indicator_key("Toàn tỉnh đã triển khai cung cấp dịch vụ công trực tuyến", "dịch vụ", "count")
    b = indicator_key("đến nay, trên địa bàn tỉnh đã cung cấp dịch vụ công trực tuyến", "dịch vụ", "count")
    assert a == b == "count:dịch vụ|cung cấp dịch vụ công trực tuyến"


def test_key_drops_numbers_and_dates():
    a = indicator_key("Tính đến ngày 15/8/2025, toàn tỉnh đã thu nhận lượt hồ sơ cấp căn cước", "lượt", "count")
    b = indicator_key("Tính đến ngày 15/9/2025, toàn tỉnh đã thu nhận lượt hồ sơ cấp căn cước", "lượt", "count")
    assert a == b and "15" not in a and "2025" not in a


def test_six_months_phrase_removed_entirely():
    assert list(content_syllables("6 tháng đầu năm 2024 thu ngân sách")) == ["thu", "ngân", "sách"]


def test_key_keeps_content_syllables_that_look_like_stop_words():
    # "số" in "số hóa" and "tỉnh" in "cấp tỉnh" carry meaning
    assert "số hóa" in indicator_key("đã số hóa hồ sơ", "hồ sơ", "count")
    assert indicator_key("TTHC cấp tỉnh", "", "count") != indicator_key("TTHC cấp xã", "", "count")


def test_key_separates_kind_and_unit():
    assert indicator_key("kết nạp mới", "đảng viên", "count") != indicator_key("kết nạp mới", "người", "count")
    assert indicator_key("kết nạp mới", "đảng viên", "count") != indicator_key("kết nạp mới", "đảng viên", "percent")


def test_empty_indicator_has_no_key():
    assert indicator_key("", "người", "count") == ""
    assert indicator_key("đã đạt trong tháng", "%", "percent") == ""


def test_key_accepts_a_fact_like_object():
    class F:
        indicator, unit, kind = "kết nạp mới đảng viên", "đảng viên", "count"
    assert indicator_key(F()) == indicator_key("kết nạp mới đảng viên", "đảng viên", "count")


def test_similarity_word_order_and_compatibility():
    a = indicator_key("kết nạp mới đảng viên", "đảng viên", "count")
    b = indicator_key("đảng viên mới được kết nạp", "đảng viên", "count")
    assert similarity(a, b) == 1.0
    assert similarity(a, indicator_key("kết nạp mới đảng viên", "đảng viên", "percent")) == 0.0


# ---------------------------------------------------------------- scope

def _scope(text, number):
    return fact_scope(text, text.index(number))


def test_scope_nearest_cue_before_wins():
    t = "Trong tháng, kết nạp 5 đảng viên, nâng tổng số đảng viên toàn huyện lên 1.200 đồng chí."
    assert _scope(t, "5 đảng") == "period"
    assert _scope(t, "1.200") == "cumulative"


def test_scope_sentence_boundary_and_parentheses():
    t = ("Trong tháng, toàn tỉnh phát sinh 3.090 hồ sơ (2.488 hồ sơ khai sinh), trong đó: 2.341 hồ sơ đã trả "
         "kết quả. Tính đến nay, đã phát sinh 52.642 hồ sơ (34.940 hồ sơ khai sinh), trong đó: 36.001 hồ sơ.")
    assert [_scope(t, n) for n in ("3.090", "2.488", "2.341", "52.642", "34.940", "36.001")] == \
        ["period", "period", "period", "cumulative", "cumulative", "cumulative"]
    # cues inside a closed parenthesis belong to the numbers inside it
    u = "cấp cho 189 cơ sở (Đến nay, đã thực hiện 64.357 lượt), cấp 7.442 tài khoản"
    assert _scope(u, "64.357") == "cumulative"
    assert _scope(u, "7.442") == "document"


def test_scope_six_months_and_as_of_and_default():
    assert _scope("6 tháng đầu năm 2024, thu ngân sách 120 tỷ đồng", "120") == "cumulative"
    assert _scope("Tính đến ngày 15/8/2025, toàn tỉnh đã thu nhận 3.801.402 lượt hồ sơ", "3.801.402") == "cumulative"
    assert _scope("Trong quý II, kết nạp 30 đảng viên", "30") == "period"
    assert _scope("Kết nạp 30 đảng viên mới", "30") == "document"


def test_scope_cue_right_after_number():
    assert _scope("Kết nạp 30 đảng viên trong tháng, vượt kế hoạch", "30") == "period"
    assert _scope("Kết nạp 30 đảng viên, lũy kế 300", "30") == "document"


def test_clause_context_is_local():
    t = "Đối với dịch vụ công của ngành Công an: đạt tỷ lệ 99,31%. Đối với các sở, ngành: đạt tỷ lệ 86,02%."
    first, second = (clause_context(t, t.index(n)).split() for n in ("99,31", "86,02"))
    assert "an" in first and "sở" not in first
    assert "sở" in second and "an" not in second


# ---------------------------------------------------------------- match_series

K1 = indicator_key("kết nạp mới đảng viên", "đảng viên", "count")
K1b = indicator_key("đã kết nạp được đảng viên mới", "đảng viên", "count")
K2 = indicator_key("phát triển đảng viên", "đảng viên", "count")
P = indicator_key("tỷ lệ", "%", "percent")


def test_match_exact_and_fuzzy_one_fact_per_series_per_document():
    out = match_series([
        ("a", [Item(0, K1), Item(1, K2)]),
        ("b", [Item(0, K1b), Item(1, K2)]),
    ])
    assert out[("a", 0)] == (K1, "key")
    assert out[("b", 0)] == (K1, "fuzzy")
    assert out[("b", 1)] == (K2, "key")


def test_match_does_not_merge_keys_that_share_a_document():
    # K1 and K1b are similar, but both in doc a: they are two indicators
    out = match_series([("a", [Item(0, K1), Item(1, K1b)]), ("b", [Item(0, K1b)])])
    assert out[("a", 0)][0] != out[("a", 1)][0]
    assert out[("b", 0)] == out[("a", 1)]


def test_match_duplicate_generic_keys_told_apart_by_context():
    ca, cb = frozenset("dịch vụ công an".split()), frozenset("sở ban ngành".split())
    out = match_series([
        ("a", [Item(0, P, ca), Item(1, P, cb)]),
        ("b", [Item(5, P, cb), Item(6, P, ca)]),     # order swapped in the later report
    ])
    assert out[("a", 0)][0] == P and out[("a", 1)][0] == P + "#2"
    assert out[("b", 6)][0] == P and out[("b", 5)][0] == P + "#2"


def test_match_fixed_mapping_wins():
    out = match_series([("a", [Item(0, K1)]), ("b", [Item(0, K2)])], fixed={K2: K1})
    assert out[("b", 0)] == (K1, "map")
    # and the mapped series is not handed to a second fact of the same document
    out = match_series([("a", [Item(0, K1)]), ("b", [Item(0, K2), Item(1, K1)])], fixed={K2: K1})
    assert out[("b", 0)] == (K1, "map") and out[("b", 1)][0] != K1


def test_match_threshold():
    docs = [("a", [Item(0, K1)]), ("b", [Item(0, K2)])]
    assert match_series(docs)[("b", 0)][0] == K2            # {phát triển đảng viên} vs {kết nạp mới đảng viên}
    assert match_series(docs, threshold=0.2)[("b", 0)] == (K1, "fuzzy")


def test_match_is_deterministic():
    docs = [("a", [Item(i, k) for i, k in enumerate([K1, K2, P, P])]), ("b", [Item(i, k) for i, k in enumerate([P, K1b, P])])]
    assert match_series(docs) == match_series(list(docs))


def test_scope_cue_carries_over_semicolon_until_a_nearer_cue():
    t = ("Tính đến ngày 15/9/2025, toàn tỉnh đã thu nhận 3.830.878 lượt hồ sơ; 2.725.227 tài khoản định danh "
         "điện tử, kích hoạt 2.180.590 tài khoản. Trong tháng, cấp 12 tài khoản; lũy kế 300 tài khoản.")
    assert [_scope(t, n) for n in ("3.830.878", "2.725.227", "2.180.590", "12 tài", "300")] == \
        ["cumulative", "cumulative", "cumulative", "period", "cumulative"]


def test_match_syllables_tone_placement_and_abbreviations():
    from pipeline.indicators import key_tokens, match_syllables
    # old-style tone marks read as the new style, only in open oa/oe/uy syllables
    assert match_syllables("hoá") == ("hóa",) and match_syllables("uỷ") == ("ủy",)
    assert match_syllables("khoẻ") == ("khỏe",) and match_syllables("luỹ") == ("lũy",)
    assert match_syllables("quý") == ("quý",) and match_syllables("hoàn") == ("hoàn",)
    # an abbreviation counts as its words; the key itself keeps the text as written
    assert match_syllables("bhyt") == ("bảo", "hiểm", "y", "tế")
    assert "bhyt" in indicator_key("tỷ lệ bao phủ BHYT", "%", "percent")
    assert key_tokens(indicator_key("tỷ lệ tham gia BHYT", "%", "percent")) == \
        key_tokens(indicator_key("tỷ lệ tham gia bảo hiểm y tế", "%", "percent"))
    assert similarity(indicator_key("số hoá hồ sơ", "hồ sơ", "count"),
                      indicator_key("số hóa hồ sơ", "hồ sơ", "count")) == 1.0
    # reading the abbreviation does not bring BHYT closer to BHXH than it was as written
    yt, xh = indicator_key("tỷ lệ người dân tham gia BHYT", "%", "percent"), \
        indicator_key("tỷ lệ người dân tham gia BHXH", "%", "percent")
    assert similarity(yt, xh) < similarity(yt, indicator_key("tỷ lệ người dân tham gia bảo hiểm y tế", "%", "percent"))



def test_person_units_and_shared_wordings():
    from pipeline.indicators import units_compatible
    # a general word for people stands for a kind of people; two kinds stay apart
    assert units_compatible("đồng chí", "đảng viên") and units_compatible("người", "cán bộ")
    assert not units_compatible("hội viên", "đoàn viên") and not units_compatible("đảng viên", "cán bộ")
    assert not units_compatible("người", "hồ sơ")
    # the counter word is not what is counted: "kết nạp 37 đồng chí vào Đảng" / "kết nạp 42 đảng viên mới"
    assert similarity(indicator_key("xóa tên đảng viên", "đảng viên", "count"),
                      indicator_key("xóa tên đồng chí khỏi danh sách đảng viên", "đồng chí", "count")) >= 0.5
    # one clause names two figures ("4 đồng chí học cao cấp ... và 30 đồng chí học trung cấp"), so both
    # series hold its wording; the next report's "cao cấp" figure follows the series whose own
    # wording says "cao cấp"
    trung = indicator_key("cử cán bộ đi học trung cấp lý luận chính trị", "cán bộ", "count")
    cao = indicator_key("cử cán bộ học cao cấp lý luận chính trị", "cán bộ", "count")
    both = indicator_key("đồng chí được cử đi học cao cấp lý luận chính trị và đồng chí học trung cấp",
                         "đồng chí", "count")
    docs = [("d1", [Item(1, trung), Item(2, cao)]),
            ("d2", [Item(1, both), Item(2, both)]),
            ("d3", [Item(1, indicator_key("người đang theo học", "người", "count"),
                         sentence=frozenset("trung cấp lý luận chính trị người học cao".split())),
                    Item(2, indicator_key("cao cấp lý luận chính trị", "người", "count"),
                         sentence=frozenset("trung cấp lý luận chính trị người học cao".split()))])]
    out = match_series(docs)
    assert {out[("d2", 1)][0], out[("d2", 2)][0]} == {out[("d1", 1)][0], out[("d1", 2)][0]}
    assert out[("d3", 2)][0] == out[("d1", 2)][0]


def test_figure_phrase_splits_a_clause_between_its_figures():
    from pipeline.indicators import clause_context, figure_phrase
    t = "Có 4 đồng chí được cử đi học cao cấp lý luận chính trị và 30 đồng chí học trung cấp lý luận chính trị."
    assert "cao" in figure_phrase(t, t.index("4 ")) and "trung" not in figure_phrase(t, t.index("4 "))
    assert "trung" in figure_phrase(t, t.index("30")) and "cao" not in figure_phrase(t, t.index("30"))
    # the body "Ủy ban Kiểm tra" is not a kiểm tra figure; abbreviations read as their words
    t = "UBKT các cấp giám sát chuyên đề đối với 19 tổ chức đảng; kiểm tra 11 tổ chức đảng."
    assert "kiểm" not in figure_phrase(t, t.index("19")).split()
    assert figure_phrase(t, t.index("11")) == "kiểm tra tổ chức đảng"
    assert clause_context(t, t.index("11")) == "kiểm tra"


def test_contrasts_keep_look_alikes_apart():
    from pipeline.indicators import contrasting, figure_marks, key_tokens

    def marks(indicator, unit="đảng viên", kind="count", phrase="", context=""):
        return figure_marks(key_tokens(indicator_key(indicator, unit, kind)),
                            frozenset(phrase.split()), frozenset(context.split()))
    assert contrasting(marks("kết nạp đảng viên mới"), marks("xóa tên đảng viên"))
    assert contrasting(marks("hộ nghèo", "hộ"), marks("hộ cận nghèo", "hộ"))
    assert not contrasting(marks("hộ nghèo", "hộ"), marks("số hộ nghèo còn", "hộ"))
    assert contrasting(marks("tỷ lệ tham gia BHYT", "%", "percent"),
                       marks("tỷ lệ tham gia bảo hiểm xã hội", "%", "percent"))
    # naming both sides contrasts with neither; no side named, no contrast
    assert not contrasting(marks("kiểm tra, giám sát tổ chức đảng", "tổ chức đảng"),
                           marks("giám sát tổ chức đảng", "tổ chức đảng"))
    assert not contrasting(marks("phát triển đảng viên"), marks("kết nạp đảng viên"))
    # the figure's own phrase decides over a key that names both; then the clause before it
    both = "cử đi học cao cấp lý luận chính trị và trung cấp"
    assert contrasting(marks(both, "cán bộ", phrase="cán bộ học trung cấp lý luận chính trị"),
                       marks(both, "cán bộ", phrase="cán bộ học cao cấp lý luận chính trị"))
    assert contrasting(marks("dự toán", "%", "percent", context="tổng thu ngân sách tỷ đồng đạt"),
                       marks("dự toán", "%", "percent", context="chi thường xuyên tỷ đồng bằng"))


def test_match_generic_key_of_two_indicators_split_by_their_words():
    # "đạt 24,3% dự toán" after revenue, "đạt 21,5% dự toán" after spending: one key, two series,
    # even in a report where the spending figure is missing
    k = indicator_key("dự toán", "%", "percent")
    thu, chi = frozenset("tổng thu ngân sách tỷ đồng đạt".split()), frozenset("tổng chi ngân sách tỷ đồng đạt".split())
    docs = [("q1", [Item(1, k, thu), Item(2, k, chi)]), ("q2", [Item(1, k, thu)]), ("q3", [Item(1, k, chi)])]
    out = match_series(docs)
    assert out[("q2", 1)][0] == out[("q1", 1)][0] != out[("q1", 2)][0] == out[("q3", 1)][0]


def test_a_key_that_is_only_its_unit_is_placed_by_its_sentence():
    from pipeline.indicators import weak_key
    assert weak_key(indicator_key("đảng viên", "đảng viên", "count"))
    assert not weak_key(indicator_key("kết nạp đảng viên", "đảng viên", "count"))
    assert not weak_key(indicator_key("tỷ lệ", "%", "percent"))
    # "lũy kế 9 tháng 74 đảng viên": the extractor kept only the unit; it does not take the place
    # of the party's member count, whose sentence it does not share
    total = indicator_key("Tổng số đảng viên của Đảng bộ huyện là", "đồng chí", "count")
    docs = [("q2", [Item(1, total, sentence=frozenset("đảng viên bộ huyện đồng chí".split()))]),
            ("q3", [Item(1, indicator_key("đảng viên", "đảng viên", "count"),
                         sentence=frozenset("phát triển đảng viên kết nạp mới lũy kế".split()))])]
    out = match_series(docs)
    assert out[("q3", 1)][0] != out[("q2", 1)][0]
