"""Letterhead, document type, title, recipients/signature block, and Metadata.

Vietnamese administrative documents (Decree 30/2020/ND-CP layout) open with a
two-column letterhead, usually a borderless table: the issuing body on the left
("HUYỆN ỦY PHỤNG HIỆP" / "VĂN PHÒNG" / "*" / "Số 45-BC/VPHU") and the national
motto with "place, ngày .. tháng .. năm .." on the right. Then the type line
("BÁO CÁO"), the title lines, the body, and at the end "Nơi nhận:" and the signature.
"""
from __future__ import annotations

import datetime as dt
import dataclasses
import os
import re

from extractors.vocab import modern_tones

from ..model import Metadata, Paragraph
from .normalize import fold, normalize
from .headings import classify
from .orgname import expand_acronyms, normalise_org
from .periods import parse_period

DOC_TYPES = ["bao cao", "ke hoach", "to trinh", "thong bao", "quyet dinh", "cong van",
             "nghi quyet", "chuong trinh", "huong dan", "phu luc", "bien ban", "de an",
             "chi thi", "ket luan", "thong tri", "quy dinh", "quy che", "de cuong"]
# the type as a letterhead prints it, for a type line typed in mixed case or letter-spaced
DOC_TYPE_NAMES = {"bao cao": "BÁO CÁO", "ke hoach": "KẾ HOẠCH", "to trinh": "TỜ TRÌNH", "thong bao": "THÔNG BÁO",
                  "quyet dinh": "QUYẾT ĐỊNH", "cong van": "CÔNG VĂN", "nghi quyet": "NGHỊ QUYẾT",
                  "chuong trinh": "CHƯƠNG TRÌNH", "huong dan": "HƯỚNG DẪN", "phu luc": "PHỤ LỤC",
                  "bien ban": "BIÊN BẢN", "de an": "ĐỀ ÁN", "chi thi": "CHỈ THỊ", "ket luan": "KẾT LUẬN",
                  "thong tri": "THÔNG TRI", "quy dinh": "QUY ĐỊNH", "quy che": "QUY CHẾ", "de cuong": "ĐỀ CƯƠNG"}
_MOTTO = ("cong hoa xa hoi chu nghia", "doc lap - tu do", "doc lap-tu do", "dang cong san viet nam",
          "doc lap – tu do")
# the motto broken over two lines of a narrow cell: "CỘNG HÒA XÃ HỘI" / "CHỦ NGHĨA VIỆT NAM"
_MOTTO_LINE = re.compile(r"^(?:cong hoa xa hoi|chu nghia viet nam|doc lap|tu do - hanh phuc|hanh phuc)$")
# a document number typed on its own line under a bare "Số:": "215/BC-UBND", "45-BC/HU"
_NUMBER_ALONE = re.compile(r"^\d+\s*[/-]\s*[A-ZĐ]", re.I)
_SEP = re.compile(r"^[\s\-_*=.…–—~]{3,}$")
_NUMBER = re.compile(r"^s[oố]\s*[:.]?\s*(.*)$", re.I)
# the number line proper: "Số: 125/BC-UBND", "Số 45-BC/HU", "Số      -BC/VPHU" (not "Số liệu")
_NUMBER_LINE = re.compile(r"^s[oố]\s*(?:[:.]|\d|[/-])", re.I)
_DATE = re.compile(r"^(?:(?P<place>[^,]{2,60}(?:,[^,]{2,60})?),\s*)?ngay\s*(?P<d>\d{1,2})?\s*thang\s*(?P<m>\d{1,2})?"
                   r"\s*nam\s*(?P<y>(?:19|20)\d{2})")
# the same with their accents: "quận" is a unit, "quản" ("Ban Quản lý") is not
_UNIT_WORDS = ("tỉnh ", "huyện ", "xã ", "thành phố ", "quận ", "thị xã ", "phường ", "thị trấn ")
# "khu vực 3 - Lâm Đồng" also names the area of a body on the line above ("TÒA ÁN NHÂN DÂN" / "KHU VỰC 3 -
# LÂM ĐỒNG"), but a line holding it has no place of its own ("Ban Quản lý khu vực phát triển đô thị")
_AREA_WORDS = _UNIT_WORDS + ("khu vực ",)


