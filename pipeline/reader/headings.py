"""Headings and the section tree.

Vietnamese reports type their heading labels ("I.", "1.", "1.1.", "a)", "* ...")
and set them in bold by hand. A paragraph is a heading when its label (typed, or
computed from Word auto-numbering) matches one of the label types below.

Level: each label TYPE present in the document gets one level, ranked
part > chapter > "Mục I" > A. > Roman > Arabic > Arabic.Arabic > letter > star, so a report that starts at
"1." has "1." at level 1. Bold lead-ins (a short, whole-bold paragraph without a
label) and unlabeled Heading-styled paragraphs sit one level under the
innermost labelled section open at that point. Labels are kept as written:
duplicate or skipped numbers are not repaired.

Run-on headings: a labelled paragraph that goes on as body text ("5. Về tổng hợp:
Tổng số nhiệm vụ được giao là 21, ...", "a) Trong tháng 8/2025, Ban chỉ đạo ...")
still opens a section; its heading is the text up to the first ":" (or the
first sentence, at most 120 characters) and the paragraph keeps role "narrative"
because it carries figures. Short labelled paragraphs get role "heading".
"""
from __future__ import annotations

import re

from ..model import Paragraph, Section

RANK = {"part": 0, "chapter": 1, "division": 2, "upper": 3, "roman": 4, "arabic": 5, "arabic2": 6,
        "arabic3": 7, "letter": 8, "star": 9}
_PARTS = ("part", "chapter", "division")
_ROMAN_OK = re.compile(r"^(?=[IVXL])L?X{0,3}(IX|IV|V?I{0,3})$")
_LABELS = [
    # also "PHẦN MỘT", "Phần hai" (a number word), only alone or before a separator
    ("part", re.compile(r"^((?:PHẦN|Phần)\s+(?:[IVX]+|THỨ\s+\w+|thứ\s+\w+|\d+|(?:MỘT|HAI|BA|BỐN|NĂM|SÁU"
                        r"|[Mm]ột|[Hh]ai|[Bb]a|[Bb]ốn|[Nn]ăm|[Ss]áu|[A-E])(?=\s*(?:[.:\-–]|$))))\s*[.:\-–]?\s*(?=\S|$)")),
    # "Chương I", "CHƯƠNG 2" alone or before a capital ("Chương 2 của Luật" is body text)
    ("chapter", re.compile(r"^((?:CHƯƠNG|Chương)\s+(?:[IVX]+|\d{1,2}))\s*(?:[.:\-–]\s*)?(?=[A-ZĐÀ-Ỹ]|$)")),
    # "Mục I", "MỤC II" (a division of a part) ranks under a chapter; only a Roman number and a
    # separator or nothing after it: "Mục 5 Chương II" and "mục 2" are references in the text
    ("division", re.compile(r"^((?:MỤC|Mục)\s+[IVX]{1,4})\s*(?:[.:\-–]\s*(?=[A-ZĐÀ-Ỹ])|$)")),
    ("roman", re.compile(r"^([IVXL]{1,6}\s*(?:[.)]|[-–/](?=\s)))\s*(?=\S)")),
    ("arabic3", re.compile(r"^(\d{1,2}\.\d{1,2}\.\d{1,2}\.?)\s+(?=\S)")),
    ("arabic2", re.compile(r"^(\d{1,2}\.\d{1,2}(?:\.|[-–](?=\s))?)\s+(?=\S)")),
    # "1." "1)" and, less often, "1-" "1/" followed by a space ("1- Công tác", "1/ Kinh tế")
    ("arabic", re.compile(r"^(\d{1,2}(?:[.)]|\s?[-–/](?=\s)))\s*(?=[^\d\s.,/])")),
    # "a)", "a/ " and "a." before a capital ("a. Trồng trọt"), never "v.v." or "v/v"
    ("letter", re.compile(r"^([a-zđ]\)|[a-zđ]/(?=\s)|[a-zđ]\.(?=\s+[A-ZĐÀ-Ỹ]))\s*(?=\S)")),
    # "A.", "B-", "A/" before a capital ("B- PHƯƠNG HƯỚNG NHIỆM VỤ")
    ("upper", re.compile(r"^([A-Z](?:\.|[-–/](?=\s)))\s+(?=[A-ZĐÀ-Ỹ])")),
    ("star", re.compile(r"^(\*+)\s*(?=[^\s*])")),
]
# Matches where some label pattern matches: most paragraphs start with no label, and one
# search tells so instead of one per label type.
_ANY_LABEL = re.compile("|".join(f"(?:{pat.pattern})" for _, pat in _LABELS))
RUNON_CHARS = 300
_SENTENCE = re.compile(r"[.;](?=\s+[A-ZĐÀ-Ỹ])")
_UNNUMBERED = ("bold", "caps", "appendix")
# "PHỤ LỤC" (appendix) after the body: a new top-level section whatever the labels.
_APPENDIX = re.compile(r"^PH[ỤU] L[ỤU]C\b")
# "Phụ lục 01", "Phụ lục số 2", "Phụ lục II" typed in mixed case on a line of their own
_APPENDIX_MIXED = re.compile(r"^Ph[ụu] l[ụu]c(?:\s+(?:s[ốo]\s*)?(?:\d{1,2}|[IVX]{1,4}))?[.:]?$")
# "(tiếp)", "(tiếp theo)" after a heading repeated where a page or table broke its section
_CONTINUED = re.compile(r"\s*\((?:tiếp|tiếp theo|TIẾP|TIẾP THEO)\)\s*:?$")
# A table of contents is front matter, not sections: "MỤC LỤC" alone, then its entries, each
# ending in a page number (after dot leaders, or a tab the text keeps as a space; a year has
# four digits). A line with dot leaders before a page number is an entry wherever it stands.
_TOC_TITLE = re.compile(r"^(?:MỤC LỤC|Mục lục)\s*:?$")
_TOC_ENTRY = re.compile(r"(?:\.{4,}|…{2,})\s*\d{1,3}$")
_PAGE_END = re.compile(r"\D\s\d{1,3}$")
# a list item ends like a sentence or a clause of one ("...nhiệm vụ;", "...tội phạm.")
_ITEM_END = (";", ".", ";.")


