"""percent: "70,87%", "76,3 %", "tỷ lệ 100%", "đạt 97%", "12 phần trăm". A per-mille figure
("tỷ suất sinh thô 14,6‰") is a rate in ‰, not a percent.

Examples: extractors/examples/percent.tsv."""
from __future__ import annotations

import regex

from ..scan import Scan
from . import fact

_SIGN = regex.compile(r"\s?(?:%|‰|phần trăm(?![\p{L}]))")


def find(scan: Scan) -> None:
    text = scan.text
    for i, tok in list(scan.free_nums()):
        if not scan.free(i):
            continue
        m = _SIGN.match(text, tok.end)
        if not m:
            continue
        if m.group(0).endswith("‰"):
            fact(scan, "rate", tok.start, m.end(), tok, unit="‰")
            continue
        fact(scan, "percent", tok.start, m.end(), tok, unit="%")
