"""The extractor on 220 sentences in the shapes of budget and finance, land and environment,
labour and social insurance, culture and sport, digital transformation, elections and councils,
courts and judgment execution, figures written in words or mixed, and look-alikes that are not
facts (tests/gold/sentences_blind5.tsv), scored as tests/test_sentence_gold.py scores the first
sets. Floors, so a regression shows; the misses and extras are printed when a floor breaks."""
from pathlib import Path

import pytest

from test_sentence_gold import score

GOLD5 = Path(__file__).resolve().parent / "gold" / "sentences_blind5.tsv"


@pytest.fixture(scope="module")
def fifth_set():
    return score(path=GOLD5)


def test_fifth_set_facts_found(fifth_set):
    """Batches 19-21 before the fixes they prompted: recall 96.9%, precision 95.5%."""
    assert fifth_set["labelled"] >= 450
    assert fifth_set["recall"] >= 0.995, "\n".join(fifth_set["notes"])


def test_fifth_set_few_unlabelled_facts(fifth_set):
    assert fifth_set["precision"] >= 0.995, "\n".join(fifth_set["notes"])


def test_fifth_set_attributes(fifth_set):
    assert fifth_set["attributes"] >= 0.99


def test_fifth_set_held_out_batches():
    """Batch 22 was scored only after the fixes batches 19-21 prompted: recall 98.9%, precision
    97.9%, attributes 100% (main before them: 96.8%, 96.8%); then its miss and extra were fixed.
    Batch 23, harder shapes written after that, scored 100%, 98.8%, 81.8% on its first run."""
    s = score({22, 23}, GOLD5)
    assert s["labelled"] >= 170 and s["recall"] >= 0.99 and s["precision"] >= 0.99, "\n".join(s["notes"])
