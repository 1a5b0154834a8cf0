"""Walk a .docx package with lxml: body paragraphs, tables, text boxes, notes.

Produces model Paragraphs in reading order (body and tables as they come, each
text box right after the paragraph that anchors it, then footnotes, then endnotes)
plus a parallel list of `Info` records the later passes (metadata, headings) need.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..model import FootnoteRef, Paragraph
from .normalize import MARK, normalize_with_marks
from .numbering import LazyNumbering, Numbering
from .styles import Styles
from .wordxml import MC, M, W, on, wattr

# Tags, precomputed once.
P, R, T, TBL, TR, TC = W + "p", W + "r", W + "t", W + "tbl", W + "tr", W + "tc"
PPR, RPR, TCPR, TRPR = W + "pPr", W + "rPr", W + "tcPr", W + "trPr"
TAB, BR, CR, NBH, SOFTH, SYM = W + "tab", W + "br", W + "cr", W + "noBreakHyphen", \
    W + "softHyphen", W + "sym"
FNREF, ENREF = W + "footnoteReference", W + "endnoteReference"
SDT, SDTC = W + "sdt", W + "sdtContent"
B, RSTYLE, I, U = W + "b", W + "rStyle", W + "i", W + "u"
PSTYLE, JC, NUMPR, NUMID, ILVL, OUTLINE = W + "pStyle", W + "jc", W + "numPr", W + "numId", \
    W + "ilvl", W + "outlineLvl"
TBLHEADER, GRIDBEFORE, GRIDSPAN, VMERGE = W + "tblHeader", W + "gridBefore", W + "gridSpan", \
    W + "vMerge"
VAL = W + "val"
TBLGRID = W + "tblGrid"
TXBX = W + "txbxContent"
ALT, CHOICE = MC + "AlternateContent", MC + "Choice"
DRAWING, PICT, OBJECT = W + "drawing", W + "pict", W + "object"
CUSTOMXML = W + "customXml"
INLINE_WRAPPERS = {W + "ins", W + "moveTo", W + "hyperlink", W + "smartTag", W + "fldSimple",
                   W + "customXml", W + "bdo", W + "dir", SDTC}
BLOCK_WRAPPERS = {W + "customXml", W + "ins", W + "moveTo"}
OMATH = {M + "oMath", M + "oMathPara"}

_NUMERIC = re.compile(r"^[\s(]*[-+]?[\d][\d.,\s%/-]*\)?\s*$")
# Row numbers ("1.", "2.1.", "II", "a)") in an STT column: labels, not data.
_STT = re.compile(r"^\(?(\d{1,3}(\.\d{1,3})*[.)]|[IVXivx]{1,5}[.)]?|[a-zđ][.)])$")


@dataclass
class Info:
    """Layout facts about one paragraph that are not part of the model."""
    jc: str = ""               # alignment: center, both, left...
    num_label: str = ""        # label computed from Word auto-numbering ("" if none)
    bullet: bool = False       # auto-numbered with a bullet format
    outline: int | None = None  # outline level from pPr or style (0 = Heading 1)
    style: str = ""
    lead_bold: str = ""        # bold text the paragraph opens with, when plain text follows it
    emph: bool = False         # whole paragraph in italics or underlined (direct formatting)


@dataclass
class Cell:
    col: int
    span: int
    first: int        # index of its first paragraph in the output list
    last: int         # one past its last paragraph
    text: str = ""


@dataclass
class Table:
    table_id: int
    first: int                              # paragraph range of the whole table
    last: int = 0
    rows: list = field(default_factory=list)   # [(is_header_flag, [Cell])]
    header_rows: int = 0
    widths: list = field(default_factory=list)  # grid column widths (w:tblGrid), when given
    merged: list = field(default_factory=list)  # per row: the cells vMerged into it from above


class _State:
    __slots__ = ("bold", "total", "refs", "lead", "lead_open", "after_lead", "moot", "emph", "rest")

    def __init__(self):
        self.bold = 0
        self.total = 0
        self.emph = 0                  # characters in italic or underlined runs
        self.rest = False              # text came after the formatting stopped being read
        self.refs: list[tuple[str, str]] = []
        self.lead: list[str] = []      # leading bold text ("Công tác Tuyên giáo: ")
        self.lead_open = True          # still inside the leading bold text
        self.after_lead = False        # plain text followed it
        self.moot = False              # ... so run formatting no longer matters


class Walker:
    def __init__(self, styles: Styles, numbering: Numbering | LazyNumbering):
        self.styles = styles
        self.numbering = numbering
        self.paras: list[Paragraph] = []
        self.infos: list[Info] = []
        self.tables: list[Table] = []
        # (kind, xml id) -> (note number, anchor paragraph index, offset)
        self.anchors: dict[tuple[str, str], tuple[int, int, int]] = {}
        self.note_order: dict[str, list[str]] = {"footnote": [], "endnote": []}
        # paragraph style id -> (numId, ilvl, outline, bold) it gives, looked up once
        self.style_props: dict[str | None, tuple] = {}

    # ---- block level -------------------------------------------------------
    def block(self, container, ctx: dict) -> None:
        for c in container:
            tag = c.tag
            if tag == P:
                self.para(c, ctx)
            elif tag == TBL:
                self.table(c, ctx)
            elif tag == SDT:
                content = c.find(SDTC)
                if content is not None:
                    self.block(content, ctx)
            elif tag in BLOCK_WRAPPERS:
                self.block(c, ctx)
            elif tag == ALT:
                choice = c.find(CHOICE)
                if choice is not None:
                    self.block(choice, ctx)

    def para(self, p, ctx: dict) -> None:
        buf: list[str] = []
        st = _State()
        boxes: list = []
        ppr = None                 # _prop(p, PPR), written out: one call less per paragraph
        if len(p):
            ppr = p[0]
            if ppr.tag != PPR:
                ppr = p.find(PPR)
        style_id = jc = None
        num_id = ilvl = outline = None
        if ppr is not None:
            # the first of each property counts; one pass, no dict of all of them
            ps = jc_ = np_ = ol_ = None
            for c in ppr:
                t = c.tag
                if t == PSTYLE:
                    if ps is None:
                        ps = c
                elif t == JC:
                    if jc_ is None:
                        jc_ = c
                elif t == NUMPR:
                    if np_ is None:
                        np_ = c
                elif t == OUTLINE:
                    if ol_ is None:
                        ol_ = c
            if ps is not None:
                style_id = ps.get(VAL)
            if jc_ is not None:
                jc = jc_.get(VAL)
            if np_ is not None:
                nk = _kids(np_)
                num_id = wattr(nk.get(NUMID), "val")
                il = wattr(nk.get(ILVL), "val")
                ilvl = int(il) if il and il.isdigit() else None
            ol = ol_.get(VAL) if ol_ is not None else None
            if ol is not None and ol.isdigit():
                outline = int(ol)
        sp = self.style_props.get(style_id)
        if sp is None:
            pst = self.styles.para_style(style_id)
            s_num, s_ilvl = pst.get("numId"), pst.get("ilvl")
            if s_num and s_num != "0" and s_ilvl is None and style_id:
                # the style names the list but not the level: the level naming the style
                s_ilvl = self.numbering.style_level(s_num, style_id)
            sp = self.style_props[style_id] = (s_num, s_ilvl or 0, pst.get("outline"),
                                               pst.get("bold", self.styles.default_bold))
        if num_id is None:
            num_id = sp[0]
        if ilvl is None:
            ilvl = sp[1]
        if outline is None:
            outline = sp[2]
        para_bold = sp[3]
        self.inline(p, buf, st, boxes, para_bold)

        text, offsets = normalize_with_marks("".join(buf))
        label = self.numbering.label(num_id, ilvl) if num_id else ""
        bullet = bool(num_id) and self.numbering.is_bullet(num_id, ilvl)
        table_id = ctx.get("table_id")
        note = ctx.get("note")
        refs = st.refs
        merged = table_id is not None and bool(text) and not refs \
            and self._continues_cell_line(ctx, text)
        if not merged and (text or refs):
            idx = len(self.paras)
            total = st.total
            if table_id is None:      # keyword arguments cost more than the defaults they repeat
                para = Paragraph(idx, text, ctx["source"])
                para.bold = total > 0 and st.bold == total
            else:
                para = Paragraph(idx, text, ctx["source"], table_id=table_id, row=ctx.get("row"),
                                 col=ctx.get("col"), bold=total > 0 and st.bold == total)
            if note:
                para.note_id, para.anchor_para_id, para.anchor_offset = note
            else:
                for (kind, xid), off in zip(refs, offsets):
                    key = (kind, xid)
                    if key not in self.anchors:
                        self.note_order[kind].append(xid)
                        self.anchors[key] = (len(self.note_order[kind]), idx, off)
                    para.refs.append(FootnoteRef(self.anchors[key][0], kind, off))
            self.paras.append(para)
            lead = " ".join("".join(st.lead).split()) if st.after_lead else ""
            # positional (jc, num_label, bullet, outline, style, lead_bold, emph): cheaper than keywords
            self.infos.append(Info(jc or "", label.strip() if not bullet else "", bullet, outline,
                                   style_id or "", lead, total > 0 and st.emph == total and not st.rest))
        for box in boxes:
            self.block(box, ctx if note else {"source": "textbox"})

    def _continues_cell_line(self, ctx: dict, text: str) -> bool:
        """Index tables break "score/maximum" over two lines of one cell ("10,4/" then "12"):
        a cell line ending in "/" goes on in the next line, so the two are one paragraph."""
        if ctx.get("table_id") is None or not self.paras:
            return False
        prev = self.paras[-1]
        if (prev.table_id, prev.row, prev.col) != (ctx["table_id"], ctx.get("row"), ctx.get("col")) \
                or prev.source != ctx["source"] or not prev.text.endswith("/") or prev.refs:
            return False
        prev.text += text
        return True

    # ---- inline level ------------------------------------------------------
    def inline(self, el, buf, st, boxes, para_bold) -> None:
        for c in el:
            tag = c.tag
            if tag == R:
                if not st.moot:
                    self.run(c, buf, st, boxes, para_bold)
                    continue
                # Plain text already followed the bold lead: no later run can make the
                # paragraph all bold or extend the lead, so only text, marks and boxes
                # matter (written out here: most runs of a paragraph come this way).
                for x in c:
                    xt = x.tag
                    if xt == T:
                        txt = x.text
                        if txt:
                            buf.append(txt.replace(MARK, "") if MARK in txt else txt)
                            st.rest = True
                    elif xt != RPR:
                        self.special(x, xt, buf, st, boxes, para_bold)
            elif tag == PPR:
                continue          # the paragraph's first child, nothing shown
            elif tag in INLINE_WRAPPERS:
                self.inline(c, buf, st, boxes, para_bold)
            elif tag == SDT:
                content = c.find(SDTC)
                if content is not None:
                    self.inline(content, buf, st, boxes, para_bold)
            elif tag == ALT:
                choice = c.find(CHOICE)
                if choice is not None:
                    self.inline(choice, buf, st, boxes, para_bold)
            elif tag in OMATH:
                txt = "".join(t.text or "" for t in c.iter(M + "t"))
                buf.append(txt)
                st.total += len(txt.strip())
            # w:del, w:moveFrom, bookmarks, proofErr, pPr: nothing shown

    def run(self, r, buf, st, boxes, para_bold) -> None:
        """A run while the paragraph's bold still matters (see inline for the rest)."""
        bold = para_bold
        emph = False
        for c in r:            # w:rPr comes first in a run, so bold is known before text
            tag = c.tag
            if tag == T:
                txt = c.text
                if txt:
                    buf.append(txt.replace(MARK, "") if MARK in txt else txt)
                    n = len(txt) - txt.count(" ")
                    st.total += n
                    if bold:
                        st.bold += n
                    if emph:
                        st.emph += n
                    if st.lead_open:
                        if bold:
                            st.lead.append(txt)
                        elif txt.strip():
                            st.lead_open = False
                            st.after_lead = bool(st.lead)
                            st.moot = True    # this text is plain: bold < total from now on
            elif tag == RPR:
                if st.moot:
                    continue
                # One pass over the (few) properties: the first w:b decides, else
                # the first w:rStyle's bold if that style sets one; w:i / w:u mark emphasis.
                rs = None
                seen_b = False
                for x in c:
                    xt = x.tag
                    if xt == B:
                        if not seen_b:
                            v = x.get(VAL)           # on(x), written out
                            bold = v is None or v not in ("0", "false", "off", "none")
                            seen_b = True
                    elif xt == I or xt == U:
                        v = x.get(VAL)
                        emph = v is None or v not in ("0", "false", "off", "none")
                    elif xt == RSTYLE and rs is None:
                        rs = x
                if rs is not None and not seen_b:
                    cb = self.styles.char_bold(rs.get(VAL))
                    if cb is not None:
                        bold = cb
            else:
                self.special(c, tag, buf, st, boxes, para_bold)

    def special(self, c, tag, buf, st, boxes, para_bold) -> None:
        """A run child other than w:t and w:rPr."""
        if tag == TAB or tag == BR or tag == CR:
            buf.append(" ")
        elif tag == NBH:
            buf.append("-")
        elif tag == SYM:
            ch = _sym(c)
            if ch:
                buf.append(ch)
        elif tag == FNREF or tag == ENREF:
            xid = wattr(c, "id")
            if xid is not None:
                buf.append(MARK)
                st.refs.append(("footnote" if tag == FNREF else "endnote", xid))
        elif tag == DRAWING or tag == PICT or tag == OBJECT:
            boxes.extend(_top_boxes(c))
        elif tag == ALT:
            choice = c.find(CHOICE)
            if choice is not None:
                boxes.extend(_top_boxes(choice))
        elif tag == SDTC or tag in INLINE_WRAPPERS:
            self.inline(c, buf, st, boxes, para_bold)
        # softHyphen, delText, instrText, fldChar, footnoteRef: nothing shown

    # ---- tables ------------------------------------------------------------
    def table(self, tbl, ctx: dict) -> None:
        tid = len(self.tables)
        info = Table(table_id=tid, first=len(self.paras))
        self.tables.append(info)
        source = "table" if not ctx.get("note") else ctx["source"]
        grid = tbl.find(TBLGRID)
        if grid is not None:
            for gc in grid:
                w = wattr(gc, "w")
                info.widths.append(int(w) if w and w.isdigit() else 0)
        last_at: dict[int, Cell] = {}          # grid column -> the last real cell starting there
        # One context for every cell, its row and col set per cell: the walk below a cell
        # reads it and keeps no reference to it (a nested table copies it).
        cctx = dict(ctx, source=source, table_id=tid)
        for ri, tr in enumerate(_children(tbl, TR)):
            trpr = _prop(tr, TRPR)
            header_flag = False
            col = 0
            if trpr is not None:
                k = _kids(trpr)
                header_flag = on(k.get(TBLHEADER))
                gb = wattr(k.get(GRIDBEFORE), "val")
                col = int(gb) if gb and gb.isdigit() else 0
            cells = []
            merged = []
            for tc in _children(tr, TC):
                tcpr = _prop(tc, TCPR)
                span, cont = 1, False
                if tcpr is not None:
                    gs = vm = None             # the first of each, as in _kids
                    for c in tcpr:
                        t = c.tag
                        if t == GRIDSPAN:
                            if gs is None:
                                gs = c
                        elif t == VMERGE:
                            if vm is None:
                                vm = c
                    gs = gs.get(VAL) if gs is not None else None
                    span = int(gs) if gs and gs.isdigit() else 1
                    cont = vm is not None and vm.get(VAL) in (None, "continue")
                if not cont:      # a vertically merged continuation is the same cell
                    first = len(self.paras)
                    cctx["row"] = ri
                    cctx["col"] = col
                    self.block(tc, cctx)
                    cell = Cell(col, span, first, len(self.paras))
                    if cell.last - first == 1:         # most cells: one paragraph
                        p = self.paras[first]
                        cell.text = p.text if p.table_id == tid else ""
                    else:
                        cell.text = " ".join(p.text for p in self.paras[first:cell.last]
                                             if p.table_id == tid)
                    cells.append(cell)
                    last_at[col] = cell
                elif col in last_at:
                    merged.append(last_at[col])
                col += span
            info.rows.append((header_flag, cells))
            info.merged.append(merged)
        info.last = len(self.paras)
        _label_table(info, self.paras)


