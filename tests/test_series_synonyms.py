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
