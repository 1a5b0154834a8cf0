"""The shortcuts of the extractors give what the plain scans give: a cheaper test that lets a
paragraph skip a pattern holds wherever the pattern matches, and a scan started only at likely
positions finds the same matches as one over the whole text."""
from importlib import resources

import pytest

import regex

import extractors
from extractors import context, masks
from extractors.rules import spelled


def _example_texts():
    texts = []
    for name in ("change", "count", "fraction", "money", "not_facts", "percent", "range", "rate", "spelled"):
        rows = resources.files("extractors").joinpath("examples", f"{name}.tsv").read_text(encoding="utf-8")
        texts += [ln.split("\t")[1] for ln in rows.splitlines() if ln.count("\t") >= 2 and not ln.startswith("#")]
    return texts


TEXTS = _example_texts() + [
    "Ngày 12/05/2024 và 3 - 4 - 24, lúc 7 giờ 30 phút; từ 8h đến 17 giờ chiều; 14H00 họp.",
    "ſáu hộ, İhai hộ, Hai hộ và BA xã; xhai hộ, mười hai  xã, năm 2024 năm hộ, Một trăm hai mươi hộ",
    "MƯỜI HAI xã; hai\u00a0trăm hộ; (ba) cuộc; “bốn” tổ; chín/mười đơn vị",
]


def test_examples_were_read():
    assert len(TEXTS) > 100


@pytest.mark.parametrize("pattern", ["_DATE"])
def test_date_hint_holds_where_a_date_is(pattern):
    for t in TEXTS:
        if getattr(masks, pattern).search(t):
            assert masks._DATE_HINT.search(t), t


@pytest.mark.parametrize("pattern", ["_CLOCK", "_AT_HOUR", "_RANGE_HOUR"])
def test_hour_hint_holds_where_a_time_is(pattern):
    found = 0
    for t in TEXTS:
        if getattr(masks, pattern).search(t):
            found += 1
            assert masks._HOUR_HINT.search(t), t
    assert found


def test_spelled_words_found_as_by_a_full_scan():
    full, _ = spelled._words_re()
    for t in TEXTS:
        assert [m.span(1) for m in context.word_led_matches(*spelled._words_re(), t)] == \
            [m.span(1) for m in full.finditer(t)], t


def test_paragraphs_that_may_hold_a_number_as_by_one_pattern():
    one = regex.compile(r"\d|(?<![\p{L}])(?:hai|ba|bốn|năm|sáu|bảy|bẩy|tám|chín|mười)(?![\p{L}])", regex.I)
    extra = ["Thái Bình", "THAI", "Hai", "ſáu", "İ bảy", "không có số", "tháng Mười", "nămhọc"]
    for t in TEXTS + extra + [w.split()[0] for w in TEXTS if w.split()]:
        assert extractors._may_hold_number(t) == bool(one.search(t)), t


def test_fact_spans_carry_their_kind_and_fact():
    doc = extractors.nlp()("Kết nạp 112/158 đảng viên, đạt 70,87% chỉ tiêu, tăng 3 đảng viên.")
    spans = list(doc.spans["facts"])
    assert spans and [s.label_ for s in spans] == [s._.fact.kind for s in spans]


def _phrase_lists():
    from extractors import vocab
    return [vocab.units(), vocab.scale_words(), vocab.currency_words(), vocab.qualifier_phrases(),
            vocab.not_fact_words("word"), vocab.not_fact_words("name"), ("trở lên", "%", "ſáu", "Kg", "İt")]


@pytest.mark.parametrize("case_sensitive", [False, True])
def test_phrases_found_as_by_the_pattern_alone(case_sensitive):
    texts = TEXTS[::3] + ["ſáu KG kg İt it ĐẢNG VIÊN đảng viên %"]
    for phrases in _phrase_lists():
        at, _ = context._alternation(phrases, case_sensitive, False)
        before, _ = context._alternation(phrases, case_sensitive, True)
        for t in texts:
            for pos in range(len(t) + 1):
                m = at.match(t, pos)
                assert context.phrase_at(t, pos, phrases, case_sensitive) == \
                    ((m.group(0), m.end()) if m else None), (t, pos)
                j = pos
                while j > 0 and t[j - 1] in " \t":
                    j -= 1
                lo = max(0, j - 40)
                if t[j - 1:j] == "\n":
                    j -= 1
                m = before.match(t, lo, j)
                assert context.phrase_before(t, pos, phrases, case_sensitive) == \
                    ((m.group(0), m.start()) if m else None), (t, pos)


def test_str_split_spaces_are_regex_spaces_but_four():
    import sys
    from extractors import indicator
    differ = {chr(i) for i in range(sys.maxunicode + 1) if not 0xD800 <= i <= 0xDFFF
              and chr(i).isspace() != bool(indicator._WS.fullmatch(chr(i)))}
    assert differ == set(indicator._SPLIT_ONLY)


def test_clause_cleaned_as_with_the_regex():
    from extractors import indicator
    def slow(seg):
        seg = indicator._NUMS.sub(" ", seg)
        seg = indicator._SLASHES.sub(" ", seg)
        seg = indicator._QUOTES.sub("", seg)
        seg = seg[indicator._LEAD.match(seg).end():]
        return indicator._WS.sub(" ", seg).strip(" ,;:.-–")
    for t in TEXTS + ["  a\u001c b\u00a0 c\t", " \n ,x ", "\u2003"]:
        for seg in (t, t[3:], t[:-2]):
            assert indicator._clean.__wrapped__(seg) == slow(seg), seg


def test_listed_parts_words_are_in_every_paragraph_its_patterns_fit():
    from extractors import links
    patterns = (links._SUBSET, links._GOM, links._SUBSET_AFTER_WORDS, links._GOM_AFTER_WORDS,
                links._SUBSET_AFTER_FIGURES)
    texts = TEXTS + ["12 hộ, TRONG ĐÓ 3 hộ nghèo", "9 thành viên BAO GỒM: 2 nữ", "5 xã, Trong  đó 2 xã"]
    fits = 0
    for t in texts:
        low = t.lower()
        for p in range(len(t)):
            if any(pat.match(t[p:]) for pat in patterns) or (
                    links._GOM_BEFORE.search(t, max(0, p - 15), p) and links._COLON.match(t[p:])):
                fits += 1
                assert "gồm" in low or "trong" in low, t
    assert fits