def _prop(el, tag):
    """el.find(tag) for a properties element (pPr, trPr, tcPr), which Word writes
    as the first child: checking that child first is much cheaper than find."""
    if len(el):
        first = el[0]
        if first.tag == tag:
            return first
    return el.find(tag)


def _kids(el) -> dict:
    """Direct children of el by tag, the first of each (what el.find(tag) returns);
    one pass over a few property children instead of one find per property."""
    k: dict = {}
    for c in el:
        k.setdefault(c.tag, c)
    return k


def _children(el, tag) -> list:
    """Direct children with `tag`, looking through content controls / customXml
    (a list: cheaper than a generator for the few rows and cells it yields)."""
    out = []
    for c in el:
        t = c.tag
        if t == tag:
            out.append(c)
        elif t == SDT:
            content = c.find(SDTC)
            if content is not None:
                out += _children(content, tag)
        elif t == CUSTOMXML:
            out += _children(c, tag)
    return out


def _top_boxes(el):
    """Outermost text boxes inside a drawing (nested boxes are walked with their parent)."""
    out = []
    for tx in el.iter(TXBX):
        anc = tx.getparent()
        nested = False
        while anc is not None and anc is not el:
            if anc.tag == TXBX:
                nested = True
                break
            anc = anc.getparent()
        if not nested:
            out.append(tx)
    return out


