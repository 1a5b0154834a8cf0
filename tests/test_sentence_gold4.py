"""The extractor on 194 sentences in the shapes of Party inspection and discipline, administrative
reform and digital government, public investment, agriculture, industry, trade, tourism, new rural
areas, disasters and environment, with look-alikes that are not facts (tests/gold/sentences_blind4.tsv),
scored as tests/test_sentence_gold.py scores the first sets. Floors, so a regression shows; the
misses and extras are printed when a floor breaks."""
from pathlib import Path

import pytest

from extractors import extract_text
from test_sentence_gold import score

GOLD4 = Path(__file__).resolve().parent / "gold" / "sentences_blind4.tsv"


@pytest.fixture(scope="module")
def fourth_set():
    return score(path=GOLD4)


def test_fourth_set_facts_found(fourth_set):
    """Batches 14-16 before the fixes they prompted: recall 97.3%, precision 98.8%."""
    assert fourth_set["labelled"] >= 515
    assert fourth_set["recall"] >= 0.995, "\n".join(fourth_set["notes"])


def test_fourth_set_few_unlabelled_facts(fourth_set):
    assert fourth_set["precision"] >= 0.995, "\n".join(fourth_set["notes"])


def test_fourth_set_attributes(fourth_set):
    assert fourth_set["attributes"] >= 0.99


def test_fourth_set_held_out_batches():
    """Batch 17 was scored only after the fixes batches 14-16 prompted: recall 100%, precision
    99.0%, attributes 94.1% (one estimate 'ước thiệt hại' then fixed); batch 18, harder shapes
    written after that, scored 100% on its first run."""
    s = score({17, 18}, GOLD4)
    assert s["labelled"] >= 185 and s["recall"] >= 0.99 and s["precision"] >= 0.99, "\n".join(s["notes"])


@pytest.mark.parametrize("text, total", [
    ("Thành lập 3 tổ công tác, gồm tổ 1, tổ 2 và tổ 3.", 3),
    ("Chia thành 4 nhóm, gồm: nhóm 1, nhóm 2, nhóm 3, nhóm 4.", 4),
    ("Tổ chức 3 cuộc thi, gồm vòng 1, vòng 2, chung kết.", 3),
])
def test_named_groups_are_not_parts(text, total):
    """A list after a total that names its groups ('tổ 1, tổ 2') is no list of parts: only the
    total is a fact (rules/count.py reads parts only under labels of their own)."""
    assert [(f.kind, f.value) for f in extract_text(text)] == [("count", total)]
