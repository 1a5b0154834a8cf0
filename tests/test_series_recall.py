"""Series matching rules that find pairs the blind tests missed: verb synonyms (VERB_SYNONYMS), a
percent of plan read with its sentence, a table cell named by its row and column, scope by clause."""
from pipeline.indicators import canonical_verbs, indicator_key, key_tokens, match_words


def test_variants_read_as_their_canonical_verb():
    assert canonical_verbs("triệt phá vụ".split()) == ["bắt", "vụ"]
    assert canonical_verbs("phát triển mới hội viên".split()) == ["kết", "nạp", "mới", "hội", "viên"]
    assert match_words("bắt giữ đối tượng".split()) == match_words("bắt đối tượng".split())


def test_whole_syllables_only_and_text_without_variants_unchanged():
    words = "bắt đầu triển khai".split()
    assert canonical_verbs(words) == words
    assert canonical_verbs("phát triển kinh tế".split()) == "phát triển kinh tế".split()


def test_keys_of_two_verbs_for_one_action_match():
    a = key_tokens(indicator_key("bắt vụ", "vụ", "count"))
    b = key_tokens(indicator_key("triệt phá vụ", "vụ", "count"))
    assert a == b


def test_a_percent_of_plan_reads_its_subject_from_the_sentence():
    from pipeline.indicators import Item, match_series, plan_only
    assert plan_only("percent|dự toán") and plan_only("percent|kế hoạch")
    assert not plan_only("percent|thu ngân sách nhà nước") and not plan_only("percent|lao động kế hoạch")
    # prose one month ("Thu ngân sách nhà nước ... 128,5 tỷ đồng, đạt 55,6% dự toán năm"), a table
    # row the next ("Thu ngân sách nhà nước" | "So dự toán (%)")
    prose = Item(1, "percent|dự toán", frozenset({"tỷ", "đồng"}),
                 frozenset("thu ngân sách nhà nước tỷ đồng dự toán".split()), frozenset({"dự", "toán"}))
    chi = Item(2, "percent|dự toán", frozenset({"tỷ", "đồng"}),
               frozenset("chi ngân sách địa phương tỷ đồng dự toán".split()), frozenset({"dự", "toán"}))
    row = Item(1, "percent|thu ngân sách nhà nước", frozenset({"dự", "toán"}))
    got = match_series([("t7", [prose, chi]), ("t8", [row])])
    assert got[("t8", 1)][0] == got[("t7", 1)][0] != got[("t7", 2)][0]


def test_an_earlier_clause_running_total_does_not_reach_a_figure_followed_by_its_own():
    from pipeline.indicators import fact_scope
    text = "Sốt xuất huyết: trong tháng 14 ca mắc, cộng dồn 63 ca; tay chân miệng 6 ca, cộng dồn 29 ca."
    assert fact_scope(text, text.index("6 ca")) == "period"
    assert fact_scope(text, text.index("29 ca")) == "cumulative"
    assert fact_scope(text, text.index("63 ca")) == "cumulative"
    # with no running total after it in its own clause, the earlier cue still governs
    text = "Tính đến ngày 15/9, cấp 3.830.878 lượt; 2.725.227 tài khoản."
    assert fact_scope(text, text.index("2.725.227")) == "cumulative"


def test_a_table_cell_is_named_by_its_row_and_column():
    from pipeline.indicators import Item, match_series
    # prose one month ("Sốt xuất huyết: trong tháng 14 ca mắc; tay chân miệng 6 ca"), a table
    # the next: row "Sốt xuất huyết", column "Số ca mắc", no unit in the cell
    sxh = Item(1, "count:ca|ca mắc", frozenset("sốt xuất huyết".split()),
               frozenset("sốt xuất huyết ca mắc tay chân miệng".split()))
    tcm = Item(2, "count:ca|tay chân miệng ca", frozenset("tay chân miệng".split()),
               frozenset("sốt xuất huyết ca mắc tay chân miệng".split()))
    row = Item(1, "count|sốt xuất huyết", frozenset("số ca mắc".split()))
    got = match_series([("t7", [sxh, tcm]), ("t8", [row])])
    assert got[("t8", 1)][0] == got[("t7", 1)][0] != got[("t7", 2)][0]


