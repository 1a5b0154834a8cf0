"""Distinct variants of real .docx reports for the benchmark (a stand-in until
corpus.generator.make_variants exists): every digit inside the text runs of
word/document.xml is rewritten by a seeded random generator, so each copy has its own
figures and hash but the same structure and size as the report it came from."""
from __future__ import annotations

import random
import re
import zipfile
from pathlib import Path

_TEXT = re.compile(rb"(<w:t(?:\s[^>]*)?>)([^<]*)(</w:t>)")
_DIGIT = re.compile(rb"[0-9]")


def _vary(xml: bytes, rng: random.Random) -> bytes:
    def digits(m):
        return m.group(1) + _DIGIT.sub(lambda d: str(rng.randrange(10)).encode(), m.group(2)) + m.group(3)
    return _TEXT.sub(digits, xml)


def make_variants(n: int, out_dir, sources, seed: int = 7) -> list[Path]:
    """Write n distinct .docx variants of `sources` (cycled) into out_dir."""
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    rng = random.Random(seed)
    sources = [Path(s) for s in sources]
    made = []
    for i in range(n):
        src = sources[i % len(sources)]
        dst = out_dir / f"{i:04d}-{src.stem[:40]}.docx"
        with zipfile.ZipFile(src) as zin, zipfile.ZipFile(dst, "w", zipfile.ZIP_DEFLATED) as zout:
            for item in zin.infolist():
                data = zin.read(item.filename)
                if item.filename == "word/document.xml":
                    data = _vary(data, rng)
                zout.writestr(item, data)
        made.append(dst)
    return made
