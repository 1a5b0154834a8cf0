"""Write a composed Report as a .docx shaped like the offices' own files.

python-docx builds the package (styles, numbering, settings) and the body; lxml adds what it
cannot: footnote references and the footnotes part, auto-numbered headings, and runs split at
arbitrary points (Word splits "70,8" + "7%" after edits). The zip is rewritten with fixed
timestamps so that the same input always gives the same bytes.
"""
from __future__ import annotations

import datetime as dt
import io
import unicodedata
import zipfile
from pathlib import Path

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.opc.constants import CONTENT_TYPE as CT
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Pt, Twips

from .model import Bold, Heading, Note, Num, Para, Report, Table

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
AUTO_NUM_ID = 90
FIXED_TIME = (1980, 1, 1, 0, 0, 0)


def _run(p_el, text: str, bold=False, italic=False):
    r = OxmlElement("w:r")
    rpr = OxmlElement("w:rPr")
    if bold:
        rpr.append(OxmlElement("w:b"))
    if italic:
        rpr.append(OxmlElement("w:i"))
    r.append(rpr)
    t = OxmlElement("w:t")
    t.set(qn("xml:space"), "preserve")
    t.text = text
    r.append(t)
    p_el.append(r)


def _cuts(text: str, rng, p_split: float) -> list[str]:
    """Split text into runs at arbitrary places, as Word's revision history does."""
    out, cur = [], text
    while len(cur) > 8 and rng.random() < p_split:
        k = rng.randint(1, len(cur) - 1)
        out.append(cur[:k])
        cur = cur[k:]
    out.append(cur)
    return out


def _num_cuts(text: str, rng) -> list[str]:
    """Split inside the number itself ("70,8" + "7%")."""
    digits = [i for i in range(1, len(text)) if text[i - 1].isdigit() or text[i].isdigit()]
    inner = [i for i in digits if i < len(text) and (text[i].isdigit() or text[i] in ",./%")
             and text[i - 1].isdigit()]
    if not inner:
        return [text]
    k = rng.choice(inner)
    return [text[:k], text[k:]]


