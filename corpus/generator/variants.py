"""Many distinct reports from a few: copy a .docx and vary the figures in its text.

Used by the benchmark to ingest hundreds of realistic files. Only digits inside w:t text
change (same length, so the XML and the layout stay valid); every copy also carries its
variant number in docProps/core.xml, so all copies have distinct sha256.
"""
from __future__ import annotations

import io
import random
import re
import zipfile
from pathlib import Path

from lxml import etree

from .docx_writer import write_fixed_zip

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_PARSER = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False)
_NUM = re.compile(r"\d[\d.,]*\d|\d")


def _vary_text(text: str, rng: random.Random, rate: float) -> str:
    def sub(m):
        s = m.group(0)
        if rng.random() > rate:
            return s
        idx = [i for i, ch in enumerate(s) if ch.isdigit()]
        i = rng.choice(idx[1:] or idx)     # keep the leading digit: no '0' prefixes invented
        new = str((int(s[i]) + rng.randint(1, 9)) % 10)
        return s[:i] + new + s[i + 1:]
    return _NUM.sub(sub, text)


def vary_docx(data: bytes, rng: random.Random, tag: str, rate: float = 0.3) -> dict:
    """Return {part name: new bytes} for document.xml (and core.xml) of one variant."""
    z = zipfile.ZipFile(io.BytesIO(data))
    names = set(z.namelist())
    if "word/document.xml" not in names:
        raise ValueError("not a Word document (no word/document.xml)")
    root = etree.fromstring(z.read("word/document.xml"), _PARSER)
    for t in root.iter(f"{W}t"):
        if t.text and any(ch.isdigit() for ch in t.text):
            t.text = _vary_text(t.text, rng, rate)
    out = {"word/document.xml": etree.tostring(root, xml_declaration=True, encoding="UTF-8",
                                               standalone=True)}
    if "docProps/core.xml" in names:
        core = etree.fromstring(z.read("docProps/core.xml"), _PARSER)
        dc = "{http://purl.org/dc/elements/1.1/}"
        title = core.find(f"{dc}title")
        if title is None:
            title = etree.SubElement(core, f"{dc}title")
        title.text = f"{title.text or ''} [{tag}]"
        out["docProps/core.xml"] = etree.tostring(core, xml_declaration=True,
                                                  encoding="UTF-8", standalone=True)
    else:
        root.append(etree.Comment(f" {tag} "))
        out["word/document.xml"] = etree.tostring(root, xml_declaration=True,
                                                  encoding="UTF-8", standalone=True)
    return out


def make_variants(n: int, out_dir, sources, rate: float = 0.3) -> list[Path]:
    """Write n distinct .docx files into out_dir, cycling over `sources` (.docx paths).

    Variant i of source s is deterministic (seeded by i and the source's name)."""
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    srcs = [Path(s) for s in sources if Path(s).suffix.lower() == ".docx"]
    if not srcs:
        raise ValueError("make_variants: no .docx among the sources")
    blobs = {}
    for s in srcs:
        data = s.read_bytes()
        if not zipfile.is_zipfile(io.BytesIO(data)):
            raise ValueError(f"{s}: not a .docx (zip) file")
        blobs[s] = data
    written = []
    for i in range(n):
        src = srcs[i % len(srcs)]
        rng = random.Random(f"variant:{i}:{src.name}")
        tag = f"solieu variant {i} of {src.name}"
        try:
            parts = vary_docx(blobs[src], rng, tag, rate)
        except (ValueError, etree.XMLSyntaxError) as e:
            raise ValueError(f"{src}: {e}") from e
        dest = out_dir / f"v{i:04d}-{src.stem}.docx"
        write_fixed_zip(blobs[src], dest, parts)
        written.append(dest)
    return written