def _sym(el) -> str:
    """w:sym: a character from a symbol font. Symbol-font codes (F0xx) have no
    Unicode meaning except a few common bullets/dashes; others are dropped."""
    code = wattr(el, "char")
    try:
        n = int(code, 16)
    except (TypeError, ValueError):
        return ""
    if 0xF000 <= n <= 0xF0FF:
        n -= 0xF000
        return {0x2D: "-", 0xB7: "•", 0xA7: "▪", 0x2A: "*", 0x2B: "+"}.get(n, "")
    return chr(n) if n >= 0x20 else ""


def is_numeric(text: str) -> bool:
    return bool(text) and bool(_NUMERIC.match(text))


def _label_table(tab: Table, paras: list[Paragraph]) -> None:
    """Find header rows and give each data cell its column header and row label."""
    rows = tab.rows
    n = 0
    # A row holds data when a cell other than its first (the STT column) is a number.
    # A cell opening with its figure and a note in brackets ("12 (giảm 3)") holds a figure too.
    # So does a numbered row whose cells write their figures with units ("1 | Tổ chức hội nghị |
    # 03 cuộc", "2 | ... | Khoảng 1.500 cuốn"): no header row numbers itself.
    numeric_rows = [any((is_numeric(c.text) or _LEAD_FIGURE.match(c.text)) and not _STT.match(c.text)
                        for c in cells[1:])
                    or (_row_number(cells) and any(_FIGURE_FIRST.match(c.text) for c in cells[1:]))
                    for _, cells in rows]
    if not any(numeric_rows):
        # No figures at all (letterhead, signature, text layout): nothing to label.
        tab.header_rows = 0
        return
    # Leading rows without numeric data (or marked as header rows) are headers, and so is a
    # row numbering the columns ("A | B | 1 | 2 | 3=2/1", "(1) | (2) | (3)") right under them;
    # a row opening with a row number ("I | Kinh tế") or holding text only in its first cells
    # (a section row) is the body's first row.
    numbering: set[int] = set()
    while n < len(rows) and n < 4:
        flag, cells = rows[n]
        if n and _column_numbers(cells):
            numbering.add(n)
        elif not flag and numeric_rows[n] and _years_only(cells):
            pass              # "Chỉ tiêu | 2021 | 2022 | 2023": years head their columns
        elif not (flag or not numeric_rows[n]) or not any(c.text for c in cells) \
                or (not flag and _section_row(cells)):
            break
        n += 1
    if n == len(rows):
        n = 0
        numbering.clear()
    tab.header_rows = n
    headers: dict[tuple[int, int], str] = {}   # (col, span) -> header, the same on every row
    spanning = {id(m) for ms in tab.merged for m in ms}
    for ri, (_, cells) in enumerate(rows):
        if ri < n:
            continue
        row_label = _row_label(cells, tab.merged[ri] if ri < len(tab.merged) else [], spanning)
        for c in cells:
            header = headers.get((c.col, c.span))
            if header is None:
                labels: list[str] = []
                for hi in range(n):
                    if hi in numbering:
                        continue
                    for hc in rows[hi][1]:
                        if hc.col < c.col + c.span and c.col < hc.col + hc.span \
                                and _covers(tab.widths, hc, c):
                            if hc.text and hc.text not in labels:
                                labels.append(hc.text)
                header = headers[c.col, c.span] = " / ".join(labels)
            for p in paras[c.first:c.last]:
                if p.table_id == tab.table_id:
                    p.header = header
                    p.row_header = row_label


