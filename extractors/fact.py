"""A numeric fact found in one paragraph, and the links between facts.

Values are kept twice: `value` as a Decimal for arithmetic, and `value_text` exactly as
written ("70,80" keeps its two places) so checks can reason about how it was rounded.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal

KINDS = ("count", "fraction", "percent", "money", "range", "rate", "change")

# qualifier -> meaning as a bound on the true value v against the written value x
QUALIFIERS = {
    "gt": "v > x",        # trên, hơn, vượt
    "ge": "v >= x",       # tối thiểu, ít nhất, từ ... trở lên
    "lt": "v < x",        # dưới
    "le": "v <= x",       # không quá, tối đa
    "nearly": "v < x, close to x",   # gần
    "approx": "v ~ x",    # khoảng, ước, xấp xỉ
}


@dataclass
class Fact:
    kind: str                         # one of KINDS
    start: int                        # char offsets in the paragraph's normalised text
    end: int
    raw: str                          # text[start:end]
    value: Decimal | None = None      # count/percent/money (VND)/rate value; fraction: num/den; range: low
    value_text: str = ""              # the main number as written ("70,87", "16.511")
    unit: str = ""                    # "đảng viên", "%", "đồng", "giờ/người/ngày"
    numerator: Decimal | None = None  # fraction: numerator; percent-of-percents: numerator percent
    denominator: Decimal | None = None
    numerator_text: str = ""
    denominator_text: str = ""
    numerator_unit: str = ""
    denominator_unit: str = ""
    low: Decimal | None = None        # range ends (after scale)
    high: Decimal | None = None
    qualifier: str = ""               # "" or a key of QUALIFIERS
    malformed: bool = False           # a number whose grouping is not Vietnamese ("5.15")
    scale: Decimal | None = None      # money: multiplier applied (1e9 for "tỷ")
    percent_of: str = ""              # percent: target | share | change | ""
    direction: str = ""               # change: increase | decrease | ratio
    baseline: str = ""                # change: previous_period | same_period | "" (as written: "so với ...")
    indicator: str = ""               # phrase naming what is measured
    spelled: bool = False             # the number was written in words ("hai cuộc")
    para_id: int = -1                 # set when extracted from a report
    extra: dict = field(default_factory=dict)

    def as_dict(self) -> dict:
        d = {k: getattr(self, k) for k in self.__dataclass_fields__}
        for k, v in d.items():
            if isinstance(v, Decimal):
                d[k] = str(v)
        return d


@dataclass
class Link:
    """A relation between two facts of one report (indices into the report's fact list).

    relation:
      restates    src=percent restates dst=fraction in the same clause (percent = num/den*100)
      ratio_num   src=percent P is the ratio of two percents: P = A/B*100, dst=A ...
      ratio_den   ... and dst=B ("chiếm 85,17/82,41% số hộ, đạt 103,35% chỉ tiêu")
      part_of     src is a part of the total dst; the parts of one dst should add up to it
                  ("gồm", parentheses right after the total, "+" bullet lines)
      subset_of   src is a part of dst introduced by "trong đó": the parts need not be
                  exhaustive, so their sum may be below dst but never above it
      breakdown   src (in a footnote) is a part of the body figure dst the note is anchored to
      share_of    src=percent is the share that the count dst makes of a whole
                  ("56 đảng bộ ..., chiếm 98,24%")
    """
    src: int
    dst: int
    relation: str