class Writer:
    def __init__(self, report: Report, rng):
        self.r = report
        self.rng = rng
        self.doc = Document()
        self.notes: list[Note] = []
        self.nfd = report.style.get("nfd", False)
        st = self.doc.styles["Normal"]
        st.font.name = "Times New Roman"
        st.font.size = Pt(14)

    # ---- paragraphs ----------------------------------------------------------------------
    def _p(self, container=None, align="both", indent=True):
        p = (container or self.doc).add_paragraph()
        pf = p.paragraph_format
        pf.space_after = Pt(6)
        if indent:
            pf.first_line_indent = Twips(567)
        pf.alignment = {"both": WD_ALIGN_PARAGRAPH.JUSTIFY, "center": WD_ALIGN_PARAGRAPH.CENTER,
                        "left": WD_ALIGN_PARAGRAPH.LEFT}[align]
        return p

    def pieces(self, p_el, pieces, bold=False, italic=False):
        for piece in pieces:
            if isinstance(piece, Note):
                self.notes.append(piece)
                piece.number = len(self.notes)
                r = _superscript_run()
                ref = OxmlElement("w:footnoteReference")
                ref.set(qn("w:id"), str(piece.number))
                r.append(ref)
                p_el.append(r)
            elif isinstance(piece, Bold):
                for t in _cuts(piece.text, self.rng, 0.3):
                    _run(p_el, t, bold=True)
            elif isinstance(piece, Num):
                parts = _num_cuts(piece.text, self.rng) if piece.split else [piece.text]
                for t in parts:
                    _run(p_el, t, bold, italic)
            else:
                text = piece
                if self.nfd and self.rng.random() < 0.25:
                    text = unicodedata.normalize("NFD", text)
                for t in _cuts(text, self.rng, 0.35):
                    _run(p_el, t, bold, italic)

    def heading(self, h: Heading):
        if h.style == "lead_in":
            return                  # written as the bold start of the next paragraph
        p = self._p()
        if h.style == "auto":
            ppr = p._p.get_or_add_pPr()
            num = ppr.get_or_add_numPr()
            num.get_or_add_ilvl().val = h.level - 1
            num.get_or_add_numId().val = AUTO_NUM_ID
            text = h.text
        else:
            text = f"{h.label} {h.text}" if h.label else h.text
            if h.style in ("star", "letter"):
                text += ":"
        for t in _cuts(text, self.rng, 0.4):
            _run(p._p, t, bold=True, italic=h.italic)

    # ---- fixed parts of a report ---------------------------------------------------------
    def letterhead(self):
        t = self.doc.add_table(rows=2, cols=2)
        left, right = t.cell(0, 0), t.cell(0, 1)
        for i, line in enumerate(self.r.org_lines):
            p = left.paragraphs[0] if i == 0 else left.add_paragraph()
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            for piece in _cuts(line, self.rng, 0.5):
                _run(p._p, piece, bold=True)
        p = right.paragraphs[0]
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        _run(p._p, "ĐẢNG CỘNG SẢN VIỆT NAM", bold=True)
        p = t.cell(1, 0).paragraphs[0]
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        _run(p._p, "Số")
        _run(p._p, self.r.number[2:])
        p = t.cell(1, 1).paragraphs[0]
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        _run(p._p, self.r.place_date, italic=True)
        for line in ["BÁO CÁO"] + self.r.title_lines + ["-----"]:
            p = self._p(align="center", indent=False)
            for piece in _cuts(line, self.rng, 0.5):
                _run(p._p, piece, bold=True)

    def signature(self):
        rec = ["- Thường trực Huyện ủy,", "- Các cơ quan tham mưu, giúp việc Huyện ủy,",
               "- MTTQ và các đoàn thể CT-XH huyện,", "- Lưu Văn phòng Huyện ủy."]
        title, name = self.r.signer
        if self.r.style["title"] == "ph":       # the seed's layout: plain paragraphs
            p = self._p(align="left", indent=False)
            _run(p._p, "Nơi nhận:", bold=True, italic=True)
            for line in rec:
                _run(self._p(align="left", indent=False)._p, line)
            for line in title.split("\n") + ["", name]:
                p = self._p(align="center", indent=False)
                _run(p._p, line, bold=True)
            return
        t = self.doc.add_table(rows=1, cols=2)
        left, right = t.cell(0, 0), t.cell(0, 1)
        _run(left.paragraphs[0]._p, "Nơi nhận:", bold=True, italic=True)
        for line in rec:
            _run(left.add_paragraph()._p, line)
        for i, line in enumerate(title.split("\n") + ["", name]):
            p = right.paragraphs[0] if i == 0 else right.add_paragraph()
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            _run(p._p, line, bold=True)

    def table(self, tb: Table):
        for line in tb.title.split("\n"):
            _run(self._p(align="center", indent=False)._p, line, bold=True)
        if tb.caption:
            _run(self._p(align="center", indent=False)._p, tb.caption, italic=True)
        t = self.doc.add_table(rows=len(tb.rows) + 1, cols=len(tb.header))
        t.style = self.doc.styles["Table Grid"]
        for j, h in enumerate(tb.header):
            _run(t.cell(0, j).paragraphs[0]._p, h, bold=True)
        for i, row in enumerate(tb.rows, start=1):
            for j, cell in enumerate(row):
                p = t.cell(i, j).paragraphs[0]
                total = row[1] == "Tổng cộng"
                self.pieces(p._p, [cell], bold=total)

    # ---- parts python-docx lacks ---------------------------------------------------------
    def auto_numbering(self):
        numbering = self.doc.part.numbering_part.element
        absn = parse_xml(
            f'<w:abstractNum {nsdecls("w")} w:abstractNumId="{AUTO_NUM_ID}">'
            '<w:multiLevelType w:val="multilevel"/>'
            '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="upperRoman"/>'
            '<w:lvlText w:val="%1."/><w:lvlJc w:val="left"/>'
            '<w:pPr><w:ind w:left="0" w:firstLine="567"/></w:pPr></w:lvl>'
            '<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/>'
            '<w:lvlText w:val="%2."/><w:lvlJc w:val="left"/>'
            '<w:pPr><w:ind w:left="0" w:firstLine="567"/></w:pPr></w:lvl>'
            '</w:abstractNum>')
        first_num = numbering.find(qn("w:num"))
        if first_num is not None:
            first_num.addprevious(absn)
        else:
            numbering.append(absn)
        numbering.append(parse_xml(
            f'<w:num {nsdecls("w")} w:numId="{AUTO_NUM_ID}">'
            f'<w:abstractNumId w:val="{AUTO_NUM_ID}"/></w:num>'))

    def footnotes_part(self):
        root = parse_xml(
            f'<w:footnotes {nsdecls("w")}>'
            '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p>'
            '</w:footnote><w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r>'
            '<w:continuationSeparator/></w:r></w:p></w:footnote></w:footnotes>')
        for note in self.notes:
            fn = OxmlElement("w:footnote")
            fn.set(qn("w:id"), str(note.number))
            for i, para in enumerate(note.paras):
                p = OxmlElement("w:p")
                if i == 0:
                    r = _superscript_run()
                    r.append(OxmlElement("w:footnoteRef"))
                    p.append(r)
                    _run(p, " ")
                self.pieces(p, para)
                fn.append(p)
            root.append(fn)
        from lxml import etree
        blob = etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)
        part = Part(PackURI("/word/footnotes.xml"), CT.WML_FOOTNOTES, blob,
                    self.doc.part.package)
        self.doc.part.relate_to(part, RT.FOOTNOTES)

    # ---- whole document ------------------------------------------------------------------
    def write(self, path: Path):
        from .compose import SIGN
        self.letterhead()
        if self.r.style.get("headings") == "auto":
            self.auto_numbering()
        for blk in self.r.blocks:
            if blk == SIGN:
                self.signature()
            elif isinstance(blk, Heading):
                self.heading(blk)
            elif isinstance(blk, Para):
                self.pieces(self._p()._p, blk.pieces)
            elif isinstance(blk, Table):
                self.table(blk)
        if self.notes:
            self.footnotes_part()
        cp = self.doc.core_properties
        y = int(self.r.period["end"][:4])
        cp.title = " ".join(self.r.title_lines) + " [DỮ LIỆU SINH TỰ ĐỘNG / GENERATED]"
        cp.subject = "Synthetic report for solieu tests; not issued by any office"
        cp.comments = "GENERATED by corpus.generator (solieu). Figures are invented."
        cp.author = "corpus.generator"
        cp.last_modified_by = "corpus.generator"
        cp.created = cp.modified = dt.datetime(y, 1, 1)
        cp.revision = 1
        buf = io.BytesIO()
        self.doc.save(buf)
        write_fixed_zip(buf.getvalue(), path)


def write_fixed_zip(data: bytes, path: Path, replace: dict | None = None):
    """Re-pack a .docx with fixed timestamps and order (byte-stable output)."""
    replace = replace or {}
    zin = zipfile.ZipFile(io.BytesIO(data))
    path.parent.mkdir(parents=True, exist_ok=True)
    with zipfile.ZipFile(path, "w") as zout:
        for info in zin.infolist():
            body = replace.get(info.filename, zin.read(info.filename))
            zi = zipfile.ZipInfo(info.filename, date_time=FIXED_TIME)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zout.writestr(zi, body)


def _superscript_run():
    """An empty w:r whose text is superscript: the note mark in the body and in the note."""
    r = OxmlElement("w:r")
    rpr = OxmlElement("w:rPr")
    va = OxmlElement("w:vertAlign")
    va.set(qn("w:val"), "superscript")
    rpr.append(va)
    r.append(rpr)
    return r