def _is_appendix(p: Paragraph) -> bool:
    t = p.text
    if not t.startswith(("PH", "Ph")):     # what both patterns start with
        return False
    return bool(_APPENDIX.match(t) and t.upper() == t or _APPENDIX_MIXED.match(t))


def _is_caps(text: str) -> bool:
    """A line in capitals ("KẾT QUẢ ĐẠT ĐƯỢC", "HẠN CHẾ, KHÓ KHĂN"): at least two words of letters."""
    letters = [ch for ch in text if ch.isalpha()]
    return len(letters) >= 6 and text.upper() == text and len(text.split()) >= 2


def classify(text: str) -> tuple[str, str, str] | None:
    """(type, label, rest) when `text` starts with a heading label."""
    if not _ANY_LABEL.match(text):
        return None
    for typ, pat in _LABELS:
        m = pat.match(text)
        if m:
            label = m.group(1)
            if typ == "roman" and not _ROMAN_OK.match(label.rstrip(".)-–/ ")):
                continue
            if typ == "upper" and label[0] in "IVXL":
                continue
            rest = text[m.end():].strip()
            if not rest:
                if typ in _PARTS:          # "PHẦN THỨ NHẤT", "Chương II" on a line of its own
                    return typ, label, label
                return None
            return typ, label, rest
    return None


def _runon(rest: str, bold: bool) -> str | None:
    """For a run-on heading, the heading part of `rest`; None if it is a plain heading.
    Run-on: a colon followed by more than 30 characters of text, a second sentence
    (". " then a capital letter), or more than RUNON_CHARS characters of plain text."""
    colon = rest.find(":")
    if 0 < colon <= 200 and len(rest) - colon > 30:
        return rest[:colon].strip()
    sentence = _SENTENCE.search(rest)
    if sentence or (len(rest) > RUNON_CHARS and not bold):
        end = sentence.start() if sentence and sentence.start() <= 120 else None
        head = rest[:end] if end else rest[:120].rsplit(" ", 1)[0]
        return head.strip()
    return None


# a bold line announcing what follows ("UBND xã báo cáo như sau:", "..., cụ thể:") opens no section
_INTRO_END = re.compile(r"\b(?:như sau|cụ thể|gồm|sau đây|dưới đây|như dưới đây)\s*:$", re.I)
# a figure as a sentence states it: a percent or a number with a separator ("95%", "2.315", "4,2")
_STATED_FIGURE = re.compile(r"\d\s?%|\d[.,]\d")


def _bold_statement(t: str) -> bool:
    """A whole bold sentence set in a body for emphasis ("Đáng chú ý, tỷ lệ ... đạt 95%"):
    a clause after a comma and a stated figure; headings name a field, not a figure."""
    return ", " in t and len(t.split()) >= 8 and bool(_STATED_FIGURE.search(t))