def split_number(line: str) -> tuple[str, str]:
    """"Số 45-BC/VPHU" -> ("45-BC/VPHU", "-BC/VPHU"); "Số:   /BC-UBND" -> ("", "/BC-UBND").
    Returns (number as written or "" when the number is blank, the symbol part)."""
    m = _NUMBER.match(line.strip())
    if not m:
        return "", ""
    rest = normalize(m.group(1))
    if not rest:
        return "", ""
    if rest[0].isdigit():
        sym = re.sub(r"^\d+\s*", "", rest)
        return rest.replace(" ", ""), sym
    return "", rest.replace(" ", "")


# "Vị Thanh, ngày 05/8/2025", "Đà Lạt, 05/01/2025": the date in figures, and "Đà Lạt, tháng 3 năm 2026":
# the month alone, read only on a whole line that names the place
_DATE_NUM = re.compile(r"^(?P<place>[^,]{2,60}),\s*(?:(?:ngay\s*)?(?P<d>\d{1,2})\s*[/.\-]\s*(?P<m>\d{1,2})\s*[/.\-]\s*"
                       r"|thang\s*(?P<mm>\d{1,2})\s*nam\s*)(?P<y>(?:19|20)\d{2})\s*$")


def parse_issue_date(text: str):
    """(place, date, precision) from "Phụng Hiệp, ngày   tháng 6 năm 2024"; None if absent."""
    t = normalize(text)
    m = _DATE.search(fold(t)) or _DATE_NUM.search(fold(t))
    if not m:
        return None
    place = t[m.start("place"):m.end("place")].strip() if m.group("place") else ""
    y = int(m.group("y"))
    mo = m.group("m") or m.groupdict().get("mm")
    mo = int(mo) if mo else None
    d = int(m.group("d")) if m.group("d") else None
    try:
        if mo and d:
            return place, dt.date(y, mo, d), "day"
        if mo:
            return place, dt.date(y, mo, 1), "month"
    except ValueError:
        pass
    return place, dt.date(y, 1, 1), "year"


def _is_motto(line: str) -> bool:
    f = fold(line)
    return any(k in f for k in _MOTTO) or bool(_MOTTO_LINE.match(f.strip(" .-")))


def _is_doc_type(text: str) -> str:
    t = text.strip()
    if not t or t.upper() != t:
        return ""
    f = fold(t)
    for k in DOC_TYPES:
        if f == k or f.startswith(k + " ") and len(f) < 40:
            return t
    return ""


def _boxed(p, paras, tables) -> bool:
    """A title typed in a box under the type line: a small table of one column (one cell, or the type
    and the title in cells one under the other)."""
    if p.source != "table" or p.table_id is None:
        return False
    t = tables[p.table_id]
    return t.last - t.first <= 4 and all(q.col == p.col for q in paras[t.first:t.last])


def _loose_doc_type(p, info) -> str:
    """"Báo cáo" typed in mixed case, "B Á O  C Á O" letter-spaced: a type line when it is alone on
    a bold or centred line."""
    if not (p.bold or info.jc in ("center", "centre")):
        return ""
    f = fold(p.text.strip())
    squeezed = f.replace(" ", "")
    for k in DOC_TYPES:
        if f == k or squeezed == k.replace(" ", ""):
            return DOC_TYPE_NAMES[k]
    return ""


