"""Helpers that turn figures into text pieces while recording their ground truth."""
from __future__ import annotations

import unicodedata
from decimal import Decimal

from .model import Heading, Note, Num, Para, Report, Table
from .numbers import fmt_dec, fmt_int, money_text, quantize, ratio_percent, wrong_percent


class Builder:
    def __init__(self, report: Report, rng):
        self.r = report
        self.rng = rng
        self.pad = report.style.get("zero_pad", True)

    # ---- facts ---------------------------------------------------------------------------
    def num(self, text: str, number: str, kind: str, split: bool = False, **fact) -> Num:
        rec = {"kind": kind, "number": number, "raw": text}
        rec.update({k: (str(v) if isinstance(v, Decimal) else v) for k, v in fact.items()
                    if v is not None})
        n = Num(text, rec, len(self.r.facts), split)
        self.r.facts.append(rec)
        return n

    def count(self, n: int, unit: str, key: str | None = None, pad: bool | None = None,
              qualifier: str = "", series: bool = False, cumulative: bool = True) -> Num:
        pad = self.pad if pad is None else pad
        t = fmt_int(n, pad)
        word = {"gt": "trên ", "nearly": "gần ", "approx": "khoảng "}.get(qualifier, "")
        num = self.num(f"{word}{t} {unit}".strip(), t, "count", value=n, unit=unit,
                       indicator=key, qualifier=qualifier or None)
        if series and key:
            self.series(key, n, unit, cumulative)
        return num

    def malformed(self, bad: str, unit: str, key: str) -> Num:
        return self.num(f"{bad} {unit}", bad, "count", unit=unit, indicator=key, malformed=True)

    def frac(self, a: int, b: int, unit: str, key: str | None = None, b_unit: str = "",
             series: bool = False, cumulative: bool = True) -> Num:
        ta, tb = fmt_int(a), fmt_int(b)
        text = f"{ta}/{tb} {unit}" if not b_unit else f"{ta} {unit}/{tb} {b_unit}"
        n = self.num(text, ta, "fraction", numerator=a, denominator=b, unit=unit,
                     denominator_unit=b_unit or unit, indicator=key)
        if series and key:
            self.series(key, a, unit, cumulative)
        return n

    def pct_value(self, true: Decimal, places: int | None = None, method: str | None = None,
                  wrong: bool = False) -> tuple[Decimal, str, int]:
        places = self.rng.choice([2, 2, 2, 1]) if places is None else places
        method = method or self.rng.choice(["half_up", "truncate"])
        if wrong:
            return wrong_percent(true, places, self.rng), "wrong", places
        v = quantize(true, places, method)
        return v, method, places

    def pct(self, v: Decimal, places: int, of: str = "target", key: str | None = None,
            qualifier: str = "", split: bool = False, series: bool = False) -> Num:
        t = fmt_dec(v, places)
        word = {"gt": "trên "}.get(qualifier, "")
        n = self.num(f"{word}{t}%", t, "percent", split=split, value=v, unit="%",
                     percent_of=of, indicator=key, qualifier=qualifier or None)
        if series and key:
            self.series(key, v, "%", False)
        return n

    def money(self, vnd: int, key: str | None = None, qualifier: str = "",
              series: bool = False, cumulative: bool = True, pad: bool = False) -> Num:
        t, scale = money_text(vnd)
        if pad and len(t) == 1:
            t = "0" + t
        word = {"gt": "trên ", "nearly": "gần "}.get(qualifier, "")
        n = self.num(f"{word}{t} {scale}", t, "money", value=vnd, unit="đồng",
                     indicator=key, qualifier=qualifier or None)
        if series and key:
            self.series(key, vnd, "đồng", cumulative)
        return n

    def frac_pct(self, a: int, b: int, unit: str, key: str, wrong: bool = False,
                 places: int | None = None, of: str = "target", series: bool = True,
                 cumulative: bool = True, b_unit: str = ""):
        f = self.frac(a, b, unit, key, b_unit=b_unit, series=series, cumulative=cumulative)
        v, method, places = self.pct_value(ratio_percent(a, b), places, wrong=wrong)
        p = self.pct(v, places, of=of, key=key, split=self.rng.random() < 0.5)
        self.relate("restates", [f.fid, p.fid], method=method, consistent=not wrong)
        if wrong:
            self.plant("fraction_percent", [f, p],
                       f"{a}/{b} = {ratio_percent(a, b):.4f}%, written {p.fact['number']}%: "
                       "no rounding or truncation gives it")
        return f, p

    def target_pct(self, value: int, target: int, key: str, places: int | None = None):
        """'đạt X% chỉ tiêu' against a target the text does not state (kept in the truth)."""
        v, method, places = self.pct_value(ratio_percent(value, target), places)
        p = self.pct(v, places, of="target", key=key)
        p.fact.update(hidden_target=target, method=method)
        return p

    # ---- relations, planted errors, series -----------------------------------------------
    def relate(self, rtype: str, fids: list[int], consistent: bool = True, **kw):
        self.r.relations.append({"type": rtype, "facts": fids, "consistent": consistent, **kw})

    def plant(self, kind: str, nums: list[Num], description: str):
        self.r.planted.append({"kind": kind, "facts": [n.fid for n in nums],
                               "numbers": [n.fact["number"] for n in nums],
                               "description": description})

    def series(self, key: str, value, unit: str, cumulative: bool):
        if any(s["series"] == key for s in self.r.series):
            return
        self.r.series.append({"series": key, "value": str(value), "unit": unit,
                              "cumulative": cumulative})

    # ---- structure -----------------------------------------------------------------------
    def heading(self, label: str, text: str, level: int, style: str = "typed", italic=False):
        self.r.blocks.append(Heading(label, text, level, style, italic))

    def para(self, *pieces) -> Para:
        p = Para(list(pieces))
        self.r.blocks.append(p)
        return p

    def note(self, *paras) -> Note:
        return Note([list(p) if isinstance(p, (list, tuple)) else [p] for p in paras])

    def table(self, t: Table):
        self.r.blocks.append(t)

    def nfd(self, s: str) -> str:
        """Some offices type decomposed diacritics; the truth stays NFC."""
        return unicodedata.normalize("NFD", s)


def parts_total(b: Builder, total: Num, parts: list[Num], total_value, part_values,
                planted: bool = False, what: str = ""):
    ok = sum(part_values) == total_value
    b.relate("parts_total", [total.fid] + [p.fid for p in parts], consistent=ok)
    if planted:
        assert not ok
        b.plant("parts_total", [total] + parts,
                f"{what}: parts add up to {sum(part_values)}, total written {total_value}")
    else:
        assert ok, (what, total_value, part_values)


def split_int(total: int, k: int, rng, min_part: int = 0) -> list[int]:
    """A random composition of `total` into k parts, each >= min_part."""
    if total < k * min_part:
        min_part = 0
    cuts = sorted(rng.randint(0, total - k * min_part) for _ in range(k - 1))
    parts, prev = [], 0
    for c in cuts + [total - k * min_part]:
        parts.append(c - prev + min_part)
        prev = c
    return parts
