"""Numeric fact extraction for Vietnamese report text.

    extract_text(text) -> list[Fact]                  one paragraph, offsets into `text`
    extract_report(report) -> (list[Fact], list[Link]) a whole pipeline.model.Report
    nlp() -> the spaCy pipeline (blank "vi" + solieu_facts + solieu_links)
"""
from __future__ import annotations

import os
import re
from collections import OrderedDict
from functools import lru_cache

import regex

from . import context, table_units
from .engine import bare_numeral, extract_text, name_whole_cell
from .fact import Fact, Link

__all__ = ["extract_text", "extract_report", "nlp", "Fact", "Link"]

# Paragraph roles whose numbers are not facts of the report (letterhead "Số 45-BC", dates,
# the recipients list and signature block, the page numbers of a table of contents).
SKIP_ROLES = {"letterhead", "title", "signature", "recipients", "contents"}
_NUMBER_WORDS = r"hai|ba|bốn|năm|sáu|bảy|bẩy|tám|chín|mười"
_DIGIT = regex.compile(r"\d")
_NUMBER_WORD = regex.compile(rf"(?<![\p{{L}}])(?:{_NUMBER_WORDS})(?![\p{{L}}])", regex.I)
_NUMBER_WORD_LOW = re.compile(_NUMBER_WORDS)


def _may_hold_number(text: str) -> bool:
    """A digit or a number word: a paragraph with neither cannot hold a fact."""
    return _DIGIT.search(text) is not None or \
        next(context.word_led_matches(_NUMBER_WORD, _NUMBER_WORD_LOW, text), None) is not None


@lru_cache(maxsize=1)
def nlp():
    from .components import build_nlp
    return build_nlp()


def extract_report(report) -> tuple[list[Fact], list[Link]]:
    from .report_links import report_links

    # paragraphs with no digit and no number word cannot hold a fact: skip the pipeline for them
    paras = [p for p in report.paragraphs if p.role not in SKIP_ROLES and _may_hold_number(p.text)]
    pipe = nlp()
    procs = [proc for _name, proc in pipe.pipeline]    # Language.pipeline builds a new list per access
    facts: list[Fact] = []
    links: list[Link] = []
    per_para: dict[int, list[int]] = {}
    hints, head_cells = table_units.cell_units(report)
    for p in paras:
        cell = None
        if p.para_id in head_cells and (p.row_header or table_units.numbers_column(p.text)):
            continue   # a row's number, or a number alone in a header row numbering a column
        if p.source == "table":
            cell = {"header": p.header, "row_header": p.row_header,
                    "unit_hint": hints.get(p.para_id, "")}
        # what a paragraph yields depends only on its text and, in a table, its cell context
        key = (p.text,) if cell is None else (p.text, p.header, p.row_header, cell["unit_hint"])
        bare = _bare(p.text, cell)
        if bare is not None:
            local, local_links = bare, []     # new facts, remembered nowhere: no copy needed
        else:
            local, local_links = _MEMO.get(key) or _run(pipe, procs, p.text, cell, key)
            local = [_clone(f) for f in local]
        if p.para_id in head_cells and "000" in p.text:
            local = [f for f in local if not table_units.UNIT_MULTIPLE_FACT.match(f.raw)]
        base = len(facts)
        for f in local:
            f.para_id = p.para_id
        facts.extend(local)
        per_para[p.para_id] = list(range(base, base + len(local)))
        links.extend(Link(base + src, base + dst, rel) for src, dst, rel in local_links)
    links.extend(report_links(report, facts, per_para, links))
    return facts, links


def _bare(text: str, cell: dict | None) -> list[Fact] | None:
    """A paragraph that is one numeral ("22,45", a third of them) without spaCy: what the
    pipeline would give (engine.bare_numeral; no links between fewer than two facts)."""
    c = cell or {}
    facts = bare_numeral(text, cell is not None, c.get("header", ""), c.get("unit_hint", ""))
    if facts:
        name_whole_cell(text, facts, c.get("row_header", ""))   # as components.find_facts does
    return facts


def _run(pipe, procs, text: str, cell: dict | None, key: tuple) -> tuple[list[Fact], list[tuple]]:
    """The spaCy pipeline over one paragraph; its facts and links are remembered by `key`."""
    doc = pipe.make_doc(text)
    doc.user_data["text"] = text
    if cell is not None:
        doc.user_data["cell"] = cell
    for proc in procs:
        doc = proc(doc)
    # the doc and its facts are dropped here, so the memo keeps them as they are (callers get copies)
    out = (doc.user_data["facts"],
           [(lk.src, lk.dst, lk.relation) for lk in doc._.fact_links])
    _MEMO.put(key, out)
    return out


def _clone(f: Fact) -> Fact:
    """A copy callers may change (para_id, indicator) without touching the remembered one."""
    c = object.__new__(Fact)
    c.__dict__.update(f.__dict__)
    c.extra = dict(f.extra)
    return c


class _Memo:
    """Facts of recently seen paragraphs (least recently used dropped first). Reports of one
    series repeat much of their text from period to period: in the Lâm Đồng monthly reports
    about 40% of the paragraphs holding a number reappear word for word the next month, and
    tables repeat unchanged rows. SOLIEU_MEMO=0 turns it off (for measuring)."""

    def __init__(self, size: int):
        self.size = size
        self.items: OrderedDict = OrderedDict()

    def get(self, key):
        hit = self.items.get(key)
        if hit is not None:
            self.items.move_to_end(key)
        return hit

    def put(self, key, value) -> None:
        if self.size <= 0:
            return
        self.items[key] = value
        if len(self.items) > self.size:
            self.items.popitem(last=False)


_MEMO = _Memo(int(os.environ.get("SOLIEU_MEMO", "8192")))
