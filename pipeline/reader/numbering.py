"""Word auto-numbering: compute the label Word shows for a numbered paragraph.

numbering.xml holds abstract list definitions (levels with start value, number
format and level text such as "%1." or "%1.%2.") and concrete lists (w:num) that
point at one and may override levels or their start values. Counters belong to
the abstract definition, so two w:num sharing one abstractNum continue each
other unless a startOverride restarts them. A level restarts whenever a higher
level is used (the default lvlRestart behaviour).
"""
from __future__ import annotations

import re

from .wordxml import W, wattr

_ROMAN = [(1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
          (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")]
_LATIN = "abcdefghijklmnopqrstuvwxyz"


def to_roman(n: int) -> str:
    out = []
    for v, s in _ROMAN:
        while n >= v:
            out.append(s)
            n -= v
    return "".join(out)


def to_letter(n: int) -> str:
    # Word: a..z, then aa..zz, aaa.. (the letter repeated), not base-26.
    if n <= 0:
        return str(n)
    return _LATIN[(n - 1) % 26] * ((n - 1) // 26 + 1)


def format_number(n: int, fmt: str) -> str:
    if fmt == "upperRoman":
        return to_roman(n)
    if fmt == "lowerRoman":
        return to_roman(n).lower()
    if fmt == "upperLetter":
        return to_letter(n).upper()
    if fmt == "lowerLetter":
        return to_letter(n)
    if fmt == "decimalZero":
        return f"{n:02d}"
    if fmt == "none":
        return ""
    return str(n)  # decimal, ordinal, cardinalText... shown as digits


class _Level:
    __slots__ = ("start", "fmt", "text", "restart", "is_lgl", "style")

    def __init__(self, el):
        self.start = 1
        self.fmt = "decimal"
        self.text = ""
        self.restart = None
        self.is_lgl = False
        self.style = None          # paragraph style linked to this level (w:pStyle)
        for c in el:
            tag = c.tag
            if tag == W + "start":
                self.start = _int(wattr(c, "val"), 1)
            elif tag == W + "numFmt":
                self.fmt = wattr(c, "val") or "decimal"
            elif tag == W + "lvlText":
                self.text = wattr(c, "val") or ""
            elif tag == W + "lvlRestart":
                self.restart = _int(wattr(c, "val"), None)
            elif tag == W + "isLgl":
                self.is_lgl = True
            elif tag == W + "pStyle":
                self.style = wattr(c, "val")


def _int(v, default):
    try:
        return int(v)
    except (TypeError, ValueError):
        return default


class Numbering:
    """Stateful label generator: call `label(num_id, ilvl)` in document order."""

    def __init__(self, root=None):
        self.abstract: dict[str, dict[int, _Level]] = {}
        self.nums: dict[str, tuple[str, dict[int, _Level], dict[int, int]]] = {}
        self.counters: dict[str, dict[int, int]] = {}
        self.started_nums: set[str] = set()
        if root is None:
            return
        for an in root.iter(W + "abstractNum"):
            levels = {}
            for lvl in an.iter(W + "lvl"):
                levels[_int(wattr(lvl, "ilvl"), 0)] = _Level(lvl)
            self.abstract[wattr(an, "abstractNumId")] = levels
        for num in root.iter(W + "num"):
            aid_el = num.find(W + "abstractNumId")
            aid = wattr(aid_el, "val") if aid_el is not None else None
            lvl_over: dict[int, _Level] = {}
            start_over: dict[int, int] = {}
            for ov in num.iter(W + "lvlOverride"):
                il = _int(wattr(ov, "ilvl"), 0)
                so = ov.find(W + "startOverride")
                if so is not None:
                    start_over[il] = _int(wattr(so, "val"), 1)
                lv = ov.find(W + "lvl")
                if lv is not None:
                    lvl_over[il] = _Level(lv)
            self.nums[wattr(num, "numId")] = (aid, lvl_over, start_over)

    def _level(self, num_id: str, ilvl: int) -> _Level | None:
        aid, over, _ = self.nums.get(num_id, (None, {}, {}))
        if ilvl in over:
            return over[ilvl]
        return self.abstract.get(aid, {}).get(ilvl)

    def is_bullet(self, num_id: str, ilvl: int) -> bool:
        lv = self._level(num_id, ilvl)
        return lv is not None and lv.fmt == "bullet"

    def style_level(self, num_id: str, style_id: str) -> int:
        """The level a paragraph style numbers at when the style names only the list: Word
        links heading styles to list levels through the level's w:pStyle ("Heading2" -> 1)."""
        aid, over, _ = self.nums.get(num_id, (None, {}, {}))
        levels = {**self.abstract.get(aid, {}), **over}
        return next((il for il, lv in sorted(levels.items()) if lv.style == style_id), 0)

    def label(self, num_id: str | None, ilvl: int) -> str:
        """Advance the list and return the label shown for this paragraph
        ("" for no numbering; the level text itself for bullets)."""
        if not num_id or num_id == "0" or num_id not in self.nums:
            return ""
        aid, _, start_over = self.nums[num_id]
        lv = self._level(num_id, ilvl)
        if lv is None:
            return ""
        key = aid if aid is not None else "num:" + num_id
        counters = self.counters.setdefault(key, {})
        if num_id not in self.started_nums:
            self.started_nums.add(num_id)
            for il, v in start_over.items():     # a startOverride restarts the list
                counters[il] = v - 1
                for deeper in [k for k in counters if k > il]:
                    del counters[deeper]
        if lv.fmt == "bullet":
            return lv.text
        counters[ilvl] = counters.get(ilvl, self._start(num_id, ilvl) - 1) + 1
        # Deeper levels restart when this level is used (unless lvlRestart says otherwise).
        for deeper in [k for k in counters if k > ilvl]:
            dl = self._level(num_id, deeper)
            if dl is None or dl.restart is None or dl.restart != 0 and dl.restart - 1 >= ilvl:
                del counters[deeper]

        def sub(m):
            il = int(m.group(1)) - 1
            l2 = self._level(num_id, il)
            if l2 is None:
                return ""
            n = counters.get(il, l2.start)
            fmt = "decimal" if lv.is_lgl and l2.fmt not in ("decimalZero",) else l2.fmt
            return format_number(n, fmt)
        return re.sub(r"%([1-9])", sub, lv.text)

    def _start(self, num_id: str, ilvl: int) -> int:
        lv = self._level(num_id, ilvl)
        return lv.start if lv is not None else 1


class LazyNumbering:
    """Numbering built from numbering.xml on first use. Most reports number no paragraph
    with a Word list, and parsing the part for nothing costs as much as a tenth of a read."""

    def __init__(self, load):
        self._load = load          # () -> the parsed numbering.xml root, or None
        self._numbering: Numbering | None = None

    def _get(self) -> Numbering:
        if self._numbering is None:
            self._numbering = Numbering(self._load())
        return self._numbering

    def label(self, num_id: str | None, ilvl: int) -> str:
        return self._get().label(num_id, ilvl)

    def is_bullet(self, num_id: str, ilvl: int) -> bool:
        return self._get().is_bullet(num_id, ilvl)

    def style_level(self, num_id: str, style_id: str) -> int:
        return self._get().style_level(num_id, style_id)
