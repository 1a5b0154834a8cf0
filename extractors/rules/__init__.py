"""One rule module per fact kind (as Duckling keeps one per dimension). Each exposes
`find(scan)` and appends facts to the scan, claiming the numerals it used. The engine runs them
in ORDER: structures that span several numerals first, single numerals after."""
from __future__ import annotations

from ..fact import Fact
from ..scan import NumTok, Scan


def fact(scan: Scan, kind: str, start: int, end: int, tok: NumTok, **kw) -> Fact:
    kw.setdefault("malformed", tok.num.malformed)
    f = Fact(kind=kind, start=start, end=end, raw=scan.text[start:end],
             value=kw.pop("value", tok.num.value), value_text=tok.num.text, **kw)
    return scan.add(f)
