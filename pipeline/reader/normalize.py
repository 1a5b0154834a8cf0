"""Text normalisation shared by every part of the reader.

`normalize(raw)` returns NFC text with Word's special spaces folded, zero-width
characters and soft hyphens dropped, whitespace collapsed and the ends stripped.
Reference marks are carried through as MARK characters so their offsets can be
computed in the *normalised* text (`normalize_with_marks`).
"""
from __future__ import annotations

import re
import unicodedata

# A Unicode noncharacter: never produced by Word, untouched by NFC.
MARK = "\ufdd0"

# Characters that become a plain space.
_SPACES = dict.fromkeys(
    map(ord, "\t\n\r\v\f\u00a0\u202f\u2007\u2000\u2001\u2002\u2003\u2004\u2005\u2006"
             "\u2008\u2009\u200a\u205f\u3000\u1680\u2028\u2029\u0085"), " ")
# Characters that vanish: zero-width space/joiners, word joiner, BOM, soft hyphen.
_DROP = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff\u00ad"), None)
# Non-breaking hyphen (U+2011) reads as a hyphen.
_TABLE = {**_SPACES, **_DROP, 0x2011: "-"}
_NB_HYPHEN = "\u2011"    # the one printable special character
# str.translate is slow on non-Latin-1 text; a regex finds the rare characters fast.
_SPECIAL = re.compile("[" + "".join(map(chr, _TABLE)).replace("\\", "\\\\") + "]")


def _fold_specials(s: str) -> str:
    return s.translate(_TABLE) if _SPECIAL.search(s) else s


def _collapse(s: str) -> str:
    """" ".join(s.split()), without splitting text that has nothing to collapse
    (most paragraphs): isprintable() is false for every whitespace but U+0020."""
    if s.isprintable() and "  " not in s and s[:1] != " " and s[-1:] != " ":
        return s
    return " ".join(s.split())


def normalize_with_marks(raw: str) -> tuple[str, list[int]]:
    """Normalise `raw` (which may contain MARK characters) and return the text
    without marks plus the offset of each mark, in order.

    A mark after a collapsed space sits right after the preceding word, so
    text[:offset] ends with the word the note refers to.
    """
    if not raw:
        return "", []
    if raw.isascii():   # figures in table cells: split() already folds \t\n\r\v\f
        return _collapse(raw), []
    if raw.isprintable() and _NB_HYPHEN not in raw:
        # Every special character but U+2011, and MARK, is unprintable: nothing to fold
        # (a test holds this), and isprintable is cheaper than searching for them.
        return _collapse(unicodedata.normalize("NFC", raw)), []
    s = unicodedata.normalize("NFC", _fold_specials(raw))
    if MARK not in s:
        return _collapse(s), []
    pieces = s.split(MARK)
    text = " ".join("".join(pieces).split())
    marks = []
    prefix = ""
    for piece in pieces[:-1]:
        prefix += piece
        # Collapsing the prefix alone gives the mark's place: no trailing space,
        # no leading space, same runs of spaces folded as in the whole text.
        marks.append(min(len(" ".join(prefix.split())), len(text)))
    return text, marks


def normalize(raw: str) -> str:
    """Normalised text (no marks expected in `raw`; any are dropped)."""
    return normalize_with_marks(raw)[0] if raw else ""


class _FoldTable(dict):
    """str.translate table for `fold`, filled one character at a time on first use."""

    def __missing__(self, code: int) -> str:
        ch = chr(code)
        if code < 128:
            out = ch.lower()
        elif ch in "đĐ":
            out = "d"
        else:
            base = unicodedata.normalize("NFD", ch)[0]
            out = base.lower() if len(base) == 1 else ch.lower()
        self[code] = out
        return out


_FOLD = _FoldTable()


def fold(s: str) -> str:
    """Lowercase, strip diacritics and map đ->d, one character per character,
    so offsets in the folded string are offsets in `s` (expects NFC input)."""
    # translate with a cached per-character table: a Python loop per character was
    # the reader's main cost after the XML walk.
    return s.lower() if s.isascii() else s.translate(_FOLD)