def org_from_lines(lines: list[str]) -> str:
    """Join the issuing-body lines: " / " between bodies, a space where one body's
    name runs over two lines ("...ĐỔI MỚI SÁNG TẠO," + "CHUYỂN ĐỔI SỐ...",
    "ỦY BAN NHÂN DÂN" + "TỈNH LÂM ĐỒNG")."""
    out: list[str] = []
    for line in lines:
        line = expand_acronyms(line.strip().strip("-–_ ").strip())
        if not line:
            continue
        if out:
            prev = out[-1]
            fp, fl = fold(prev), fold(line)
            if prev.endswith((",", "-", "–", "và", "VÀ")) or fl[:1].islower() and line[:1].islower() \
                    or fl.startswith(("va ", ", ", "- ", "viet nam")) \
                    or fp in _HEAD_ONLY or fp.endswith(" co quan") and not fl.startswith(_BODY_OPEN) or (_low(prev) + " ").endswith(_AREA_WORDS) and not fl.startswith(_BODY_OPEN) \
                    or (_place_only(_low(line)) and not _has_place(_low(prev))):
                out[-1] = f"{prev} {line}"
                continue
            if fl == "thuong truc" and fp.startswith(("hoi dong nhan dan", "hdnd")):
                # "HĐND HUYỆN MỸ TÚ" / "THƯỜNG TRỰC" is the body typed "THƯỜNG TRỰC HĐND HUYỆN MỸ TÚ"
                out[-1] = f"{line} {prev}"
                continue
        out.append(line)
    return " / ".join(out)


# a line that is only the head of a body's name goes on with the next line: "BAN CHỈ ĐẠO" +
# "CHUYỂN ĐỔI SỐ", "BAN CHẤP HÀNH" + "HUYỆN PHỤNG HIỆP"; so does one ending in "CƠ QUAN" ("ĐẢNG ỦY CÁC
# CƠ QUAN" + "ĐẢNG TỈNH") unless a body of its own follows
_HEAD_ONLY = ("ban chi dao", "ban chap hanh", "ban thuong vu", "ban thuong truc", "thuong truc",
              "ban chap hanh dang bo", "uy ban")
# a line opening a body of its own is no place name of the line above: "ĐẢNG BỘ CƠ QUAN UBND HUYỆN"
# / "CHI BỘ VĂN PHÒNG"
_BODY_OPEN = ("chi bo ", "dang uy ", "dang bo ", "ban ", "phong ", "so ", "van phong", "trung tam ", "chi cuc ",
              "cong an ", "doi ", "truong ", "hoi ")
# "HUYỆN ỦY", "TỈNH ĐOÀN"... are bodies, not places
_UNIT_BODIES = ("huyen uy", "tinh uy", "thanh uy", "quan uy", "thi uy", "huyen doan", "tinh doan",
                "thanh doan", "quan doan", "thi doan", "xa doan", "thi xa uy")


def _low(line: str) -> str:
    return " ".join(modern_tones(line).lower().split())


def _place_only(f: str) -> bool:
    """"huyện vị thủy": a place, which names the body on the line above."""
    return f.startswith(_AREA_WORDS) and not fold(f).startswith(_UNIT_BODIES) and "," not in f


def _has_place(f: str) -> bool:
    return any(f" {u}" in f" {f} " for u in _UNIT_WORDS) or fold(f).startswith(_UNIT_BODIES)


