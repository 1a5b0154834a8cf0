"""read_report: one file in, one Report out."""
from __future__ import annotations

import hashlib
import os

from ..model import Paragraph, Report
from .docx import Walker
from .errors import MissingPartError, ReadError
from .headings import build_sections
from .metadata import build_metadata, figures_period, mark_roles
from .numbering import LazyNumbering
from .safezip import OLE_MAGIC, Package, is_encrypted_ole, safe_parser
from .styles import Styles
from .wordxml import W, wattr

NOTE_TYPES = {"footnote": ("footnotes", "word/footnotes.xml", "footnote"),
              "endnote": ("endnotes", "word/endnotes.xml", "endnote")}


def read_report(path) -> Report:
    """Read a .docx (or a legacy .doc through LibreOffice) into a Report.
    Raises a ReadError subclass naming the file on any problem."""
    path = os.fspath(path)
    try:
        with open(path, "rb") as f:
            data = f.read()
    except OSError as e:
        raise ReadError(path, f"cannot open file: {e.strerror or e}") from None
    try:
        if data[:8] == OLE_MAGIC and not is_encrypted_ole(data):
            from .legacy import read_legacy
            return read_legacy(path, data)
        return read_docx_bytes(path, data)
    except ReadError:
        raise
    except MemoryError:
        raise ReadError(path, "out of memory while reading") from None
    except Exception as e:  # never let a bare exception reach the caller
        raise ReadError(path, f"unexpected {type(e).__name__}: {e}") from e


def read_docx_bytes(path: str, data: bytes, sha256: str | None = None) -> Report:
    pkg = Package(path, data)
    main = pkg.main_part()
    rels = pkg.rels(main, ("styles", "numbering", "footnotes", "endnotes"))

    def part_name(kind: str, default: str) -> str | None:
        name = rels.get(kind)
        if name and pkg.has(name):
            return name
        return default if pkg.has(default) else None

    def part(kind: str, default: str):
        name = part_name(kind, default)
        return pkg.xml(name) if name else None

    styles_name = rels.get("styles") if pkg.has(rels.get("styles", "")) else "word/styles.xml"
    styles = Styles(pkg.checked_bytes(styles_name) if pkg.has(styles_name) else None,
                    safe_parser())
    # numbering.xml is read and checked now, parsed only if a paragraph is numbered
    num_name = part_name("numbering", "word/numbering.xml")
    num_data = pkg.checked_bytes(num_name) if num_name else None
    numbering = LazyNumbering(lambda: pkg.parse(num_name, num_data) if num_name else None)
    root = pkg.xml(main)
    body = root.find(W + "body")
    if body is None:
        raise MissingPartError(path, f"{main} has no w:body")
    walker = Walker(styles, numbering)
    walker.block(body, {"source": "body"})
    del root, body
    n_body = len(walker.paras)

    for kind, (rel, default, tag) in NOTE_TYPES.items():
        if not walker.note_order[kind]:
            continue
        notes_root = part(rel, default)
        if notes_root is None:
            continue
        _add_notes(walker, notes_root, kind, tag)
        del notes_root

    paras: list[Paragraph] = walker.paras
    head_start, lh = mark_roles(paras, walker.infos, walker.tables, n_body)
    sections = build_sections(paras, walker.infos, head_start, n_body)
    for p in paras[n_body:]:          # a note belongs to its anchor's section
        if p.anchor_para_id is not None:
            p.section_id = paras[p.anchor_para_id].section_id
    md = build_metadata(lh, paras, path, n_body)
    md.period = figures_period(md.period, sections)
    return Report(path=path, sha256=sha256 or hashlib.sha256(data).hexdigest(),
                  metadata=md, sections=sections, paragraphs=paras)


def _add_notes(walker: Walker, notes_root, kind: str, tag: str) -> None:
    """Append note paragraphs in the order of their references in the body.
    Separator notes (type separator/continuationSeparator...) are skipped; notes
    never referenced are not shown by Word and are left out."""
    by_id = {}
    for el in notes_root.iter(W + tag):
        if wattr(el, "type") not in (None, "normal"):
            continue
        by_id[wattr(el, "id")] = el
    for xid in walker.note_order[kind]:
        el = by_id.get(xid)
        if el is None:
            continue
        num, anchor, offset = walker.anchors[(kind, xid)]
        walker.block(el, {"source": kind, "note": (num, anchor, offset)})