def _covers(widths: list, hc: Cell, c: Cell) -> bool:
    """Whether header cell hc stands over cell c: when grid widths are known, their shared grid
    columns must be more than a tenth of c's width. Word leaves slivers of grid columns a few
    twips wide where edges almost line up, so a header spanning one can touch the next
    column's cell ("Đắk Nông" over the "Điểm số" of "Bình Thuận")."""
    if len(widths) < c.col + c.span:
        return True
    lo, hi = max(hc.col, c.col), min(hc.col + hc.span, c.col + c.span)
    shared = sum(widths[lo:hi])
    return shared * 10 > sum(widths[c.col:c.col + c.span])


def _row_label(cells, merged, spanning) -> str:
    """The row's first cell that is neither a number nor a row number, counting a label cell
    merged down from the rows above ("Xã Long Bình" over its "2023" and "2024" rows); a year in
    the first cell is the row's label, and a year right after a label merged over several rows
    goes with it ("Xã Long Bình / 2024"). `spanning`: ids of cells merged down into later rows."""
    if merged:
        first = cells[0].col if cells else 1 << 30
        for m in merged:
            if m.col < first and m.text and not is_numeric(m.text) and not _STT.match(m.text) \
                    and not _STT_LETTER.match(m.text):
                nxt = cells[0].text if cells else ""
                return f"{m.text} / {nxt}" if _YEAR.match(nxt) else m.text
    for i, c in enumerate(cells):
        if not c.text:
            continue
        if i == 0 and _YEAR.match(c.text):
            return c.text                 # a year down the first column names its row
        if not is_numeric(c.text) and not _STT.match(c.text) \
                and not (i == 0 and _STT_LETTER.match(c.text)):
            if id(c) in spanning and i + 1 < len(cells) and _YEAR.match(cells[i + 1].text):
                return f"{c.text} / {cells[i + 1].text}"
            return c.text
    return ""


