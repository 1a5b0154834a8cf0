"""Numeric fact extraction for Vietnamese report text.

    extract_text(text) -> list[Fact]                  one paragraph, offsets into `text`
    extract_report(report) -> (list[Fact], list[Link]) a whole pipeline.model.Report
    nlp() -> the spaCy pipeline (blank "vi" + solieu_facts + solieu_links)
"""
from __future__ import annotations

from functools import lru_cache

import regex

from .engine import extract_text
from .fact import Fact, Link

__all__ = ["extract_text", "extract_report", "nlp", "Fact", "Link"]

# Paragraph roles whose numbers are not facts of the report (letterhead "Số 45-BC", dates,
# the recipients list and signature block).
SKIP_ROLES = {"letterhead", "title", "signature", "recipients"}
_MAY_HOLD_NUMBER = regex.compile(
    r"\d|(?<![\p{L}])(?:hai|ba|bốn|năm|sáu|bảy|bẩy|tám|chín|mười)(?![\p{L}])", regex.I)


@lru_cache(maxsize=1)
def nlp():
    from .components import build_nlp
    return build_nlp()


def extract_report(report) -> tuple[list[Fact], list[Link]]:
    from .report_links import report_links

    # paragraphs with no digit and no number word cannot hold a fact: skip the pipeline for them
    paras = [p for p in report.paragraphs if p.role not in SKIP_ROLES and _MAY_HOLD_NUMBER.search(p.text)]
    pipe = nlp()
    procs = [proc for _name, proc in pipe.pipeline]    # Language.pipeline builds a new list per access
    docs = (pipe.make_doc(p.text) for p in paras)
    facts: list[Fact] = []
    links: list[Link] = []
    per_para: dict[int, list[int]] = {}
    hints = _row_units(report)
    for p, doc in zip(paras, docs):
        doc.user_data["text"] = p.text
        if p.source == "table":
            doc.user_data["cell"] = {"header": p.header, "row_header": p.row_header,
                                     "unit_hint": hints.get((p.table_id, p.row), "")}
        for proc in procs:
            doc = proc(doc)
        base = len(facts)
        local = [s._.fact for s in doc.spans["facts"]]
        for f in local:
            f.para_id = p.para_id
        facts.extend(local)
        per_para[p.para_id] = list(range(base, base + len(local)))
        links.extend(Link(base + lk.src, base + lk.dst, lk.relation) for lk in doc._.fact_links)
    links.extend(report_links(report, facts, per_para, links))
    return facts, links


def _row_units(report) -> dict[tuple, str]:
    """(table, row) -> the unit written in the row's "Đơn vị tính"/"ĐVT" column."""
    out = {}
    for p in report.paragraphs:
        if p.source == "table" and p.header:
            last = p.header.split(" / ")[-1].strip().lower()
            if last.startswith("đơn vị tính") or last in ("đvt", "đơn vị"):
                out[(p.table_id, p.row)] = p.text.strip()
    return out
