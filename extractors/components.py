"""spaCy side: a blank Vietnamese pipeline whose components put facts in `doc.spans["facts"]`.

No model is loaded. spaCy's Vietnamese tokenizer without pyvi splits on spaces only (in Python),
gluing "viên," or "70,87%" into one token; we swap in spaCy's rule-based (Cython) tokenizer with
a few small punctuation rules of our own, under which every fact starts and ends on a token
boundary, so each span covers exactly its fact's characters (Span._.fact).
"""
from __future__ import annotations

import re

import spacy
from spacy.language import Language
from spacy.tokenizer import Tokenizer
from spacy.tokens import Doc, Span

from .engine import extract_text, name_whole_cell
from .fact import KINDS
from .links import paragraph_links

if not Doc.has_extension("fact_links"):
    Doc.set_extension("fact_links", default=None)


def _fact_of(span: Span):
    """Span._.fact: the fact a span of doc.spans["facts"] stands for. Each such span carries its
    fact's index in doc.user_data["facts"] as its id, so two facts on the same tokens still read
    back apart; computed when asked, as only tests and notebooks read it. Any other span: None."""
    facts = span.doc.user_data.get("facts") or ()
    i = span.id
    if i < len(facts):
        f = facts[i]
        if span.label_ == f.kind and span.start_char <= f.start and f.end <= span.end_char:
            return f
    return None


if not Span.has_extension("fact"):
    Span.set_extension("fact", getter=_fact_of)


# One punctuation mark (neither a word character nor a space) splits off either end of a
# space-separated chunk; inside it, every mark but a "." or "," between two digits splits, and so
# does the seam between digits and letters. "85,30/82,41%" is 85,30 / 82,41 %, "1.234.567"
# stays whole. spaCy's default rules (built for many scripts) kept "85,30/82,41" and "1/2/3" as
# one token, so 659 facts of the benchmark snapped to wider spans; their large regexes also cost
# more on each new chunk.
_PREFIX = re.compile(r"^[^\w\s]|^_")
_SUFFIX = re.compile(r"[^\w\s]$|_$")
_INFIX = re.compile(r"[^\w\s.,]|_|(?<!\d)[.,]|[.,](?!\d)|(?<=\d)(?=[^\W\d_])|(?<=[^\W\d_])(?=\d)")


def numeral_tokenizer(vocab) -> Tokenizer:
    """spaCy's rule-based (Cython) tokenizer with the rules above: splits "viên," and "70,87%"
    while keeping "70,87" whole. Vietnamese syllables are tokens."""
    return Tokenizer(vocab, prefix_search=_PREFIX.search, suffix_search=_SUFFIX.search,
                     infix_finditer=_INFIX.finditer)


@Language.factory("solieu_facts")
def make_fact_finder(nlp, name):
    # labels as their ids: a label given as a string is looked up in the string store per span
    labels = {kind: nlp.vocab.strings.add(kind) for kind in KINDS}

    def find_facts(doc: Doc) -> Doc:
        text = doc.user_data.get("text") or doc.text   # Doc.text re-joins every token
        # table context, when the caller knows it: {"in_table", "header", "unit_hint", "row_header"}
        cell = doc.user_data.get("cell") or {}
        spans, kept = [], []
        facts = extract_text(text, in_table=bool(cell), header=cell.get("header", ""),
                             unit_hint=cell.get("unit_hint", ""))
        if cell:
            name_whole_cell(text, facts, cell.get("row_header", ""))
        for f in facts:
            span = doc.char_span(f.start, f.end, label=labels.get(f.kind, f.kind),
                                 alignment_mode="expand", span_id=len(kept))
            if span is None:
                continue
            spans.append(span)
            kept.append(f)
        doc.spans["facts"] = spans
        # The facts of doc.spans["facts"], in order (Span._.fact reads them by the span's id),
        # for the linker and the caller: reading them back from the spans would build a Span
        # and an Underscore per fact.
        doc.user_data["facts"] = kept
        return doc
    return find_facts


@Language.factory("solieu_links")
def make_linker(nlp, name):
    def link(doc: Doc) -> Doc:
        text = doc.user_data.get("text") or doc.text
        facts = doc.user_data.get("facts", [])     # = the facts of doc.spans["facts"]
        doc._.fact_links = paragraph_links(text, facts)
        return doc
    return link


def build_nlp() -> Language:
    nlp = spacy.blank("vi", config={"nlp": {"tokenizer": {"use_pyvi": False}}})
    nlp.tokenizer = numeral_tokenizer(nlp.vocab)
    nlp.add_pipe("solieu_facts")
    nlp.add_pipe("solieu_links")
    return nlp
