"""The quick paths of the fact_context row: fact_context (bounds found once, shared between the
text and its folded form), the scope-cue filter and the phrase memo give what the separate
functions give, figure by figure."""
import unicodedata

import pytest
import regex

from pipeline import indicators as ind
from pipeline.indicators import (clause_context, content_syllables, fact_context, fact_scope,
                                 figure_phrase, match_syllables, sentence_words)

TEXTS = [
    "Kết nạp mới 112/158 đảng viên, đạt 70,87% chỉ tiêu; trong đó có 40 đảng viên nữ.",
    "Trong tháng, kết nạp 5 đảng viên (lũy kế 12), nâng tổng số lên 1.200 đảng viên. Thu ngân sách "
    "tháng 9 ước 15.600 triệu đồng; 9 tháng ước 162,0 tỷ đồng, đạt 52,1% dự toán.",
    "Tính đến ngày 15/9/2025, toàn tỉnh đã thu nhận 3.830.878 lượt hồ sơ; 2.725.227 tài khoản.",
    "4 đồng chí học cao cấp lý luận chính trị và 30 đồng chí học trung cấp; Ủy ban kiểm tra "
    "kiểm tra 11 tổ chức đảng, 19 đảng viên!",
    "Xảy ra 3 vụ tai nạn giao thông... Lũy kế 7 tháng xảy ra 19 vụ? Từ đầu năm đến nay 21 vụ\n"
    "riêng quý này 2 vụ",
    # not NFC (decomposed marks): the folded text is shorter, bounds are found in each
    unicodedata.normalize("NFD", "Trong quý, cấp 1.250 thẻ BHYT; lũy kế 9 tháng 4.100 thẻ."),
    # lower() gives two characters for "İ": the folded text is longer
    "İİ Đạt 98,5% kế hoạch. Trong tháng 7 tiếp nhận 1.024 hồ sơ trực tuyến (tháng 6: 980).",
    "Đã số hóa 2.028 hồ sơ.3 nội dung; cộng dồn 45 cuộc",
    "12 chi bộ",
]
HEADERS = ["", "Lũy kế 8 tháng", "Tháng 8", "Số lượng (người)"]
_NUMBER = regex.compile(r"\d[\d.,/%]*")


def _figures():
    for text in TEXTS:
        for m in _NUMBER.finditer(text):
            for header in HEADERS:
                yield text, m.start(), header


def _slow_fact_context(text, start, header):
    """fact_context as the separate functions give it (each finds its own bounds)."""
    scope, context = fact_scope(text, start), clause_context(text, start)
    head = " ".join(header.split())
    if head:
        if scope == "document":
            scope = fact_scope(head + " 0", len(head) + 1)
        context = " ".join(dict.fromkeys(clause_context(head, len(head)).split() + context.split()))
    return scope, context, sentence_words(text, start), figure_phrase(text, start)


@pytest.mark.parametrize("text,start,header", list(_figures()))
def test_fact_context_is_the_separate_functions(text, start, header):
    ind.fact_context.cache_clear()
    assert fact_context(text, start, header) == _slow_fact_context(text, start, header)


def test_misaligned_texts_are_told_apart():
    assert not ind._fold_cached(TEXTS[5])[2] and not ind._fold_cached(TEXTS[6])[2]
    assert ind._fold_cached(TEXTS[0])[2]


def test_scope_cue_filter_finds_the_cues_each_word_finds():
    for text in TEXTS + HEADERS + ["Không có gì", "đến nay", "riêng quý"]:
        folded = ind._fold(text)
        every_word = tuple((pattern, scope) for pattern, scope, words in ind._SCOPE_CUES
                           if any(w in folded for w in words))
        ind._fold_cached.cache_clear()
        assert ind._fold_cached(text)[1] == every_word


def _slow_phrase(text, start):
    """figure_phrase as written before its word memo."""
    text = ind._fold(text)
    left, right = ind._bounds(text, start)
    before = text[left:start]
    cut = None
    for cut in ind._PHRASE_BEFORE.finditer(before):
        pass
    if cut is not None:
        before = before[cut.end():]
    num = ind._FIRST_NUMBER.search(text, start, min(right, start + 40))
    after_start = num.end() if num else start
    stop = ind._PHRASE_AFTER.search(text, after_start, right)
    after = text[after_start:stop.start() if stop else right]
    syl = [m for tok in (before + " " + after).split() for s in ind._token_syllables(tok)
           for m in match_syllables(s)]
    syl = [w for w in ind._without_stop_phrases(syl) if w not in ind.vocab.STOP_SYLLABLES]
    joined = " " + " ".join(syl) + " "
    for body in ind.vocab.CONTRAST_BODIES:
        joined = joined.replace(" " + body + " ", " ")
    return " ".join(joined.split())


def test_phrase_memo_gives_the_phrase():
    for text, start, _ in _figures():
        assert figure_phrase(text, start) == _slow_phrase(text, start)
        assert figure_phrase(text, start) == _slow_phrase(text, start)   # from the memo


def test_clause_words_come_back_the_same_from_the_memo():
    for text in TEXTS:
        first = content_syllables(text)
        assert content_syllables(text) == first == content_syllables.__wrapped__(text)