def mark_roles(paras: list[Paragraph], infos, tables, n_body: int) -> tuple[int, dict]:
    """Set roles letterhead/title/recipients/signature in place.
    Returns (index where headings may start, letterhead info dict)."""
    lh = {"lines": [], "left": [], "type": "", "title": []}
    i = 0
    # Letterhead table: a table at the very top (nothing but empty lines before it).
    k = 0
    while k < len(tables) and k < 3 and tables[k].first < n_body and (
            tables[k].first <= 1 if k == 0 else tables[k].first == tables[k - 1].last):
        # the letterhead is the table at the very top (nothing but empty lines before it), and a
        # second one right under it when the number and date were typed in a table of their own
        t0 = tables[k]
        texts = " ".join(p.text for p in paras[t0.first:t0.last])
        f = fold(texts)
        if lh["type"]:
            break
        # a letterhead shows a motto, a document number or an issue date; a data table at the
        # top ("Số liệu", "Số TTHC", "Ngày") does not
        if k == 0 and not any(x in f for x in ("cong hoa", "dang cong san", "doc lap")) and not any(
                _NUMBER_LINE.match(p.text) or _DATE.search(fold(p.text)) or _DATE_NUM.search(fold(p.text))
                for p in paras[t0.first:t0.last]):
            break
        if k and (t0.last - t0.first > 8 or not any(_NUMBER.match(p.text) or _DATE.search(fold(p.text))
                                                    for p in paras[t0.first:t0.last])):
            break
        cols = [p.col for p in paras[t0.first:t0.last] if p.col is not None]
        left = min(cols) if cols else 0
        top = paras[t0.first].row
        for p in paras[t0.first:t0.last]:
            dtype = "" if lh["type"] or p.row == top else _is_doc_type(p.text)
            if dtype or lh["type"]:
                # "BÁO CÁO" and the title in a merged last row of the letterhead table
                p.role = "title"
                if dtype:
                    lh["type"] = dtype
                elif len(lh["title"]) < 6 and p.text:
                    lh["title"].append(p.text)
                continue
            p.role = "letterhead"
            lh["lines"].append(p.text)
            if p.col == left:
                lh["left"].append(p.text)
        i = t0.last
        k += 1
    # Document type line, then title lines, within the first paragraphs.
    for j in range(i, min(n_body, i + 12)):
        p = paras[j]
        if p.source not in ("body", "textbox") and not _boxed(p, paras, tables) or lh["type"]:
            break       # the type line and title may be typed in a one-cell box
        dtype = _is_doc_type(p.text) or _loose_doc_type(p, infos[j])
        if dtype:
            # Letterhead written as plain paragraphs: everything above the type line.
            for q in paras[i:j]:
                if q.role == "narrative":
                    q.role = "letterhead"
                    lh["lines"].append(q.text)
                    lh["left"].append(q.text)
            p.role = "title"
            lh["type"] = dtype
            # "BÁO CÁO SƠ KẾT 6 THÁNG ĐẦU NĂM 2025" on one line: the type, then the title
            kw = next(k for k in DOC_TYPES if fold(dtype) == k or fold(dtype).startswith(k + " "))
            rest = " ".join(dtype.split()[len(kw.split()):])
            if rest and parse_period(rest) is not None:
                lh["type"] = " ".join(dtype.split()[:len(kw.split())])
                lh["title"].append(rest)
            i = j + 1
            break
    if lh["type"]:
        first = i if not lh["title"] else -1     # a title already read in the letterhead table
        for j in range(i, min(n_body, i + 6)):
            p = paras[j]
            if p.source != "body" and not _boxed(p, paras, tables):
                break
            if _SEP.match(p.text):
                p.role = "title"
                i = j + 1
                break
            if re.match(r"^\(?\s*du thao\b[^)]{0,30}\)?$", fold(p.text)):
                p.role = "title"                # "(Dự thảo)", "(Dự thảo lần 2)": a mark, not the title
                i = j + 1
                continue
            f = fold(p.text)
            centred = infos[j].jc in ("center", "centre")
            # the line right under the type is the title even when typed without centring or
            # bold (reports retyped from scans); later lines must look like a title
            if (not (centred or p.bold or (j == first and len(p.text) <= 200)) or len(p.text) > 250
                    or infos[j].num_label
                    or classify(p.text) is not None
                    or f.startswith(("can cu", "kinh gui", "ngay "))
                    or f.startswith("thuc hien") and not (centred or p.bold)
                    # a bold line set flush left under a centred title is the first heading
                    # ("TÌNH HÌNH CHUNG"), not more title
                    or j > first and not centred and p.bold and infos[j - 1].jc in ("center", "centre")):
                break
            p.role = "title"
            lh["title"].append(p.text)
            i = j + 1
            if p.text.startswith("("):      # "(Kèm theo Báo cáo số ...)" closes the title
                break
    _mark_closing(paras, tables, n_body)
    return i, lh