# A row number in the first column written without a dot: "a", "b", "I", "A".
_STT_LETTER = re.compile(r"^[a-zđA-ZĐ]$")
_YEAR = re.compile(r"^(?:19|20)\d\d$")
# A cell of a column-numbering row: "A", "1", "(2)", "3=2/1", "(4)=(2)+(3)".
_COLNUM = re.compile(r"^\(?([A-Z]|\d{1,2})\)?(?:\s*=\s*[\d()+\-*/x:.,\s]+)?$")


_LEAD_FIGURE = re.compile(r"^[-+]?\d[\d.,]*\s*%?\s*\(")
# a cell opening with its figure and unit, perhaps after a qualifier: "03 cuộc", "45,5 triệu
# đồng", "Khoảng 1.500 cuốn", "Trên 300 người"
_FIGURE_FIRST = re.compile(r"^(?:khoảng|gần|trên|hơn|dưới|ước(?:\s+đạt)?|đạt)?\s*[-+]?\d[\d.,]*\s*(?:%|[^\W\d_])",
                           re.I)


def _row_number(cells) -> bool:
    """The row opens with its number in the first column: "1", "12", "1.", "II", "a)"."""
    first = cells[0].text if cells and cells[0].col == 0 else ""
    return (first.isdigit() and len(first) <= 3) or bool(first and _STT.match(first))