def _bold_leadin(p: Paragraph) -> bool:
    t = p.text
    return (p.bold and 3 <= len(t) <= 150 and not t.endswith((".", ";", ","))
            and t[0] not in "-+•–(\"“" and not t[0].isdigit()
            and not _INTRO_END.search(t) and not _bold_statement(t))


def _emph_leadin(t: str) -> bool:
    """A short italic or underlined line ending in ":" with no figure ("Giáo dục mầm non:"):
    a sub-head like a bold lead-in. Dash lines stay bullets; emphasis without the colon is
    too often a note or a quotation."""
    return (4 <= len(t) <= 100 and t.endswith(":") and t[0] not in "-+•–(\"“*"
            and not any(ch.isdigit() for ch in t) and not _INTRO_END.search(t))


def _centred_caps(p: Paragraph, info) -> bool:
    """A centred line in capitals typed without bold (reports retyped from scans)."""
    return (info.jc in ("center", "centre") and len(p.text) <= 150 and _is_caps(p.text)
            and not p.text.endswith((".", ";", ",")) and not p.text[0].isdigit()
            and p.text[0] not in "-+•–(\"“")


def _runin_leadin(lead: str, text: str) -> bool:
    """A short bold phrase ending in a colon that opens a paragraph of plain text."""
    lead = lead.strip()
    return (lead.endswith(":") and 3 <= len(lead) <= 100 and text.startswith(lead.rstrip(":").strip()[:10])
            and lead[0] not in "-+•–(\"“" and not lead[0].isdigit() and len(text) > len(lead) + 10)


def _candidate(p: Paragraph) -> bool:
    return p.source == "body" and p.role == "narrative"


def _banner(paras, i: int) -> bool:
    """The only paragraph of a table (a one-cell table used as a banner for a heading)."""
    t = paras[i].table_id
    return (t is not None and paras[i].source == "table" and paras[i].row == 0 and paras[i].col == 0
            and (i == 0 or paras[i - 1].table_id != t)
            and (i + 1 == len(paras) or paras[i + 1].table_id != t))


def _title_lines(paras, infos, i: int, end: int, part: bool = False) -> list[int]:
    """The unlabelled lines in capitals right under a bare "PHẦN THỨ NHẤT" or "PHỤ LỤC"
    (bold or centred, at most three): that part's title, not sections of their own. Under a
    bare part ("Phần I", "Chương II") the first such line may be in mixed case
    ("Kết quả thực hiện nhiệm vụ năm 2025"): nothing else names the part."""
    out = []
    for k in range(i + 1, min(end, i + 4)):
        q, inf = paras[k], infos[k]
        if (not _candidate(q) or inf.num_label or inf.bullet or classify(q.text) or _is_appendix(q)
                or not (_is_caps(q.text) or part and not out and _bold_leadin(q))
                or not (q.bold or inf.jc in ("center", "centre")) or len(q.text) > 200):
            break
        out.append(k)
    return out


def _toc(paras, i: int, end: int) -> list[int]:
    """The "MỤC LỤC" line at i and the entries under it (each ending in a page number)."""
    out = [i]
    for k in range(i + 1, end):
        t = paras[k].text
        if paras[k].source != "body" or not (_TOC_ENTRY.search(t) or _PAGE_END.search(t)):
            break
        out.append(k)
    return out


def _split_label(paras, infos, i: int, end: int):
    """A label alone on its line ("II.") with its heading on the next line ("KẾT QUẢ THỰC
    HIỆN"): (type, label, rest) of the two read as one heading, else None. The next line is
    a short unlabelled line that does not end like a sentence, and one of the two is bold or
    the text is in capitals."""
    p = paras[i]
    if len(p.text) > 8 or infos[i].num_label or i + 1 >= end:
        return None
    q, inf = paras[i + 1], infos[i + 1]
    if (not _candidate(q) or inf.num_label or inf.bullet or len(q.text) > 200
            or q.text.endswith((".", ";", ",")) or classify(q.text)
            or not (p.bold or q.bold or _is_caps(q.text))):
        return None
    c = classify(f"{p.text.strip()} {q.text}")
    return c if c and c[1].strip() == p.text.strip() else None


