"""The extractors on the generated corpus (corpus/truth): every placed figure comes back with its
kind and value, and every relation the generator wrote comes back as a link."""
import pytest

import corpus_eval


@pytest.fixture(scope="module")
def score():
    return corpus_eval.score()


def test_every_placed_figure_is_found(score):
    assert score.facts > 2000
    assert score.found / score.facts >= 0.99, score.misses[:20]


def test_kind_and_value(score):
    assert score.kind_ok / score.found >= 0.99, score.wrong[:20]
    assert score.value_ok / score.found >= 0.99


@pytest.mark.parametrize("relation", ["restates", "parts_total", "percent_of_percents", "bound"])
def test_relations_come_back_as_links(score, relation):
    found, total = score.relations[relation]
    assert total > 10
    assert found / total >= 0.95, [m for m in score.missing_links if m[1] == relation][:10]
