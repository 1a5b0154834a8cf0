"""In-memory shape of one generated report, before it is written as .docx.

A paragraph is a list of pieces: plain strings, `Num` (a numeric fact, recorded in the
ground truth), `Bold` (a bold lead-in inside a paragraph) and `Note` (a footnote reference
whose content is itself a list of paragraphs). Keeping facts as pieces lets the truth file
point at exactly the text that the .docx holds.
"""
from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class Num:
    text: str                 # as written, with its unit: "112/158 đảng viên"
    fact: dict                # truth record (kind, value, unit, indicator, ...)
    fid: int = -1             # index in Report.facts once added
    split: bool = False       # writer splits the run inside the number ("70,8" + "7%")


@dataclass
class Bold:
    text: str


@dataclass
class Note:
    paras: list               # list[list[piece]]
    number: int = 0           # footnote number, by order of reference


@dataclass
class Para:
    pieces: list
    source: str = "body"      # body | footnote | table

    @property
    def text(self) -> str:
        return "".join(p if isinstance(p, str) else p.text for p in self.pieces
                       if not isinstance(p, Note))


@dataclass
class Heading:
    label: str                # as an analyst reads it: "II.", "1.", "*", "a)", ""
    text: str                 # heading text without label
    level: int
    style: str = "typed"      # typed | auto (label from numbering.xml) | star | letter | lead_in
    italic: bool = False


@dataclass
class Table:
    title: str
    header: list[str]
    rows: list[list]          # cells: str or Num
    caption: str = ""


@dataclass
class Report:
    name: str                 # file stem
    org: str                  # "Huyện ủy Phụng Hiệp"
    org_lines: list[str]      # letterhead left column
    number: str               # "Số 61-BC/HU"
    place_date: str           # "Phụng Hiệp, ngày 20 tháng 3 năm 2024"
    title_lines: list[str]
    period: dict
    style: dict
    blocks: list = field(default_factory=list)
    facts: list = field(default_factory=list)
    relations: list = field(default_factory=list)
    planted: list = field(default_factory=list)
    stated_changes: list = field(default_factory=list)
    series: list = field(default_factory=list)
    recipients: list = field(default_factory=list)
    signer: tuple = ("", "")
    issued: dict = field(default_factory=dict)