def _mark_closing(paras, tables, n_body: int) -> None:
    """"Nơi nhận:" block and signature: the last "Nơi nhận" of the body, in a
    table (its cell: recipients; the other cells: signature) or as plain lines
    (dash lines: recipients; the short lines around them: signature). An
    appendix that follows ("PHỤ LỤC", tables of figures) is left alone."""
    for j in range(n_body - 1, -1, -1):
        p = paras[j]
        if p.role == "narrative" and fold(p.text).startswith("noi nhan"):
            break
    else:
        _closing_table_without_recipients(paras, tables, n_body)
        return
    if p.table_id is not None:
        tab = tables[p.table_id]
        for q in paras[tab.first:tab.last]:
            q.role = "recipients" if (q.row, q.col) == (p.row, p.col) else "signature"
        start = tab.last
    else:
        p.role = "recipients"
        start = j + 1
    # Plain lines after it (or after the closing table): recipients, then the
    # signature (title, name), until something that looks like content again.
    for k in range(start, n_body):
        q = paras[k]
        if q.role != "narrative" or _closing_stop(q):
            break
        if p.table_id is None and (q.text[:1] in "-+•–" or _recipient_line(q.text)):
            q.role = "recipients"
        elif len(q.text) <= 60:
            q.role = "signature"
        else:
            break


def _closing_stop(q) -> bool:
    f = fold(q.text)
    return (q.source == "table" or f.startswith(("phu luc", "bieu mau")) or bool(_is_doc_type(q.text))
            or len(q.text) > 120)


def _recipient_line(t: str) -> bool:
    return len(t) < 80 and t.endswith((",", ";")) or fold(t).startswith("luu")


def _closing_table_without_recipients(paras, tables, n_body: int) -> None:
    """No "Nơi nhận": a short last table with a signature title is a signature; else
    the signature typed as plain lines at the end ("KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", name)."""
    if tables:
        t = tables[-1]
        if t.last >= n_body - 1 and t.first < n_body:
            f = fold(" ".join(p.text for p in paras[t.first:t.last]))
            if re.search(r"\b(tm|kt|tl|tuq)\.|\b(?:chu tich|giam doc|chanh van phong|bi thu|truong ban)\b", f) \
                    and len(f) < 400:
                for q in paras[t.first:t.last]:
                    q.role = "signature"
                return
    _plain_signature(paras, n_body)


# the first line of a signature: "TM. ỦY BAN NHÂN DÂN", "KT. GIÁM ĐỐC", "T/M HUYỆN ỦY", "CHỦ TỊCH"
_SIGN_TITLE = re.compile(r"^(?:(?:tm|kt|tl|tuq|q)\s*\.|t/m\b|(?:pho )?(?:chu tich|giam doc|bi thu|"
                         r"truong ban|chanh van phong|truong phong|thu truong)\b)")


def _plain_signature(paras, n_body: int) -> None:
    """Signature lines at the very end of the body, after the text: a short line in capitals
    opening with a signing title, then only short lines without figures (the title, the
    name) up to the end or up to an appendix ("PHỤ LỤC", a table). A sentence such as
    "Chủ tịch UBND xã tiếp 25 lượt công dân." is never one."""
    body = [k for k in range(n_body) if paras[k].source == "body"]
    for pos in range(max(0, len(body) - 8), len(body)):
        j = body[pos]
        p = paras[j]
        if p.role != "narrative" or len(p.text) > 60 or p.text.upper() != p.text \
                or not _SIGN_TITLE.match(fold(p.text)) or classify(p.text) is not None:
            continue
        run = []
        for k in range(j, n_body):
            q = paras[k]
            if q.source != "body" or _closing_stop(q):
                break
            if q.role != "narrative" or len(q.text) > 60 or any(ch.isdigit() for ch in q.text):
                run = []
                break
            run.append(q)
        for q in run:
            q.role = "signature"
        if run:
            return


# the number and what follows it on its line: "Số: 78/BC-PNV", "Số:     /BC-MTTQ", "Số:125 /BC-UBND"
_NUMBER_HEAD = re.compile(r"^s[oố]\s*[:.]?\s*(?:\d+\s*)?(?:[/-]\s*)?\S*", re.I)