def _list_item(paras, infos, i: int, text: str, typ: str, items: set) -> bool:
    """A numbered paragraph that is an item of a list, not a heading: "gồm:" / "như sau:" then
    "1. Đồng chí Nguyễn Văn A, ...;" "2. Đồng chí ...". The items are plain text (no bold,
    no bold lead), end like a clause (";" or "."), hold no "heading: text" colon, and follow a
    plain paragraph ending in ":" (or a run-on heading ending so) or another item of the same list."""
    p = paras[i]
    if typ != "arabic" or p.bold or infos[i].lead_bold or not text.endswith(_ITEM_END):
        return False
    if ":" in text[:200]:
        return False
    prev = i - 1
    if prev < 0:
        return False
    if prev in items:
        return True
    if _sentence_item(paras, infos, i) and _sentence_item(paras, infos, i + 1):
        return True
    q = paras[prev]
    if not (_candidate(q) and not q.bold and q.text.endswith(":") and not infos[prev].num_label
            and len(q.text) > 20):
        return False
    # the lead-in may be a run-on heading of its own: "2. Công tác cán bộ. Đã bổ nhiệm 12 cán bộ, gồm:"
    c = classify(q.text)
    return c is None or _runon(c[2], q.bold) is not None


def _sentence_item(paras, infos, k: int) -> bool:
    """A plain Arabic-numbered paragraph that is one sentence of at least six words ending in
    "." or ";" ("1. Tiếp tục chỉ đạo sản xuất vụ Thu Đông, phấn đấu gieo trồng 1.500 ha.").
    Two such paragraphs in a row, with no text under the first, are a list of tasks or
    points, not headings: a heading has text under it."""
    if k >= len(paras):
        return False
    q, inf = paras[k], infos[k]
    if not _candidate(q) or q.bold or inf.lead_bold or inf.bullet:
        return False
    text = f"{inf.num_label} {q.text}" if inf.num_label else q.text
    c = classify(text)
    return (c is not None and c[0] == "arabic" and text.endswith(_ITEM_END) and ":" not in text[:200]
            and len(c[2].split()) >= 6 and _runon(c[2], False) is None)


