"""Runs every example file beside the rules (extractors/examples/*.tsv, format in its README)."""
from decimal import Decimal
from importlib import resources

import pytest

from extractors import extract_text

FILES = ["count", "fraction", "percent", "money", "range", "rate", "change", "spelled", "not_facts"]


def _rows():
    for name in FILES:
        text = resources.files("extractors").joinpath("examples", f"{name}.tsv").read_text(encoding="utf-8")
        for n, line in enumerate(text.splitlines(), 1):
            if not line.strip() or line.startswith("#"):
                continue
            cols = line.split("\t") + [""] * 7
            yield pytest.param(name, *cols[:7], id=f"{name}:{n}")


def _covering(facts, text, number):
    pos = text.index(number)
    return [f for f in facts if f.start <= pos < f.end]


def _value(f):
    if f.kind == "fraction":
        return f"{f.numerator}/{f.denominator}"
    if f.kind == "range":
        return f"{f.low.normalize():f}..{f.high.normalize():f}"
    return f"{Decimal(f.value).normalize():f}"


@pytest.mark.parametrize("name,sign,text,number,kind,value,unit,attrs", list(_rows()))
def test_example(name, sign, text, number, kind, value, unit, attrs):
    facts = extract_text(text)
    file_kind = {"spelled": "count"}.get(name, name)
    if sign == "-":
        if name == "not_facts":
            assert facts == [], [(f.kind, f.raw) for f in facts]
            return
        assert not [f for f in facts if f.kind == file_kind and (not number or f.raw.find(number) >= 0)
                    and not (kind and f.kind == kind)], [(f.kind, f.raw) for f in facts]
        if kind:
            hit = _covering(facts, text, number)
            assert hit and hit[0].kind == kind, [(f.kind, f.raw) for f in facts]
        return
    hit = _covering(facts, text, number)
    assert hit, f"no fact covers {number!r}: {[(f.kind, f.raw) for f in facts]}"
    f = hit[0]
    assert f.kind == kind, (f.kind, f.raw)
    assert _value(f) == value, (_value(f), f.raw)
    assert f.unit == unit, (f.unit, f.raw)
    for pair in filter(None, attrs.split(";")):
        key, want = pair.split("=", 1)
        got = getattr(f, key)
        if isinstance(got, Decimal):
            got = f"{got.normalize():f}"
        assert str(got) == want, (key, got, f.raw)
