"""doc.spans["facts"]: each fact's span covers exactly the fact's characters (the tokenizer
splits at every fact boundary), and reading Span._.fact back gives the pipeline's facts."""
from pathlib import Path

import pytest

import extractors
from pipeline.reader import read_report

ROOT = Path(__file__).resolve().parents[1]
REPORTS = sorted((ROOT / "corpus" / "reports").glob("*/*.docx"))
SEED = ROOT.parent / "shared" / "seed" / "phung-hiep-q2-2024.docx"

TEXTS = [
    "chiếm 85,30/82,41% số hộ, đạt 103,35% chỉ tiêu",          # spaCy's defaults kept 85,30/82,41
    "theo Kế hoạch 12/KH-UBND: 17/17 xã, 3/5/7 thôn triển khai",
    "tiếp nhận 1.234 hồ sơ trực tuyến/2.345 tổng hồ sơ (52,6%)",
    "Mục III/2 ghi: 10ha lúa, 2024-2025 tăng 3,5%; “12 chi bộ”, 07 đảng viên...",
    "Kết nạp 112/158 đảng viên, đạt 70,87% chỉ tiêu, tăng 3 đảng viên.",
]


def _check(doc, text):
    spans = list(doc.spans["facts"])
    facts = doc.user_data["facts"]
    assert [s._.fact for s in spans] == facts
    assert [(s.start_char, s.end_char) for s in spans] == [(f.start, f.end) for f in facts], text
    assert [s.label_ for s in spans] == [f.kind for f in facts]
    return len(facts)


@pytest.mark.parametrize("text", TEXTS)
def test_fact_spans_are_exact(text):
    _check(extractors.nlp()(text), text)


def test_fact_spans_are_exact_in_reports():
    pipe = extractors.nlp()
    n = 0
    for path in REPORTS + ([SEED] if SEED.exists() else []):
        for p in read_report(path).paragraphs:
            if any(c.isdigit() for c in p.text):
                n += _check(pipe(p.text), p.text)
    assert n > 1000


def test_facts_on_the_same_tokens_read_back_apart():
    # spaces-only tokens: "85,30/82,41%" is one token, so both its facts snap to it; spaCy keys
    # a stored Span._.fact by offsets, which gave the second fact twice
    from spacy.tokens import Doc
    pipe = extractors.nlp()
    text = "chiếm 85,30/82,41% số hộ, đạt 103,35% chỉ tiêu"
    words = text.split(" ")
    doc = Doc(pipe.vocab, words=words, spaces=[True] * (len(words) - 1) + [False])
    for _name, proc in pipe.pipeline:
        doc = proc(doc)
    spans = list(doc.spans["facts"])
    assert (spans[0].start, spans[0].end) == (spans[1].start, spans[1].end)
    assert [s._.fact for s in spans] == doc.user_data["facts"]
    assert [f.raw for f in doc.user_data["facts"]][:2] == ["85,30", "82,41%"]


def test_other_spans_have_no_fact():
    doc = extractors.nlp()("Kết nạp 25 đảng viên, đạt 104,17%.")
    assert doc[0:2]._.fact is None and doc[:]._.fact is None
    assert [s._.fact.raw for s in doc.spans["facts"]] == ["25 đảng viên", "104,17%"]