def _columns(line: str) -> list[str]:
    """A letterhead typed as plain lines with a tab between its two columns ("UBND HUYỆN X<tab>CỘNG
    HÒA XÃ HỘI...", "Số: 78/BC-PNV<tab>Long Mỹ, ngày ..."; the tab is a space by now): the left
    column's part and the right one's. Other lines are one column."""
    f = fold(line)
    cut = min((k for k in (f.find(m) for m in _MOTTO) if k > 0), default=0)
    if cut and any(ch.isalnum() for ch in line[:cut]):
        return [line[:cut].strip(), line[cut:].strip()]
    m = _NUMBER_HEAD.match(line) if _NUMBER_LINE.match(line) else None
    if m and m.end() < len(line):
        rest = line[m.end():].strip()
        if _DATE.match(fold(rest)) or _DATE_NUM.match(fold(rest)):
            return [line[:m.end()].strip(), rest]
    return [line]


def build_metadata(lh: dict, paras: list[Paragraph], path: str, n_body: int) -> Metadata:
    md = Metadata()
    lines = [c for x in lh["lines"] for c in _columns(normalize(x))]
    left = []
    vv = ""
    in_vv = numbered = False
    for line in (c for x in lh["left"] for c in _columns(normalize(x))):
        f = fold(line)
        if f.startswith(("v/v ", "v/v:", "ve viec")):
            vv = vv or normalize(line)          # a công văn's summary under its number
            in_vv = True
            continue
        if in_vv and line[:1].islower():
            vv = f"{vv} {normalize(line)}"      # the summary runs on over the next line of the cell
            continue
        in_vv = False
        if left and _NUMBER.match(line) and split_number(line)[1]:
            numbered = True  # the number closes the body's lines; what follows is the other column
        if numbered:
            continue
        if (not line or not any(ch.isalnum() for ch in line) or _is_motto(line) or _NUMBER.match(line)
                or _DATE.search(f) or _DATE_NUM.search(f) or _NUMBER_ALONE.match(line) or re.search(r"\bngay\b[\s\d.]*$", f)
                or f.startswith("thang ") and re.search(r"\bnam\s+(?:19|20)\d{2}", f)):
            continue
        left.append(line)
    md.org = normalise_org(org_from_lines(left).split(" / ")) if left else ""
    for k, line in enumerate(lines):
        if _NUMBER.match(line) and not md.doc_number:
            if not split_number(line)[1] and k + 1 < len(lines) and _NUMBER_ALONE.match(lines[k + 1]):
                line = f"Số: {lines[k + 1]}"       # "Số:" and the number on two lines of the cell
            md.doc_number, md.doc_symbol = split_number(line)
            md.doc_symbol = md.doc_symbol.lstrip("-/ ")
            break
    # "Kiên Giang, ngày 30" / "tháng 6 năm 2025": the date broken over two lines of the cell
    lines = lines + [f"{a} {b}" for a, b in zip(lines, lines[1:])
                     if re.search(r"\bngay\b[\s\d.]*$", fold(a)) and fold(b).lstrip().startswith("thang")]
    date_src = [x for x in lines if _DATE.search(fold(x))] or [x for x in lines if _DATE_NUM.search(fold(x))]
    if not date_src:   # no letterhead: look in the first and last paragraphs
        cand = paras[:15] + paras[max(0, n_body - 15):n_body]
        date_src = [p.text for p in cand if _DATE.search(fold(p.text))]
    if date_src:
        r = parse_issue_date(date_src[0])
        if r:
            md.place, md.issued_date, md.issued_precision = r
    md.doc_type = normalize(lh["type"])
    # a công văn, or a type line with no title under it ("TỜ TRÌNH" then "Kính gửi:"), is titled by its "V/v ..."
    md.title = normalize(" ".join(lh["title"])) or vv
    year = md.issued_date.year if md.issued_date else None
    period = parse_period(md.title, year)
    if period is None:
        addressed = False
        for p in paras[:n_body]:
            if p.role == "narrative" and p.source == "body":
                # "Kính gửi:" and its "- ..." lines address the report; its first sentence follows them
                if fold(p.text).startswith("kinh gui") or addressed and p.text.startswith(("-", "+", "–")):
                    addressed = True
                    continue
                period = parse_period(p.text, year)
                break
    if period is None:
        # "BC-CongAn-thang-5-2025", "bao_cao_quy_II_2024": words joined by "-" or "_"
        stem = os.path.splitext(os.path.basename(path))[0]
        period = parse_period(stem, year) or parse_period(_file_words(stem), year)
    if period is not None and md.issued_date and period.start and period.start > md.issued_date \
            and not _YEAR_WRITTEN.search(period.label) and year:
        # "quý IV và phương hướng quý I năm 2025" issued on 05/01/2025 reports on quý IV/2024:
        # a period whose year was not written cannot start after the report was issued
        earlier = parse_period(period.label, year - 1)
        period = earlier or period
    if period is not None and md.title and not fold(period.label).startswith("tu "):
        period = _bounds_from_title(period, md.title, year)
    if period is not None:
        md.period = period
        if md.title and period.label in md.title:
            md.subject = normalize(md.title.replace(period.label, " ", 1)).strip(" ,")
        else:
            md.subject = md.title
    else:
        md.subject = md.title
    return md


