"""Numbers whose grouping is not Vietnamese ('5.15 cuộc'): a warning, never a guess."""
from __future__ import annotations

import re

from extractors.fact import Fact

from .base import Check


def _why(text: str) -> str:
    groups = re.split(r"[.]", text.split(",")[0])
    bad = [g for g in groups[1:] if len(g) != 3]
    if bad:
        return f"'{text}' is not a valid Vietnamese number; a thousands group needs three digits"
    return f"'{text}' is not a valid Vietnamese number"


_OUTLINE = re.compile(r"^\d+(?:\.\d+)+\.?$")


def _outline_label(f: Fact, report) -> bool:
    """'1.4.3' alone in a table cell or opening a paragraph is a row/heading number."""
    if report is None or not _OUTLINE.match((f.value_text or f.raw).strip()):
        return False
    for p in report.paragraphs:
        if p.para_id == f.para_id:
            return p.text.strip() == f.raw.strip() or not p.text[:f.start].strip()
    return False


def malformed(facts: list[Fact], report=None) -> list[Check]:
    out = []
    for i, f in enumerate(facts):
        if not f.malformed or _outline_label(f, report):
            continue
        num = f.value_text or f.raw
        out.append(Check("malformed", "warning", f.raw, "", "", f"{f.raw}: {_why(num)}", [i]))
    return out
