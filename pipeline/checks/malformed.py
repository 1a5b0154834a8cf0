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


def malformed(facts: list[Fact]) -> list[Check]:
    out = []
    for i, f in enumerate(facts):
        if not f.malformed:
            continue
        num = f.value_text or f.raw
        out.append(Check("malformed", "warning", f.raw, "", "", f"{f.raw}: {_why(num)}", [i]))
    return out
