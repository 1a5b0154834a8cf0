"""The shortcuts of iter_series give what the plain computation gives."""
import random

from pipeline.indicators import (Item, _context_score, figure_marks, jaccard, key_tokens, match_series)

WORDS = "thu ngân sách chi kết nạp đảng viên xóa tên hồ sơ trực tuyến tỷ lệ dự toán".split()


def _sets(rng, n):
    return [frozenset(rng.sample(WORDS, rng.randint(0, 6))) for _ in range(n)]


def test_jaccard_is_intersection_over_union():
    rng = random.Random(1)
    for a, b in zip(_sets(rng, 300), _sets(rng, 300)):
        assert jaccard(a, b) == (len(a & b) / len(a | b) if a and b else 0.0)


def test_context_score_is_best_jaccard():
    rng = random.Random(2)
    for _ in range(300):
        contexts = set(_sets(rng, rng.randint(1, 4)))
        context = rng.choice(list(contexts)) if rng.random() < 0.3 else _sets(rng, 1)[0]
        assert _context_score(context, contexts) == max(jaccard(context, c) for c in contexts)


def test_figure_marks_memo_is_the_computation():
    toks = key_tokens("count:đảng viên|kết nạp đảng viên")
    for phrase in (frozenset(), frozenset({"xóa", "tên"}), frozenset({"kết", "nạp"})):
        for context in (frozenset(), frozenset({"chi", "ngân", "sách"})):
            args = (toks, phrase, context, frozenset({"thu", "dự", "toán"}))
            assert figure_marks(*args) == figure_marks.__wrapped__(*args)


def test_sentence_seen_again_and_equal_copies_match_alike():
    # a series indexes a known sentence or key once; copies of equal sets (not the same objects)
    # must place facts as the shared objects do
    rng = random.Random(3)
    keys = ["count:hồ sơ|thu nhận hồ sơ trực tuyến", "count:hồ sơ|tiếp nhận hồ sơ trực tuyến",
            "percent|tỷ lệ hồ sơ trực tuyến", "count:đảng viên|kết nạp đảng viên",
            "count:đảng viên|xóa tên đảng viên", "money:đồng|thu ngân sách"]
    sentences = _sets(rng, 5)
    docs = [(f"d{d}", [Item(i, rng.choice(keys), rng.choice(sentences), rng.choice(sentences))
                       for i in range(rng.randint(1, 6))]) for d in range(30)]
    copied = [(d, [Item(it.fact_id, it.key, frozenset(it.context), frozenset(it.sentence)) for it in items])
              for d, items in docs]
    assert match_series(docs) == match_series(copied)
