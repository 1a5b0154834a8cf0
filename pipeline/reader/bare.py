"""The benchmark baseline: the cheapest useful text extraction of a .docx,
every w:t of word/document.xml joined, with zipfile + lxml and nothing else."""
from __future__ import annotations

import zipfile

from lxml import etree

_T = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}t"
_PARSER = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False)


def bare_text(path) -> str:
    with zipfile.ZipFile(path) as z:
        root = etree.fromstring(z.read("word/document.xml"), _PARSER)
    return "".join(t.text or "" for t in root.iter(_T))