def _file_words(stem: str) -> str:
    """A file name as words: "-" and "_" between words are spaces, and the short forms file names
    use are written out when a year follows: "BC_Q2_2024" -> quý 2 2024, "BC T8-2025" -> tháng 8
    2025, "BC 6T 2025" / "6thang2025" -> 6 tháng năm 2025, "9T-2025" -> 9 tháng năm 2025."""
    t = re.sub(r"[_+]+|(?<=[^\W\d])-|-(?=[^\W\d])", " ", stem)
    y = r"\s*[-. ]?\s*((?:19|20)\d{2})\b"
    t = re.sub(rf"(?i)\bq(?:uy)?\s*([1-4]){y}", r"quý \1/\2", t)
    t = re.sub(rf"(?i)\bt(?:hang)?\s*(\d{{1,2}}){y}", r"tháng \1/\2", t)
    t = re.sub(rf"(?i)\b([69])\s*(?:t|thang)\b(?:\s*(?:dau\s*)?nam)?{y}", r"\1 tháng năm \2", t)
    t = re.sub(r"(?i)\b([69])\s*thang(?:dau)?(?:nam)?((?:19|20)\d{2})\b", r"\1 tháng năm \2", t)
    return t


_YEAR_WRITTEN = re.compile(r"(?<!\d)(?:19|20)\d{2}(?!\d)")
_UNTIL = re.compile(r"\b(?:tinh|luy ke)\s+den\b")
_FROM = re.compile(r"\btu\s+(?:ngay\s+)?\d{1,2}\s*[/.\-]\s*\d{1,2}\b")


def _bounds_from_title(period, title: str, year):
    """"6 tháng đầu năm 2024 (Từ ngày 15/12/2023 đến ngày 14/6/2024)", "tuần 10 năm 2025 (từ ngày
    03/3/2025 đến ngày 07/3/2025)": the dates the title writes are the period's bounds (inspection
    and complaint figures run from the 15th of the last month of the previous period). The kind,
    label and cumulative flag stay those of the named period; a range that does not overlap the
    named one is left alone. "năm 2025 (số liệu tính đến ngày 15/12/2025)": the figures end there."""
    for m in _UNTIL.finditer(fold(title)):
        r = parse_period(title[m.start():], year)
        if r is not None and r.kind == "as_of" and period.start <= r.end < period.end:
            return dataclasses.replace(period, end=r.end)
    for m in _FROM.finditer(fold(title)):
        r = parse_period(title[m.start():], year)
        if r is None or r.kind != "range" or not r.start or not period.start:
            continue
        if r.start <= period.end and r.end >= period.start and (r.start, r.end) != (period.start, period.end):
            return dataclasses.replace(period, start=r.start, end=r.end)
    return period


def figures_period(period, sections):
    """A quarterly or monthly report often gives running totals: the seed is titled "quý II/2024"
    but its results section reads "KẾT QUẢ ... 6 THÁNG ĐẦU NĂM 2024". When a top-level heading
    names a period that starts earlier and ends with the report's, the figures are cumulative."""
    if period.cumulative or period.end is None or period.start is None:
        return period
    for s in sections:
        if s.level != 1 or not s.heading:
            continue
        p = parse_period(s.heading, period.end.year)
        if p and p.start and p.end == period.end and p.start < period.start:
            return dataclasses.replace(period, cumulative=True)
    return period
