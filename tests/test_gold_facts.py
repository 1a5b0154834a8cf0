"""Accuracy of the extractors against the hand-labelled gold sets (tests/gold/README.md).

The goal in the brief is recall >= 98% and precision >= 99%; these thresholds guard it."""
import pytest

import gold_eval

pytestmark = pytest.mark.skipif(not gold_eval.SHARED.exists(), reason="../shared not present")


NAMES = [n for n in gold_eval.DOCS if (gold_eval.GOLD / n).exists()]


@pytest.fixture(scope="module")
def scores():
    return {s.name: s for s in gold_eval.run(verbose=None)}


@pytest.mark.parametrize("name", NAMES)
def test_every_gold_fact_is_located(scores, name):
    assert scores[name].unlocated == []


@pytest.mark.parametrize("name", NAMES)
def test_recall_and_precision(scores, name):
    s = scores[name]
    assert s.gold > 100
    assert s.recall >= 0.98, s.misses
    assert s.precision >= 0.99, s.fps


@pytest.mark.parametrize("name", NAMES)
def test_kind_and_value_of_matched_facts(scores, name):
    s = scores[name]
    assert s.kind_ok / s.matched >= 0.98, s.wrong
    assert s.value_ok / s.matched >= 0.97


def test_units_as_the_gold_writes_them(scores):
    """Units of the matched facts, compared as written (the gold often names the unit with its
    qualifiers, "hộ vay", "nhiệm vụ trọng tâm", so 100% is not the aim): 510/600 when set at
    0.84; 527/600 after lists of places and bodies, names and abbreviations of kinds
    ("Quyết định QPPL") and rates of money in đồng."""
    matched = sum(s.matched for s in scores.values())
    assert sum(s.unit_ok for s in scores.values()) / matched >= 0.87