def test_the_figures_own_words_count_but_not_a_neighbours():
    from pipeline.indicators import Item, match_series
    w = lambda t: frozenset(t.split())  # noqa: E731
    # "Sốt xuất huyết: trong tháng 14 ca mắc" (key: ca mắc) / "Ghi nhận 21 ca sốt xuất huyết"
    t7 = Item(1, "count:ca|ca mắc", w("sốt xuất huyết"), w("sốt xuất huyết ca mắc không tử vong"),
              w("sốt xuất huyết ca mắc"))
    t8 = Item(1, "count:ca|ghi nhận ca sốt xuất huyết", w("ghi nhận"), w("ghi nhận ca sốt xuất huyết"),
              w("ghi nhận ca sốt xuất huyết"))
    got = match_series([("t7", [t7]), ("t8", [t8])])
    assert got[("t8", 1)][0] == got[("t7", 1)][0]
    # "Tổng đàn gia súc 38.400 con, trong đó đàn heo 21.600 con": the pigs' clause holds the herd's
    # words, their own phrase does not; next month's herd does not join the pigs
    heo = Item(2, "count:con|đàn heo con", w("tổng đàn gia súc con heo"), w("đàn heo con"), w("đàn heo con"))
    herd = Item(1, "count:con|tổng đàn gia súc con", w("tổng đàn gia súc"), w("tổng đàn gia súc ước con"),
                w("tổng đàn gia súc con"))
    got = match_series([("t7", [heo]), ("t8", [herd])])
    assert got[("t8", 1)][0] != got[("t7", 2)][0]


def test_a_table_row_of_the_number_of_people_meets_the_prose_and_not_its_contrast():
    from pipeline.indicators import Item, key_content, match_series
    assert key_content("count:người|số người chết do tai nạn giao thông")[1] == "người chết do tai nạn giao thông"
    assert key_content("count:hồ sơ|số hóa hồ sơ")[1] == "số hóa hồ sơ"
    w = lambda t: frozenset(t.split())  # noqa: E731
    # "Xảy ra 3 vụ tai nạn giao thông, làm chết 2 người, bị thương 3 người." / table rows
    chet = Item(1, "count:người|làm chết người", w("xảy ra vụ tai nạn giao thông làm chết"),
                w("xảy ra vụ tai nạn giao thông làm chết người bị thương"), w("làm chết người"))
    thuong = Item(2, "count:người|bị thương người", w("xảy ra vụ tai nạn giao thông làm chết người bị thương"),
                  w("xảy ra vụ tai nạn giao thông làm chết người bị thương"), w("bị thương người"))
    row_chet = Item(1, "count:người|số người chết do tai nạn giao thông")
    row_thuong = Item(2, "count:người|số người bị thương do tai nạn giao thông")
    got = match_series([("t7", [chet, thuong]), ("t9", [row_chet, row_thuong])])
    assert got[("t9", 1)][0] == got[("t7", 1)][0]
    assert got[("t9", 2)][0] == got[("t7", 2)][0]
    # with its true counterpart gone, the row of the dead does not join the injured
    got = match_series([("t7", [thuong]), ("t9", [row_chet])])
    assert got[("t9", 1)][0] != got[("t7", 2)][0]


def test_a_verb_that_only_says_a_stock_is_there_is_left_out():
    from pipeline.indicators import key_content, key_tokens
    assert key_content("count:tổ|duy trì tổ tiết kiệm thành viên")[1] == "tổ tiết kiệm thành viên"
    assert key_tokens("count:tổ|hiện có tổ tiết kiệm") == key_tokens("count:tổ|tổ tiết kiệm")


def test_a_unitless_cell_meets_a_series_that_names_its_row():
    from pipeline.indicators import Item, match_series
    w = lambda t: frozenset(t.split())  # noqa: E731
    # "Sốt xuất huyết: trong tháng 14 ca mắc, cộng dồn 63 ca" / a table: "Sốt xuất huyết" | "Cộng dồn"
    ytd = Item(1, "count:ca|ca", w("sốt xuất huyết ca mắc"), w("sốt xuất huyết ca mắc"), w("ca"), "cumulative")
    other = Item(2, "count:ca|ca", w("tay chân miệng ca"), w("tay chân miệng ca"), w("ca"), "cumulative")
    cell = Item(1, "count|sốt xuất huyết", frozenset(), frozenset(), frozenset(), "cumulative")
    got = match_series([("t7", [ytd, other]), ("t9", [cell])])
    assert got[("t9", 1)][0] == got[("t7", 1)][0]
    # its row named nowhere in the series: no match across units
    got = match_series([("t7", [other]), ("t9", [cell])])
    assert got[("t9", 1)][0] != got[("t7", 2)][0]
