"""The document model every stage shares: a report read from one file.

The reader (pipeline.reader) builds it; the extractors, checks and store only read it.
Offsets are character offsets into `Paragraph.text`, which is already normalised (NFC,
spaces folded, runs joined), so a fact's (start, end) points at the exact characters an
analyst sees.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field


@dataclass
class Period:
    """The reporting period a report covers.

    kind: month | quarter | half | nine_months | year | as_of | range | unknown
    cumulative: the figures run from the start of the year (or of a programme) to `end`,
    e.g. "6 tháng đầu năm", "9 tháng", "tính đến 20-9-2025", "lũy kế".
    """
    label: str = ""
    kind: str = "unknown"
    start: dt.date | None = None
    end: dt.date | None = None
    cumulative: bool = False


@dataclass
class Metadata:
    org: str = ""                 # issuing body, lines joined with " / " ("Huyện ủy Phụng Hiệp / Văn phòng")
    doc_type: str = ""            # BÁO CÁO, KẾ HOẠCH, ...
    doc_number: str = ""          # "Số 45-BC/VPHU" as written; "" when the number is left blank
    place: str = ""
    issued_date: dt.date | None = None
    issued_precision: str = ""    # day | month | year | "" (blank day -> month precision)
    title: str = ""               # the line(s) after the document type
    subject: str = ""             # "" or what the report is about, without the period words
    period: Period = field(default_factory=Period)
    doc_symbol: str = ""          # the symbol part ("-BC/VPHU"), kept when the number is blank


@dataclass
class Section:
    section_id: int               # 1.. in document order; 0 is the implicit root (preamble)
    parent_id: int | None
    level: int                    # 1 = top (Roman "I."), deeper levels below it
    label: str                    # as written or computed from auto-numbering: "I.", "1.", "1.1.", "a)", "*", ""
    heading: str                  # heading text without its label ("Công tác Tuyên giáo")
    para_id: int                  # the paragraph that holds the heading


@dataclass
class FootnoteRef:
    """A reference mark in a body/table paragraph: which note, and where in the text."""
    note_id: int                  # footnote number in order of references (1, 2, ...), not the XML id
    kind: str                     # footnote | endnote
    offset: int                   # character offset in the anchoring paragraph's text


@dataclass
class Paragraph:
    para_id: int                  # 0.. in reading order; notes come after the body
    text: str                     # normalised text
    source: str = "body"          # body | table | footnote | endnote | textbox
    role: str = "narrative"       # narrative | heading | letterhead | title | signature | recipients
    section_id: int = 0
    note_id: int | None = None    # for footnote/endnote paragraphs: the note's number
    anchor_para_id: int | None = None   # for notes: the paragraph holding the reference mark
    anchor_offset: int | None = None    # ... and the offset of the mark in it
    refs: list[FootnoteRef] = field(default_factory=list)
    # table cells
    table_id: int | None = None
    row: int | None = None
    col: int | None = None
    header: str = ""              # the cell's column header label(s), joined with " / "
    row_header: str = ""          # the row's label (first non-numeric cell)
    bold: bool = False            # whole paragraph bold (used by heading detection)


@dataclass
class Report:
    path: str
    sha256: str
    metadata: Metadata
    sections: list[Section]
    paragraphs: list[Paragraph]

    @property
    def doc_id(self) -> str:
        return self.sha256[:16]

    def section(self, section_id: int) -> Section | None:
        for s in self.sections:
            if s.section_id == section_id:
                return s
        return None

    def section_path(self, section_id: int) -> list[Section]:
        """Root-first list of sections from the top down to `section_id`."""
        return section_chain({s.section_id: s for s in self.sections}, section_id)


def section_chain(by_id: dict[int, Section], section_id: int) -> list[Section]:
    """Report.section_path over sections already indexed by id (index once, walk many)."""
    out = []
    cur = by_id.get(section_id)
    while cur is not None:
        out.append(cur)
        cur = by_id.get(cur.parent_id) if cur.parent_id is not None else None
    return out[::-1]
