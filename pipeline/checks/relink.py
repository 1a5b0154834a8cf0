"""Links the extractors draw that a check must read otherwise, repaired before the checks run.

- The base of a share in the bracket after it: "1.085 người, chiếm 4,12% lực lượng lao động
  (26.350 người)". The extractors take the bracket for a part ("subset_of") of 1.085; it is the
  whole the 4,12% is taken of, so the pair becomes a ratio (1.085/26.350 = 4,1176% -> 4,12%),
  checked by percent_of_percents, like a target in the bracket after "đạt 90% chỉ tiêu".
"""
from __future__ import annotations

import re

from extractors.fact import Fact, Link

from .base import sentence_index

_WORDS = re.compile(r"[^\d()%;:.]*")      # words only: no figure, no clause or bracket break


def share_bases(facts: list[Fact], links: list[Link], texts: dict[int, str]) -> list[Link]:
    shares = {}                 # count -> its share percent
    for ln in links:
        if ln.relation == "share_of":
            p, c = (ln.src, ln.dst) if facts[ln.src].kind == "percent" else (ln.dst, ln.src)
            if facts[p].kind == "percent" and not facts[p].qualifier:
                shares.setdefault(c, p)
    has_ratio = {ln.src for ln in links if ln.relation in ("ratio_num", "ratio_den")}
    subsets: dict[int, list[int]] = {}
    for ln in links:
        if ln.relation == "subset_of":
            subsets.setdefault(ln.dst, []).append(ln.src)
    drop, add = set(), []
    for total, parts in subsets.items():
        p = shares.get(total)
        if p is None or len(parts) != 1 or p in has_ratio:
            continue
        b, T, P, B = parts[0], facts[total], facts[p], facts[parts[0]]
        t = texts.get(T.para_id, "")
        if not t or not (P.para_id == B.para_id == T.para_id) or B.kind != T.kind or B.qualifier \
                or not (T.end <= P.start and P.end <= B.start):
            continue
        opener = t.rfind("(", P.end, B.start)
        closer = t.find(")", B.end)
        # "chiếm 4,12% lực lượng lao động (26.350 người)": only words between the share and the
        # bracket, and nothing but the base in it
        if opener < 0 or closer < 0 or not _WORDS.fullmatch(t[P.end:opener]) \
                or t[opener + 1:B.start].strip() or t[B.end:closer].strip() \
                or sentence_index(t, P.start) != sentence_index(t, B.start):
            continue
        drop.add((b, total))
        add += [Link(p, total, "ratio_num"), Link(p, b, "ratio_den")]
    if not drop:
        return links
    return [ln for ln in links if not (ln.relation == "subset_of" and (ln.src, ln.dst) in drop)] + add