def _years_only(cells) -> bool:
    """A row whose figures (past its first cell) are all years, at least two of them."""
    years = 0
    for c in cells[1:]:
        if _YEAR.match(c.text):
            years += 1
        elif is_numeric(c.text) or _LEAD_FIGURE.match(c.text):
            return False
    return years >= 2


def _column_numbers(cells) -> bool:
    """A row numbering the columns: every cell a letter or a small number (or a formula over
    column numbers), the numbers counting up one by one (at least three cells)."""
    texts = [c.text for c in cells if c.text]
    if len(texts) < 3:
        return False
    nums = []
    for t in texts:
        m = _COLNUM.match(t)
        if not m:
            return False
        if m.group(1).isdigit():
            nums.append(int(m.group(1)))
    return len(nums) >= 2 and all(b == a + 1 for a, b in zip(nums, nums[1:]))


def _section_row(cells) -> bool:
    """A body row that holds no figures: it opens with a row number ("I | Kinh tế", "1 | Đảng
    bộ xã"), or has text only in its first one or two cells and at least three empty cells
    after them ("Kinh tế | | | |")."""
    first = cells[0].text if cells else ""
    if cells and cells[0].col == 0 and (_STT.match(first) or first.isdigit()):
        return True
    filled = [i for i, c in enumerate(cells) if c.text]
    return bool(filled) and filled[-1] <= 1 and len(cells) - len(filled) >= 3
