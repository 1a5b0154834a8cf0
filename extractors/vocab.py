"""Language data for the extractors, read once from extractors/data/.

Kept apart from the rules (as spaCy keeps lang data apart from logic) so an analyst can add a
unit or a cue word without touching code.
"""
from __future__ import annotations

import unicodedata
from decimal import Decimal
from functools import lru_cache
from importlib import resources

import regex


def _lines(name: str) -> list[str]:
    text = resources.files("extractors").joinpath("data", name).read_text(encoding="utf-8")
    return [ln.rstrip("\n") for ln in text.splitlines() if ln.strip() and not ln.startswith("#")]


def _rows(name: str) -> list[list[str]]:
    return [ln.split("\t") for ln in _lines(name)]


@lru_cache(maxsize=None)
def units() -> tuple[str, ...]:
    """Known count nouns, longest first (so "đảng viên mới" wins over "đảng viên"), each also
    in the old tone placement that many reports still type ("uỷ viên" for "ủy viên")."""
    written = {u.strip() for u in _lines("units.txt")}
    return tuple(sorted(written | {old_tones(u) for u in written}, key=len, reverse=True))


# Tone placement. "oa", "oe", "uy" closing a syllable carry the tone on their first vowel in the
# new spelling ("hóa", "thủy", "ủy") and on their last in the old one ("hoá", "thuỷ", "uỷ"), which
# many reports still type, often beside the new within one archive. "quý" keeps its tone on the
# y ("qu" is the consonant), and so does any syllable that goes on ("hoàng", "khuyến"). Used by
# the extractors (units), the reader (issuing bodies) and series matching (words compared).
_TONES = "\u0300\u0301\u0309\u0303\u0323"      # huyền sắc hỏi ngã nặng
_END = r"(?![^\W\d_]|[\u0300-\u036f])"
_OLD = regex.compile(rf"(?<![qQ])([oOuU])([aAeEyY])([{_TONES}]){_END}")
_NEW = regex.compile(rf"(?<![qQ])([oOuU])([{_TONES}])([aAeEyY]){_END}")


def modern_tones(text: str) -> str:
    """"Hoà", "Thuỷ", "Uỷ" -> "Hòa", "Thủy", "Ủy"."""
    return unicodedata.normalize("NFC", _OLD.sub(r"\1\3\2", unicodedata.normalize("NFD", text)))


def old_tones(text: str) -> str:
    """"hóa", "ủy viên" -> "hoá", "uỷ viên"."""
    return unicodedata.normalize("NFC", _NEW.sub(r"\1\3\2", unicodedata.normalize("NFD", text)))


@lru_cache(maxsize=None)
def alternatives() -> frozenset[str]:
    """Nouns whose "a/b" after a number reads "a or b" ("xã/phường"), in both tone spellings."""
    words = set(_lines("alternatives.txt"))
    return frozenset(words | {old_tones(w) for w in words})


@lru_cache(maxsize=None)
def compound_nouns() -> tuple[str, ...]:
    """Nouns of two or more syllables whose first syllable alone is no count noun ("bị cáo",
    "kết luận", "cây xanh"), longest first, in both tone spellings. Unlike units() they only
    lengthen the unit read after a numeral: they never make a number a fact."""
    written = {u.strip() for u in _lines("compound_nouns.txt")}
    return tuple(sorted(written | {old_tones(u) for u in written}, key=len, reverse=True))


@lru_cache(maxsize=None)
def unit_set() -> frozenset[str]:
    """The known units in lower case, for membership tests."""
    return frozenset(u.lower() for u in units())


@lru_cache(maxsize=None)
def stop_after_number() -> frozenset[str]:
    return frozenset(w.strip().lower() for w in _lines("stop_after_number.txt"))


@lru_cache(maxsize=None)
def qualifiers() -> tuple[tuple[str, str], ...]:
    rows = [(r[0].strip(), r[1].strip()) for r in _rows("qualifiers.tsv")]
    return tuple(sorted(rows, key=lambda r: len(r[0]), reverse=True))


@lru_cache(maxsize=None)
def money_scales() -> tuple[tuple[str, Decimal], ...]:
    rows = [(r[0], Decimal(r[2])) for r in _rows("money.tsv") if r[1] == "scale"]
    return tuple(sorted(rows, key=lambda r: len(r[0]), reverse=True))


@lru_cache(maxsize=None)
def currencies() -> tuple[tuple[str, str], ...]:
    rows = [(r[0], r[2]) for r in _rows("money.tsv") if r[1] == "currency"]
    return tuple(sorted(rows, key=lambda r: len(r[0]), reverse=True))


@lru_cache(maxsize=None)
def spelled() -> dict[str, tuple[int, str]]:
    return {r[0]: (int(r[1]), r[2]) for r in _rows("spelled.tsv")}


@lru_cache(maxsize=None)
def cues() -> tuple[tuple[str, str, str, str], ...]:
    rows = [tuple(c.strip() for c in r[:4]) for r in _rows("cues.tsv")]
    return tuple(sorted(rows, key=lambda r: len(r[0]), reverse=True))


@lru_cache(maxsize=None)
def not_fact_before() -> tuple[tuple[str, str], ...]:
    rows = [(r[0].strip(), r[1].strip()) for r in _rows("not_fact_before.tsv")]
    return tuple(sorted(rows, key=lambda r: len(r[0]), reverse=True))


@lru_cache(maxsize=None)
def qualifier_phrases() -> tuple[str, ...]:
    return tuple(q for q, _ in qualifiers())


@lru_cache(maxsize=None)
def qualifier_of() -> dict[str, str]:
    return {q.lower(): v for q, v in qualifiers()}


@lru_cache(maxsize=None)
def scale_words() -> tuple[str, ...]:
    return tuple(s for s, _ in money_scales())


@lru_cache(maxsize=None)
def scale_of() -> dict[str, Decimal]:
    return {s.lower(): v for s, v in money_scales()}


@lru_cache(maxsize=None)
def currency_words() -> tuple[str, ...]:
    return tuple(c for c, _ in currencies())


@lru_cache(maxsize=None)
def currency_of() -> dict[str, str]:
    return {c.lower(): v for c, v in currencies()}


@lru_cache(maxsize=None)
def not_fact_words(kind: str) -> tuple[str, ...]:
    return tuple(w for w, k in not_fact_before() if k == kind)


# Units that name people in general: they may stand for any unit of PERSON_UNITS in the next
# report ("4.126 đảng viên" / "4.150 đồng chí", "3.412 cán bộ" / "3.377 người"). Two specific
# units (đảng viên / hội viên) stay apart.
GENERIC_PERSON_UNITS = frozenset({"người", "đồng chí", "chị"})   # "14.455 chị" of the Women's Union
PERSON_UNITS = frozenset({
    "đảng viên", "cán bộ", "công chức", "viên chức", "hội viên", "đoàn viên", "lao động",
    "học sinh", "sinh viên", "học viên", "quần chúng", "người dân", "thanh niên", "thành viên",
    # groups counted together (extractors/data/units.txt): "3.412 cán bộ, đảng viên" / "3.377 người"
    "cán bộ, đảng viên", "cán bộ, công chức", "cán bộ, công chức, viên chức", "công chức, viên chức",
    "cán bộ, chiến sĩ", "cán bộ, hội viên", "đoàn viên, thanh niên", "đoàn viên, hội viên",
})
