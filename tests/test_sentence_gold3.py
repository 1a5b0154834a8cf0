"""The extractor on 152 sentences in the shapes of mass-organisation, police, military, justice,
inspection, health, education and social-policy reports (tests/gold/sentences_blind3.tsv), scored
as tests/test_sentence_gold.py scores the first two sets. Floors, so a regression shows; the misses
and extras are printed when a floor breaks."""
from pathlib import Path

import pytest

from test_sentence_gold import score

GOLD3 = Path(__file__).resolve().parent / "gold" / "sentences_blind3.tsv"


@pytest.fixture(scope="module")
def third_set():
    return score(path=GOLD3)


def test_third_set_facts_found(third_set):
    assert third_set["labelled"] >= 440
    assert third_set["recall"] >= 0.995, "\n".join(third_set["notes"])


def test_third_set_few_unlabelled_facts(third_set):
    assert third_set["precision"] >= 0.995, "\n".join(third_set["notes"])


def test_third_set_attributes(third_set):
    assert third_set["attributes"] >= 0.99


def test_third_set_held_out_batch():
    """Batch 13 was scored only after the fixes batches 10-12 prompted: recall 99.0%, precision
    99.0%, attributes 100% (main before them: 95.1%, 97.0%); then its two misses were fixed."""
    s = score({13}, GOLD3)
    assert s["labelled"] >= 100 and s["recall"] >= 0.99 and s["precision"] >= 0.99, "\n".join(s["notes"])
