"""Build small .docx files from raw WordprocessingML for reader tests.

Only the parts a test asks for are written, so each fixture shows exactly the
XML feature under test (numbering, footnotes, tracked changes, text boxes...).
"""
from __future__ import annotations

import zipfile
from pathlib import Path
from xml.sax.saxutils import escape

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
NS = (f'xmlns:w="{W_NS}" '
      'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '
      'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
      'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
      'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
      'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
      'xmlns:v="urn:schemas-microsoft-com:vml"')
REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
PARTS = {  # part name -> (relationship type, content type)
    "numbering.xml": (f"{REL}/numbering",
                      "application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"),
    "styles.xml": (f"{REL}/styles",
                   "application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"),
    "footnotes.xml": (f"{REL}/footnotes",
                      "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"),
    "endnotes.xml": (f"{REL}/endnotes",
                     "application/vnd.openxmlformats-officedocument.wordprocessingml.endnotes+xml"),
}


def r(text: str, bold: bool = False, space: bool = True) -> str:
    """One run of text."""
    rpr = "<w:rPr><w:b/></w:rPr>" if bold else ""
    sp = ' xml:space="preserve"' if space else ""
    return f"<w:r>{rpr}<w:t{sp}>{escape(text)}</w:t></w:r>"


def p(*content: str, bold: bool = False, num: tuple[int, int] | None = None,
      style: str | None = None, jc: str | None = None) -> str:
    """A paragraph; plain strings become runs, strings starting with '<' are raw XML."""
    ppr = ""
    if style:
        ppr += f'<w:pStyle w:val="{style}"/>'
    if num:
        ppr += f'<w:numPr><w:ilvl w:val="{num[1]}"/><w:numId w:val="{num[0]}"/></w:numPr>'
    if jc:
        ppr += f'<w:jc w:val="{jc}"/>'
    runs = "".join(c if c.startswith("<") else r(c, bold) for c in content)
    return f"<w:p>{'<w:pPr>' + ppr + '</w:pPr>' if ppr else ''}{runs}</w:p>"


def fnref(note_id: int) -> str:
    return f'<w:r><w:footnoteReference w:id="{note_id}"/></w:r>'


def enref(note_id: int) -> str:
    return f'<w:r><w:endnoteReference w:id="{note_id}"/></w:r>'


def cell(*paras: str, span: int = 1, vmerge: str | None = None) -> str:
    tcpr = ""
    if span > 1:
        tcpr += f'<w:gridSpan w:val="{span}"/>'
    if vmerge is not None:
        tcpr += '<w:vMerge w:val="restart"/>' if vmerge == "restart" else "<w:vMerge/>"
    body = "".join(paras) or "<w:p/>"
    return f"<w:tc>{'<w:tcPr>' + tcpr + '</w:tcPr>' if tcpr else ''}{body}</w:tc>"


def row(*cells: str, header: bool = False) -> str:
    trpr = "<w:trPr><w:tblHeader/></w:trPr>" if header else ""
    return f"<w:tr>{trpr}{''.join(cells)}</w:tr>"


def table(*rows: str) -> str:
    return f"<w:tbl><w:tblPr/>{''.join(rows)}</w:tbl>"


def notes(kind: str, bodies: dict[int, list[str]], separators: bool = True) -> str:
    """footnotes.xml / endnotes.xml with the usual separator notes -1 and 0."""
    tag = kind  # "footnote" | "endnote"
    out = []
    if separators:
        out.append(f'<w:{tag} w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:{tag}>')
        out.append(f'<w:{tag} w:type="continuationSeparator" w:id="0"><w:p><w:r>'
                   f'<w:continuationSeparator/></w:r></w:p></w:{tag}>')
    for nid, paras in bodies.items():
        mark = f'<w:r><w:{tag}Ref/></w:r>'
        first = paras[0].replace("<w:p>", f"<w:p>{mark}", 1)
        out.append(f'<w:{tag} w:id="{nid}">{first}{"".join(paras[1:])}</w:{tag}>')
    return f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:{tag}s {NS}>{"".join(out)}</w:{tag}s>'


def make_docx(path: Path, body: str, parts: dict[str, str] | None = None,
              raw_document: str | None = None, extra_entries: dict[str, bytes] | None = None) -> Path:
    """Write a .docx with `body` (inner XML of w:body) and optional word/ parts
    (keys like "numbering.xml", values the full XML)."""
    parts = parts or {}
    doc = raw_document or (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
                           f'<w:document {NS}><w:body>{body}<w:sectPr/></w:body></w:document>')
    ct = ['<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
          '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/>'
          '<Override PartName="/word/document.xml" ContentType="application/'
          'vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>']
    rels = ['<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">']
    for i, name in enumerate(parts, 1):
        typ, ctype = PARTS[name]
        ct.append(f'<Override PartName="/word/{name}" ContentType="{ctype}"/>')
        rels.append(f'<Relationship Id="rId{i}" Type="{typ}" Target="{name}"/>')
    ct.append("</Types>")
    rels.append("</Relationships>")
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", "".join(ct))
        z.writestr("_rels/.rels",
                   '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
                   '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                   f'<Relationship Id="rId1" Type="{REL}/officeDocument" Target="word/document.xml"/>'
                   '</Relationships>')
        z.writestr("word/document.xml", doc)
        z.writestr("word/_rels/document.xml.rels", "".join(rels))
        for name, xml in parts.items():
            z.writestr(f"word/{name}", xml)
        for name, data in (extra_entries or {}).items():
            z.writestr(name, data)
    return path


def numbering(abstracts: dict[int, list[tuple[str, str, int]]],
              nums: dict[int, tuple[int, dict[int, int]]]) -> str:
    """numbering.xml: abstracts {id: [(numFmt, lvlText, start) per level]},
    nums {numId: (abstractId, {ilvl: startOverride})}."""
    out = []
    for aid, levels in abstracts.items():
        lv = "".join(f'<w:lvl w:ilvl="{i}"><w:start w:val="{start}"/><w:numFmt w:val="{fmt}"/>'
                     f'<w:lvlText w:val="{text}"/></w:lvl>'
                     for i, (fmt, text, start) in enumerate(levels))
        out.append(f'<w:abstractNum w:abstractNumId="{aid}">{lv}</w:abstractNum>')
    for nid, (aid, overrides) in nums.items():
        ov = "".join(f'<w:lvlOverride w:ilvl="{il}"><w:startOverride w:val="{v}"/></w:lvlOverride>'
                     for il, v in overrides.items())
        out.append(f'<w:num w:numId="{nid}"><w:abstractNumId w:val="{aid}"/>{ov}</w:num>')
    return (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            f'<w:numbering {NS}>{"".join(out)}</w:numbering>')


def styles(*style_xml: str) -> str:
    return (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            f'<w:styles {NS}>{"".join(style_xml)}</w:styles>')
