"""The shortcuts of the extractors give what the plain scans give: a cheaper test that lets a
paragraph skip a pattern holds wherever the pattern matches, and a scan started only at likely
positions finds the same matches as one over the whole text."""
from importlib import resources

import pytest

from extractors import masks
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
    spelled._RE, spelled._WORD = spelled._words_re()
    for t in TEXTS:
        assert [m.span(1) for m in spelled._matches(t)] == [m.span(1) for m in full.finditer(t)], t
