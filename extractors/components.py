"""spaCy side: a blank Vietnamese pipeline whose components put facts in `doc.spans["facts"]`.

No model is loaded. spaCy's Vietnamese tokenizer without pyvi splits on spaces only, which would
glue "viên," or "70,87%" into one token; facts must start and end on token boundaries, so we use a
small tokenizer that separates numerals, words and punctuation.
"""
from __future__ import annotations

import regex
import spacy
from spacy.language import Language
from spacy.tokens import Doc, Span

from .engine import extract_text
from .links import paragraph_links

_TOKEN = regex.compile(r"\d+(?:[.,]\d+)*|[\p{L}\p{M}][\p{L}\p{M}\d]*|\S")

if not Doc.has_extension("in_table"):
    Doc.set_extension("in_table", default=False)
for _ext in ("header", "unit_hint", "row_header"):
    if not Doc.has_extension(_ext):
        Doc.set_extension(_ext, default="")
if not Doc.has_extension("fact_links"):
    Doc.set_extension("fact_links", default=None)
if not Span.has_extension("fact"):
    Span.set_extension("fact", default=None)


class NumeralTokenizer:
    """Splits numerals, words and single punctuation marks; keeps whitespace info exact."""

    def __init__(self, vocab):
        self.vocab = vocab

    def __call__(self, text: str) -> Doc:
        words, spaces = [], []
        pos = 0
        for m in _TOKEN.finditer(text):
            gap = text[pos:m.start()]
            if gap:
                # one trailing space belongs to the previous token; anything else is a
                # whitespace token, as spaCy's own tokenizer does, so doc.text == text
                if words and gap[0] == " ":
                    spaces[-1] = True
                    gap = gap[1:]
                if gap:
                    words.append(gap)
                    spaces.append(False)
            words.append(m.group(0))
            spaces.append(False)
            pos = m.end()
        tail = text[pos:]
        if tail:
            if words and tail[0] == " ":
                spaces[-1] = True
                tail = tail[1:]
            if tail:
                words.append(tail)
                spaces.append(False)
        doc = Doc(self.vocab, words=words, spaces=spaces)
        doc.user_data["text"] = text      # Doc.text re-joins tokens on every access
        return doc

    # spaCy calls these when saving a pipeline; nothing to persist
    def to_bytes(self, **kw):
        return b""

    def from_bytes(self, _b, **kw):
        return self


@Language.factory("solieu_facts")
def make_fact_finder(nlp, name):
    def find_facts(doc: Doc) -> Doc:
        text = doc.user_data.get("text") or doc.text
        spans = []
        facts = extract_text(text, in_table=doc._.in_table, header=doc._.header, unit_hint=doc._.unit_hint)
        for f in facts:
            if doc._.in_table and f.raw == text.strip() and doc._.row_header:
                f.indicator = doc._.row_header
            span = doc.char_span(f.start, f.end, label=f.kind, alignment_mode="expand")
            if span is None:
                continue
            span._.fact = f
            spans.append(span)
        doc.spans["facts"] = spans
        return doc
    return find_facts


@Language.factory("solieu_links")
def make_linker(nlp, name):
    def link(doc: Doc) -> Doc:
        text = doc.user_data.get("text") or doc.text
        facts = [s._.fact for s in doc.spans.get("facts", [])]
        doc._.fact_links = paragraph_links(text, facts)
        return doc
    return link


def build_nlp() -> Language:
    nlp = spacy.blank("vi", config={"nlp": {"tokenizer": {"use_pyvi": False}}})
    nlp.tokenizer = NumeralTokenizer(nlp.vocab)
    nlp.add_pipe("solieu_facts")
    nlp.add_pipe("solieu_links")
    return nlp
