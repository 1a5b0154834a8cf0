"""Series matching reads a body's alternating verbs as one (indicator_vocab.VERB_SYNONYMS)."""
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