def build_sections(paras: list[Paragraph], infos, start: int, end: int) -> list[Section]:
    """Detect headings among paras[start:end] (body narrative paragraphs only),
    set role/section_id in place and return the sections (root 0 first)."""
    root = Section(0, None, 0, "", "", -1)
    found = []   # (index, type, label, heading, runon)
    absorbed: set[int] = set()    # title lines of a part or appendix
    items: set[int] = set()       # numbered list items that are not headings
    depth: dict[int, int] = {}    # outline level of unlabelled Heading-styled paragraphs
    appendix_seen = False
    caps_sub: set[int] = set()    # capitals lines that are subheads of a numbered heading
    continued: set[int] = set()   # headings repeated with "(tiếp)"
    toc: set[int] = set()         # a table of contents: "MỤC LỤC" and its entries
    for i in range(start, end):
        p = paras[i]
        if p.role != "narrative" or i in absorbed or p.source != "body" and not _banner(paras, i):
            continue
        info = infos[i]
        auto = info.num_label
        text = f"{auto} {p.text}" if auto else p.text
        c = classify(text)
        if c is None and p.source == "body" and _TOC_TITLE.match(p.text):
            toc.update(_toc(paras, i, end))
        if i in toc or _TOC_ENTRY.search(p.text):
            p.role = "contents"   # a table of contents: its lines open no section, its page numbers are no facts
            continue
        if c is None and p.source == "body":
            c = _split_label(paras, infos, i, end)     # "II." then "KẾT QUẢ" on the next line
            if c:
                absorbed.add(i + 1)
        if p.source != "body" and not (c or _is_caps(p.text)):
            continue     # a banner holds a heading label or capitals
        if _is_appendix(p):
            appendix_seen = True
            titles = _title_lines(paras, infos, i, end)
            absorbed.update(titles)
            found.append((i, "appendix", "", p.text, False))
        elif c and _list_item(paras, infos, i, text, c[0], items):
            items.add(i)
        elif c:
            typ, label, rest = c
            if typ in _PARTS and rest == label:
                titles = _title_lines(paras, infos, i, end, part=True)
                if titles:
                    absorbed.update(titles)
                    rest = " ".join(paras[k].text for k in titles)
            cont = _CONTINUED.search(rest)
            if cont:      # "II. KẾT QUẢ (tiếp)": the section goes on after a break
                rest = rest[:cont.start()]
                continued.add(i)
            head = _runon(rest, p.bold)
            found.append((i, typ, label, head if head is not None else rest.rstrip(":").strip(),
                          head is not None))
        elif info.outline is not None and info.outline < 9 and len(p.text) <= 200:
            depth[i] = info.outline
            found.append((i, "bold", "", p.text.rstrip(":").strip(), False))
        elif (p.bold and _bold_leadin(p) or info.jc in ("center", "centre") and _centred_caps(p, info)) \
                and not info.bullet:
            nxt = paras[i + 1] if i + 1 < len(paras) else None
            caps = (_is_caps(p.text) and not appendix_seen
                    and not (nxt is not None and nxt.table_id is not None))   # a table's title
            if caps and found and (found[-1][0] in caps_sub or found[-1][1] not in _UNNUMBERED
                                   and all(k in absorbed for k in range(found[-1][0] + 1, i))):
                # right under a numbered heading ("II. ĐÁNH GIÁ CHUNG" > "ƯU ĐIỂM"), or after
                # such a subhead: subheads of that section, not top-level headings
                caps = False
                caps_sub.add(i)
            if caps or p.bold:
                found.append((i, "caps" if caps else "bold", "", p.text.rstrip(":").strip(), False))
        elif info.emph and _emph_leadin(p.text) and not info.bullet:
            # "*Giáo dục mầm non:*" in italics or underlined on its own line: a sub-head
            found.append((i, "bold", "", p.text.rstrip(":").strip(), False))
        elif info.lead_bold and _runin_leadin(info.lead_bold, p.text) and not info.bullet:
            # "**Công tác Tuyên giáo:** Ban Tuyên giáo ...": a bold lead-in run into its text
            found.append((i, "bold", "", info.lead_bold.rstrip(": ").strip(), True))
    # headings inside an appendix sit under it: their label types are ranked on their own
    app = next((n for n, f in enumerate(found) if f[1] == "appendix"), len(found))
    level_of = _levels(found[:app])
    app_level_of = {t: n + 1 for t, n in _levels(found[app:]).items()}
    top_outline = min(depth.values(), default=0)
    sections = [root]
    stack: list[Section] = [root]
    labelled_stack: list[Section] = [root]   # innermost labelled (non-bold) section
    unlabelled: set[int] = set()              # section ids of bold lead-ins
    reopened: dict[int, int] = {}             # "(tiếp)" paragraph -> the section it goes on
    for n, (i, typ, label, head, runon) in enumerate(found):
        if typ == "bold":
            level = labelled_stack[-1].level + 1 + depth.get(i, top_outline) - top_outline
        elif typ == "appendix":
            level = 1
        else:
            level = (level_of if n < app else app_level_of)[typ]
        if i in continued:
            same = next((s for s in reversed(sections) if (s.level, s.label, s.heading) == (level, label, head)), None)
            if same is not None:
                stack = _path(sections, same)
                labelled_stack = [s for s in stack if s.section_id not in unlabelled]
                reopened[i] = same.section_id
                paras[i].role = "heading"
                continue
        while stack[-1].level >= level:
            stack.pop()
        while labelled_stack[-1].level >= level:
            labelled_stack.pop()
        sec = Section(len(sections), stack[-1].section_id, level, label, head, i)
        sections.append(sec)
        stack.append(sec)
        if typ != "bold":
            labelled_stack.append(sec)
        else:
            unlabelled.add(sec.section_id)
        paras[i].role = "narrative" if runon else "heading"
    for k in absorbed:
        paras[k].role = "heading"
    # Assign every paragraph the innermost section opened at or before it.
    heads = {s.para_id: s.section_id for s in sections[1:]}
    heads.update(reopened)
    cur = 0
    body_end = end
    for i, p in enumerate(paras):
        if i in heads:
            cur = heads[i]
        if i < start:
            p.section_id = 0
        elif i < body_end or p.source == "textbox":
            p.section_id = cur
    return sections


def _path(sections: list[Section], sec: Section) -> list[Section]:
    """The root, the ancestors of `sec` and `sec`, outermost first."""
    out = [sec]
    while out[-1].parent_id is not None:
        out.append(sections[out[-1].parent_id])
    return out[::-1]


def _levels(found) -> dict[str, int]:
    """Level of each label type present, ranked by RANK. Unnumbered headings in capitals
    ("KẾT QUẢ ĐẠT ĐƯỢC") rank above the numbered ones when one comes before the first
    top-level numbered heading (the numbers then sit under them); otherwise they are
    siblings of the top-level numbered headings ("ĐỀ XUẤT, KIẾN NGHỊ" after "I.", "II.")."""
    labelled = sorted({f[1] for f in found if f[1] not in ("bold", "appendix", "caps")}, key=RANK.get)
    main = [t for t in labelled if t not in _PARTS]
    caps_first = False
    if any(f[1] == "caps" for f in found):
        for f in found:
            if f[1] == "caps":
                caps_first = True
                break
            if main and f[1] == main[0]:
                break
    types = list(labelled)
    if caps_first:
        types.insert(sum(t in types for t in _PARTS), "caps")
    level_of = {t: n + 1 for n, t in enumerate(types)}
    if "caps" not in level_of:
        level_of["caps"] = level_of[main[0]] if main else 1
    return level_of
