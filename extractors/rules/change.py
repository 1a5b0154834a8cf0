"""change: "tăng 12.685 người so với tháng trước", "tăng 52%", "bằng 131% so với cùng kỳ",
"giảm 3,2%". Runs after the other rules and re-labels the count/percent/money fact that a
change verb governs; the baseline comes from "so với ..." in the same clause.

Examples: extractors/examples/change.tsv."""
from __future__ import annotations

import regex

from .. import context, vocab
from ..scan import Scan

_VERBS = (("tăng thêm", "increase"), ("giảm thêm", "decrease"), ("giảm đi", "decrease"),
          ("tăng", "increase"), ("giảm", "decrease"), ("bằng", "ratio"), ("gấp", "ratio"))


_VERB_WORDS = tuple(v for v, _ in _VERBS)


def baseline(text: str, start: int, end: int) -> str:
    lo, hi = context.clause_bounds(text, start, end)
    seg = text[lo:hi + 40 if hi < len(text) else hi].lower()
    for cue, role, value, _ in vocab.cues():
        if role == "baseline" and cue.lower() in seg:
            return value
    if "so với" in seg:
        return "other"
    return ""


def find(scan: Scan) -> None:
    text = scan.text
    for f in scan.facts:
        if f.kind not in ("count", "percent", "money"):
            continue
        start = f.start
        q = context.qualifier_before(text, start)
        if q:
            start = q[1]
        hit = context.phrase_before(text, start, _VERB_WORDS)
        if not hit:
            continue
        verb, vstart = hit
        direction = dict(_VERBS)[verb.lower()]
        base = baseline(text, f.start, f.end)
        if direction == "ratio" and not base:
            continue      # "bằng 50%" alone is not a comparison
        f.kind = "change"
        f.direction = direction
        f.baseline = base
        f.extra["verb_start"] = vstart
